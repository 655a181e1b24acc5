import type { Database } from './database';
import { actorConditions, type ActorFilterInput } from './directory';
import { today } from '../domain/dates';
import {
  edgesAmongQuery,
  neighboursQuery,
  partnerSuggestionsQuery,
  pathsQuery,
  searchQuery,
  TEXT_MATCH_IDS,
  TRAVERSAL_FILTER,
  NAMED_NODES,
  ENTITY_NAMES,
  tiedToQuery,
} from './cypher/search';
import type {
  ActorRow,
  EdgeRow,
  EntityRow,
  PartnerSuggestionRow,
  PathRow,
  ProgrammeRow,
  ReasonRow,
  SearchHitRow,
  SubgraphRow,
  TiedActorRow,
} from './rows';
import type { ReasonKind, SEARCHABLE_LABELS, SearchableType, TieType } from '../domain/model';
import { allTermsQuery, fieldMatcher, type SearchField, weightedFieldsQuery } from './lucene';

/** Graph search reads: full-text search, ties within hops, shortest paths, neighbourhoods, partner suggestions. */

export type SearchLabel = (typeof SEARCHABLE_LABELS)[SearchableType];

export interface SearchArgs {
  text: string;
  labels: SearchLabel[];
  filter: ActorFilterInput;
  first: number;
}

/** Ranked full-text hits with the fields that matched; [] when the text holds no searchable word. */
export async function searchEntities(db: Database, args: SearchArgs): Promise<SearchHitRow[]> {
  const textQuery = weightedFieldsQuery(args.text);
  if (!textQuery) return [];
  const { conditions, params } = actorConditions({ ...args.filter, includeRetired: true });
  const actorOnly = conditions.length > 0 ? [`(NOT n:Actor OR (${conditions.join(' AND ')}))`] : [];
  const rows = await db.read<{ node: EntityRow; score: number }>(searchQuery(actorOnly), {
    ...params,
    textQuery,
    labels: args.labels,
    candidates: Math.max(50, args.first * 5),
    first: args.first,
  });
  let fieldsOf: ((node: object) => SearchField[]) | undefined;
  return rows.map(({ node, score }) => {
    // Worked out when read, once: it tokenises every hit's name, aliases and description, the largest
    // piece of the API's own work on a search, wasted when the query does not select matchedFields.
    let matched: SearchField[] | undefined;
    return {
      node,
      score,
      get matchedFields() {
        fieldsOf ??= fieldMatcher(args.text);
        return (matched ??= fieldsOf(node));
      },
    };
  });
}

/**
 * The conditions of a traversal's actor filter (always the same text, cypher/search.ts TRAVERSAL_FILTER) and
 * their one parameter, `filter`: null for each part not asked; the text part resolved to ids by the full-text index first.
 */
async function traversalConditions(db: Database, filter: ActorFilterInput & { text?: string | null }) {
  const textQuery = filter.text ? allTermsQuery(filter.text) : undefined;
  let textMatchIds: string[] | null = null;
  if (textQuery) {
    const [row] = await db.read<{ ids: string[] }>(TEXT_MATCH_IDS, { textQuery });
    textMatchIds = row?.ids ?? [];
  }
  const asked = <T>(value: T | null | undefined) => (value === undefined || (Array.isArray(value) && value.length === 0) ? null : value);
  const params = {
    filter: {
      kinds: asked(filter.kinds),
      domains: asked(filter.domains),
      place: asked(filter.place),
      departmentCode: asked(filter.departmentCode),
      programme: asked(filter.programme),
      fundedBy: asked(filter.fundedBy),
      activeAt: asked(filter.activeAt),
      // As actorConditions: founded by the date only checked for a past date.
      existsAt: filter.activeAt && filter.activeAt < today() ? filter.activeAt : null,
      textMatchIds,
    },
  };
  return { conditions: [...TRAVERSAL_FILTER], params };
}

interface PathColumns {
  nodes: EntityRow[];
  edges: EdgeRow[];
}

function toPath(row: PathColumns & { score: number }): PathRow {
  return { nodes: row.nodes, edges: row.edges.map(normaliseEdge), specificity: row.score };
}

function normaliseEdge(edge: EdgeRow): EdgeRow {
  return { ...edge, since: edge.since ?? undefined, until: edge.until ?? undefined, passageIds: edge.passageIds ?? [] };
}

export interface TiedToArgs {
  /** The node ties start from: an actor, a place, a programme or a domain. */
  anchor: string;
  filter: ActorFilterInput & { text?: string | null };
  types: TieType[];
  maxHops: number;
  /** Paths never pass through a node with more ties than this. */
  hubLimit: number;
  first: number;
}

/** Hub caps tried in turn by findTiedActors before the caller's own limit. */
const HUB_CAPS = [10, 30, 100, 300, 1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000];

/**
 * Actors tied to one actor within maxHops, most specific path first, through nodes of at most
 * `hubLimit` ties. A path's specificity is below 1 / ln(e + degree) of its busiest intermediate node,
 * so the search first walks only through nodes of at most `cap` ties; when its last answer still
 * scores at least 1 / ln(e + cap), no path through a busier node could rank higher and the answer is
 * final. Otherwise the cap widens, up to hubLimit.
 */
export async function findTiedActors(db: Database, args: TiedToArgs): Promise<TiedActorRow[]> {
  const { conditions, params } = await traversalConditions(db, args.filter);
  const query = tiedToQuery(args.types, args.maxHops, conditions);
  // One hop passes through no node, so the cap plays no part (the statement does not read it): one run is final.
  const caps = args.maxHops === 1 ? [args.hubLimit] : [...HUB_CAPS.filter((c) => c < args.hubLimit), args.hubLimit];
  for (const cap of caps) {
    const rows = await db.read<PathColumns & { actor: ActorRow; score: number }>(query, {
      ...params,
      anchor: args.anchor,
      first: args.first,
      hubCap: cap,
    });
    const last = rows[rows.length - 1];
    const final = cap === args.hubLimit || (rows.length === args.first && last !== undefined && last.score >= 1 / Math.log(Math.E + cap));
    if (final) return rows.map((row) => ({ actor: row.actor, score: row.score, path: toPath(row) }));
  }
  return [];
}

export interface PathsArgs {
  from: string;
  to: string;
  types: TieType[];
  maxHops: number;
  avoid: string[];
  hubLimit: number | null;
  first: number;
}

/** The shortest paths between two entities, most specific first. */
export async function findPaths(db: Database, args: PathsArgs): Promise<PathRow[]> {
  const rows = await db.read<PathColumns & { score: number }>(pathsQuery(args.types, args.maxHops), {
    from: args.from,
    to: args.to,
    avoid: args.avoid,
    hubLimit: args.hubLimit,
    first: args.first,
  });
  return rows.map(toPath);
}

export interface NeighbourhoodArgs {
  center: EntityRow;
  depth: number;
  types: TieType[];
  limit: number;
}

/** Breadth-first: one statement per layer (each capped), then one for the relationships among the nodes found. */
export async function neighbourhood(db: Database, args: NeighbourhoodArgs): Promise<SubgraphRow> {
  const nodes: EntityRow[] = [args.center];
  const seen = new Set([args.center.id]);
  let frontier = [args.center.id];
  let truncated = false;
  for (let layer = 0; layer < args.depth && frontier.length > 0 && !truncated; layer++) {
    const room = args.limit - nodes.length;
    const rows = await db.read<{ node: EntityRow }>(neighboursQuery(args.types), {
      frontier,
      seen: [...seen],
      limit: room + 1,
    });
    truncated = rows.length > room;
    const found = rows.slice(0, room).map((row) => row.node);
    for (const node of found) seen.add(node.id);
    nodes.push(...found);
    frontier = found.map((node) => node.id);
  }
  const edges = await db.read<EdgeRow>(edgesAmongQuery(args.types), { ids: [...seen] });
  return { center: args.center, nodes, edges: edges.map(normaliseEdge), truncated };
}

export interface PartnerArgs {
  actor: string;
  filter: ActorFilterInput & { text?: string | null };
  searchableTypes: TieType[];
  weights: Record<ReasonKind, number>;
  /** Shared nodes with more ties than this are not reasons. */
  hubLimit: number;
  first: number;
}

/** Actors not directly tied to one actor, ranked by weighted Adamic-Adar over what they share. */
export async function suggestPartners(db: Database, args: PartnerArgs): Promise<PartnerSuggestionRow[]> {
  const { conditions, params } = await traversalConditions(db, args.filter);
  const rows = await db.read<{
    actor: ActorRow;
    score: number;
    reasons: (Omit<ReasonRow, 'through'> & { through: ProgrammeRow | null })[];
  }>(partnerSuggestionsQuery(args.searchableTypes, conditions), {
    ...params,
    actor: args.actor,
    weights: args.weights,
    hubLimit: args.hubLimit,
    first: args.first,
  });
  return rows.map((row) => ({
    actor: row.actor,
    score: row.score,
    reasons: row.reasons.map((reason) => ({
      ...reason,
      through: reason.through ?? undefined,
      passageIds: [...new Set(reason.passageIds)],
    })),
  }));
}

/** Every domain, place and programme, with the names and aliases questions may use for them. */
export async function listNamedNodes(db: Database): Promise<EntityRow[]> {
  return (await db.read<{ node: EntityRow }>(NAMED_NODES, {})).map((row) => row.node);
}

/** One node's names and aliases, for the compact-name index of plain-words questions. */
export interface EntityNamesRow {
  id: string;
  labels: string[];
  names: string[];
}

/** Every actor, domain, place and programme with its names and aliases. */
export async function listEntityNames(db: Database): Promise<EntityNamesRow[]> {
  return db.read<EntityNamesRow>(ENTITY_NAMES, {});
}
