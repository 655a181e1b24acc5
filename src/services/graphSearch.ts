import type { ActorFilterInput } from '../db/directory';
import {
  findPaths as findPathRows,
  findTiedActors,
  neighbourhood,
  searchEntities,
  type SearchLabel,
  suggestPartners,
} from '../db/graphSearch';
import type { PartnerSuggestionRow, PathRow, SearchHitRow, SubgraphRow, TiedActorRow } from '../db/rows';
import { InvalidInputError } from '../domain/errors';
import { HUB_LIMIT } from '../domain/limits';
import { SEARCHABLE_TIE_TYPES, type TieType } from '../domain/model';
import { reasonWeights } from '../domain/vocabulary';
import { requireFilterIds, requireKnown, whenEmpty } from './checks';
import type { ServiceContext } from './context';

/** Graph search: full-text search, actors tied to one, paths, neighbourhoods and partner suggestions. */

export type { SearchLabel };

/** An actor filter whose text part, if any, is already bounded. */
type TraversalFilter = ActorFilterInput & { text?: string | null };

/** The relationship types a traversal may walk: all searchable ones but those excluded. */
export function walkableTies(excluded?: readonly string[] | null): TieType[] {
  const types = SEARCHABLE_TIE_TYPES.filter((type) => !excluded?.includes(type));
  if (types.length === 0) throw new InvalidInputError('excludeTies leaves no kind of relationship to walk; exclude fewer.', 'excludeTies');
  return types;
}

/** Ranked full-text hits among nodes of some labels, actors narrowed by a filter whose unknown ids are refused when nothing matches. */
export async function search(
  sc: ServiceContext,
  args: { text: string; labels: SearchLabel[]; filter: ActorFilterInput; first: number },
): Promise<SearchHitRow[]> {
  return whenEmpty(await searchEntities(sc.db, args), () => requireFilterIds(sc, args.filter));
}

export interface TiedArgs {
  /** The node ties start from. */
  anchor: string;
  filter: TraversalFilter;
  excludeTies?: readonly string[] | null;
  maxHops: number;
  /** Paths never pass through a node with more ties than this (default HUB_LIMIT.default). */
  hubLimit?: number;
  first: number;
}

/** Actors tied to a node within maxHops, most specific path first (no id check: for ids read from the graph). */
export function findTied(sc: Pick<ServiceContext, 'db'>, args: TiedArgs): Promise<TiedActorRow[]> {
  return findTiedActors(sc.db, {
    anchor: args.anchor,
    filter: args.filter,
    types: walkableTies(args.excludeTies),
    maxHops: args.maxHops,
    hubLimit: args.hubLimit ?? HUB_LIMIT.default,
    first: args.first,
  });
}

/** Actors tied to a node (an actor, place, programme or domain); when none is, an unknown anchor or filter id is refused. */
export async function tiedTo(
  sc: ServiceContext,
  args: TiedArgs & { /** The argument the anchor came in, named when it is unknown. */ anchorField: string },
): Promise<TiedActorRow[]> {
  const { anchorField, ...tied } = args;
  return whenEmpty(await findTied(sc, tied), async () => {
    await requireKnown({
      loader: sc.loaders.entity,
      ids: [args.anchor],
      field: anchorField,
      what: anchorField === 'actor' ? 'actor' : 'node',
    });
    await requireFilterIds(sc, args.filter);
  });
}

export interface PathsArgs {
  from: string;
  to: string;
  excludeTies?: readonly string[] | null;
  maxHops: number;
  /** Ids no path may pass through (neither end; at most 100). */
  avoid?: readonly string[] | null;
  /** Paths never pass through a node with more ties than this; null: no limit. */
  hubLimit: number | null;
  first: number;
}

/** The shortest paths between two entities, most specific first (no id check: for ids read from the graph). */
export function findPaths(sc: ServiceContext, args: PathsArgs): Promise<PathRow[]> {
  return findPathRows(sc.db, { ...args, types: walkableTies(args.excludeTies), avoid: [...(args.avoid ?? [])] });
}

/** The shortest paths between two entities, most specific first; when there is none, an unknown end is refused. */
export async function paths(sc: ServiceContext, args: PathsArgs): Promise<PathRow[]> {
  const avoid = args.avoid ?? [];
  if (args.from === args.to) throw new InvalidInputError('from and to are the same node; give two different ids.', 'to');
  if (avoid.includes(args.from) || avoid.includes(args.to))
    throw new InvalidInputError('avoid cannot list the start or the end of the path.', 'avoid');
  if (avoid.length > 100) throw new InvalidInputError('avoid lists at most 100 ids.', 'avoid');
  return whenEmpty(await findPaths(sc, args), async () => {
    await requireKnown({ loader: sc.loaders.entity, ids: [args.from], field: 'from', what: 'node' });
    await requireKnown({ loader: sc.loaders.entity, ids: [args.to], field: 'to', what: 'node' });
  });
}

/** The nodes within `depth` ties of one, at most `limit`, and the ties among them; null for an unknown id. */
export async function neighbourhoodOf(
  sc: ServiceContext,
  args: { id: string; depth: number; excludeTies?: readonly string[] | null; limit: number },
): Promise<SubgraphRow | null> {
  const center = await sc.loaders.entity.load(args.id);
  // A retired actor is hidden from graph walks, as their centre too.
  if (!center || ('retiredAt' in center && center.retiredAt)) return null;
  return neighbourhood(sc.db, { center, depth: args.depth, types: walkableTies(args.excludeTies), limit: args.limit });
}

export interface PartnerArgs {
  actor: string;
  filter: TraversalFilter;
  /** Shared nodes with more ties than this are not reasons (default HUB_LIMIT.default). */
  hubLimit?: number;
  first: number;
}

/** Actors not yet tied to one, ranked by what they share with it (no id check: for ids read from the graph). */
export function findPartners(sc: ServiceContext, args: PartnerArgs): Promise<PartnerSuggestionRow[]> {
  return suggestPartners(sc.db, {
    actor: args.actor,
    filter: args.filter,
    searchableTypes: walkableTies([]),
    weights: reasonWeights(sc.vocabulary),
    hubLimit: args.hubLimit ?? HUB_LIMIT.default,
    first: args.first,
  });
}

/** Partner suggestions for an actor; when there is none, an unknown actor or filter id is refused. */
export async function partnerSuggestions(sc: ServiceContext, args: PartnerArgs): Promise<PartnerSuggestionRow[]> {
  return whenEmpty(await findPartners(sc, args), async () => {
    await requireKnown({ loader: sc.loaders.actor, ids: [args.actor], field: 'actor', what: 'actor' });
    await requireFilterIds(sc, args.filter);
  });
}
