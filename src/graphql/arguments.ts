import { InvalidInputError } from '../domain/errors';
import type { Context } from './context';
import type { ActorFilterInput } from '../db/directory';
import type { ActorFilter } from './generated';
import { searchTerms } from '../db/lucene';
import { type IntRange, MAX_SEARCH_TEXT_LENGTH, PAGE_SIZE } from '../domain/limits';
import { excerpt } from '../domain/excerpt';
import { PARTIAL_DATE } from '../domain/model';
import { today } from '../domain/dates';

/** Argument checks shared by resolvers; each failure is a BAD_USER_INPUT error saying what to send instead. */

/** A page size between 0 and the server's cap. */
export function pageSize(
  ctx: Context,
  first: number | null | undefined,
  argumentName = 'first',
  fallback: number = PAGE_SIZE.actors,
): number {
  const max = ctx.config.limits.maxPageSize;
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new InvalidInputError(
      `${argumentName} must be between 0 and ${max} (got ${value}); page with "after" to see more.`,
      argumentName,
    );
  }
  return value;
}

/** Free text: bounded length. */
export function checkText(text: string | null | undefined, argumentName: string): string | undefined {
  if (text === null || text === undefined) return undefined;
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    throw new InvalidInputError(`${argumentName} is limited to ${MAX_SEARCH_TEXT_LENGTH} characters (got ${text.length}).`, argumentName);
  }
  return text;
}

/** A French département code: 01-95, 2A, 2B or 971-976. */
export function checkDepartmentCode(code: string | null | undefined): string | undefined {
  if (code === null || code === undefined) return undefined;
  if (!/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/.test(code)) {
    throw new InvalidInputError(
      `filter.departmentCode must be a French département code such as "34", "2A" or "974" (got "${excerpt(code)}").`,
      'filter.departmentCode',
    );
  }
  return code;
}

/** A date argument (YYYY, YYYY-MM or YYYY-MM-DD; the Date scalar has checked it), or today when omitted. */
export function dateOrToday(value: string | null | undefined, argumentName: string): string {
  if (value === null || value === undefined) return today();
  return checkDate(value, argumentName);
}

/** A partial date: YYYY, YYYY-MM or YYYY-MM-DD, month and day in range. */
export function checkDate(value: string, argumentName: string): string {
  if (!PARTIAL_DATE.test(value)) {
    throw new InvalidInputError(
      `${argumentName} must be a year, a month or a day: 2023, 2023-05 or 2023-05-14 (got "${excerpt(value)}").`,
      argumentName,
    );
  }
  return value;
}

/** An integer argument within its range (src/domain/limits.ts), or its default when omitted. */
export function intInRange(value: number | null | undefined, range: IntRange, argumentName: string): number {
  const { min, max } = range;
  const n = value ?? range.default ?? min;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InvalidInputError(`${argumentName} must be between ${min} and ${max} (got ${n}).`, argumentName);
  }
  return n;
}

/**
 * Checks an actor filter's codes and text (no database access); returns it with the text bounded.
 * Its ids are checked by the services, only when a query finds nothing (see services/checks whenEmpty).
 */
export function checkActorFilter(filter: ActorFilter | null | undefined): ActorFilterInput & { text?: string } {
  const f = filter ?? {};
  const text = checkText(f.text, 'filter.text');
  if (text !== undefined && searchTerms(text).length === 0) {
    throw new InvalidInputError(
      'filter.text has no word to look for (only punctuation, single letters or words such as "de", "the").',
      'filter.text',
    );
  }
  return { ...f, departmentCode: checkDepartmentCode(f.departmentCode), text, activeAt: dateOrToday(f.activeAt, 'filter.activeAt') };
}
