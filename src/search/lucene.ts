import { foldText } from '../graph/model';

/**
 * Builds Lucene queries for the full-text index from user text. Every character Lucene treats as
 * syntax is escaped and the operator words AND/OR/NOT are lower-cased, so user text can neither
 * break the query nor change its meaning: it is only ever words to look for.
 */

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
export const MAX_SEARCH_TEXT_LENGTH = 200;
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
  ('a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with ' +
    'au aux d de des du en et l la le les un une sur pour par dans avec').split(' '),
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
export function allTermsQuery(text: string, options: { prefix?: boolean; field?: string } = {}): string | undefined {
  const terms = searchTerms(text);
  if (terms.length === 0) return undefined;
  const clauses = terms.map((term) => `+${termClause(term, { prefix: options.prefix ?? true })}`);
  const body = clauses.join(' ');
  return options.field ? `${options.field}:(${body})` : body;
}

/** A query ranking nodes by how many terms match (any term suffices). */
export function anyTermsQuery(text: string, options: { prefix?: boolean; field?: string } = {}): string | undefined {
  const terms = searchTerms(text);
  if (terms.length === 0) return undefined;
  const body = terms.map((term) => termClause(term, { prefix: options.prefix ?? true })).join(' ');
  return options.field ? `${options.field}:(${body})` : body;
}
