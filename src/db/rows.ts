import type {
  ActorKind,
  FundingInstrument,
  TimelineEventKind,
  FundingStatus,
  PlaceKind,
  ProgrammeKind,
  Qualifier,
  ReasonKind,
  SourceKind,
  TieType,
} from '../domain/model';
import type { SearchField } from './lucene';

/** What the data layer returns: plain objects of node properties. Resolvers map them to the SDL types. */

export interface EntityRowBase {
  id: string;
  passageIds: string[];
  /** Labels of the node, present where one query returns several kinds of node. */
  _labels?: string[];
  /** Ties fetched with the node by a projected read (look-ahead), by kind and page size (db/projection.ts); absent on rows the loaders return. */
  _ties?: PrefetchedTies;
}

/** Ties of a node fetched with it, keyed by `tieKey(spec, first)`: the tie resolvers read them instead of the loaders. */
export type PrefetchedTies = ReadonlyMap<string, TieRow<unknown>[]>;

export interface ActorRow extends EntityRowBase {
  name: string;
  nameKey: string;
  aliases: string[];
  kind: ActorKind;
  description?: string;
  website?: string;
  /** When it was founded, as precise as known (`2015`, `2015-03`). */
  founded?: string;
  retiredAt?: string;
}

export interface ProgrammeRow extends EntityRowBase {
  name: string;
  nameKey: string;
  aliases: string[];
  kind: ProgrammeKind;
  description?: string;
  period?: string;
  since?: string;
}

export interface DomainRow extends EntityRowBase {
  name: string;
  nameEn: string;
  nameKey: string;
  aliases: string[];
  excellence: boolean;
}

export interface PlaceRow extends EntityRowBase {
  name: string;
  nameKey: string;
  kind: PlaceKind;
  code?: string;
  aliases: string[];
}

export interface FundingRow extends EntityRowBase {
  amountEur?: number;
  amountText?: string;
  qualifier: Qualifier;
  period?: string;
  /** When it was granted, announced or raised (`2023-05`). */
  date?: string;
  instrument?: FundingInstrument;
  status: FundingStatus;
  shared?: boolean;
  note?: string;
}

export interface FigureRow extends EntityRowBase {
  metric: string;
  value: number;
  qualifier: FundingRow['qualifier'];
  period?: string;
  /** The date the figure refers to. */
  date?: string;
}

export interface SourceRow {
  id: string;
  kind: SourceKind;
  title: string;
  publisher: string;
  url?: string;
  published?: string;
  language: string;
  note?: string;
  text?: string;
}

export interface PassageRow {
  id: string;
  sourceId: string;
  quote: string;
  offset?: number;
}

export type EntityRow = ActorRow | ProgrammeRow | DomainRow | PlaceRow | FundingRow;

/** A relationship seen from one end: the node at the other end and the tie's own properties. */
export interface TieRow<T> {
  node: T;
  type: TieType;
  since?: string;
  /** When the tie ended; absent while it holds. */
  until?: string;
  passageIds: string[];
  /** The node whose field lists the tie, and the tie's direction seen from it (set by the resolvers, for ids). */
  ownerId?: string;
  direction?: 'IN' | 'OUT' | 'BOTH';
}

/** One tie of a node's tie connection, seen from that node (`ownerId`). */
export interface TieEdgeRow {
  cursor: string;
  ownerId: string;
  kind: TieType;
  direction: 'IN' | 'OUT';
  node: EntityRow;
  since?: string;
  until?: string;
  passageIds: string[];
}

/** A page of a node's ties, with the number of all the ties asked for. */
export interface TieConnectionRow {
  edges: TieEdgeRow[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface LocationRow {
  /** The actor located. */
  actorId: string;
  place: PlaceRow;
  /** The place and every place containing it, most specific first. */
  chain: PlaceRow[];
  passageIds: string[];
  /** When the actor came to the place and left it, where the sources date the move (`2020`, `2023-01-01`). */
  since?: string;
  until?: string;
}

/** One actor of an open-data download, as db/cypher/openData.ts reads it. */
export interface ActorDownloadRow {
  actor: Pick<ActorRow, 'id' | 'name' | 'kind' | 'website' | 'founded'>;
  city: { id: string; name: string; code?: string } | null;
  department: { name: string; code?: string } | null;
  /** Domain ids, by name. */
  domains: string[];
  /** The sources of the passages behind the actor, its place and its domains, by id. */
  sources: { id: string; url?: string | null }[];
}

export interface PageRow<T> {
  edges: { cursor: string; node: T }[];
  hasNextPage: boolean;
  /** Runs the count query; called only when a client asks for totalCount. */
  totalCount: () => Promise<number>;
}

/** One value of a facet: what a filter takes to select it, a name to show (nodes only), how many actors have it. */
export interface FacetValueRow {
  value: string;
  name?: string | null;
  nameEn?: string | null;
  count: number;
}

/** Values of every facet of an actor list (see db/cypher/facets.ts). */
export interface ActorFacetsRow {
  kinds: FacetValueRow[];
  domains: FacetValueRow[];
  departments: FacetValueRow[];
  cities: FacetValueRow[];
  programmes: FacetValueRow[];
  funders: FacetValueRow[];
  foundedYears: FacetValueRow[];
}

export interface FundingTotalRow {
  group: EntityRow;
  totalEur: number;
  fundingCount: number;
  unknownAmountCount: number;
  includesSharedAmounts: boolean;
  /** A period was asked: fundings of the line left out because the sources give them no date or period. */
  undatedExcluded: number;
  /** Instruments were asked: fundings of the line left out because the sources do not say how they were given. */
  noInstrumentExcluded: number;
  fundings: FundingRow[];
}

// Concrete names for the codegen mappers (codegen.ts).
export type ActorTieRow = TieRow<ActorRow>;
export type ProgrammeTieRow = TieRow<ProgrammeRow>;
export type DomainTieRow = TieRow<DomainRow>;
export type ActorEdgeRow = PageRow<ActorRow>['edges'][number];
export type ProgrammeEdgeRow = PageRow<ProgrammeRow>['edges'][number];
export type DomainEdgeRow = PageRow<DomainRow>['edges'][number];
export type PlaceEdgeRow = PageRow<PlaceRow>['edges'][number];
/** A page of actors; `facets` counts the whole list's values (computed only when asked for). */
export type ActorPageRow = PageRow<ActorRow> & { facets?: () => Promise<ActorFacetsRow> };
export type ProgrammePageRow = PageRow<ProgrammeRow>;
export type DomainPageRow = PageRow<DomainRow>;
export type PlacePageRow = PageRow<PlaceRow>;

/** A tie in a path or subgraph, as stored: from -[type]-> to (the API's `Edge`). */
export interface EdgeRow {
  type: TieType;
  from: string;
  to: string;
  since?: string;
  until?: string;
  passageIds: string[];
}

export interface PathRow {
  nodes: EntityRow[];
  edges: EdgeRow[];
  specificity: number;
}

export interface SearchHitRow {
  node: EntityRow;
  score: number;
  /** Worked out from the hit's fields when first read (see searchEntities). */
  matchedFields: SearchField[];
}

export interface TiedActorRow {
  actor: ActorRow;
  score: number;
  path: PathRow;
}

export interface SubgraphRow {
  center: EntityRow;
  nodes: EntityRow[];
  edges: EdgeRow[];
  truncated: boolean;
}

export interface ReasonRow {
  kind: ReasonKind;
  via: EntityRow;
  /** For a shared funder: the programme both fundings go through, if they share one. */
  through?: ProgrammeRow;
  weight: number;
  passageIds: string[];
}

export interface PartnerSuggestionRow {
  actor: ActorRow;
  score: number;
  reasons: ReasonRow[];
}

/** A kind of actor; its words come from the vocabulary. */
export interface ActorKindRow {
  kind: ActorRow['kind'];
}

/** One dated event of an actor's timeline (db/timeline.ts). */
export interface TimelineEventRow {
  date: string;
  kind: TimelineEventKind;
  actor?: ActorRow;
  place?: PlaceRow;
  funding?: FundingRow;
  figure?: FigureRow;
  passageIds: string[];
}
