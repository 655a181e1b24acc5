import type { Span } from './spans';

/**
 * Words after which a full stop does not end a sentence (civilities, titles, "etc." inside a list,
 * initials are handled apart). Compared without case.
 */
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'dr',
  'pr',
  'prof',
  'me',
  'st',
  'ste',
  'sté',
  'cie',
  'av',
  'bd',
  'n°',
  'no',
  'vol',
  'p',
  'pp',
  'env',
  'cf',
  'ex',
  'art',
  'inc',
  'ltd',
  'co',
  'corp',
  'mr',
  'mrs',
  'ms',
  'jr',
  'sr',
  'vs',
  'etc',
  'approx',
  'dept',
  'dépt',
]);

/** Where a sentence may end: terminal punctuation, then spaces, then what starts a sentence. */
const BOUNDARY = /([.!?…]+)((?:[ \u00a0\u202f]?["»”’)])*)(\s+)(?=["«“(]?\s*[\p{Lu}\p{N}«"“])/gu;

/**
 * A wire dateline opening a line: a town in capitals, a date after a comma, a news agency in brackets, then a dash
 * ("TOULOUSE, 8 mai 2025 (AFP) –", "MONTPELLIER (Reuters) -"). It is page furniture: a sentence of its own, no actor.
 */
const DATELINE =
  /(?<=^|\n)[ \t]*\p{Lu}[\p{Lu}'’ -]*\p{Lu}(?:(?:,[^,()\n–—]{1,40})?\s*\([\p{L}\d. &-]{2,25}\)|,[^,()\n–—]{1,40}?\d{4})\s*[–—-](?:\s+|$)/gu;

/** Whether a sentence is a wire dateline and nothing else. */
export function isDateline(sentence: string): boolean {
  return [...`${sentence} `.matchAll(DATELINE)].some((match) => match.index === 0 && match[0].length === sentence.length + 1);
}

/**
 * Splits a document into sentences with their offsets. A paragraph break (a blank line, or a line
 * break before a capital, as in lists and headings) always ends a sentence; a full stop ends one
 * unless it closes an abbreviation or an initial ("M. Dupont", "J.-C. Martin", "M€" has no stop).
 */
export function splitSentences(text: string): Span[] {
  const gaps: [number, number][] = [];
  for (const line of text.matchAll(/\n+/g)) gaps.push([line.index!, line.index! + line[0].length]);
  for (const match of text.matchAll(BOUNDARY)) {
    const stopAt = match.index!;
    const before = /([\p{L}°]+)$/u.exec(text.slice(Math.max(0, stopAt - 12), stopAt))?.[1] ?? '';
    if (match[1] === '.' && (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before))) continue;
    const end = stopAt + match[1]!.length + match[2]!.length;
    gaps.push([end, end + match[3]!.length]);
  }
  for (const dateline of text.matchAll(DATELINE)) {
    const dash = dateline.index + dateline[0].trimEnd().length;
    gaps.push([dash, dateline.index + dateline[0].length]);
  }
  gaps.sort((a, b) => a[0] - b[0]);
  const spans: Span[] = [];
  let start = 0;
  for (const [gapStart, gapEnd] of gaps) {
    if (gapStart >= start) pushTrimmed(spans, text, start, gapStart);
    start = Math.max(start, gapEnd);
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: Span[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end, text: text.slice(start, end) });
}
