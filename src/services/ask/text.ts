/** Words of a question, folded for matching but keeping where they sit in the original text. */

export interface Token {
  /** Lower case, without accents: what every comparison uses. */
  folded: string;
  start: number;
  end: number;
}

/** Letters and digits, with the apostrophes between them; anything else (spaces, hyphens, punctuation) separates words. */
const WORD = /[\p{L}\p{N}]+(?:['’‘ʼ][\p{L}\p{N}]+)*/gu;
/** An apostrophe between two letters. */
const APOSTROPHE = /['’‘ʼ]/u;
/** French words elided before an apostrophe (`l'usine`, `qu'a`, `aujourd'hui`): a word of their own. */
const ELIDED = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
  'quelqu',
  'aujourd',
]);
/** English endings after an apostrophe (`Sanofi's`, `doesn't`, `who're`): a word of their own. */
const CLITICS = new Set(['s', 't', 're', 'll', 've', 'd', 'm']);

/** Lower case without diacritics; ligatures spelled out (`œ` → `oe`). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/**
 * The words of a text. An apostrophe inside a word joins its parts into one word (`Bio'Occ`, `Phost’in`, `Inn'Vest` are
 * `bioocc`, `phostin`, `innvest`: a name the graph spells so is one word, never `in` or `occ` read apart), except after a
 * French elided word (`l'`, `d'`, `qu'`) or before an English ending (`'s`, `n't`), which stay words of their own.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let start = m.index;
    let previous: Token | null = null;
    for (const part of m[0].split(APOSTROPHE)) {
      const token: Token = { folded: fold(part), start, end: start + part.length };
      start = token.end + 1;
      if (previous && !ELIDED.has(previous.folded) && !CLITICS.has(token.folded)) {
        previous.folded += token.folded;
        previous.end = token.end;
        continue;
      }
      tokens.push(token);
      previous = token;
    }
  }
  return tokens;
}

/**
 * Abbreviations typed in capitals that fold to a common word (`CA`: `ça`), read as what they abbreviate only after a
 * determiner or `combien` (`son CA`, `combien de CA`), never inside a name (`Village by CA`).
 */
const CAPITAL_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = { CA: ['chiffre', 'd', 'affaires'] };
/** Words typed in capitals that fold to another word (`US`: `us`, the pronoun): the country they name, wherever they stand. */
const CAPITAL_WORDS: Readonly<Record<string, string>> = { US: 'usa' };
const BEFORE_ABBREVIATION = new Set(['de', 'd', 'du', 'le', 'son', 'sa', 'leur', 'quel', 'combien', 'un', 'en']);
/** Words after which `ca` opening a question is the revenue (`ca de X`, `ca du groupe X`). */
const LOWER_CA_BEFORE: ReadonlySet<string> = new Set(['de', 'd', 'du', 'des']);

/**
 * Texting and chat abbreviations (`qqn`, `ds`, `ppl`, `w/`, `b/c`; `questions.texted` of the vocabulary), folded, each with
 * the folded words it stands for. A key holding a slash is matched on the text as typed (`w/` is no word of its own).
 */
export type TextedWords = Readonly<Record<string, string>>;

/** The words of a texted abbreviation starting at a token, and how many tokens it covers, or null. */
function textedAt(
  question: string,
  tokens: readonly Token[],
  at: number,
  texted: TextedWords,
): { words: string[]; covers: number; end: number } | null {
  const token = tokens[at]!;
  for (const [key, meaning] of Object.entries(texted)) {
    if (key.includes('/')) {
      const typed = fold(question.slice(token.start, token.start + key.length));
      const after = question.charAt(token.start + key.length);
      if (typed !== key || /[\p{L}\p{N}]/u.test(after)) continue;
      const end = token.start + key.length;
      let covers = 1;
      while (tokens[at + covers] && tokens[at + covers]!.end <= end) covers++;
      return { words: phraseKey(meaning).split(' '), covers, end };
    }
    if (token.folded === key) return { words: phraseKey(meaning).split(' '), covers: 1, end: token.end };
  }
  return null;
}

/** An arrow typed between two names (`Sanofi <-> Evotec`, `X ↔ Y`): a link asked, read as a word of its own that no typed word is a typo of (A23v). */
const LINK_ARROW = /<-+>|<=+>|[↔⟷⇔]/u;
const ARROW_WORD = 'linkarrow';

/**
 * The words of a question, its capital abbreviations spelled out (each word of one keeps the abbreviation's place), and its
 * texted abbreviations read as the words they stand for (`qqn` → `quelqu un`, `w/` → `with`), each keeping the place typed.
 */
export function tokenizeQuestion(question: string, texted: TextedWords = {}): Token[] {
  const typed = tokenize(question);
  const expanded: Token[] = [];
  for (let i = 0; i < typed.length; i++) {
    const token = typed[i]!;
    const arrow = i > 0 ? LINK_ARROW.exec(question.slice(typed[i - 1]!.end, token.start)) : null;
    if (arrow) {
      const start = typed[i - 1]!.end + arrow.index;
      expanded.push({ folded: ARROW_WORD, start, end: start + arrow[0].length });
    }
    const chat = textedAt(question, typed, i, texted);
    if (chat) {
      expanded.push(...chat.words.map((folded) => ({ folded, start: token.start, end: chat.end })));
      i += chat.covers - 1;
      continue;
    }
    const capital = CAPITAL_WORDS[question.slice(token.start, token.end)];
    if (capital) {
      expanded.push({ ...token, folded: capital });
      continue;
    }
    // `chiffre d'affaire`, the `s` forgotten, is the revenue all the same.
    if (token.folded === 'affaire' && typed[i - 1]?.folded === 'd' && typed[i - 2]?.folded === 'chiffre') {
      expanded.push({ ...token, folded: 'affaires' });
      continue;
    }
    // `ca de X` in lower case opening a question: no `ça` stands there, the revenue is asked (`ça` typed keeps its cedilla).
    if (i === 0 && question.slice(token.start, token.end) === 'ca' && LOWER_CA_BEFORE.has(typed[1]?.folded ?? '')) {
      expanded.push(...CAPITAL_ABBREVIATIONS.CA!.map((folded) => ({ ...token, folded })));
      continue;
    }
    const words = CAPITAL_ABBREVIATIONS[question.slice(token.start, token.end)];
    const before = typed[i - 1]?.folded;
    if (!words || (before !== undefined && !BEFORE_ABBREVIATION.has(before))) expanded.push(token);
    else expanded.push(...words.map((folded) => ({ ...token, folded })));
  }
  return expanded;
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
/** Words naming a round of money, that date it with a year said beside them (`2018 round`, `levée 2020`, `tour de table 2019`). */
const ROUND_WORDS = new Set([
  'levee',
  'levees',
  'round',
  'rounds',
  'raise',
  'fundraising',
  'fundraise',
  'tour',
  'table',
  'serie',
  'series',
]);

/** True when a question names a round of money (`la levée de X`, `X's 2024 round`): asked of rounds, not of every stake. */
export function namesARound(tokens: readonly Token[]): boolean {
  return tokens.some((token) => ROUND_WORDS.has(token.folded));
}

/** True when the year at `at` follows or precedes a round word (`round 2018`, `2018 round`, `levée de fonds 2018`, `levée de 2018`). */
function besideRoundWord(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.folded ?? '';
  const after = tokens[at + 1]?.folded ?? '';
  if (ROUND_WORDS.has(after) || ROUND_WORDS.has(before) || isSeriesLetter(tokens, at - 1)) return true;
  // `levée de fonds 2018`, `la levée de 2018`, `the round of 2018`: one or two words between.
  const twoBefore = tokens[at - 2]?.folded ?? '';
  if (['de', 'du', 'of'].includes(before) && ROUND_WORDS.has(twoBefore)) return true;
  return ['fonds', 'funding'].includes(before) && (ROUND_WORDS.has(twoBefore) || ROUND_WORDS.has(tokens[at - 3]?.folded ?? ''));
}
const YEAR = /^(19|20)\d\d$/;

/** Words that join a round's name to its year (`lors du tour de 2018`, `during the 2024 series B`), folded. */
const ROUND_JOINERS = new Set(['lors', 'during', 'du', 'de', 'la', 'l', 'le', 'the', 'of', 'in', 'at', 'au', 'fonds', 'funding']);
const isSeriesLetter = (tokens: readonly Token[], at: number) =>
  /^[a-e]$/.test(tokens[at]?.folded ?? '') && ['serie', 'series'].includes(tokens[at - 1]?.folded ?? '');

/**
 * A dated round as one period when its words would otherwise be read as a name: after `lors`/`during` (`lors du tour de
 * 2018`), and a series (`series B 2024`, `2024 series B`). Else the year alone (`la levée 2020 de X`: the shapes read
 * `levée`).
 */
function roundSpan(tokens: readonly Token[], year: number): Span {
  const isRoundWord = (at: number) => ROUND_WORDS.has(tokens[at]?.folded ?? '') || isSeriesLetter(tokens, at);
  let from = year;
  let to = year + 1;
  // `series B 2024`, `2024 series B`.
  if (isSeriesLetter(tokens, year - 1)) from = year - 2;
  if (['serie', 'series'].includes(tokens[to]?.folded ?? '') && isSeriesLetter(tokens, to + 1)) to += 2;
  // `lors du tour de 2018`, `during the 2024 round`: the lead word, its article, the round words and their joiners.
  let back = from;
  while (back > 0 && (isRoundWord(back - 1) || ROUND_JOINERS.has(tokens[back - 1]!.folded))) back--;
  if (back < from && ['lors', 'during'].includes(tokens[back]!.folded)) {
    from = back;
    while (to < tokens.length && isRoundWord(to)) to++;
  }
  return { from, to };
}

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
    // `Antabio's 2018 round`, `la levée 2020 de Phost'in`: a year beside a word naming a round dates it (A23k).
    if (besideRoundWord(tokens, i)) {
      spans.push(roundSpan(tokens, i));
      i = spans[spans.length - 1]!.to - 1;
      continue;
    }
    // A year without a word before it is part of a name (`France 2030`, `PARI 2030`).
    if (i === 0 || !PERIOD_WORDS.has(tokens[i - 1]!.folded)) continue;
    // `back in 2018`: `back` only says the year is past.
    const from = tokens[i - 1]!.folded === 'in' && tokens[i - 2]?.folded === 'back' ? i - 2 : i - 1;
    let to = i + 1;
    if (JOINING_WORDS.has(tokens[to]?.folded ?? '') && YEAR.test(tokens[to + 1]?.folded ?? '')) to += 2;
    spans.push({ from, to });
    i = to - 1;
  }
  return spans;
}

/**
 * `chiffre d'affaires de Dedienne Santé 2022`, `Pierre Fabre revenue 2021`: a year ending a question that asks a figure, with
 * no period word before it, dates the figure (A23s); it stays part of a name when the words before it and it are one
 * (`budget de France 2030`: `isName` is asked of the last one to four words). Null when it is none.
 */
export function trailingYearSpan(tokens: readonly Token[], isName: (words: readonly string[]) => boolean): Span | null {
  const at = tokens.length - 1;
  if (at < 1 || !YEAR.test(tokens[at]!.folded) || PERIOD_WORDS.has(tokens[at - 1]!.folded)) return null;
  for (let from = Math.max(0, at - 4); from < at; from++) if (isName(tokens.slice(from, at + 1).map((token) => token.folded))) return null;
  return { from: at, to: at + 1 };
}

/**
 * `depuis son rachat`, `since it was bought`, `after its takeover` (folded words): a takeover's date asked as the time the
 * owner has held the node. Taken out of the words read, like a period: a RELATED answer applies it by giving the ties'
 * dates (the note `tieDates`), any other answer says it back as not applied.
 */
const SINCE_TAKEOVER: readonly (readonly string[])[] = (() => {
  const split = (phrases: string) => phrases.split('|').map((phrase) => phrase.split(' '));
  const times = split('depuis|apres|suite a|since|after|following|ever since');
  const owners = split('son|sa|le|la|l|its|the|their');
  const nouns = split(
    'rachat|reprise|acquisition|absorption|achat|cession|vente|changement de proprietaire|takeover|take over|acquisition|purchase|buyout|buy out|sale',
  );
  const clauses = split(
    'qu il a ete|qu elle a ete|qu il est|qu elle est|qu ils ont ete|qu elles ont ete|it was|it has been|it had been|it got|they were|they have been|being',
  );
  const participles = split(
    'rachete|rachetee|racheter|repris|reprise|acquis|acquise|achete|achetee|vendu|vendue|cede|cedee|absorbe|absorbee|bought|acquired|purchased|sold|taken over|absorbed|bought out',
  );
  const phrases: string[][] = [];
  for (const time of times) {
    for (const owner of owners) for (const noun of nouns) phrases.push([...time, ...owner, ...noun]);
    for (const clause of clauses) for (const participle of participles) phrases.push([...time, ...clause, ...participle]);
  }
  return phrases.sort((a, b) => b.length - a.length);
})();

/**
 * The words ending a question that say since or after a takeover (`… depuis son rachat`, `… since it was bought`), or null.
 * At the end only: `après le rachat de X, qui …` names what was taken over, which the shapes read.
 */
export function sinceTakeoverSpan(tokens: readonly Token[]): Span | null {
  for (const words of SINCE_TAKEOVER) {
    const from = tokens.length - words.length;
    if (from > 0 && words.every((word, k) => tokens[from + k]!.folded === word)) return { from, to: tokens.length };
  }
  return null;
}

/**
 * Orderings by size (folded word sequences, longest first): `par montant`, `biggest first`, `classement des`. They ask what a
 * superlative asks, the largest first, and are read with the superlatives (A23s).
 */
const ORDERINGS: readonly (readonly string[])[] = [
  ...['classement', 'classements', 'palmares'].flatMap((head) => [[head, 'des'], [head, 'de'], [head, 'du'], [head, 'd'], [head]]),
  ...['ranking', 'rankings'].flatMap((head) => [[head, 'of'], [head]]),
  // Bare, these words say other things (`product ranges`, `he tries`): an ordering only with what orders.
  ...['ranked', 'sorted', 'ordered', 'classes', 'classees', 'tries', 'triees', 'ranges', 'rangees'].flatMap((head) => [
    [head, 'par', 'montant'],
    [head, 'by', 'amount'],
    [head, 'by', 'size'],
  ]),
  ['du', 'plus', 'gros', 'au', 'plus', 'petit'],
  ['du', 'plus', 'grand', 'au', 'plus', 'petit'],
  ['par', 'ordre', 'decroissant'],
  ['par', 'montant', 'decroissant'],
  // `classement des bénéficiaires de X par montant reçu`: the amount named with its verb is one ordering.
  ...['recu', 'recus', 'verse', 'verses', 'accorde', 'accordes', 'percu', 'percus', 'total'].map((verb) => ['par', 'montant', verb]),
  ['par', 'montant'],
  ['par', 'taille'],
  ['largest', 'to', 'smallest'],
  ['biggest', 'to', 'smallest'],
  ['in', 'order', 'of', 'size'],
  ['biggest', 'first'],
  ['largest', 'first'],
  ['by', 'amount'],
  ['by', 'size'],
].sort((a, b) => b.length - a.length);

/** Superlatives of size (folded word sequences): `le plus`, `the biggest`, `principal`; orderings first. */
const SUPERLATIVES: readonly (readonly string[])[] = [
  ...ORDERINGS,
  ...[
    ['le', 'plus'],
    ['la', 'plus'],
    ['les', 'plus'],
  ].flatMap((head) =>
    [['gros'], ['grosse'], ['grand'], ['grande'], ['important'], ['importante'], ['eleve'], ['elevee'], ['gros', 'montant'], []].map(
      (tail) => [...head, ...tail],
    ),
  ),
  ['plus', 'gros'],
  ['plus', 'grosse'],
  ['plus', 'grand'],
  ['plus', 'important'],
  ['principal'],
  ['principale'],
  ['principaux'],
  ['the', 'most'],
  ['the', 'biggest'],
  ['the', 'largest'],
  ['the', 'highest'],
  ['highest'],

  ['the', 'main'],
  ['most'],
  ['biggest'],
  ['largest'],
  ['main'],
];

/**
 * `qui a mis le plus d'argent dans X`, `biggest funder of X`, `principal financeur de X`: a superlative of size, taken out
 * of the words read like a period. A money answer applies it (its totals per funder come largest first, the first named
 * in a note); any other answer says it back as not applied. `plus de 10` (more than) is no superlative.
 */
export function superlativeSpan(tokens: readonly Token[]): Span | null {
  const first = superlativeSpans(tokens)[0];
  return first ? { from: first.from, to: first.to } : null;
}

/**
 * Every superlative or ordering of the question, in order, none overlapping: `classement des financements de l'État par
 * montant` says it twice (`classement des`, `par montant`); both are read apart, as one request.
 */
export function superlativeSpans(tokens: readonly Token[]): RankSpan[] {
  const spans: RankSpan[] = [];
  for (let from = 0; from < tokens.length; from++) {
    const top = topSpan(tokens, from);
    if (top) {
      spans.push(top);
      from = top.to - 1;
      continue;
    }
    for (const words of SUPERLATIVES) {
      if (!words.every((word, k) => tokens[from + k]?.folded === word)) continue;
      const next = tokens[from + words.length]?.folded ?? '';
      if (/^\d/.test(next) || (next === 'de' && /^\d/.test(tokens[from + words.length + 1]?.folded ?? ''))) continue;
      // `les 3 plus gros financeurs`, `the 5 biggest funders`: a count just before the superlative limits the ranking.
      const counted = countBefore(tokens, from);
      const start = counted ? counted.from : from;
      spans.push({
        from: start,
        to: from + words.length,
        ordering: ORDERINGS.includes(words),
        ...(counted ? { limit: counted.limit } : {}),
      });
      from += words.length - 1;
      break;
    }
  }
  return spans;
}

/** A superlative or ordering, and the count of a ranking it asks for (`top 3`, `les 5 plus gros`) when one is said. */
export type RankSpan = Span & { ordering: boolean; limit?: number };

/** The most a ranking's count may be (`top 10`); a larger number is a figure (`plus de 200`), not a count of rows. */
const MAX_RANK_LIMIT = 50;
const COUNT_WORDS: Readonly<Record<string, number>> = { deux: 2, trois: 3, cinq: 5, dix: 10, two: 2, three: 3, five: 5, ten: 10 };
const countOf = (folded: string | undefined): number | null => {
  if (folded === undefined) return null;
  const value = /^\d{1,2}$/.test(folded) ? Number(folded) : (COUNT_WORDS[folded] ?? null);
  return value !== null && value >= 1 && value <= MAX_RANK_LIMIT ? value : null;
};

/** Number words a list's count is said with (`les deux IHU`, `the three CHUs`), folded, beyond the digits. */
const LIST_COUNT_WORDS: Readonly<Record<string, number>> = {
  ...COUNT_WORDS,
  ...{ quatre: 4, six: 6, sept: 7, huit: 8, neuf: 9, douze: 12 },
  ...{ four: 4, six: 6, seven: 7, eight: 8, nine: 9, twelve: 12 },
};

/**
 * The count some words say, when they are a count alone (`3`, `deux`, `two`; 2 to 50), else null: `les 3 CHU de la région`
 * says how many actors the asker expects, which a list holds or not (A23w).
 */
export function listCount(words: string): number | null {
  const folded = tokenize(words).map((token) => token.folded);
  if (folded.length !== 1) return null;
  const value = /^\d{1,2}$/.test(folded[0]!) ? Number(folded[0]) : (LIST_COUNT_WORDS[folded[0]!] ?? null);
  return value !== null && value >= 2 && value <= MAX_RANK_LIMIT ? value : null;
}

/** `les 3 plus gros`, `the 5 biggest`, `3 biggest`: the count before a superlative at `at` (with its article), or null. */
function countBefore(tokens: readonly Token[], at: number): { from: number; limit: number } | null {
  // `les 3 plus gros` has its article before the count; `the 3 biggest` too.
  const limit = countOf(tokens[at - 1]?.folded);
  if (limit === null) return null;
  const article = ['les', 'the'].includes(tokens[at - 2]?.folded ?? '') ? at - 2 : at - 1;
  return { from: article, limit };
}

/**
 * `top 3 funders of X`, `top des montants versés par Y`, `le top 5 des bénéficiaires`: a ranking, largest first, of as many
 * rows as the count says (every row when none is said). `top` alone ends nothing: `Top 14` followed by no row word is still read
 * (out-of-scope words say the rest). Null when no `top` starts at `from`.
 */
function topSpan(tokens: readonly Token[], from: number): RankSpan | null {
  if (tokens[from]?.folded !== 'top') return null;
  let to = from + 1;
  const limit = countOf(tokens[to]?.folded);
  if (limit !== null) to++;
  if (['des', 'de', 'du', 'd', 'of', 'the'].includes(tokens[to]?.folded ?? '')) to++;
  // `le top 5 des …`: the article before `top` is the ranking's too.
  const start = ['le', 'the'].includes(tokens[from - 1]?.folded ?? '') ? from - 1 : from;
  return { from: start, to, ordering: true, ...(limit !== null ? { limit } : {}) };
}

/** Words saying a figure is planned rather than recorded (folded): `emplois prévus`, `jobs to be created`, `target headcount`. */
const PLANNED: readonly (readonly string[])[] = [
  ...[
    ['a', 'creer'],
    ['a', 'venir'],
    ['to', 'be', 'created'],
    ['to', 'be', 'hired'],
    ['to', 'create'],
  ],
  ...['prevu', 'prevue', 'prevus', 'prevues', 'attendu', 'attendus', 'attendues', 'vises', 'visees', 'objectif', 'objectifs'].map((w) => [
    w,
  ]),
  ...['planned', 'expected', 'projected', 'targeted', 'target', 'targets', 'promised', 'announced', 'annonces'].map((w) => [w]),
].sort((a, b) => b.length - a.length);

/**
 * `emplois prévus chez X`, `jobs to be created by X`: the words saying the figure asked is a plan, taken out of the words read
 * when the question names a metric (`hasMetric`). A figures answer applies them by the figures the sources give as targets;
 * any other answer, or none recorded, says them back (A23p). Null when none.
 */
export function plannedSpan(tokens: readonly Token[], hasMetric: boolean): Span | null {
  if (!hasMetric) return null;
  for (let from = 0; from < tokens.length; from++)
    for (const words of PLANNED) if (words.every((word, k) => tokens[from + k]?.folded === word)) return { from, to: from + words.length };
  return null;
}
