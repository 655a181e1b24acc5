import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { seedsDir } from './paths';
import {
  ACTOR_KINDS,
  CURATED_TIE_TYPES,
  FIGURE_METRICS,
  PROGRAMME_KINDS,
  REASON_KINDS,
  type ReasonKind,
  SEARCHABLE_TIE_TYPES,
  type TieType,
} from './model';

const term = z.object({ fr: z.string().min(1), en: z.string().min(1), words: z.array(z.string().min(1)).default([]) }).strict();
/** A figure's metric: its labels, unit, and the other words people ask it with (`salariés`, `headcount`). */
const metric = z
  .object({ fr: z.string().min(1), en: z.string().min(1), unit: z.string().min(1), words: z.array(z.string().min(1)).default([]) })
  .strict();
const label = z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict();
const reason = z
  .object({
    fr: z.string().includes('{via}'),
    en: z.string().includes('{via}'),
    through: label.optional(),
    weight: z.number().positive().max(2),
  })
  .strict();
const bilingualWords = z.object({ fr: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) }).strict();
export const ASK_OPERATIONS = [
  'SEARCH',
  'ACTORS',
  'TIED_TO',
  'PATHS',
  'FUNDING',
  'PARTNER_SUGGESTIONS',
  'RELATED',
  'LOCATION',
  'FIGURES',
] as const;
/**
 * Which way a RELATED shape's ties point: IN, from the actors asked for to the node named ({a} is pointed at); OUT, the other
 * way; BOTH, either way (`travaille avec qui`: a partnership is recorded from one side only).
 */
export const RELATION_DIRECTIONS = ['IN', 'OUT', 'BOTH'] as const;
/** The languages of labels and questions. */
export const LANGS = ['FR', 'EN'] as const;
export type Lang = (typeof LANGS)[number];
const questionShape = z
  .object({
    operation: z.enum(ASK_OPERATIONS),
    lang: z.enum(LANGS),
    // {b} alone: money a funder gave, no recipient named (`combien la Région a donné au total`); {f} alone: partners asked in the
    // first person (`avec qui pourrions-nous nous associer`), the asker's organisation named in an introduction.
    shape: z.string().regex(/\{[abf]\}/, 'a shape names its node as {a} (or only its funder as {b}, or only filters as {f})'),
    /** RELATED: the kinds of tie the question asks about (`qui copilote {a}` → CO_PILOTS). */
    ties: z
      .array(z.enum(CURATED_TIE_TYPES as [TieType, ...TieType[]]))
      .min(1)
      .optional(),
    direction: z.enum(RELATION_DIRECTIONS).optional(),
    /**
     * RELATED: ties read the other way round (`à qui appartient {a}`: {a} is PART_OF a group, a buyer TOOK_OVER it); such
     * questions ask who owns {a} now, so ties that have ended are left out.
     */
    reversed: z
      .array(z.enum(CURATED_TIE_TYPES as [TieType, ...TieType[]]))
      .min(1)
      .optional(),
    /**
     * RELATED: the answer is the subjects that hold such a tie, not the actors at its other end (`quels IHU ont été
     * labellisés en 2023`: the IHUs labelled in the period, not the State that labelled them).
     */
    holders: z.literal(true).optional(),
    /**
     * RELATED: {b} sold {a} (`à qui X a vendu son site d'Idron`): {a} said as one of {b}'s sites is its part there, whether or
     * not that tie has ended; {b} helps find {a} and restricts nothing.
     */
    soldBy: z.literal(true).optional(),
    /** RELATED: only ties that have ended are asked for (`X a cédé quoi`: what X no longer holds). */
    ended: z.literal(true).optional(),
  })
  .strict()
  // A FUNDING shape may name HOLDS_SHARES_IN: money put into an actor (`qui a mis des sous dans {a}`), answered by its
  // fundings and the shares held in it.
  .refine(
    (shape) =>
      shape.operation === 'RELATED'
        ? shape.ties !== undefined
        : shape.ties === undefined || (shape.operation === 'FUNDING' && shape.ties.join() === 'HOLDS_SHARES_IN' && !shape.reversed),
    { message: 'a RELATED shape names its ties; a FUNDING shape may name HOLDS_SHARES_IN (investors); no other shape names ties' },
  );
const questions = z
  .object({
    shapes: z.array(questionShape).min(1),
    actorWords: bilingualWords,
    placeWords: bilingualWords,
    presentWords: bilingualWords,
    fillers: bilingualWords,
    /** Texting and chat abbreviations (`qqn`, `ds`, `w/`), each with the words it stands for. */
    texted: z.record(z.string().min(1), z.string().min(1)),
    /** Words naming a country's people or things (`chinois`, `American`), by the country's ISO code. */
    countryWords: z.record(z.string().length(2), z.array(z.string().min(1)).min(1)),
    /** Words naming a city's or an area's people or things (`toulousaine`, `montpelliérain`), by the place's id (A23k). */
    placeAdjectives: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
    examples: bilingualWords,
  })
  .strict();
export type QuestionShapeEntry = z.infer<typeof questionShape>;
export type QuestionWords = z.infer<typeof questions>;

/** Every kind and metric of the model must have words, so labels never fall back to codes. */
const complete = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>).strict();

const VocabularySchema = z
  .object({
    actorKinds: complete(ACTOR_KINDS, term),
    programmeKinds: complete(PROGRAMME_KINDS, term),
    figureMetrics: complete(FIGURE_METRICS, metric),
    tieKinds: complete(SEARCHABLE_TIE_TYPES, label),
    reasons: complete(REASON_KINDS, reason),
    questions,
  })
  .strict();

export type Vocabulary = z.infer<typeof VocabularySchema>;

/** Reads seeds/vocabulary.yaml; throws naming the missing or misspelled entry. */
export function loadVocabulary(file: string = join(seedsDir, 'vocabulary.yaml')): Vocabulary {
  const result = VocabularySchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

/** The weight of each kind of partner-suggestion reason, from the vocabulary. */
export function reasonWeights(vocabulary: Vocabulary): Record<ReasonKind, number> {
  return Object.fromEntries(REASON_KINDS.map((kind) => [kind, vocabulary.reasons[kind].weight])) as Record<ReasonKind, number>;
}

/** The label of a term in the requested language. */
export function labelIn(entry: { fr: string; en: string }, lang: Lang): string {
  return lang === 'EN' ? entry.en : entry.fr;
}
