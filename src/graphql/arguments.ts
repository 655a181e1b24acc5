import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { badInput } from './errors';
import type { Context } from './context';
import type { ActorFilterInput } from '../db/directory';
import type { ActorFilter } from './generated';
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
    throw badInput(`filter.departmentCode must be a French département code such as "34", "2A" or "974" (got "${code}").`, 'filter.departmentCode');
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
 * Its ids are checked by the services, only when a query finds nothing (see services/checks whenEmpty).
 */
export function checkActorFilter(filter: ActorFilter | null | undefined): ActorFilterInput & { text?: string } {
  const f = filter ?? {};
  const text = checkText(f.text, 'filter.text');
  if (text !== undefined && searchTerms(text).length === 0) {
    throw badInput('filter.text has no word to look for (only punctuation, single letters or words such as "de", "the").', 'filter.text');
  }
  return { ...f, departmentCode: checkDepartmentCode(f.departmentCode), text };
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
