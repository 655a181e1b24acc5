/** Types of askParaphrase.js (plain CommonJS, shared with scripts/askParaphraseCheck.js). */
import type { Answer } from './askJudge';

export interface Variant {
  /** What was changed (`bonjour-pouvez`, `no-accents`, `typo`, …). */
  kind: string;
  q: string;
}

export declare function paraphraseVariants(question: string): Variant[];
export declare function sameAnswer(original: Answer, variant: Answer): boolean;
export declare function languageOf(question: string): 'en' | 'fr' | null;
