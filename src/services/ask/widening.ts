/**
 * A place widened by the question itself (A23k): `à Montpellier ou ailleurs`, `in Toulouse or elsewhere in the region`,
 * `en Occitanie ou hors région`. The place said before the widening words restricts nothing: the words are left out of the
 * reading, and where they name the wider area (`ailleurs en Occitanie`, `elsewhere in the region`), that area is the place.
 */
import type { Lexicon } from './lexicon';
import type { Span, Token } from './text';

/** Words turning a place into an alternative (`ou`, `or`). */
const ALTERNATIVE = new Set(['ou', 'or']);

/** Words after `ou` / `or` that widen the place before them (folded, as phrases). */
const ELSEWHERE: readonly (readonly string[])[] = [
  ['partout', 'ailleurs'],
  ['ailleurs'],
  ['autre', 'part'],
  ['n', 'importe', 'ou'],
  ['plus', 'loin'],
  ['anywhere', 'else'],
  ['somewhere', 'else'],
  ['elsewhere'],
  ['anywhere'],
  ['further', 'afield'],
];
/** Words after `ou` / `or` that say outside of an area (`hors région`, `outside the region`): no restriction at all. */
const OUTSIDE: readonly (readonly string[])[] = [['hors'], ['en', 'dehors'], ['outside'], ['beyond']];
/** An area named after the widening words (`en Occitanie`, `in the region`, `de la région`), as folded words. */
const AREA_OPENERS = new Set(['en', 'dans', 'de', 'in', 'within', 'across', 'of', 'du']);
const ARTICLES = new Set(['la', 'l', 'le', 'the', 'notre', 'our']);
const REGION_AREA = new Set(['region', 'occitanie']);

export interface WidenedPlace {
  /** Every word to leave out: the place said, the widening words, an area after them. */
  span: Span;
  /** The place widened, as typed folded words (`montpellier`), or null when none was found before the words. */
  place: Span | null;
  /** True when the words name the region as the wider area (`ailleurs en Occitanie`, `elsewhere in the region`). */
  region: boolean;
}

function phraseAt(tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): number {
  for (const phrase of phrases) if (phrase.every((word, k) => tokens[at + k]?.folded === word)) return phrase.length;
  return 0;
}

/** The length of an area phrase at a position (`en Occitanie`, `in the region`, `de la région`, `région`), or 0. */
function areaAt(tokens: readonly Token[], at: number): number {
  let i = at;
  if (AREA_OPENERS.has(tokens[i]?.folded ?? '')) i++;
  if (ARTICLES.has(tokens[i]?.folded ?? '')) i++;
  return REGION_AREA.has(tokens[i]?.folded ?? '') ? i + 1 - at : 0;
}

/** The place said just before a position (`à Montpellier`, `in the Gard`): its span with the place word before it, or null. */
function placeBefore(tokens: readonly Token[], end: number, lexicon: Lexicon): { span: Span; place: Span } | null {
  for (let from = end - 1; from >= Math.max(0, end - 4); from--) {
    const reading = lexicon.contentAt(tokens, from, end);
    if (!reading || reading.span.to !== end || reading.kind !== 'content' || reading.entry.role !== 'PLACE') continue;
    let start = from;
    while (start > 0 && ARTICLES.has(tokens[start - 1]!.folded)) start--;
    const marker = start > 0 ? lexicon.functionWord(tokens[start - 1]!.folded) : undefined;
    if (marker?.placeWord) start--;
    return { span: { from: start, to: end }, place: { from, to: end } };
  }
  return null;
}

/** The first place the question widens, or null. */
export function widenedPlace(tokens: readonly Token[], lexicon: Lexicon): WidenedPlace | null {
  for (let at = 1; at < tokens.length; at++) {
    if (!ALTERNATIVE.has(tokens[at]!.folded)) continue;
    const elsewhere = phraseAt(tokens, at + 1, ELSEWHERE);
    const outside = elsewhere > 0 ? 0 : phraseAt(tokens, at + 1, OUTSIDE);
    if (elsewhere === 0 && outside === 0) continue;
    const after = at + 1 + elsewhere + outside;
    const area = areaAt(tokens, after);
    const before = placeBefore(tokens, at, lexicon);
    // `hors région` with no place before it and no area after it (`ou hors`) is no widening of anything.
    if (!before && area === 0 && outside > 0) continue;
    return {
      span: { from: before ? before.span.from : at, to: after + area },
      place: before?.place ?? null,
      region: elsewhere > 0 && area > 0,
    };
  }
  return null;
}
