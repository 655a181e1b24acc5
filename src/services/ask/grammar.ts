import { FIGURE_METRICS, type FigureMetric, type TieType } from '../../domain/model';
import type { AskOperationName } from './interpretation';
import type { Lang, QuestionShapeEntry, Vocabulary } from '../../domain/vocabulary';
import { distance } from 'fastest-levenshtein';
import { phraseKey, type Span, type Token } from './text';

/** The slots a shape can hold: the node asked about, the other end of a path, a phrase of filters. (`{metric}` is no slot:
 * it stands for any word of a figure metric, see metricWordsOf.) */
export type SlotName = 'a' | 'b' | 'f';

export interface CompiledShape {
  operation: AskOperationName;
  lang: Lang;
  shape: string;
  regex: RegExp;
  slots: SlotName[];
  /** RELATED: the ties asked about and which way they point ({a} pointed at: IN). */
  relation?: Relation;
}

/** The ties a RELATED question asks about, which way they point ({a} pointed at: IN), and ties read the other way. */
export interface Relation {
  ties: TieType[];
  direction: 'IN' | 'OUT' | 'BOTH';
  reversed?: TieType[];
  /** The subjects holding such a tie are the answer, not the actors at its other end (see the vocabulary's `holders`). */
  holders?: true;
  /** {b} sold {a}: {a} said as one of {b}'s sites is its part there (see the vocabulary's `soldBy`). */
  soldBy?: true;
  /** Only ties that have ended are asked for (`X a cédé quoi`). */
  ended?: true;
}

export interface ShapeMatch {
  shape: CompiledShape;
  slots: Partial<Record<SlotName, Span>>;
  /** Words of the shape itself (`who funds`, `liées à`), in order. */
  shapeWords: Span[];
  /** Positions of words read as a shape word they misspell (`were is Genoskin`: `were` as `where`). */
  corrected?: number[];
}

/** A text matched literally inside a regular expression. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A shape as a regular expression over the question's folded words, each preceded by one space and the
 * whole followed by one: ` how is (.+?) connected (.+?) $`. Slots are lazy so the shape's own words
 * bind as early as they can; {f} may be empty.
 */
export function compileShape(entry: QuestionShapeEntry, metricWords: readonly string[] = []): CompiledShape {
  const slots: SlotName[] = [];
  const pieces = entry.shape
    .trim()
    .split(/\s+/)
    .map((word) => {
      if (word === '{metric}') {
        if (metricWords.length === 0) throw new Error(`shape "${entry.shape}" names {metric} but no metric words are given`);
        return ` (?:${metricWords.map(escapeRegExp).join('|')})`;
      }
      // `{f}?`: a filter that is rather empty (read as the literal word `{f}` before A23ae): it takes words only where the shape
      // cannot match without them (`à qui X a vendu`: no filter, X whole).
      const slot = /^\{([abf])\}(\??)$/.exec(word);
      if (slot) {
        const name = slot[1] as SlotName;
        if (name !== 'f' && slot[2]) throw new Error(`shape "${entry.shape}" makes {${name}} optional`);
        if (slots.includes(name)) throw new Error(`shape "${entry.shape}" names {${name}} twice`);
        slots.push(name);
        if (name !== 'f') return ' (.+?)';
        return slot[2] ? '(?: (.+?))??' : '(?: (.+?))?';
      }
      const optional = word.endsWith('?');
      const alternatives = (optional ? word.slice(0, -1) : word).split('|').map(phraseKey).filter(Boolean);
      if (alternatives.length === 0) throw new Error(`shape "${entry.shape}" has an empty word`);
      const group = ` (?:${alternatives.map(escapeRegExp).join('|')})`;
      return optional ? `(?:${group})?` : group;
    });
  const relation = entry.ties
    ? {
        ties: entry.ties,
        direction: entry.direction ?? 'IN',
        ...(entry.reversed ? { reversed: entry.reversed } : {}),
        ...(entry.holders ? { holders: entry.holders } : {}),
        ...(entry.soldBy ? { soldBy: entry.soldBy } : {}),
        ...(entry.ended ? { ended: entry.ended } : {}),
      }
    : undefined;
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

/** Metrics whose words are kinds of actors: `combien d'entreprises`, `combien de CHU` count a list, not a figure. */
const METRICS_COUNTING_ACTORS: ReadonlySet<FigureMetric> = new Set([
  'COMPANIES',
  'STRUCTURES',
  'UNIVERSITY_HOSPITALS',
  'RESEARCH_CENTRES',
  'NEW_COMPANIES',
]);

/** What `{metric}` in a shape stands for: every word of a figure metric (`diplômés`, `chiffre d'affaires`), longest first. */
function metricWordsOf(vocabulary: Vocabulary): string[] {
  const words = new Set<string>();
  for (const metric of FIGURE_METRICS) {
    if (METRICS_COUNTING_ACTORS.has(metric)) continue;
    const term = vocabulary.figureMetrics[metric];
    for (const phrase of [term.fr, term.en, ...term.words]) {
      const key = phraseKey(phrase);
      if (key) words.add(key);
    }
  }
  return [...words].sort((x, y) => y.length - x.length);
}

/** The vocabulary's shapes, compiled once per vocabulary. */
export function shapesOf(vocabulary: Vocabulary): CompiledShape[] {
  let shapes = compiled.get(vocabulary);
  if (!shapes) {
    const metricWords = metricWordsOf(vocabulary);
    shapes = vocabulary.questions.shapes.map((entry) => compileShape(entry, metricWords));
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

/** `c'est qui qui a racheté …`, `qui est-ce qui dirige …`: spoken French putting `qui` in a cleft, asked as `qui …`. */
const CLEFTS = [
  ['c', 'est', 'qui'],
  // A23r: `c'est` texted `c` (`c ki ki a mis des sous dans X`).
  ['c', 'qui'],
  ['qui', 'est', 'ce'],
];

/** Words after which `'s` is `is` (`who's`, `what's`), not a possessive. */
const CONTRACTED_IS = new Set(['who', 'what', 'where', 'how', 'that', 'there', 'it', 'here']);

/** Question words as texted or spoken (`ki`, `koi`), each for the word the shapes spell. */
const SPOKEN_SPELLINGS: Readonly<Record<string, string>> = {
  ki: 'qui',
  koi: 'quoi',
  kel: 'quel',
  kelle: 'quelle',
  kels: 'quels',
  kelles: 'quelles',
  komen: 'comment',
  cmt: 'comment',
  cb: 'combien',
  wat: 'what',
  wich: 'which',
  hw: 'how',
};

/** Words shorter than this are never read as a misspelt shape word. */
const MIN_MISSPELT_LENGTH = 4;

const wordsOfShapes = new WeakMap<readonly CompiledShape[], string[]>();

/** Every word the shapes spell (each alternative, each word of a hyphenated one), long enough to be misspelt. */
function shapeWordsOf(shapes: readonly CompiledShape[]): string[] {
  let words = wordsOfShapes.get(shapes);
  if (!words) {
    const all = new Set<string>();
    for (const shape of shapes)
      for (const piece of shape.shape.trim().split(/\s+/))
        if (!/^\{[abf]\}$/.test(piece))
          for (const alternative of piece.replace(/\?$/, '').split('|'))
            for (const word of phraseKey(alternative).split(' ')) if (word.length >= MIN_MISSPELT_LENGTH) all.add(word);
    words = [...all].sort();
    wordsOfShapes.set(shapes, words);
  }
  return words;
}

/**
 * The first shape that matches the question as typed; else with `'s` read as `is` after `who`, `what`, `where`…;
 * else with a spoken cleft taken as `qui` (`c'est qui qui a racheté X`); else with one word read as the shape word it misspells (one edit, two from 9 letters: `were is X`,
 * `qui a rachter X`). A misspelling never falls inside a slot (names are the linker's), and never makes the catch-all
 * SEARCH shapes match (they say nothing a misspelt word would add).
 */
/** Words after `what` that make it no determiner (`what is`, `what did`, `what links`): it is then no `which`. */
const VERBS_AFTER_WHAT: ReadonlySet<string> = new Set(
  'is are was were s does did do has have had can could should would will links connects ties relates about if'.split(' '),
);

export function matchShapeLoosely(shapes: readonly CompiledShape[], typed: readonly Token[]): ShapeMatch | null {
  // `ki finance …`, `koi`, `kel`: question words spelled as spoken, read as the words the shapes spell.
  const tokens = typed.map((token) => (SPOKEN_SPELLINGS[token.folded] ? { ...token, folded: SPOKEN_SPELLINGS[token.folded]! } : token));
  const exact = matchShape(shapes, tokens);
  // Only the catch-all `qui est {a}` matching, a cleft may still ask more (`qui est-ce qui dirige X`).
  if (exact && exact.shape.operation !== 'SEARCH') return exact;
  // `who's the head of X`, `what's the address of X`: the shapes spell `is`.
  const expanded = tokens.map((token, i) =>
    token.folded === 's' && CONTRACTED_IS.has(tokens[i - 1]?.folded ?? '') ? { ...token, folded: 'is' } : token,
  );
  const contracted = expanded.some((token, i) => token !== tokens[i]) ? matchShape(shapes, expanded) : null;
  if (contracted && contracted.shape.operation !== 'SEARCH') return contracted;
  // `what organisations could we work with` (A23x): before a noun, `what` asks what `which` asks; shapes spell one or the other.
  const whatAt = tokens.findIndex((token) => token.folded === 'what');
  const asWhich =
    whatAt >= 0 && !VERBS_AFTER_WHAT.has(tokens[whatAt + 1]?.folded ?? '')
      ? matchShape(
          shapes,
          tokens.map((token, i) => (i === whatAt ? { ...token, folded: 'which' } : token)),
        )
      : null;
  if (asWhich && asWhich.shape.operation !== 'SEARCH') return asWhich;
  for (const cleft of CLEFTS) {
    if (tokens.length <= cleft.length + 1 || tokens[cleft.length]!.folded !== 'qui') continue;
    if (!cleft.every((word, i) => tokens[i]!.folded === word)) continue;
    const rest = matchShape(shapes, tokens.slice(cleft.length));
    if (rest) return shifted(rest, cleft.length);
  }
  if (exact) return exact;
  const known = shapeWordsOf(shapes);
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens[at]!.folded;
    // A shape word may itself be a misspelling of another (`were is X`: `were` for `where`).
    if (word.length < MIN_MISSPELT_LENGTH || /\d/.test(word)) continue;
    const allowed = word.length >= 9 ? 2 : 1;
    const candidates = known
      .filter((candidate) => Math.abs(candidate.length - word.length) <= allowed)
      .map((candidate) => ({ candidate, d: distance(candidate, word) }))
      .filter(({ d }) => d > 0 && d <= allowed)
      .sort((x, y) => x.d - y.d);
    for (const { candidate } of candidates) {
      const read = tokens.map((token, i) => (i === at ? { ...token, folded: candidate } : token));
      const match = matchShape(shapes, read);
      if (!match || match.shape.operation === 'SEARCH') continue;
      if (Object.values(match.slots).some((span) => span.from <= at && at < span.to)) continue;
      return { ...match, corrected: [at] };
    }
  }
  return null;
}

/** A match on the words after the first `by`, moved back over them (those words become the shape's own). */
function shifted(match: ShapeMatch, by: number): ShapeMatch {
  const move = (span: Span): Span => ({ from: span.from + by, to: span.to + by });
  const slots: Partial<Record<SlotName, Span>> = {};
  for (const [name, span] of Object.entries(match.slots) as [SlotName, Span][]) slots[name] = move(span);
  const words = match.shapeWords.map(move);
  if (words[0]?.from === by) words[0] = { from: 0, to: words[0].to };
  else words.unshift({ from: 0, to: by });
  return { shape: match.shape, slots, shapeWords: words };
}
