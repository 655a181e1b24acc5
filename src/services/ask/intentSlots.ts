import type { CompiledShape, ShapeMatch, SlotName } from './grammar';
import { classify, type IntentClass, type IntentModel, type MaskedWord, PLACEHOLDERS, speaksFor } from './intent';
import type { Lang } from '../../domain/vocabulary';
import type { Span } from './text';

/**
 * From a classified question to a shape match: the words that speak for the class are the question's own words;
 * the runs of other words between them are its slots, in the order the class's shapes hold them.
 */

/** Words that join the two ends of a path or a pair (`Stryker et Vexim`), where a run holds both. */
const PAIR_JOINERS = new Set(['et', 'and', 'avec', 'with', 'to', 'a', 'au', 'aux']);

/** A classified question read as a shape: its slots, its question words, and the runs no slot took. */
export interface IntentMatch {
  match: ShapeMatch;
  /** Runs of words the class has no slot for: not applied. */
  leftOver: Span[];
  /** A one-slot class with several runs: every run, the slot being the one that names a node (`leftOver` the others). */
  alternatives?: { slot: SlotName; runs: Span[] };
  guess: { intent: IntentClass; confidence: number };
}

/**
 * The intent of a question no exact shape matched, read as a shape match; null when the classifier is unsure (below
 * the model's threshold), finds no word of its own in the question, or guesses a list, a name or nothing (the free
 * reading handles those).
 */
export function matchIntent(args: {
  model: IntentModel;
  masked: readonly MaskedWord[];
  lang: Lang;
  isFunctionWord: (word: string) => boolean;
}): IntentMatch | null {
  const { model, masked, isFunctionWord } = args;
  const words = masked.map((w) => w.text);
  const guess = classify(model, words);
  const intent = guess.intent;
  if (guess.confidence < model.threshold || intent.operation === null || intent.operation === 'ACTORS' || intent.operation === 'SEARCH')
    return null;
  const own = masked.map((w) => !isFunctionWord(w.text) && speaksFor(model, w.text, guess.index));
  if (!own.some(Boolean)) return null;

  // Runs of words that are not the class's own, without function words at their edges.
  const runs: MaskedWord[][] = [];
  let current: MaskedWord[] = [];
  masked.forEach((word, i) => {
    if (own[i]) {
      runs.push(current);
      current = [];
    } else current.push(word);
  });
  runs.push(current);
  const trimmed = runs
    .map((run) => {
      let from = 0;
      let to = run.length;
      while (from < to && isFunctionWord(run[from]!.text)) from++;
      while (to > from && isFunctionWord(run[to - 1]!.text)) to--;
      return run.slice(from, to);
    })
    .filter((run) => run.length > 0);

  const named = intent.slots.filter((slot) => slot !== 'f');
  // `Stryker et Vexim sont-ils liés`: two ends in one run.
  if (named.length === 2 && trimmed.length === 1) {
    const run = trimmed[0]!;
    const at = run.findIndex((w, i) => i > 0 && i < run.length - 1 && PAIR_JOINERS.has(w.text));
    if (at > 0) trimmed.splice(0, 1, run.slice(0, at), run.slice(at + 1));
  }
  const slots = assignSlots(intent.slots, trimmed);
  const taken = new Set<MaskedWord>([...(['a', 'b', 'f'] as const).flatMap((name) => slots[name] ?? []), ...slots.leftOver.flat()]);
  const spanOf = (run: readonly MaskedWord[]): Span => ({ from: run[0]!.span.from, to: run[run.length - 1]!.span.to });
  const shapeWords: Span[] = masked.filter((w) => !taken.has(w)).map((w) => w.span);
  const slotSpans: Partial<Record<SlotName, Span>> = {};
  for (const name of ['a', 'b', 'f'] as const) if (slots[name]) slotSpans[name] = spanOf(slots[name]!);
  const shape: CompiledShape = {
    operation: intent.operation,
    lang: args.lang,
    shape: `(intent ${intent.id})`,
    regex: /$^/,
    slots: intent.slots,
    ...(intent.ties
      ? {
          relation: {
            ties: intent.ties,
            direction: intent.direction ?? 'IN',
            ...(intent.reversed ? { reversed: intent.reversed } : {}),
            ...(intent.holders ? { holders: intent.holders } : {}),
            ...(intent.soldBy ? { soldBy: intent.soldBy } : {}),
            ...(intent.ended ? { ended: intent.ended } : {}),
          },
        }
      : {}),
  };
  return {
    match: { shape, slots: slotSpans, shapeWords: mergeSpans(shapeWords) },
    leftOver: slots.leftOver.map(spanOf),
    ...(slots.alternatives ? { alternatives: { slot: intent.slots.find((x) => slots[x])!, runs: slots.alternatives.map(spanOf) } } : {}),
    guess: { intent, confidence: guess.confidence },
  };
}

type Assigned = Partial<Record<SlotName, MaskedWord[]>> & { leftOver: MaskedWord[][]; alternatives?: MaskedWord[][] };

/**
 * Runs to slots, in the class's order. With fewer runs than slots, {f} goes first, then {b} (a funder, an owner: the
 * question may leave it out). With more runs than slots, a one-slot class takes the run holding a name and leaves the
 * rest over.
 */
function assignSlots(order: readonly SlotName[], runs: MaskedWord[][]): Assigned {
  let slots = [...order];
  if (runs.length < slots.length) slots = slots.filter((s) => s !== 'f');
  if (runs.length < slots.length) slots = slots.filter((s) => s !== 'b');
  const assigned: Assigned = { leftOver: [] };
  if (slots.length === 1 && runs.length > 1) {
    // The name asked about mostly ends the question (`combien d'argent a touché Cilcare`).
    const withName = runs.findLastIndex((run) => run.some((w) => w.text === PLACEHOLDERS.NAME));
    const chosen = withName >= 0 ? withName : runs.length - 1;
    assigned[slots[0]!] = runs[chosen];
    assigned.leftOver = runs.filter((_, i) => i !== chosen);
    assigned.alternatives = runs;
    return assigned;
  }
  slots.forEach((slot, i) => {
    if (runs[i]) assigned[slot] = runs[i];
  });
  assigned.leftOver = runs.slice(slots.length);
  return assigned;
}

/** Adjacent spans joined. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((x, y) => x.from - y.from)) {
    const last = merged[merged.length - 1];
    if (last && last.to === span.from) last.to = span.to;
    else merged.push({ ...span });
  }
  return merged;
}
