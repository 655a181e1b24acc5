import type { Context } from '../context';
import type { TieSpec } from '../../db/ties';
import { prefetchedTies } from '../../db/projection';
import type { EntityRow, EntityRowBase, PageRow, PassageRow, TieRow } from '../../db/rows';
import { pageSize } from '../arguments';
import { PAGE_SIZE } from '../../domain/limits';
import { ENTITY_LABELS, type EntityLabel } from '../../domain/model';

/** The passages behind a fact, in the order cited. */
export async function citations(ctx: Context, passageIds: readonly string[] | undefined): Promise<PassageRow[]> {
  if (!passageIds || passageIds.length === 0) return [];
  const rows = await ctx.loaders.passage.loadMany([...passageIds]);
  return rows.filter((row): row is PassageRow => row !== null && !(row instanceof Error));
}

/**
 * The ties of one kind from a node (its id, or its row), at most `first` (checked against the page-size
 * cap): those fetched with the node's row when its query looked ahead (its `_ties`), else through the loaders.
 */
export function tiesOf<T>(
  ctx: Context,
  spec: TieSpec,
  owner: string | Pick<EntityRowBase, 'id' | '_ties'>,
  first?: number | null,
): Promise<TieRow<T>[]> | TieRow<T>[] {
  const size = pageSize(ctx, first, 'first', PAGE_SIZE.ties);
  const ownerId = typeof owner === 'string' ? owner : owner.id;
  const prefetched = typeof owner === 'string' ? undefined : prefetchedTies<T>(owner, spec, size);
  if (prefetched) return seenFrom(prefetched, ownerId, spec);
  return ctx.loaders
    .ties<T>(spec, size)
    .load(ownerId)
    .then((ties) => seenFrom(ties, ownerId, spec));
}

/** Marks ties with the node they are listed from and their direction, which their ids name (rows of this request only). */
function seenFrom<T>(ties: TieRow<T>[], ownerId: string, spec: TieSpec): TieRow<T>[] {
  for (const tie of ties) {
    tie.ownerId = ownerId;
    tie.direction = spec.direction;
    if (spec.types.length === 1) tie.type ??= spec.types[0]!; // a kind the look-ahead did not fetch, known from the field
  }
  return ties;
}

/** The nodes at the other end of ties. */
export async function nodesOf<T>(ctx: Context, spec: TieSpec, id: string, first?: number | null): Promise<T[]> {
  return (await tiesOf<T>(ctx, spec, id, first)).map((tie) => tie.node);
}

/** The single node at the other end of a tie, or null. */
export async function nodeOf<T>(ctx: Context, spec: TieSpec, id: string): Promise<T | null> {
  return (await tiesOf<T>(ctx, spec, id, 1))[0]?.node ?? null;
}

/** Field resolvers shared by every connection type. */
export const connectionFields = {
  edges: <T>(page: Pick<PageRow<T>, 'edges'>) => page.edges,
  nodes: <T>(page: Pick<PageRow<T>, 'edges'>) => page.edges.map((edge) => edge.node),
  pageInfo: (page: { edges: { cursor: string }[]; hasNextPage: boolean }) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: false,
    startCursor: page.edges[0]?.cursor ?? null,
    endCursor: page.edges[page.edges.length - 1]?.cursor ?? null,
  }),
  totalCount: <T>(page: PageRow<T>) => page.totalCount(),
};

/** GraphQL type of an entity row, from its labels. */
export function entityTypeName(row: EntityRow): EntityLabel {
  const labels = row._labels ?? [];
  for (const label of ENTITY_LABELS) if (labels.includes(label)) return label;
  throw new Error(`Row ${row.id} has no entity label (${labels.join(', ')})`);
}
