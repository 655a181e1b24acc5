import { distance } from 'fastest-levenshtein';
import type { TieType } from '../../domain/model';
import type { SlotName } from './grammar';
import type { AskOperationName } from './interpretation';
import type { Lexicon } from './lexicon';
import type { Span, Token } from './text';

/**
 * The intent classifier: a multinomial naive Bayes model over word uni- and bigrams, word order around the name,
 * and character 4-grams of a question whose names and filters are masked first (a name → NAME, a kind word → KIND,
 * a domain → DOMAIN, a place → PLACE). Trained on the development table and the shapes by `npm run train-ask`,
 * shipped as intentModel.json. Used where no exact shape matches; its slots are filled from the masked words.
 */

/** Placeholders of the masked question: upper case, so never a folded word. */
export const PLACEHOLDERS = { NAME: 'NAME', KIND: 'KIND', DOMAIN: 'DOMAIN', PLACE: 'PLACE' } as const;
const PLACEHOLDER_WORDS = new Set<string>(Object.values(PLACEHOLDERS));

/** What a class of question asks: an operation (null: nothing the graph answers), with its ties and slots for RELATED. */
export interface IntentClass {
  id: string;
  operation: AskOperationName | null;
  ties?: TieType[];
  direction?: 'IN' | 'OUT' | 'BOTH';
  /** Ties read the other way round (see Relation). */
  reversed?: TieType[];
  /** The subjects holding the ties are the answer (see Relation). */
  holders?: true;
  /** {b} sold {a} (see Relation). */
  soldBy?: true;
  /** Only ended ties (see Relation). */
  ended?: true;
  /** The slots its questions hold, in the order they come in the question ({f} is optional). */
  slots: SlotName[];
}

export interface IntentModel {
  /** How it was trained: smoothing, examples, features (said back in docs/ASK.md). */
  trainedOn: { alpha: number; examples: number; tableRows: number; shapeExamples: number; features: number };
  classes: IntentClass[];
  logPrior: number[];
  /** log P(feature | class), one number per class, for every feature seen in training. */
  logLikelihood: Record<string, number[]>;
  /** Words of the training questions that are not names: any other word of a question is masked as a name. */
  words: string[];
  /** Below this confidence the classifier's guess is not used. */
  threshold: number;
}

/** One word of a masked question: a folded word or a placeholder, and the question's words it stands for. */
export interface MaskedWord {
  text: string;
  span: Span;
  /** A word read as the nearest word the model knows (`finnance` → `finance`). */
  corrected: boolean;
}

/** Longest name starting at a word (training masks the actors' names this way); 0 when none. */
export type NameFinder = (tokens: readonly Token[], from: number, limit: number) => number;

/** Words shorter than this are never corrected to a known word. */
const MIN_CORRECTED_LENGTH = 5;

/**
 * The question with its names and filters masked: kinds, domains and places the lexicon knows become placeholders,
 * programmes and (at training) actors' names become NAME; a word the model does not know is a name, unless it is a
 * typo of a single known word. `known` null keeps every other word (training).
 */
export function maskQuestion(args: {
  tokens: readonly Token[];
  lexicon: Lexicon;
  known: ReadonlySet<string> | null;
  names?: NameFinder;
  span?: Span;
}): MaskedWord[] {
  const { tokens, lexicon, known, names } = args;
  const { from, to } = args.span ?? { from: 0, to: tokens.length };
  const masked: MaskedWord[] = [];
  const push = (text: string, span: Span, corrected = false) => {
    const last = masked[masked.length - 1];
    // Names of several words are one NAME.
    if (text === PLACEHOLDERS.NAME && last?.text === PLACEHOLDERS.NAME && last.span.to === span.from)
      last.span = { from: last.span.from, to: span.to };
    else masked.push({ text, span, corrected });
  };
  let i = from;
  while (i < to) {
    const named = names?.(tokens, i, to) ?? 0;
    if (named > 0) {
      push(PLACEHOLDERS.NAME, { from: i, to: i + named });
      i += named;
      continue;
    }
    const content = lexicon.contentAt(tokens, i, to);
    const word = tokens[i]!.folded;
    if (content) {
      push(placeholderOf(content), content.span);
      i = content.span.to;
      continue;
    }
    if (lexicon.functionWord(word) || known === null || known.has(word)) {
      push(word, { from: i, to: i + 1 });
      i++;
      continue;
    }
    const near = nearestKnown(word, known);
    if (near) {
      push(near, { from: i, to: i + 1 }, true);
      i++;
      continue;
    }
    const corrected = lexicon.correctedContentAt(tokens, i, to);
    if (corrected) {
      push(placeholderOf(corrected), corrected.span);
      i = corrected.span.to;
      continue;
    }
    push(PLACEHOLDERS.NAME, { from: i, to: i + 1 });
    i++;
  }
  return masked;
}

function placeholderOf(reading: NonNullable<ReturnType<Lexicon['contentAt']>>): string {
  const role = reading.kind === 'content' ? reading.entry.role : reading.kind === 'ambiguous' ? reading.entries[0]!.role : null;
  return role === 'KIND'
    ? PLACEHOLDERS.KIND
    : role === 'DOMAIN'
      ? PLACEHOLDERS.DOMAIN
      : role === 'PLACE'
        ? PLACEHOLDERS.PLACE
        : PLACEHOLDERS.NAME;
}

/** The single known word within an edit (two from 9 letters) of a word; null when none or several. */
function nearestKnown(word: string, known: ReadonlySet<string>): string | null {
  if (word.length < MIN_CORRECTED_LENGTH || /\d/.test(word)) return null;
  const allowed = word.length >= 9 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = allowed + 1;
  let tie = false;
  for (const candidate of known) {
    if (Math.abs(candidate.length - word.length) > allowed || candidate.length < MIN_CORRECTED_LENGTH - 1) continue;
    const d = distance(candidate, word);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best && !tie ? best : null;
}

export const isPlaceholder = (word: string): boolean => PLACEHOLDER_WORDS.has(word);

/**
 * The features of a masked question: its words, its pairs of words (with start and end marks), on which side of
 * the first name each word stands (`what did NAME buy` against `who bought NAME`), and the character 4-grams of
 * words of five letters or more (so `rachetées` shares most of its features with `racheté`).
 */
export function featuresOf(words: readonly string[]): string[] {
  const features: string[] = [...words];
  const marked = ['^', ...words, '$'];
  for (let i = 0; i + 1 < marked.length; i++) features.push(`${marked[i]} ${marked[i + 1]}`);
  const firstName = words.indexOf(PLACEHOLDERS.NAME);
  words.forEach((word, i) => {
    if (isPlaceholder(word)) return;
    if (firstName >= 0 && i !== firstName) features.push(i < firstName ? `${word} <NAME` : `NAME> ${word}`);
    if (word.length >= 5) {
      const padded = `<${word}>`;
      for (let at = 0; at + 4 <= padded.length; at++) features.push(`#${padded.slice(at, at + 4)}`);
    }
  });
  return features;
}

export interface IntentGuess {
  intent: IntentClass;
  index: number;
  /** The guess's share of the tempered posterior (each class's log score divided by the number of features). */
  confidence: number;
}

/** The most likely class of a masked question, with its confidence. */
export function classify(model: IntentModel, words: readonly string[]): IntentGuess {
  const features = featuresOf(words).filter((feature) => feature in model.logLikelihood);
  const scores = model.logPrior.map((prior, c) => features.reduce((sum, feature) => sum + model.logLikelihood[feature]![c]!, prior));
  // Naive Bayes counts overlapping features as independent: dividing by their number tempers its certainty.
  const tempered = scores.map((score) => score / Math.max(1, features.length));
  const top = Math.max(...tempered);
  const weights = tempered.map((score) => Math.exp(score - top));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const index = tempered.indexOf(top);
  return { intent: model.classes[index]!, index, confidence: weights[index]! / total };
}

/** True when a word is evidence for the class: likelier under it than on average over all classes. */
export function speaksFor(model: IntentModel, word: string, classIndex: number): boolean {
  const likelihoods = model.logLikelihood[word];
  if (!likelihoods || isPlaceholder(word)) return false;
  const top = Math.max(...likelihoods);
  const mean = top + Math.log(likelihoods.reduce((sum, lp) => sum + Math.exp(lp - top), 0) / likelihoods.length);
  return likelihoods[classIndex]! > mean;
}
