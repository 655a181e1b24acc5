import type { QuestionShapeEntry, Vocabulary } from '../../domain/vocabulary';
import { type CompiledShape, matchShape, type SlotName, shapesOf } from './grammar';
import { classify, featuresOf, type IntentClass, type IntentModel, maskQuestion, type NameFinder, PLACEHOLDERS } from './intent';
import type { Lexicon } from './lexicon';
import { periodSpans, phraseKey, sinceTakeoverSpan, type TextedWords, type Token, tokenizeQuestion } from './text';

/**
 * Training the intent classifier (scripts/trainAsk.js): examples from the development table (labelled by the
 * shape they match, else by their pinned operation) and from the shapes themselves (each alternative word once),
 * masked as questions are at run time; then naive Bayes counts, and k-fold cross-validation on the table.
 */

/** A table row as training reads it. */
export interface TableRow {
  q: string;
  op?: string | null;
  /** The class of a row no shape matches (`RELATED:TOOK_OVER:IN`). */
  intent?: string;
}

export interface TrainingExample {
  words: string[];
  label: string;
  /** The question it comes from (table rows only). */
  question?: string;
}

/** Classes besides the shapes': a list of actors, a name to find, and nothing the graph answers. */
const FREE_CLASSES: IntentClass[] = [
  { id: 'ACTORS', operation: 'ACTORS', slots: ['f'] },
  { id: 'SEARCH', operation: 'SEARCH', slots: ['a'] },
  { id: 'NONE', operation: null, slots: [] },
];

/** The class a shape's questions belong to: its operation, ties and direction, and whether it names a second end. */
export function classIdOf(
  shape: Pick<QuestionShapeEntry, 'operation' | 'ties' | 'direction' | 'reversed' | 'holders' | 'soldBy' | 'ended' | 'shape'>,
): string {
  const reversed = shape.reversed ? `~${shape.reversed.join('+')}` : '';
  const flags = `${shape.holders ? ':HOLDERS' : ''}${shape.soldBy ? ':SOLD_BY' : ''}${shape.ended ? ':ENDED' : ''}`;
  const relation = shape.ties ? `:${shape.ties.join('+')}${reversed}:${shape.direction ?? 'IN'}${flags}` : '';
  // `combien la Région a donné au total`: the funder alone ({b} without {a}) is a class of its own, not a two-name one.
  const ends = shape.shape.includes('{b}') ? (shape.shape.includes('{a}') ? ':TWO' : ':FUNDER') : '';
  return `${shape.operation}${relation}${ends}`;
}

/** Every class: one per distinct shape class (slots in the order of its first shape), then the free ones. */
export function intentClasses(vocabulary: Vocabulary): IntentClass[] {
  const classes = new Map<string, IntentClass>();
  for (const shape of vocabulary.questions.shapes) {
    const id = classIdOf(shape);
    if (classes.has(id)) continue;
    const slots = [...shape.shape.matchAll(/\{([abf])\}/g)].map((m) => m[1] as SlotName);
    classes.set(id, {
      id,
      operation: shape.operation,
      ...(shape.ties ? { ties: shape.ties, direction: shape.direction ?? 'IN' } : {}),
      ...(shape.reversed ? { reversed: shape.reversed } : {}),
      ...(shape.holders ? { holders: shape.holders } : {}),
      ...(shape.soldBy ? { soldBy: shape.soldBy } : {}),
      ...(shape.ended ? { ended: shape.ended } : {}),
      slots: shape.operation === 'SEARCH' && slots.length === 0 ? ['a'] : slots,
    });
  }
  for (const free of FREE_CLASSES) if (!classes.has(free.id)) classes.set(free.id, free);
  return [...classes.values()];
}

/** How many sentences a shape is spelled out into at most (enough for each alternative word to appear once). */
const MAX_SPELLINGS = 12;

/** A shape spelled out as masked questions: slots as placeholders, each alternative word at least once, optional words in and out. */
export function spellShape(shape: QuestionShapeEntry): string[][] {
  const pieces = shape.shape.trim().split(/\s+/);
  const options = pieces.map((piece) => {
    const slot = /^\{([abf])\}$/.exec(piece);
    if (slot) return slot[1] === 'f' ? [[], [PLACEHOLDERS.KIND]] : [[PLACEHOLDERS.NAME]];
    const optional = piece.endsWith('?');
    const words = (optional ? piece.slice(0, -1) : piece).split('|').map((alternative) => phraseKey(alternative).split(' '));
    return optional ? [...words, []] : words;
  });
  const count = Math.min(MAX_SPELLINGS, Math.max(...options.map((o) => o.length)));
  const spellings: string[][] = [];
  for (let v = 0; v < count; v++) spellings.push(options.flatMap((o, position) => o[(v + position) % o.length]!));
  return spellings;
}

/** The label of a table row: its `intent`, its ACTORS operation, else the class of the shape it matches, else SEARCH or NONE; null when unknown. */
export function labelOf(row: TableRow, shapes: readonly CompiledShape[], tokens: readonly Token[]): string | null {
  if (row.intent) return row.intent;
  if (row.op === 'ACTORS') return 'ACTORS';
  const match = matchShape(shapes, tokens);
  if (match) {
    const relation = match.shape.relation;
    return classIdOf({
      ...match.shape,
      ties: relation?.ties,
      direction: relation?.direction,
      reversed: relation?.reversed,
      holders: relation?.holders,
      soldBy: relation?.soldBy,
      ended: relation?.ended,
    });
  }
  if (row.op === 'SEARCH') return 'SEARCH';
  if (row.op === null || row.op === undefined) return 'NONE';
  return null;
}

/** The question's words without its periods (`depuis 2017`) and a takeover's time said last (`depuis son rachat`), as `ask` reads them. */
export function questionTokens(question: string, texted: TextedWords = {}): Token[] {
  const tokens = tokenizeQuestion(question, texted);
  const inPeriod = new Set(periodSpans(tokens).flatMap((span) => Array.from({ length: span.to - span.from }, (_, i) => span.from + i)));
  const kept = tokens.filter((_, i) => !inPeriod.has(i));
  const since = sinceTakeoverSpan(kept);
  return since ? kept.slice(0, since.from) : kept;
}

/** The training examples of the table rows (masked with the names given) and of the shapes. */
export function trainingExamples(args: { vocabulary: Vocabulary; lexicon: Lexicon; names: NameFinder; table: readonly TableRow[] }): {
  table: TrainingExample[];
  shapes: TrainingExample[];
  unlabelled: string[];
} {
  const { vocabulary, lexicon, names } = args;
  const shapes = shapesOf(vocabulary);
  const table: TrainingExample[] = [];
  const unlabelled: string[] = [];
  for (const row of args.table) {
    const tokens = questionTokens(row.q, vocabulary.questions.texted);
    const label = labelOf(row, shapes, tokens);
    if (!label) {
      unlabelled.push(row.q);
      continue;
    }
    const words = maskQuestion({ tokens, lexicon, known: null, names }).map((w) => w.text);
    table.push({ words, label, question: row.q });
  }
  const spelled = vocabulary.questions.shapes.flatMap((shape) => spellShape(shape).map((words) => ({ words, label: classIdOf(shape) })));
  return { table, shapes: spelled, unlabelled };
}

/** Naive Bayes counts with additive smoothing `alpha`; `threshold` is kept in the model for run time. */
export function trainModel(args: {
  examples: readonly TrainingExample[];
  classes: readonly IntentClass[];
  alpha: number;
  threshold: number;
}): IntentModel {
  const { examples, classes, alpha } = args;
  const index = new Map(classes.map((c, i) => [c.id, i]));
  const classCounts = classes.map(() => 0);
  const featureCounts = new Map<string, number[]>();
  const totals = classes.map(() => 0);
  const words = new Set<string>();
  for (const example of examples) {
    const c = index.get(example.label);
    if (c === undefined) throw new Error(`no class ${example.label}`);
    classCounts[c]!++;
    for (const word of example.words) if (!/^[A-Z]+$/.test(word)) words.add(word);
    for (const feature of featuresOf(example.words)) {
      const counts = featureCounts.get(feature) ?? classes.map(() => 0);
      counts[c]!++;
      totals[c]!++;
      featureCounts.set(feature, counts);
    }
  }
  const size = featureCounts.size;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const logLikelihood: Record<string, number[]> = {};
  for (const feature of [...featureCounts.keys()].sort()) {
    const counts = featureCounts.get(feature)!;
    logLikelihood[feature] = counts.map((n, c) => round(Math.log((n + alpha) / (totals[c]! + alpha * size))));
  }
  const seen = classCounts.reduce((sum, n) => sum + n, 0);
  return {
    trainedOn: { alpha, examples: examples.length, tableRows: 0, shapeExamples: 0, features: size },
    classes: [...classes],
    logPrior: classCounts.map((n) => round(Math.log((n + 1) / (seen + classes.length)))),
    logLikelihood,
    words: [...words].sort(),
    threshold: args.threshold,
  };
}

export interface CrossValidation {
  folds: number;
  rows: number;
  correct: number;
  /** Rows whose guess has the right operation (a RELATED guess: the right ties too), whatever its slots. */
  sameOperation: number;
  /** Rows whose guess reached the threshold, and how many of those were right. */
  confident: number;
  confidentCorrect: number;
  mistakes: { question: string; label: string; guess: string; confidence: number }[];
  /** Every guess's confidence and whether it was right, to choose a threshold. */
  guesses: { confidence: number; right: boolean }[];
}

/**
 * k-fold cross-validation on the table rows: each fold is guessed by a model trained on the other folds and the
 * shapes; rows are dealt to folds in turn (row i to fold i mod k), so the result is deterministic.
 */
export function crossValidate(args: {
  table: readonly TrainingExample[];
  shapes: readonly TrainingExample[];
  classes: readonly IntentClass[];
  alpha: number;
  threshold: number;
  folds: number;
  /** Masks a question again against a model's words (names unknown to it become NAME), as at run time. */
  remask: (question: string, known: ReadonlySet<string>) => string[];
}): CrossValidation {
  const result: CrossValidation = {
    folds: args.folds,
    rows: args.table.length,
    correct: 0,
    sameOperation: 0,
    confident: 0,
    confidentCorrect: 0,
    mistakes: [],
    guesses: [],
  };
  for (let fold = 0; fold < args.folds; fold++) {
    const training = [...args.shapes, ...args.table.filter((_, i) => i % args.folds !== fold)];
    const model = trainModel({ examples: training, classes: args.classes, alpha: args.alpha, threshold: args.threshold });
    const known = new Set(model.words);
    args.table.forEach((example, i) => {
      if (i % args.folds !== fold) return;
      const guess = classify(model, args.remask(example.question!, known));
      const right = guess.intent.id === example.label;
      if (right) result.correct++;
      if (guess.intent.id.replace(/:TWO$/, '') === example.label.replace(/:TWO$/, '')) result.sameOperation++;
      result.guesses.push({ confidence: guess.confidence, right });
      if (guess.confidence >= args.threshold) {
        result.confident++;
        if (right) result.confidentCorrect++;
      }
      if (!right)
        result.mistakes.push({ question: example.question!, label: example.label, guess: guess.intent.id, confidence: guess.confidence });
    });
  }
  return result;
}
