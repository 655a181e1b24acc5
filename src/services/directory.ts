import { actorFacets, actorListSpec, type ActorFilterInput, domainListSpec, kindListSpec, listPage } from '../db/directory';
import { FACET_SIZE } from '../domain/limits';
import { ALL_SOURCES } from '../db/cypher/nodes';
import type { Projection } from '../db/cypher/projection';
import { allTermsQuery, weightedFieldsQuery } from '../db/lucene';
import { readProjected } from '../db/projection';
import type {
  ActorFacetsRow,
  ActorPageRow,
  ActorRow,
  DomainRow,
  EntityRow,
  FundingRow,
  LocationRow,
  PageRow,
  PassageRow,
  PlaceRow,
  ProgrammeRow,
  SourceRow,
  TieConnectionRow,
  TimelineEventRow,
} from '../db/rows';
import type { TieConnectionArgs } from '../db/loaders';
import { type EntityLabel, SEARCHABLE_TIE_TYPES, TIMELINE_EVENT_KINDS, type TieType } from '../domain/model';
import { requireFilterIds, whenEmpty } from './checks';
import type { ServiceContext } from './context';

/** The directory: lists of actors, programmes, domains and places, and single look-ups. */

/** One page of a list: its size, and the cursor of the row it starts after. */
export interface PageRequest {
  first: number;
  after?: string | null;
}

export type ActorOrder = 'NAME_ASC' | 'NAME_DESC';

/**
 * Actors matching a filter (its text already checked); an unknown filter id is refused when nothing matches.
 * With `facetsNow` (the client asked for facets), the facets' statement travels alongside the page's.
 */
export async function listActors(
  sc: ServiceContext,
  args: PageRequest & { filter: ActorFilterInput & { text?: string }; order: ActorOrder; countTotal: boolean; facetsNow?: boolean },
): Promise<ActorPageRow> {
  const textQuery = args.filter.text ? allTermsQuery(args.filter.text) : undefined;
  const spec = actorListSpec(args.filter, textQuery);
  let facets: Promise<ActorFacetsRow> | undefined;
  const facetsOnce = () => (facets ??= actorFacets(sc.db, { filter: args.filter, textQuery, size: FACET_SIZE }));
  if (args.facetsNow) facetsOnce().catch(() => undefined); // a failure surfaces where facets are awaited
  const page = await listPage<ActorRow>(sc.db, spec, {
    first: args.first,
    after: args.after,
    order: args.order,
    descending: args.order === 'NAME_DESC',
    countNow: args.countTotal,
  });
  await whenEmpty(page.edges, () => requireFilterIds(sc, args.filter));
  return { ...page, facets: facetsOnce };
}

/** The facets of the actors a search's words match (its own Lucene query, not only its first hits), under its filter. */
export async function searchFacets(sc: ServiceContext, args: { text: string; filter: ActorFilterInput }): Promise<ActorFacetsRow> {
  const textQuery = weightedFieldsQuery(args.text);
  if (!textQuery) return EMPTY_FACETS;
  const facets = await actorFacets(sc.db, { filter: args.filter, textQuery, size: FACET_SIZE });
  if (facets.kinds.length === 0) await requireFilterIds(sc, args.filter);
  return facets;
}

const EMPTY_FACETS: ActorFacetsRow = {
  kinds: [],
  domains: [],
  departments: [],
  cities: [],
  programmes: [],
  funders: [],
  foundedYears: [],
};

/** The first actors by name matching a filter of ids read from the graph (no id check, no text). */
export async function actorsMatching(
  sc: Pick<ServiceContext, 'db'>,
  args: { filter: ActorFilterInput; first: number },
): Promise<ActorRow[]> {
  const page = await listPage<ActorRow>(sc.db, actorListSpec(args.filter, undefined), { first: args.first, order: 'NAME_ASC' });
  return page.edges.map((edge) => edge.node);
}

/** Programmes, all or those of one kind, by name. */
export function listProgrammes(sc: ServiceContext, args: PageRequest & { kind?: string | null }): Promise<PageRow<ProgrammeRow>> {
  return listPage<ProgrammeRow>(sc.db, kindListSpec('Programme', args.kind), { first: args.first, after: args.after, order: 'NAME_ASC' });
}

/** Places, all or those of one kind, by name. */
export function listPlaces(sc: ServiceContext, args: PageRequest & { kind?: string | null }): Promise<PageRow<PlaceRow>> {
  return listPage<PlaceRow>(sc.db, kindListSpec('Place', args.kind), { first: args.first, after: args.after, order: 'NAME_ASC' });
}

/** Domains by name, all or only those of excellence, only the top-level ones. */
export function listDomains(
  sc: ServiceContext,
  args: PageRequest & { excellenceOnly?: boolean | null; topLevelOnly?: boolean | null },
): Promise<PageRow<DomainRow>> {
  const spec = domainListSpec({ excellence: args.excellenceOnly, topLevel: args.topLevelOnly });
  return listPage<DomainRow>(sc.db, spec, { first: args.first, after: args.after, order: 'NAME_ASC' });
}

/** One actor with what a projection (the fields a query selects) reads of it and its ties, in one statement. */
export function actorById(sc: ServiceContext, projection: Projection, id: string): Promise<ActorRow | null> {
  return readProjected<ActorRow>(sc.db, projection, id);
}

/** Single look-ups by id (null when there is no such node), batched per request. */
export const programmeById = (sc: ServiceContext, id: string): Promise<ProgrammeRow | null> => sc.loaders.programme.load(id);
export const domainById = (sc: ServiceContext, id: string): Promise<DomainRow | null> => sc.loaders.domain.load(id);
export const placeById = (sc: ServiceContext, id: string): Promise<PlaceRow | null> => sc.loaders.place.load(id);
export const fundingById = (sc: ServiceContext, id: string): Promise<FundingRow | null> => sc.loaders.funding.load(id);
export const sourceById = (sc: ServiceContext, id: string): Promise<SourceRow | null> => sc.loaders.source.load(id);
/** Any entity (actor, programme, domain, place, funding) by id. */
export const entityById = (sc: ServiceContext, id: string): Promise<EntityRow | null> => sc.loaders.entity.load(id);

/** Whether a passage quotes its source or is our summary of it: the source's kind says. */
export async function citationKind(sc: ServiceContext, passage: PassageRow): Promise<'QUOTE' | 'SUMMARY'> {
  const source = await sc.loaders.source.load(passage.sourceId);
  return source?.kind === 'SUMMARY' ? 'SUMMARY' : 'QUOTE';
}

/** An actor's dated events, oldest first; events of one date in the order of TIMELINE_EVENT_KINDS, then by what they concern. */
export async function timelineOf(sc: ServiceContext, actorId: string): Promise<TimelineEventRow[]> {
  const events = await sc.loaders.timeline.load(actorId);
  const rank = (event: TimelineEventRow) => TIMELINE_EVENT_KINDS.indexOf(event.kind);
  const concerns = (event: TimelineEventRow) => event.actor?.nameKey ?? event.place?.nameKey ?? event.funding?.id ?? event.figure?.id ?? '';
  return [...events].sort((a, b) => compare(a.date, b.date) || rank(a) - rank(b) || compare(concerns(a), concerns(b)));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every source, by kind and id. */
export async function listSources(sc: ServiceContext): Promise<SourceRow[]> {
  return (await sc.db.read<{ node: SourceRow }>(ALL_SOURCES)).map((row) => row.node);
}

/** The passages quoted from a source. */
export const passagesOfSource = (sc: ServiceContext, sourceId: string): Promise<PassageRow[]> => sc.loaders.sourcePassages.load(sourceId);

/** The actors a source is cited for, at most `first`. */
export const actorsCitingSource = (sc: ServiceContext, sourceId: string, first: number): Promise<ActorRow[]> =>
  sc.loaders.sourceActors(first).load(sourceId);

/** The actors located in a place (and, unless told otherwise, in the places within it), at most `first`. */
export function actorsInPlace(
  sc: ServiceContext,
  placeId: string,
  args: { includeContained?: boolean | null; first: number },
): Promise<ActorRow[]> {
  return sc.loaders.placeActors(args.includeContained ?? true, args.first).load(placeId);
}

/** The actors active in a domain (and, unless told otherwise, in its subdomains), at most `first`. */
export function actorsInDomain(
  sc: ServiceContext,
  domainId: string,
  args: { includeSubdomains?: boolean | null; first: number },
): Promise<ActorRow[]> {
  return sc.loaders.domainActors(args.includeSubdomains ?? true, args.first).load(domainId);
}

/** A page of a node's ties, of every kind a client can ask for unless `kinds` narrows them; batched per request. */
export function tiesOfNode(
  sc: ServiceContext,
  args: {
    label: EntityLabel;
    id: string;
    kinds?: readonly TieType[] | null;
    direction: TieConnectionArgs['direction'];
    first: number;
    after?: string | null;
  },
): Promise<TieConnectionRow> {
  const kinds = args.kinds?.length ? args.kinds : SEARCHABLE_TIE_TYPES;
  return sc.loaders.tieConnection(args.label, { kinds, direction: args.direction, first: args.first, after: args.after }).load(args.id);
}

/** Where an actor is: its most specific place and the places that contain it. */
export const locationOf = (sc: ServiceContext, actorId: string): Promise<LocationRow | null> => sc.loaders.location.load(actorId);
