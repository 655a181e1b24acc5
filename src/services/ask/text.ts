/** Words of a question, folded for matching but keeping where they sit in the original text. */

export interface Token {
  /** Lower case, without accents: what every comparison uses. */
  folded: string;
  start: number;
  end: number;
}

/** Letters and digits; anything else (spaces, apostrophes, hyphens, punctuation) separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without diacritics; ligatures spelled out (`œ` → `oe`). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ folded: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** The folded words of a phrase joined by single spaces: the key phrases are compared by. */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((t) => t.folded)
    .join(' ');
}

/** A span of tokens [from, to) of a question. */
export interface Span {
  from: number;
  to: number;
}

/** The original words of a span, as the user typed them. */
export function spanText(question: string, tokens: readonly Token[], span: Span): string {
  if (span.to <= span.from) return '';
  return question.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end);
}

export function spanKey(tokens: readonly Token[], span: Span): string {
  return tokens
    .slice(span.from, span.to)
    .map((t) => t.folded)
    .join(' ');
}
