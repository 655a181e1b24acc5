/**
 * The shape of the graph: node labels, tie (relationship) types and which labels each tie joins.
 * Seeds, imports, mutations and graph search all read this one table.
 */

export const ACTOR_KINDS = [
  'COMPANY',
  'CLUSTER',
  'COMPETITIVENESS_POLE',
  'UNIVERSITY_HOSPITAL',
  'HOSPITAL_UNIVERSITY_INSTITUTE',
  'RESEARCH_ORGANISATION',
  'UNIVERSITY',
  'PUBLIC_AUTHORITY',
  'AGENCY',
  'FUND',
  'CONSORTIUM',
  'EXCELLENCE_HUB',
  'INDUSTRY_SECTOR',
  'PERSON',
  'RESEARCH_UNIT',
  'INCUBATOR',
  'TECH_TRANSFER_OFFICE',
  'HOSPITAL',
  'CANCER_CENTRE',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PROGRAMME_KINDS = ['CONTRACT', 'STRATEGY', 'CHALLENGE', 'NETWORK', 'PROGRAMME'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export const PLACE_KINDS = ['COUNTRY', 'REGION', 'DEPARTMENT', 'CITY'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const SOURCE_KINDS = ['DOCUMENT', 'SUMMARY', 'REFERENCE', 'SYNTHETIC'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** How exact a figure or an amount is. */
export const QUALIFIERS = ['EXACT', 'APPROXIMATE', 'AT_LEAST', 'TARGET'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export const FUNDING_STATUSES = ['PLANNED', 'COMMITTED', 'SPENT'] as const;
/** How a funder gives money. */
export const FUNDING_INSTRUMENTS = ['GRANT', 'REPAYABLE_ADVANCE', 'LOAN', 'EQUITY', 'CONTRACT'] as const;
export type FundingInstrument = (typeof FUNDING_INSTRUMENTS)[number];
export type FundingStatus = (typeof FUNDING_STATUSES)[number];
export const FIGURE_METRICS = [
  'RESEARCHERS',
  'RESEARCH_CENTRES',
  'EMPLOYEES',
  'JOBS',
  'COMPANIES',
  'STRUCTURES',
  'REVENUE_EUR',
  'UNIVERSITY_HOSPITALS',
  'STUDENTS',
  'GRADUATES',
  'INVESTMENT_EUR',
  'BUDGET_EUR',
  'NEW_COMPANIES',
  'RELOCATION_PROJECTS',
  'FUNDS_RAISED_EUR',
] as const;
export type FigureMetric = (typeof FIGURE_METRICS)[number];

/** Labels of the things ties connect; each of these nodes also carries the :Entity label (ids unique across them). */
export const ENTITY_LABELS = ['Actor', 'Programme', 'Domain', 'Place', 'Funding'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];
/** Provenance and attribute nodes: never walked by graph search. */
export const RECORD_LABELS = ['Source', 'Passage', 'Figure'] as const;
export type NodeLabel = EntityLabel | (typeof RECORD_LABELS)[number];

export interface TieDefinition {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  /** A tie curators may add or remove directly (funding and structure ties come with their nodes). */
  curated: boolean;
  /** Walked by graph search (tiedTo, paths, neighbourhood, partner suggestions). */
  searchable: boolean;
}

const ACTOR = ['Actor'] as const;
const PROGRAMME = ['Programme'] as const;

/** Every relationship type of the graph, with the labels it joins. */
export const TIE_TYPES = {
  FOUNDED: { from: ACTOR, to: ACTOR, curated: true, searchable: true },
  CARRIES: { from: ACTOR, to: ACTOR, curated: true, searchable: true },
  MEMBER_OF: { from: ACTOR, to: ACTOR, curated: true, searchable: true },
  PART_OF: { from: ['Actor', 'Programme', 'Funding'], to: ['Actor', 'Programme', 'Funding'], curated: true, searchable: true },
  PARTNERS_WITH: { from: ACTOR, to: ACTOR, curated: true, searchable: true },
  LABELLED: { from: ACTOR, to: ACTOR, curated: true, searchable: true },
  LEADS: { from: ACTOR, to: ACTOR, curated: true, searchable: true },
  RUNS: { from: ACTOR, to: PROGRAMME, curated: true, searchable: true },
  PILOTS: { from: ACTOR, to: PROGRAMME, curated: true, searchable: true },
  CO_PILOTS: { from: ACTOR, to: PROGRAMME, curated: true, searchable: true },
  PARTNER_IN: { from: ACTOR, to: PROGRAMME, curated: true, searchable: true },
  TAKES_PART_IN: { from: ACTOR, to: PROGRAMME, curated: true, searchable: true },
  SUPPORTS: { from: PROGRAMME, to: PROGRAMME, curated: true, searchable: true },
  ACTIVE_IN: { from: ['Actor', 'Programme'], to: ['Domain'], curated: true, searchable: true },
  LOCATED_IN: { from: ACTOR, to: ['Place'], curated: true, searchable: true },
  TOOK_OVER: { from: ACTOR, to: ACTOR, curated: true, searchable: true },
  HOLDS_SHARES_IN: { from: ACTOR, to: ACTOR, curated: true, searchable: true },
  SPUN_OFF_FROM: { from: ACTOR, to: ACTOR, curated: true, searchable: true },
  INCUBATED_BY: { from: ACTOR, to: ACTOR, curated: true, searchable: true },
  // Structure, written with the nodes they belong to.
  WITHIN: { from: ['Place'], to: ['Place'], curated: false, searchable: true },
  SUBDOMAIN_OF: { from: ['Domain'], to: ['Domain'], curated: false, searchable: true },
  GRANTS: { from: ACTOR, to: ['Funding'], curated: false, searchable: true },
  GRANTED_TO: { from: ['Funding'], to: ACTOR, curated: false, searchable: true },
  UNDER: { from: ['Funding'], to: PROGRAMME, curated: false, searchable: true },
  FOR_DOMAIN: { from: ['Funding'], to: ['Domain'], curated: false, searchable: true },
  HAS_FIGURE: { from: ['Actor', 'Programme'], to: ['Figure'], curated: false, searchable: false },
  QUOTED_FROM: { from: ['Passage'], to: ['Source'], curated: false, searchable: false },
} as const satisfies Record<string, TieDefinition>;

export type TieType = keyof typeof TIE_TYPES;
export const ALL_TIE_TYPES = Object.keys(TIE_TYPES) as TieType[];
export const CURATED_TIE_TYPES = ALL_TIE_TYPES.filter((type) => TIE_TYPES[type].curated);
export const SEARCHABLE_TIE_TYPES = ALL_TIE_TYPES.filter((type) => TIE_TYPES[type].searchable);

/** The ties from an actor to a programme: the roles an actor plays in it. */
export const PROGRAMME_ROLES = ['RUNS', 'PILOTS', 'CO_PILOTS', 'PARTNER_IN', 'TAKES_PART_IN'] as const satisfies readonly TieType[];
export type ProgrammeRoleType = (typeof PROGRAMME_ROLES)[number];

/** What two actors may share that makes them likely partners (partner suggestions); each has a weight in the vocabulary. */
export const REASON_KINDS = [
  'SHARED_DOMAIN',
  'RELATED_DOMAIN',
  'SHARED_PROGRAMME',
  'SHARED_FUNDER',
  'SHARED_NETWORK',
  'SHARED_INSTITUTE',
  'SHARED_CITY',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** What a text search may look for, with the label of its nodes. */
export const SEARCHABLE_LABELS = { ACTOR: 'Actor', PROGRAMME: 'Programme', DOMAIN: 'Domain', PLACE: 'Place' } as const satisfies Record<
  string,
  EntityLabel
>;
export type SearchableType = keyof typeof SEARCHABLE_LABELS;

export function isTieType(value: string): value is TieType {
  return Object.hasOwn(TIE_TYPES, value);
}

/** The sort key of a name: accents folded, lower case, so "Évotec" sorts with "evotec". */
export function nameKey(name: string): string {
  return foldText(name).trim();
}

/** Lower case without diacritics: what users type without accents. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Stable, human-readable ids: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug made from a name: "CHU de Nîmes" -> "chu-de-nimes". */
export function slugify(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What happens on an actor's timeline, in the order events of one date are listed. */
export const TIMELINE_EVENT_KINDS = [
  'FOUNDED',
  'LOCATED',
  'FUNDED',
  'RAISED_FUNDS',
  'TOOK_OVER',
  'TAKEN_OVER',
  'LABELLED',
  'JOINED',
  'LEFT',
  'SPUN_OFF',
  'INCUBATED',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

/** A date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
