/** Today's date (UTC), YYYY-MM-DD: what lists and ties are read as of when no date is given. */
export function today(): string {
  const now = Date.now();
  // Asked once per tie field of every answer: the date is worked out again only when the clock leaves its day.
  if (now < currentDay.from || now >= currentDay.until) {
    const start = new Date(now);
    start.setUTCHours(0, 0, 0, 0);
    currentDay = { date: start.toISOString().slice(0, 10), from: start.getTime(), until: start.getTime() + 86_400_000 };
  }
  return currentDay.date;
}

let currentDay = { date: '', from: 0, until: 0 };

/**
 * Appended to a date, a string above every date it covers: `2023-05~` sorts after `2023-05-31` and
 * `2023-05` but before `2023-06`, since `~` sorts after digits and `-`. So "at the precision both have"
 * is a plain string comparison: `value <= date + DATE_BOUND` is "value not after date", `value > date +
 * DATE_BOUND` is "value after date" (tests/unit/dates.test.ts checks it against the prefixes).
 */
export const DATE_BOUND = '~';

/**
 * A partial date (2023, 2023-05, 2023-05-14) not after `date`, at the precision both have: 2026 is not
 * after 2026-11-30, 2026-12 is. The same comparison as the statements' (db/cypher/time.ts).
 */
export function notAfterDate(value: string, date: string): boolean {
  return value <= date + DATE_BOUND;
}
