import type { Span, Token } from './text';

/**
 * An amount of money said inside a question (`le tour de 5,2 M€ de X`, `X's 15 million euro round`, `la subvention de 2 M€
 * à X`): it names one funding, so it is read apart, like a period, and a money answer keeps the fundings of that amount
 * (family 40). A bound (`plus de 10 millions`, `over €5m`) asks for a comparison, which no answer applies: not read here.
 */
export interface AskedAmount {
  /** The amount's words as typed. */
  text: string;
  /** The question's tokens it covers. */
  span: Span;
  /** The amount in euros. */
  eur: number;
}

/** Multipliers of the units said after a number, by their folded form. */
const UNITS: Readonly<Record<string, number>> = {
  k: 1e3,
  'k€': 1e3,
  m: 1e6,
  'm€': 1e6,
  meur: 1e6,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  md: 1e9,
  'md€': 1e9,
  mds: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  bn: 1e9,
  billion: 1e9,
};

/**
 * A number, a unit and the currency (either may stand alone: `2 M€`, `8 millions`, `500 000 €`, `15 million euro`,
 * `€15m`, `1,5 million d'euros`).
 */
const AMOUNT =
  /(€\s?)?(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)\s?(k€|m€|md€|meur|millions?|milliards?|billion|mn|mds|md|bn|k|m)?(?![\p{L}\d])(?:\s?(€|eur(?:os?)?\b|d['’]\s?euros?\b|de\s+dollars\b))?/giu;

/** Words before an amount that make it a bound (`plus de 10 millions`, `more than €5m`, `at least`, `over`, `under`). */
const BOUND_BEFORE =
  /(?:plus|moins|au-delà|au-dessus|au-dessous|more|less|fewer|over|under|above|below|least|most|than|jusqu['’]?\s?à|moins\sde|>|<)\s*(?:de|d['’]|que|than)?\s*$/iu;

/** The amounts of money a question says, in its order; a number with neither a unit of millions nor a currency is none. */
export function askedAmounts(question: string, tokens: readonly Token[]): AskedAmount[] {
  const found: AskedAmount[] = [];
  for (const match of question.matchAll(AMOUNT)) {
    const [whole, euroBefore, digits, unit, currency] = match;
    const unitKey = unit?.toLowerCase();
    const multiplier = unitKey ? UNITS[unitKey] : 1;
    // `en 2021`, `top 5`: a bare number is no amount; `5 m` (metres?) needs the currency, `5 M€` or `5 millions` does not.
    const moneySaid =
      euroBefore !== undefined || currency !== undefined || (unitKey !== undefined && !['k', 'm', 'md', 'mn'].includes(unitKey));
    if (!digits || multiplier === undefined || !moneySaid) continue;
    // A year (`en 2022 €`?) is no amount unless a unit of thousands or more is said.
    if (/^\d{4}$/u.test(digits) && !unitKey) continue;
    const start = match.index;
    if (BOUND_BEFORE.test(question.slice(Math.max(0, start - 20), start))) continue;
    const text = whole.trim();
    const end = start + whole.trimEnd().length;
    const from = tokens.findIndex((token) => token.end > start);
    let to = from;
    while (to < tokens.length && tokens[to]!.start < end) to++;
    if (from < 0 || to <= from) continue;
    const value = Number(digits.replace(/[\s\u00a0\u202f]/gu, '').replace(',', '.')) * multiplier;
    if (!Number.isFinite(value) || value <= 0) continue;
    found.push({ text, span: { from, to }, eur: value });
  }
  return found;
}

/** Relative gap a recorded amount may have from the one asked (`10,3 M€` against 10 250 000 €): rounding, not another round. */
const ROUNDING = 0.05;

/** True when a recorded amount is the one asked, give or take the rounding of a figure said in millions. */
export function sameAmount(recorded: number, asked: number): boolean {
  return Math.abs(recorded - asked) <= ROUNDING * asked;
}
