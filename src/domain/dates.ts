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
 * A partial date (2023, 2023-05, 2023-05-14) not after `date`, at the precision both have: 2026 is not
 * after 2026-11-30, 2026-12 is. The same comparison as the statements' (db/cypher/time.ts).
 */
export function notAfterDate(value: string, date: string): boolean {
  return value.slice(0, date.length) <= date.slice(0, value.length);
}
