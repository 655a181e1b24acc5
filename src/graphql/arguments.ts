import type DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { badInput } from './errors';
import type { Context } from './context';
import type { ActorFilterInput } from '../db/directory';
import type { ActorFilter, TieKind } from './generated';
import { SEARCHABLE_TIE_TYPES, TieType } from '../domain/model';
import { excerpt } from '../domain/excerpt';
import { InvalidCursorError } from '../db/pagination';
import { MAX_SEARCH_TEXT_LENGTH, searchTerms } from '../db/lucene';

/** Argument checks shared by resolvers; each failure is a BAD_USER_INPUT error saying what to send instead. */

/** A page size between 0 and the server's cap. */
export function pageSize(ctx: Context, first: number | null | undefined, argumentName = 'first', fallback = 20): number {
  const max = ctx.config.limits.maxPageSize;
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw badInput(`${argumentName} must be between 0 and ${max} (got ${value}); page with "after" to see more.`, argumentName);
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
    throw badInput(`${argumentName}: there is no ${what} with id "${excerpt(missing)}". Ids are slugs such as those returned by the ${what} queries.`, argumentName);
  }
}

/** Free text: bounded length. */
export function checkText(text: string | null | undefined, argumentName: string): string | undefined {
  if (text === null || text === undefined) return undefined;
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    throw badInput(`${argumentName} is limited to ${MAX_SEARCH_TEXT_LENGTH} characters (got ${text.length}).`, argumentName);
  }
  return text;
}

/** A French département code: 01-95, 2A, 2B or 971-976. */
export function checkDepartmentCode(code: string | null | undefined): string | undefined {
  if (code === null || code === undefined) return undefined;
  if (!/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/.test(code)) {
    throw badInput(`filter.departmentCode must be a French département code such as "34", "2A" or "974" (got "${excerpt(code)}").`, 'filter.departmentCode');
  }
  return code;
}

/** Runs a paging read, turning a bad cursor into a BAD_USER_INPUT error. */
export async function withCursor<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badInput(`after ${error.message}.`, 'after');
    throw error;
  }
}

/** An integer argument within [min, max]. */
export function intInRange(value: number | null | undefined, fallback: number, min: number, max: number, argumentName: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(`${argumentName} must be between ${min} and ${max} (got ${n}).`, argumentName);
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
    throw badInput('filter.text has no word to look for (only punctuation, single letters or words such as "de", "the").', 'filter.text');
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
  if (types.length === 0) throw badInput('excludeTies leaves no kind of relationship to walk; exclude fewer.', 'excludeTies');
  return types;
}

/** The fields the client selected directly under the resolved field, through fragments too. */
export function selectedFields(info: GraphQLResolveInfo): FieldNode[] {
  return fieldsIn(info, info.fieldNodes.map((node) => node.selectionSet));
}

/** The fields of selection sets, through fragments and inline fragments. */
export function fieldsIn(info: Pick<GraphQLResolveInfo, 'fragments'>, sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const collect = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') fields.push(selection);
      else if (selection.kind === 'InlineFragment') collect(selection.selectionSet);
      else collect(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const set of sets) collect(set);
  return fields;
}

/** Whether the client selected `field` directly under the resolved field. */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return selectedFields(info).some((selected) => selected.name.value === field);
}
