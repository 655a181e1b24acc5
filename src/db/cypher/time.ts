import { DATE_BOUND } from '../../domain/dates';
import { CURATED_TIE_TYPES } from '../../domain/model';
import { cypher } from './statement';

/**
 * Reading the graph "as of" a date. Dates are partial (`2023`, `2023-05`, `2023-05-14`) and compared
 * at the precision both have: `2023` against `2023-05` compares `2023` with `2023`. A tie holds at a
 * date when it has begun (no `since`, or since ≤ date) and has not ended (no `until`, or until > date):
 * a tie since 2023 holds at 2023-05, a tie until 2023 no longer holds at 2023-05. Fixed text; the date
 * is always a parameter. The comparison is one of strings against the date and its bound (DATE_BOUND,
 * domain/dates.ts): short to send and to evaluate, where cutting both sides to a common length was not.
 */

/** The bound of the date in `$param` (DATE_BOUND appended), what the comparisons below take. */
export const boundOf = (param: string) => `$${param} + '${DATE_BOUND}'`;

/** `value` ≤ the date of `bound`, at the precision both have (true when `value` is null). */
const notAfter = (value: string, bound: string) => `coalesce(${value}, '') <= ${bound}`;

/** `value` > the date of `bound`, at the precision both have (true when `value` is null). */
const after = (value: string, bound: string) => `coalesce(${value}, '${DATE_BOUND}') > ${bound}`;

/** The relationship `r` holds at the date in `$param`: begun, not ended. */
export function holdsAt(r: string, param: string): string {
  return holdsAtBound(r, boundOf(param));
}

/** As `holdsAt`, for a date given by its bound: `boundOf(param)`, or a parameter that holds the bound itself. */
export function holdsAtBound(r: string, bound: string): string {
  return `(${notAfter(`${r}.since`, bound)} AND ${after(`${r}.until`, bound)})`;
}

/** As `holdsAt`, and true when `$param` is null (a list read at no particular date). */
export function holdsAtIfGiven(r: string, param: string): string {
  return `($${param} IS NULL OR ${holdsAt(r, param)})`;
}

/** The actor `n` exists at the date in `$param`: founded then or before, or founding date unknown. */
export function existsAt(n: string, param: string): string {
  return notAfter(`${n}.founded`, boundOf(param));
}

/**
 * For each curated tie type, whether any tie of it carries a date (`since` or `until`), read from the
 * relationship indexes on both (constraints.ts: a seek each, whatever the size of the graph). Ties of a
 * type none of which is dated hold at every date: a read as of a date leaves their check out.
 */
export const DATED_TIE_TYPES = cypher(
  'time.datedTieTypes',
  `RETURN {${CURATED_TIE_TYPES.map((type) => `${type}: EXISTS {()-[x:${type}]->() WHERE x.since IS NOT NULL OR x.until IS NOT NULL}`).join(', ')}} AS dated`,
);
