import { foldText } from '../domain/model';

/**
 * Builds Lucene queries for the full-text index from user text. Every character Lucene treats as
 * syntax is escaped and the operator words AND/OR/NOT are lower-cased, so user text can neither
 * break the query nor change its meaning: it is only ever words to look for.
 */

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_TERMS = 12;

/** Escapes one term for the Lucene query parser. */
export function escapeLuceneTerm(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Words that carry no meaning in a look-up: the index's English stop words (which it never stores, so a
 * required one would match nothing) and French function words.
 */
const NOISE_WORDS = new Set(
  (
    'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with ' +
    'au aux d de des du en et l la le les un une sur pour par dans avec'
  ).split(' '),
);

/** Splits user text into folded words (accents and case removed), dropping punctuation, Lucene syntax and noise words. */
export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 1 && !NOISE_WORDS.has(term))
    .slice(0, MAX_TERMS);
}

/** Edit distance allowed for a typo in a term of this length: none for short words. */
function fuzziness(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 4) return 1;
  return 0;
}

/** One term as exact (boosted), prefix (search-as-you-type) or fuzzy (typo) match. */
function termClause(term: string, options: { prefix: boolean }): string {
  const escaped = escapeLuceneTerm(term);
  const parts = [`${escaped}^4`];
  if (options.prefix && term.length >= 2) parts.push(`${escaped}*^2`);
  const distance = fuzziness(term);
  if (distance > 0) parts.push(`${escaped}~${distance}`);
  return `(${parts.join(' ')})`;
}

/**
 * A query where every term must match (exactly, as a prefix for the last term or all terms, or with a
 * small typo). Returns undefined when the text holds no searchable word.
 */
export function allTermsQuery(text: string): string | undefined {
  const terms = searchTerms(text);
  if (terms.length === 0) return undefined;
  return terms.map((term) => `+${termClause(term, { prefix: true })}`).join(' ');
}

/** The fields a search looks in, each with its weight in a hit's score and whether a term also matches as a prefix there. */
export const SEARCH_FIELDS = [
  { field: 'NAME', property: 'name', weight: 3, prefix: true },
  { field: 'ALIAS', property: 'aliases', weight: 2, prefix: true },
  { field: 'DESCRIPTION', property: 'description', weight: 1, prefix: false },
] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number]['field'];

/**
 * One query over every searched field, each with its weight: a node's score is the sum of its
 * fields' scores times their weights. Returns undefined when the text holds no searchable word.
 */
export function weightedFieldsQuery(text: string): string | undefined {
  const terms = searchTerms(text);
  if (terms.length === 0) return undefined;
  return SEARCH_FIELDS.map(({ field, weight }) => `${fieldClause(terms, field)}^${weight}`).join(' ');
}

/** The part of a search's query that looks in one field (any term suffices). */
export function fieldQuery(text: string, field: SearchField): string {
  return fieldClause(searchTerms(text), field);
}

function fieldClause(terms: string[], field: SearchField): string {
  const { property, prefix } = SEARCH_FIELDS.find((searched) => searched.field === field)!;
  return `${property}:(${terms.map((term) => termClause(term, { prefix })).join(' ')})`;
}

/**
 * For the hits of one search: the fields of a hit that the text's terms match, by the rules of its
 * query (exact, prefix where the field allows it, typo within the term's edit distance), best first:
 * most matched terms times the field's weight. The full-text index gives one score per node, not
 * which fields made it.
 */
export function fieldMatcher(text: string): (node: object) => SearchField[] {
  const terms = searchTerms(text);
  return (node) => fieldsMatching(terms, node);
}

function fieldsMatching(terms: string[], node: object): SearchField[] {
  const scored = SEARCH_FIELDS.map(({ field, property, weight, prefix }) => {
    const tokens = tokensOf((node as Partial<Record<typeof property, unknown>>)[property]);
    const matched = terms.filter((term) => tokens.some((token) => termMatches(term, token, prefix))).length;
    return { field, score: matched * weight };
  });
  return scored
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ field }) => field);
}

/**
 * Words of a stored value as the index's analyzer makes them: accents and case removed, and an
 * apostrophe between letters kept inside the word ("d'Occitanie" is one word there, as in Lucene).
 */
function tokensOf(value: unknown): string[] {
  const texts = Array.isArray(value) ? value : [value];
  return texts
    .filter((text): text is string => typeof text === 'string')
    .flatMap((text) =>
      foldText(text)
        .replace(/\u2019/g, "'")
        .split(/[^\p{L}\p{N}']+/u),
    )
    .map((token) => token.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

function termMatches(term: string, token: string, prefix: boolean): boolean {
  if (token === term || (prefix && token.startsWith(term))) return true;
  const allowed = fuzziness(term);
  return allowed > 0 && Math.abs(token.length - term.length) <= allowed && editsWithin(term, token, allowed);
}

/**
 * True when `a` becomes `b` in at most `max` edits, a swap of neighbours counting as one, as
 * Lucene's typo matching counts them (optimal string alignment distance).
 */
export function editsWithin(a: string, b: string, max: number): boolean {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return false;
    before = previous;
    previous = current;
  }
  return previous[b.length]! <= max;
}
