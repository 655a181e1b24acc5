import type { Database } from './database';
import { projectedNodeQuery, Projection, readsRelationship } from './cypher/projection';
import { tieSpecKey, TieSpec } from './cypher/nodes';
import type { TieRow } from './rows';

/** Where a projected row keeps the ties fetched with it, out of sight of GraphQL's default resolvers. */
const PREFETCHED = Symbol('prefetched ties');

type WithTies = { [PREFETCHED]?: Map<string, TieRow<unknown>[]> };

const specKeys = new WeakMap<TieSpec, string>();
/** Identifies ties of one kind and page size (specs are shared constants, so their keys are worked out once). */
export function tieKey(spec: TieSpec, first: number): string {
  let key = specKeys.get(spec);
  if (key === undefined) specKeys.set(spec, (key = tieSpecKey(spec)));
  return `${key}:${first}`;
}

/** Statements already written, per projection (look-ahead keeps a projection per query and page sizes). */
const statements = new WeakMap<Projection, ReturnType<typeof projectedNodeQuery>>();

/**
 * One node by id with the properties and ties of a projection, in one statement; null when there is
 * no such node. Its ties (and theirs) are then served by `prefetchedTies` without another read.
 */
export async function readProjected<T>(db: Database, projection: Projection, id: string): Promise<T | null> {
  let statement = statements.get(projection);
  if (!statement) statements.set(projection, (statement = projectedNodeQuery(projection)));
  const { query, params } = statement;
  const [row] = await db.read<{ node: Record<string, unknown> }>(query, { ...params, id });
  if (!row) return null;
  attachTies(row.node, projection);
  return row.node as T;
}

/** The ties of one kind, at most `first`, fetched with a projected row; undefined if they were not. */
export function prefetchedTies<T>(row: object, spec: TieSpec, first: number): TieRow<T>[] | undefined {
  return (row as WithTies)[PREFETCHED]?.get(tieKey(spec, first)) as TieRow<T>[] | undefined;
}

function attachTies(row: Record<string, unknown>, projection: Projection): void {
  if (projection.ties.length === 0) return;
  const ties = new Map<string, TieRow<unknown>[]>();
  projection.ties.forEach((tie, i) => {
    const rows = (row[`_t${i}`] ?? []) as Record<string, unknown>[];
    const bare = !readsRelationship(tie);
    ties.set(
      tieKey(tie.spec, tie.first),
      rows.map((tieRow) => {
        const item = (bare ? { node: tieRow } : tieRow) as { node: Record<string, unknown>; type?: string; since?: string | null; passageIds?: string[] | null };
        attachTies(item.node, tie.of);
        // A part of the relationship that was not read is one no selected field shows.
        return { node: item.node, type: (item.type ?? tie.spec.types[0]) as TieRow<unknown>['type'], since: item.since ?? undefined, passageIds: item.passageIds ?? [] };
      }),
    );
  });
  (row as WithTies)[PREFETCHED] = ties;
}
