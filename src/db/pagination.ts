/**
 * Opaque keyset cursors: the sort key and the id of the last row seen, plus the order they belong to.
 * A page is fetched with `WHERE (key, id) > cursor ORDER BY key, id LIMIT first + 1`, so a deep page
 * costs what the first page costs and inserts never shift later pages.
 */
import { InvalidInputError } from '../domain/errors';
import { excerpt } from '../domain/excerpt';

export interface Cursor {
  key: string;
  id: string;
}

/** An `after` the API did not make for this order: BAD_USER_INPUT on `after`, wherever the list is read. */
export class InvalidCursorError extends InvalidInputError {
  override name = 'InvalidCursorError';
  constructor(problem: string) {
    super(`after ${problem}.`, 'after');
  }
}

export function encodeCursor(order: string, key: string, id: string): string {
  return Buffer.from(JSON.stringify([order, key, id]), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor for the same order; throws InvalidCursorError otherwise. */
export function decodeCursor(cursor: string, order: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('is not a cursor returned by this API');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === 'string')) {
    throw new InvalidCursorError('is not a cursor returned by this API');
  }
  const [cursorOrder, key, id] = parsed as [string, string, string];
  if (cursorOrder !== order) {
    throw new InvalidCursorError(
      `was made for order ${excerpt(cursorOrder)}, not ${order}; restart paging without "after" or keep the same orderBy`,
    );
  }
  return { key, id };
}

/** Keeps the first `first` rows of a LIMIT first+1 fetch and says whether more exist. */
export function pageOf<T extends { id: string; nameKey: string }>(rows: T[], first: number, order: string) {
  return {
    edges: rows.slice(0, first).map((node) => ({ cursor: encodeCursor(order, node.nameKey, node.id), node })),
    hasNextPage: rows.length > first,
  };
}
