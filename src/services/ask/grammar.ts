import type { TieType } from '../../domain/model';
import type { AskOperationName } from './interpretation';
import type { Lang, QuestionShapeEntry, Vocabulary } from '../../domain/vocabulary';
import { phraseKey, type Span, type Token } from './text';

/** The slots a shape can hold: the node asked about, the other end of a path, a phrase of filters. */
export type SlotName = 'a' | 'b' | 'f';

export interface CompiledShape {
  operation: AskOperationName;
  lang: Lang;
  shape: string;
  regex: RegExp;
  slots: SlotName[];
  /** RELATED: the ties asked about and which way they point ({a} pointed at: IN). */
  relation?: { ties: TieType[]; direction: 'IN' | 'OUT' };
}

export interface ShapeMatch {
  shape: CompiledShape;
  slots: Partial<Record<SlotName, Span>>;
  /** Words of the shape itself (`who funds`, `liées à`), in order. */
  shapeWords: Span[];
}

/** A text matched literally inside a regular expression. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A shape as a regular expression over the question's folded words, each preceded by one space and the
 * whole followed by one: ` how is (.+?) connected (.+?) $`. Slots are lazy so the shape's own words
 * bind as early as they can; {f} may be empty.
 */
export function compileShape(entry: QuestionShapeEntry): CompiledShape {
  const slots: SlotName[] = [];
  const pieces = entry.shape
    .trim()
    .split(/\s+/)
    .map((word) => {
      const slot = /^\{([abf])\}$/.exec(word);
      if (slot) {
        const name = slot[1] as SlotName;
        if (slots.includes(name)) throw new Error(`shape "${entry.shape}" names {${name}} twice`);
        slots.push(name);
        return name === 'f' ? '(?: (.+?))?' : ' (.+?)';
      }
      const optional = word.endsWith('?');
      const alternatives = (optional ? word.slice(0, -1) : word).split('|').map(phraseKey).filter(Boolean);
      if (alternatives.length === 0) throw new Error(`shape "${entry.shape}" has an empty word`);
      const group = ` (?:${alternatives.map(escapeRegExp).join('|')})`;
      return optional ? `(?:${group})?` : group;
    });
  const relation = entry.ties ? { ties: entry.ties, direction: entry.direction ?? 'IN' } : undefined;
  return {
    operation: entry.operation,
    lang: entry.lang,
    shape: entry.shape,
    regex: new RegExp(`^${pieces.join('')} $`, 'd'),
    slots,
    relation,
  };
}

const compiled = new WeakMap<Vocabulary, CompiledShape[]>();

/** The vocabulary's shapes, compiled once per vocabulary. */
export function shapesOf(vocabulary: Vocabulary): CompiledShape[] {
  let shapes = compiled.get(vocabulary);
  if (!shapes) {
    shapes = vocabulary.questions.shapes.map(compileShape);
    compiled.set(vocabulary, shapes);
  }
  return shapes;
}

/** The first shape that matches the whole question, with the words each slot holds. */
export function matchShape(shapes: readonly CompiledShape[], tokens: readonly Token[]): ShapeMatch | null {
  if (tokens.length === 0) return null;
  const text = ` ${tokens.map((t) => t.folded).join(' ')} `;
  // Offsets in `text` where each token starts and ends, to turn matched characters back into words.
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  let offset = 1;
  tokens.forEach((token, i) => {
    startAt.set(offset, i);
    offset += token.folded.length;
    endAt.set(offset, i + 1);
    offset += 1;
  });
  for (const shape of shapes) {
    const match = shape.regex.exec(text);
    if (!match?.indices) continue;
    const slots: Partial<Record<SlotName, Span>> = {};
    shape.slots.forEach((name, i) => {
      const range = match.indices![i + 1];
      if (!range) return;
      const from = startAt.get(range[0]);
      const to = endAt.get(range[1]);
      if (from !== undefined && to !== undefined) slots[name] = { from, to };
    });
    const taken = new Set<number>();
    for (const span of Object.values(slots)) for (let i = span.from; i < span.to; i++) taken.add(i);
    return { shape, slots, shapeWords: runsOutside(tokens.length, taken) };
  }
  return null;
}

/** Maximal runs of token positions not in `taken`. */
function runsOutside(count: number, taken: ReadonlySet<number>): Span[] {
  const runs: Span[] = [];
  for (let i = 0; i < count; i++) {
    if (taken.has(i)) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === i) last.to = i + 1;
    else runs.push({ from: i, to: i + 1 });
  }
  return runs;
}
