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

/**
 * Abbreviations typed in capitals that fold to a common word (`CA`: `ça`), read as what they abbreviate only after a
 * determiner or `combien` (`son CA`, `combien de CA`), never inside a name (`Village by CA`).
 */
const CAPITAL_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = { CA: ['chiffre', 'd', 'affaires'] };
const BEFORE_ABBREVIATION = new Set(['de', 'd', 'du', 'le', 'son', 'sa', 'leur', 'quel', 'combien', 'un', 'en']);

/** The words of a question, its capital abbreviations spelled out (each word of one keeps the abbreviation's place). */
export function tokenizeQuestion(question: string): Token[] {
  return tokenize(question).flatMap((token, i, tokens) => {
    const words = CAPITAL_ABBREVIATIONS[question.slice(token.start, token.end)];
    const before = tokens[i - 1]?.folded;
    if (!words || (before !== undefined && !BEFORE_ABBREVIATION.has(before))) return [token];
    return words.map((folded) => ({ ...token, folded }));
  });
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
 * Periods said without a year (`l'an dernier`, `last year`, `depuis 3 ans`), as folded words (`#` is a number): no
 * year to filter by, so a money answer says them back as not applied rather than dropping them. Longest first.
 */
const RELATIVE_PERIODS: readonly (readonly string[])[] = [
  ...[['au', 'cours', 'des'], ['ces'], ['les']].flatMap((opening) =>
    [
      ['dernieres', 'annees'],
      ['derniers', 'mois'],
      ['#', 'dernieres', 'annees'],
      ['#', 'derniers', 'mois'],
    ].map((rest) => [...opening, ...rest]),
  ),
  ...[
    ['over', 'the'],
    ['in', 'the'],
    ['during', 'the'],
    ['for', 'the'],
  ].flatMap((opening) =>
    [
      ['past', 'year'],
      ['last', 'year'],
      ['past', '#', 'years'],
      ['last', '#', 'years'],
      ['past', 'few', 'years'],
      ['last', 'few', 'years'],
    ].map((rest) => [...opening, ...rest]),
  ),
  ...[['depuis'], ['il', 'y', 'a'], ['en']].flatMap((opening) =>
    [
      ['#', 'ans'],
      ['#', 'annees'],
      ['un', 'an'],
    ].map((rest) => [...opening, ...rest]),
  ),
  ...[
    ['l', 'an', 'dernier'],
    ['l', 'an', 'passe'],
    ['l', 'annee', 'derniere'],
    ['l', 'annee', 'passee'],
    ['cette', 'annee'],
    ['cette', 'annee', 'la'],
  ],
  ...[
    ['last', 'year'],
    ['this', 'year'],
    ['past', 'year'],
    ['last', 'month'],
    ['this', 'month'],
    ['#', 'years', 'ago'],
  ],
  ...[['recemment'], ['dernierement'], ['recently'], ['lately']],
].sort((a, b) => b.length - a.length);

/** How many words at a position are a period said without a year (0 when none). */
function relativePeriodLength(tokens: readonly Token[], at: number): number {
  const matches = (phrase: readonly string[]) =>
    phrase.every((word, k) => {
      const folded = tokens[at + k]?.folded;
      return folded !== undefined && (word === '#' ? /^\d{1,2}$/.test(folded) || folded === 'deux' || folded === 'trois' : folded === word);
    });
  return RELATIVE_PERIODS.find(matches)?.length ?? 0;
}

/**
 * The periods a question names (`depuis 2017`, `en 2021 et 2022`, `l'an dernier`): taken out of the words read; a money
 * answer applies one with years (fundingConstraints.ts), anything else reports them as not applied.
 */
export function periodSpans(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const relative = relativePeriodLength(tokens, i);
    if (relative > 0) {
      spans.push({ from: i, to: i + relative });
      i += relative - 1;
      continue;
    }
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
