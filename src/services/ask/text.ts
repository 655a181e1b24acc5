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

/** Words that put a year in a period: `en 2023`, `depuis 2017`, `entre 2017 et 2020`, `since 2020`. */
const PERIOD_WORDS = new Set([
  'en',
  'depuis',
  'since',
  'in',
  'avant',
  'apres',
  'before',
  'after',
  'entre',
  'between',
  'from',
  'pendant',
  'during',
  'jusqu',
  'until',
]);
const JOINING_WORDS = new Set(['et', 'and', 'a', 'to', 'au']);
const YEAR = /^(19|20)\d\d$/;

/**
 * The periods a question names (`depuis 2017`, `en 2021 et 2022`): the answer cannot filter by them yet,
 * so they are taken out of the words read and reported as not applied.
 */
export function periodSpans(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!YEAR.test(tokens[i]!.folded)) continue;
    // A year without a word before it is part of a name (`France 2030`, `PARI 2030`).
    if (i === 0 || !PERIOD_WORDS.has(tokens[i - 1]!.folded)) continue;
    const from = i - 1;
    let to = i + 1;
    if (JOINING_WORDS.has(tokens[to]?.folded ?? '') && YEAR.test(tokens[to + 1]?.folded ?? '')) to += 2;
    spans.push({ from, to });
    i = to - 1;
  }
  return spans;
}
