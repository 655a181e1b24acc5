/**
 * Reading the graph "as of" a date. Dates are partial (`2023`, `2023-05`, `2023-05-14`) and compared
 * at the precision both have: `2023` against `2023-05` compares `2023` with `2023`. A tie holds at a
 * date when it has begun (no `since`, or since ≤ date) and has not ended (no `until`, or until > date):
 * a tie since 2023 holds at 2023-05, a tie until 2023 no longer holds at 2023-05. Fixed text; the date
 * is always a parameter.
 */

/** `value` ≤ the date in `$param`, at the precision both have (true when `value` is null). */
const notAfter = (value: string, param: string) =>
  `(${value} IS NULL OR left(${value}, size($${param})) <= left($${param}, size(${value})))`;

/** `value` > the date in `$param`, at the precision both have (true when `value` is null). */
const after = (value: string, param: string) => `(${value} IS NULL OR left(${value}, size($${param})) > left($${param}, size(${value})))`;

/** The relationship `r` holds at the date in `$param`: begun, not ended. */
export function holdsAt(r: string, param: string): string {
  return `(${notAfter(`${r}.since`, param)} AND ${after(`${r}.until`, param)})`;
}

/** As `holdsAt`, and true when `$param` is null (a list read at no particular date). */
export function holdsAtIfGiven(r: string, param: string): string {
  return `($${param} IS NULL OR ${holdsAt(r, param)})`;
}

/** The actor `n` exists at the date in `$param`: founded then or before, or founding date unknown. */
export function existsAt(n: string, param: string): string {
  return notAfter(`${n}.founded`, param);
}

/**
 * Whether any tie of these types carries a date (`since` or `until`), read from the relationship
 * indexes on both (constraints.ts: one index seek each, whatever the size of the graph). A statement
 * reads it once and skips the per-tie date predicate when it is false: two property reads per tie
 * that, on a graph without dated ties of a type, can only ever answer "holds".
 */
export function anyDated(types: readonly string[]): string {
  const exists = (type: string, property: string) => `EXISTS { MATCH ()-[x:${type}]->() WHERE x.${property} IS NOT NULL }`;
  return `(${types.flatMap((type) => [exists(type, 'since'), exists(type, 'until')]).join(' OR ')})`;
}
