import type { Database } from './database';
import { projectedNodeQuery, type Projection, readsRelationship } from './cypher/projection';
import { DATED_TIE_TYPES } from './cypher/time';
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

/**
 * How long this process trusts what it read of which tie types carry dates, for writes of other
 * processes (its own writes make it read again at once): the first dated tie of a type that another
 * process writes is checked from then on, at most this long after.
 */
const DATED_TIE_TYPES_MAX_AGE_MS = 5_000;

/** The curated tie types none of whose ties carries a date, with a key naming that set. */
interface UndatedTieTypes {
  types: ReadonlySet<string>;
  key: string;
}

async function readUndatedTieTypes(db: Database): Promise<UndatedTieTypes> {
  const [row] = await db.read<{ dated: Record<string, boolean> }>(DATED_TIE_TYPES);
  const types = Object.keys(row?.dated ?? {}).filter((type) => row!.dated[type] === false);
  return { types: new Set(types), key: types.sort().join('|') };
}

/** Statements already written, per projection (look-ahead keeps a projection per query and page sizes) and set of undated tie types. */
const statements = new WeakMap<Projection, Map<string, ReturnType<typeof projectedNodeQuery>>>();

/**
 * One node by id with the properties and ties of a projection, in one statement; null when there is
 * no such node. Its ties (and theirs) travel on the rows' `_ties`, read by `prefetchedTies`.
 */
export async function readProjected<T extends EntityRowBase>(db: Database, projection: Projection, id: string): Promise<T | null> {
  const undated = await db.remembered('undatedTieTypes', DATED_TIE_TYPES_MAX_AGE_MS, readUndatedTieTypes);
  let written = statements.get(projection);
  if (!written) statements.set(projection, (written = new Map()));
  let statement = written.get(undated.key);
  if (!statement) written.set(undated.key, (statement = projectedNodeQuery(projection, undated.types)));
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
    // Emptied, not deleted: \`delete\` turns the map into a slow dictionary-mode object that every field read then pays for.
    node[column] = undefined;
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
