import { cypher, type CypherQuery, type Params } from '../database';
import { ENTITY_TEXT_INDEX } from './constraints';
import { PROGRAMME_ROLES } from '../../domain/model';
import { existsAt, holdsAtIfGiven } from './time';

/**
 * Filtered, keyset-paged lists. The statement text is assembled from the fixed fragments below
 * (never from user text); every value is a parameter.
 */

export type ListLabel = 'Actor' | 'Programme' | 'Domain' | 'Place';

export interface ListSpec {
  label: ListLabel;
  /** Conditions on `n`, all of which must hold. */
  conditions: string[];
  params: Params;
  /** A Lucene query restricting `n` to full-text matches. */
  textQuery?: string;
  /**
   * A MATCH clause binding `n` from the filter's most selective node (a programme, a funder, a place,
   * domains), so a list filtered to a few thousand actors never walks all of them by name.
   */
  anchor?: ListAnchor;
  /**
   * The anchored walk also filters on domains (`ACTOR_CONDITIONS.domains` among the conditions): the
   * walk is joined with the walk from those domains (see domainJoined) rather than reading each actor's ties.
   */
  domainJoin?: boolean;
  descending?: boolean;
}

/**
 * Where an anchored list starts: `start` binds `a`, the filter's node (or nodes); `walk` is the
 * pattern from `a` to `n`.
 */
export interface ListAnchor {
  start: string;
  walk: string;
  /** The walk binds `t`, a tie that must hold at $activeAt (a place or a role of that date). */
  timed?: boolean;
}

/**
 * Binds `n` to each node of the list that meets `conditions`, once. From an anchor, the walk is a
 * subquery run from the anchor's node, so the plan starts there whatever the planner estimates (on a
 * small graph it would otherwise scan every company and test each: 40k db hits at 1k actors against
 * 2k), and the conditions are checked during the walk, before DISTINCT.
 */
export function matchingNodes(spec: ListSpec, conditions: string[]): string {
  const where = (keyword: 'WHERE' | 'AND') => (conditions.length > 0 ? `\n${keyword} ${conditions.join('\n  AND ')}` : '');
  if (spec.textQuery)
    return `CALL db.index.fulltext.queryNodes('${ENTITY_TEXT_INDEX}', $textQuery) YIELD node AS n WHERE n:${spec.label}${where('AND')}`;
  if (spec.anchor && spec.domainJoin) return domainJoined(spec.anchor, conditions);
  if (spec.anchor) return `${spec.anchor.start}\nCALL (a) {\n  MATCH ${spec.anchor.walk}${where('WHERE')}\n  RETURN n\n}\nWITH DISTINCT n`;
  return `MATCH (n:${spec.label})${where('WHERE')}`;
}

/** The keyset condition for rows after ($afterKey, $afterId) in the list's order, on variable `v`. */
function afterCursor(v: string, descending: boolean | undefined): string {
  const op = descending ? '<' : '>';
  return `(${v}.nameKey ${op} $afterKey OR (${v}.nameKey = $afterKey AND ${v}.id ${op} $afterId))`;
}

/** One page: rows after ($afterKey, $afterId) in (nameKey, id) order, $limit of them. */
export function pageQuery(spec: ListSpec, hasCursor: boolean): { query: CypherQuery; params: Params } {
  const dir = spec.descending ? 'DESC' : 'ASC';
  const conditions = [...spec.conditions];
  if (hasCursor) {
    conditions.push(afterCursor('n', spec.descending));
  } else if (!spec.textQuery && !spec.anchor) {
    conditions.push('n.nameKey IS NOT NULL'); // lets the planner walk the (nameKey, id) index in order
  }
  return {
    query: cypher(
      `lists.${spec.label.toLowerCase()}Page`,
      `${matchingNodes(spec, conditions)}
RETURN n{.*} AS node
ORDER BY n.nameKey ${dir}, n.id ${dir}
LIMIT toInteger($limit)`,
    ),
    params: { ...spec.params, textQuery: spec.textQuery },
  };
}

/**
 * Whether the page has to visit every match anyway (it starts from an anchor or from full-text hits,
 * not from the name index in order), so its count can come from the same walk.
 */
export const walksAllMatches = (spec: ListSpec): boolean => Boolean(spec.anchor || spec.textQuery);

/**
 * A page and the number of all matches from one walk: the matches are sorted once, counted, and the
 * page sliced from them (after the cursor, if any). For lists where walksAllMatches holds; elsewhere
 * the page can stop early and the count runs on its own.
 */
export function pageWithCountQuery(spec: ListSpec, hasCursor: boolean): { query: CypherQuery; params: Params } {
  const dir = spec.descending ? 'DESC' : 'ASC';
  const after = hasCursor ? `[m IN matches WHERE ${afterCursor('m', spec.descending)}]` : 'matches';
  return {
    query: cypher(
      `lists.${spec.label.toLowerCase()}PageWithCount`,
      `${matchingNodes(spec, spec.conditions)}
WITH n ORDER BY n.nameKey ${dir}, n.id ${dir}
WITH collect(n) AS matches
RETURN size(matches) AS total, [m IN ${after}[0..toInteger($limit)] | m{.*}] AS nodes`,
    ),
    params: { ...spec.params, textQuery: spec.textQuery },
  };
}

/** How many nodes match the spec's conditions. */
export function countQuery(spec: ListSpec): { query: CypherQuery; params: Params } {
  return {
    query: cypher(
      `lists.${spec.label.toLowerCase()}Count`,
      `${matchingNodes(spec, spec.conditions)}
RETURN count(n) AS total`,
    ),
    params: { ...spec.params, textQuery: spec.textQuery },
  };
}

/** The ties of an actor to a programme, as a relationship-type alternation. */
const ROLE_TIES = PROGRAMME_ROLES.join('|');

/**
 * Where a list starts from one filter's node, most selective first; the list starts from the first
 * one the filter has, and that filter's condition is then left out.
 */
export const ACTOR_ANCHORS = {
  programme: { start: 'MATCH (a:Programme {id: $programme})', walk: `(a)<-[t:${ROLE_TIES}]-(n:Actor)`, timed: true },
  fundedBy: { start: 'MATCH (a:Actor {id: $fundedBy})', walk: '(a)-[:GRANTS]->(:Funding)-[:GRANTED_TO]->(n:Actor)' },
  place: { start: 'MATCH (a:Place {id: $place})', walk: '(a)<-[:WITHIN*0..6]-(:Place)<-[t:LOCATED_IN]-(n:Actor)', timed: true },
  departmentCode: {
    start: "MATCH (a:Place {kind: 'DEPARTMENT', code: $departmentCode})",
    walk: '(a)<-[:WITHIN*0..6]-(:Place)<-[t:LOCATED_IN]-(n:Actor)',
    timed: true,
  },
  domains: { start: 'MATCH (a:Domain) WHERE a.id IN $domains', walk: '(a)<-[:SUBDOMAIN_OF*0..6]-(:Domain)<-[:ACTIVE_IN]-(n:Actor)' },
} as const satisfies Record<string, ListAnchor>;

/** Fragments of the actor filter; each uses only its own parameters. */
export const ACTOR_CONDITIONS = {
  active: 'n.retiredAt IS NULL',
  kinds: 'n.kind IN $kinds',
  domains: 'EXISTS { MATCH (n)-[:ACTIVE_IN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(d:Domain) WHERE d.id IN $domains }',
  // Each names its tie apart from the `t` of an anchored walk, which an EXISTS would otherwise reuse.
  place: `EXISTS { MATCH (n)-[located:LOCATED_IN]->(:Place)-[:WITHIN*0..6]->(:Place {id: $place}) WHERE ${holdsAtIfGiven('located', 'activeAt')} }`,
  departmentCode: `EXISTS { MATCH (n)-[inDepartment:LOCATED_IN]->(:Place)-[:WITHIN*0..6]->(dep:Place {kind: 'DEPARTMENT'}) WHERE dep.code = $departmentCode AND ${holdsAtIfGiven('inDepartment', 'activeAt')} }`,
  programme: `EXISTS { MATCH (n)-[role:${ROLE_TIES}]->(:Programme {id: $programme}) WHERE ${holdsAtIfGiven('role', 'activeAt')} }`,
  /** Founded on or before $activeAt (see time.ts). */
  existsAt: existsAt('n', 'activeAt'),
  /** The tie `t` an anchored walk binds holds at $activeAt. */
  anchorTieHolds: holdsAtIfGiven('t', 'activeAt'),
  fundedBy: 'EXISTS { MATCH (:Actor {id: $fundedBy})-[:GRANTS]->(:Funding)-[:GRANTED_TO]->(n) }',
} as const;

/** Above this many ties into the filter's domains, walking them costs more than reading each actor's ties. */
const DOMAIN_JOIN_UP_TO = 10_000;

/**
 * An anchored walk that also filters on domains (`ACTOR_CONDITIONS.domains`, among `conditions`).
 * An actor's ties of every type sit on one chain, which a check of its domains reads whole (~15 db
 * hits an actor), while a domain's ties are grouped by type (~1 a tie; counting them, one per domain).
 * So, unless the filter's domains and their sub-domains have more than DOMAIN_JOIN_UP_TO actor ties,
 * the anchor's walk and the walk up from the domains' actors are hash-joined on the actor (the hints
 * pin both starts: without them the planner starts from the kind index, 80 % of actors), and every
 * other condition is checked after the join, on the few actors both walks reach: the aggregation
 * stops the planner from pushing them down to either walk. The anchor's tie `t` must then hold on one
 * of the actor's paths. A top-level domain (73k ties at 100k actors) keeps the check per actor.
 * 100k actors, company + leaf domain + département: 10,877 → 7,343 db hits (docs/perf-log.md).
 */
function domainJoined(anchor: ListAnchor, conditions: string[]): string {
  const unlabelled = anchor.walk.replace(/\(n:Actor\)$/, '(n)');
  if (unlabelled === anchor.walk) throw new Error(`An anchor's walk must end at (n:Actor): ${anchor.walk}`);
  const others = conditions.filter((condition) => condition !== ACTOR_CONDITIONS.domains);
  const afterJoin = ['n:Actor', ...others].map((condition) =>
    condition === ACTOR_CONDITIONS.anchorTieHolds ? `any(t IN ties WHERE ${condition})` : condition,
  );
  return `MATCH (sub:Domain)-[:SUBDOMAIN_OF*0..6]->(top:Domain) WHERE top.id IN $domains
WITH DISTINCT sub
WITH collect(sub) AS domainSet, sum(COUNT { (sub)<-[:ACTIVE_IN]-() }) AS domainTies
CALL (domainSet, domainTies) {
  WITH domainSet WHERE domainTies <= ${DOMAIN_JOIN_UP_TO}
  ${anchor.start}
  MATCH ${unlabelled}, (n)-[:ACTIVE_IN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(top:Domain)
  USING JOIN ON n
  USING INDEX top:Domain(id)
  WHERE top.id IN $domains
  WITH n, ${anchor.timed ? 'collect(t) AS ties' : 'count(*) AS paths'}
  WHERE ${afterJoin.join('\n    AND ')}
  RETURN n
UNION ALL
  WITH domainSet WHERE domainTies > ${DOMAIN_JOIN_UP_TO}
  ${anchor.start}
  CALL (a) {
    MATCH ${anchor.walk}${others.length > 0 ? `\n    WHERE ${others.join('\n      AND ')}` : ''}
    RETURN DISTINCT n
  }
  WITH n, domainSet WHERE EXISTS { MATCH (n)-[:ACTIVE_IN]->(d:Domain) WHERE d IN domainSet }
  RETURN n
}
WITH DISTINCT n`;
}

/** Fragments of the programme, place and domain lists, on `n`. */
export const LIST_CONDITIONS = {
  /** Programmes and places of one kind. */
  ofKind: 'n.kind = $kind',
  /** Domains of excellence. */
  excellence: 'n.excellence = true',
  /** Domains that are no other's subdomain. */
  topLevel: 'NOT EXISTS { MATCH (n)-[:SUBDOMAIN_OF]->() }',
} as const;
