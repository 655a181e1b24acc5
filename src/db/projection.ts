import type { Database } from './database';
import { projectedNodeQuery, type Projection, readsRelationship } from './cypher/projection';
import { tieSpecKey, type TieSpec } from './cypher/nodes';
import type { EntityRowBase, PrefetchedTies, TieRow } from './rows';

export type { Projection, ProjectedTie } from './cypher/projection';

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
 * no such node. Its ties (and theirs) travel on the rows' `_ties`, read by `prefetchedTies`.
 */
export async function readProjected<T extends EntityRowBase>(db: Database, projection: Projection, id: string): Promise<T | null> {
  let statement = statements.get(projection);
  if (!statement) statements.set(projection, (statement = projectedNodeQuery(projection)));
  const { query, params } = statement;
  const [row] = await db.read<{ node: Record<string, unknown> }>(query, { ...params, id });
  return row ? (projectedRow(row.node, projection) as unknown as T) : null;
}

/** The ties of one kind, at most `first`, fetched with a projected row; undefined if they were not. */
export function prefetchedTies<T>(row: Pick<EntityRowBase, '_ties'>, spec: TieSpec, first: number): TieRow<T>[] | undefined {
  return row._ties?.get(tieKey(spec, first)) as TieRow<T>[] | undefined;
}

/** A projected node map as a row: the statement's `_t<i>` lists become tie rows under `_ties`, by kind and page size. */
function projectedRow(node: Record<string, unknown>, projection: Projection): Record<string, unknown> {
  if (projection.ties.length === 0) return node;
  const ties = new Map<string, TieRow<unknown>[]>();
  projection.ties.forEach((tie, i) => {
    const column = `_t${i}`;
    const rows = (node[column] ?? []) as Record<string, unknown>[];
    delete node[column];
    const bare = !readsRelationship(tie);
    ties.set(
      tieKey(tie.spec, tie.first),
      rows.map((tieRow) => {
        const item = (bare ? { node: tieRow } : tieRow) as {
          node: Record<string, unknown>;
          type?: string;
          since?: string | null;
          until?: string | null;
          passageIds?: string[] | null;
        };
        // A part of the relationship that was not read is one no selected field shows.
        return {
          node: projectedRow(item.node, tie.of),
          type: (item.type ?? tie.spec.types[0]) as TieRow<unknown>['type'],
          since: item.since ?? undefined,
          until: item.until ?? undefined,
          passageIds: item.passageIds ?? [],
        };
      }),
    );
  });
  node._ties = ties satisfies PrefetchedTies;
  return node;
}
