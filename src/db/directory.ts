import type { Database } from './database';
import { decodeCursor, pageOf } from './pagination';
import {
  ACTOR_ANCHORS,
  ACTOR_CONDITIONS,
  countQuery,
  LIST_CONDITIONS,
  type ListAnchor,
  type ListLabel,
  type ListSpec,
  pageQuery,
  pageWithCountQuery,
  walksAllMatches,
} from './cypher/lists';
import { type Facet, FACETS, type FacetGroup, facetsQuery } from './cypher/facets';
import { type FundingFilterInput, type FundingGrouping, fundingsQuery, fundingSummaryQuery, fundingWhere } from './cypher/funding';
import type { ActorDownloadRow, ActorFacetsRow, FundingRow, FundingTotalRow, PageRow } from './rows';
import { actorDownloadQuery } from './cypher/openData';
import { LIMITS } from '../domain/limits';
import { today } from '../domain/dates';

/** List and aggregate reads of the directory (single look-ups and ties go through the DataLoaders). */

export interface ActorFilterInput {
  kinds?: readonly string[] | null;
  domains?: readonly string[] | null;
  place?: string | null;
  departmentCode?: string | null;
  programme?: string | null;
  fundedBy?: string | null;
  includeRetired?: boolean | null;
  /** Read the list at this date: actors founded by then, ties of places and programmes holding then (cypher/time.ts). */
  activeAt?: string | null;
}

export interface PageArgs {
  first: number;
  after?: string | null;
  descending?: boolean;
  /** Names the order inside cursors, so a cursor of another order is refused. */
  order: string;
  /** Count the matches alongside the page (the client asked for totalCount) rather than on demand. */
  countNow?: boolean;
}

/** Conditions on `n` (an Actor) and their parameters, for an actor filter without its text part. */
export function actorConditions(filter: ActorFilterInput): { conditions: string[]; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (!filter.includeRetired) conditions.push(ACTOR_CONDITIONS.active);
  // Conditions on ties read $activeAt: null (no date) takes every tie.
  params.activeAt = filter.activeAt ?? null;
  // Founded by $activeAt: true of every actor when the date is today or later, since no record is founded after
  // today (domain/records.ts), so the default reading skips it (one property read per candidate).
  if (filter.activeAt && filter.activeAt < today()) conditions.push(ACTOR_CONDITIONS.existsAt);
  const add = (key: Exclude<keyof typeof ACTOR_CONDITIONS, 'active' | 'existsAt' | 'anchorTieHolds'>, value: unknown) => {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return;
    conditions.push(ACTOR_CONDITIONS[key]);
    params[key] = value;
  };
  add('kinds', filter.kinds);
  add('domains', filter.domains);
  add('place', filter.place);
  add('departmentCode', filter.departmentCode);
  add('programme', filter.programme);
  add('fundedBy', filter.fundedBy);
  return { conditions, params };
}

/**
 * The list spec of an actor filter. `textQuery` is an already-built Lucene query. Without text, the
 * list starts from the filter's most selective node (see ACTOR_ANCHORS) when it has one.
 */
export function actorListSpec(filter: ActorFilterInput, textQuery: string | undefined, descending = false): ListSpec {
  const { conditions, params } = actorConditions(filter);
  const anchored = textQuery ? undefined : (Object.keys(ACTOR_ANCHORS) as (keyof typeof ACTOR_ANCHORS)[]).find((key) => key in params);
  if (!anchored) return { label: 'Actor', conditions, params, textQuery, descending };
  const anchor: ListAnchor = ACTOR_ANCHORS[anchored];
  return {
    label: 'Actor',
    conditions: [
      ...conditions.filter((condition) => condition !== ACTOR_CONDITIONS[anchored]),
      ...(anchor.timed ? [ACTOR_CONDITIONS.anchorTieHolds] : []),
    ],
    params,
    anchor,
    // Another anchor's walk filtered on domains too: joined with the walk from the domains (lists.ts, domainJoined).
    ...(anchored !== 'domains' && conditions.includes(ACTOR_CONDITIONS.domains) ? { domainJoin: true } : {}),
    descending,
  };
}

/**
 * A keyset page of any listable label; totalCount runs its own query only when called. When the
 * client asks for totalCount and the page walks every match anyway, one statement gives both.
 */
export async function listPage<T extends { id: string; nameKey: string }>(
  db: Database,
  spec: ListSpec,
  args: PageArgs,
): Promise<PageRow<T>> {
  const cursor = args.after ? decodeCursor(args.after, args.order) : undefined;
  const ordered = { ...spec, descending: args.descending };
  const pageParams = { limit: args.first + 1, afterKey: cursor?.key, afterId: cursor?.id };
  if (args.countNow && walksAllMatches(ordered)) {
    const { query, params } = pageWithCountQuery(ordered, cursor !== undefined);
    const [row] = await db.read<{ total: number; nodes: T[] }>(query, { ...params, ...pageParams });
    const total = row?.total ?? 0;
    return { ...pageOf(row?.nodes ?? [], args.first, args.order), totalCount: () => Promise.resolve(total) };
  }
  const { query, params } = pageQuery(ordered, cursor !== undefined);
  // Started before the page is awaited: both statements travel at once.
  let total: Promise<number> | undefined = args.countNow ? countNodes(db, spec) : undefined;
  total?.catch(() => undefined); // a failure surfaces where totalCount is awaited, never as an unhandled rejection
  const rows = await db.read<{ node: T }>(query, { ...params, ...pageParams });
  return {
    ...pageOf(
      rows.map((row) => row.node),
      args.first,
      args.order,
    ),
    totalCount: () => (total ??= countNodes(db, spec)),
  };
}

/** How many nodes a list spec matches. */
export async function countNodes(db: Database, spec: ListSpec): Promise<number> {
  const { query, params } = countQuery(spec);
  const [row] = await db.read<{ total: number }>(query, params);
  return row?.total ?? 0;
}

/**
 * The rows of an actor download, streamed from Neo4j as the caller takes them, at most `limit`:
 * `ranked` puts a search's best matches first, else the list's name order.
 */
export function streamActorDownload(
  db: Database,
  spec: ListSpec,
  args: { ranked: boolean; limit: number; timeoutMs: number },
): AsyncGenerator<ActorDownloadRow> {
  const { query, params } = actorDownloadQuery(spec, args.ranked);
  return db.stream<ActorDownloadRow>(query, { ...params, limit: args.limit }, args.timeoutMs);
}

/** The filter a facet's values select, whose condition its own counts leave out; founded years select none. */
const FACET_FILTERS: Record<Facet, keyof ActorFilterInput | null> = {
  kinds: 'kinds',
  domains: 'domains',
  departments: 'departmentCode',
  cities: 'place',
  programmes: 'programme',
  funders: 'fundedBy',
  foundedYears: null,
};

const isActive = (value: unknown) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);

/**
 * The facets of an actor list, in one statement: each facet counts the actors matching every active
 * filter but its own (see cypher/facets.ts), at most `size` values per facet, most frequent first.
 */
export async function actorFacets(
  db: Database,
  args: { filter: ActorFilterInput; textQuery: string | undefined; size: number },
): Promise<ActorFacetsRow> {
  const groups = new Map<string, FacetGroup>();
  for (const facet of FACETS) {
    const own = FACET_FILTERS[facet];
    const leftOut = own && isActive(args.filter[own]) ? own : 'none';
    const group =
      groups.get(leftOut) ??
      groups
        .set(leftOut, {
          spec: actorListSpec(leftOut === 'none' ? args.filter : { ...args.filter, [leftOut]: null }, args.textQuery),
          facets: [],
        })
        .get(leftOut)!;
    group.facets.push(facet);
  }
  const { params } = actorConditions(args.filter);
  const name = [...groups.keys()].map((key) => key.charAt(0).toUpperCase() + key.slice(1)).join('');
  const [row] = await db.read<ActorFacetsRow>(facetsQuery([...groups.values()], name), {
    ...params,
    textQuery: args.textQuery,
    facetSize: args.size,
  });
  return row!;
}

/** Programmes or places, all or those of one kind. */
export function kindListSpec(label: Extract<ListLabel, 'Programme' | 'Place'>, kind?: string | null): ListSpec {
  return kind ? { label, conditions: [LIST_CONDITIONS.ofKind], params: { kind } } : { label, conditions: [], params: {} };
}

/** Domains, all or only those of excellence, only the top-level ones. */
export function domainListSpec(only: { excellence?: boolean | null; topLevel?: boolean | null }): ListSpec {
  const conditions = [...(only.excellence ? [LIST_CONDITIONS.excellence] : []), ...(only.topLevel ? [LIST_CONDITIONS.topLevel] : [])];
  return { label: 'Domain', conditions, params: {} };
}

/** Fundings matching a filter, largest first. */
export async function listFundings(db: Database, filter: FundingFilterInput | undefined, limit: number): Promise<FundingRow[]> {
  const { where, params } = fundingWhere(filter);
  return (await db.read<{ node: FundingRow }>(fundingsQuery(where), { ...params, limit })).map((row) => row.node);
}

/** Funding totals grouped by funder, recipient, programme or domain, largest first. */
export async function summariseFundings(
  db: Database,
  by: FundingGrouping,
  filter: FundingFilterInput | undefined,
  limit: number,
): Promise<FundingTotalRow[]> {
  const { where, params } = fundingWhere(filter, { keepUnknown: true });
  return db.read<FundingTotalRow>(fundingSummaryQuery(by, where), { ...params, limit, maxAmountEur: LIMITS.maxAmountEur });
}
