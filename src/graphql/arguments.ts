import type DataLoader from 'dataloader';
import { InvalidInputError } from '../domain/errors';
import type { Context } from './context';
import type { ActorFilterInput } from '../db/directory';
import type { ActorFilter, TieKind } from './generated';
import { SEARCHABLE_TIE_TYPES, TieType } from '../domain/model';
import { searchTerms } from '../db/lucene';
import { IntRange, MAX_SEARCH_TEXT_LENGTH, PAGE_SIZE } from '../domain/limits';

/** Argument checks shared by resolvers; each failure is a BAD_USER_INPUT error saying what to send instead. */

/** A page size between 0 and the server's cap. */
export function pageSize(ctx: Context, first: number | null | undefined, argumentName = 'first', fallback: number = PAGE_SIZE.actors): number {
  const max = ctx.config.limits.maxPageSize;
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new InvalidInputError(`${argumentName} must be between 0 and ${max} (got ${value}); page with "after" to see more.`, argumentName);
  }
  return value;
}

/** Ids that must exist, checked with one batched look-up; names the first unknown one. */
export async function requireKnown<T>(
  loader: Pick<DataLoader<string, T | null>, 'loadMany'>,
  ids: readonly string[] | null | undefined,
  argumentName: string,
  what: string,
): Promise<void> {
  if (!ids || ids.length === 0) return;
  const found = await loader.loadMany([...ids]);
  const missing = ids.find((_, i) => found[i] === null || found[i] instanceof Error);
  if (missing !== undefined) {
    throw new InvalidInputError(`${argumentName}: there is no ${what} with id "${missing}". Ids are slugs such as those returned by the ${what} queries.`, argumentName);
  }
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
    throw new InvalidInputError(`filter.departmentCode must be a French département code such as "34", "2A" or "974" (got "${code}").`, 'filter.departmentCode');
  }
  return code;
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
 * Its ids are checked by requireFilterIds, only when a query finds nothing (see whenEmpty).
 */
export function checkActorFilter(filter: ActorFilter | null | undefined): ActorFilterInput & { text?: string } {
  const f = filter ?? {};
  const text = checkText(f.text, 'filter.text');
  if (text !== undefined && searchTerms(text).length === 0) {
    throw new InvalidInputError('filter.text has no word to look for (only punctuation, single letters or words such as "de", "the").', 'filter.text');
  }
  return { ...f, departmentCode: checkDepartmentCode(f.departmentCode), text };
}

/** Every id of an actor filter must exist; names the first unknown one. */
export async function requireFilterIds(ctx: Context, f: ActorFilterInput): Promise<void> {
  await Promise.all([
    requireKnown(ctx.loaders.domain, f.domains, 'filter.domains', 'domain'),
    requireKnown(ctx.loaders.place, f.place ? [f.place] : [], 'filter.place', 'place'),
    requireKnown(ctx.loaders.programme, f.programme ? [f.programme] : [], 'filter.programme', 'programme'),
    requireKnown(ctx.loaders.actor, f.fundedBy ? [f.fundedBy] : [], 'filter.fundedBy', 'actor'),
  ]);
}

/**
 * Runs a read, and checks the ids it was given only when it found nothing: an unknown id is an error,
 * an empty answer is not, and the common case costs one statement instead of two.
 */
export async function whenEmpty<T>(rows: T[], check: () => Promise<void>): Promise<T[]> {
  if (rows.length === 0) await check();
  return rows;
}

/** The relationship types a traversal may walk: all searchable ones but those excluded. */
export function walkableTies(excluded: readonly TieKind[] | null | undefined): TieType[] {
  const types = SEARCHABLE_TIE_TYPES.filter((type) => !excluded?.includes(type as TieKind));
  if (types.length === 0) throw new InvalidInputError('excludeTies leaves no kind of relationship to walk; exclude fewer.', 'excludeTies');
  return types;
}
