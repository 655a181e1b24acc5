import { cypher, type CypherQuery } from '../database';
import type { NodeLabel, TieType } from '../../domain/model';
import { boundOf, holdsAtBound } from './time';

/** Look-ups the DataLoaders batch: one statement per batch of keys, `WHERE n.id IN $ids` or `UNWIND $ids`. */

const byIdQueries = new Map<string, CypherQuery>();
/** Nodes of one label by id (curation reads them inside its own transactions). */
export function nodesByIdQuery(label: NodeLabel | 'Entity'): CypherQuery {
  let query = byIdQueries.get(label);
  if (!query) {
    query = cypher(`nodes.${label}ById`, `MATCH (n:${label}) WHERE n.id IN $ids RETURN n{.*, _labels: labels(n)} AS node`);
    byIdQueries.set(label, query);
  }
  return query;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** A kind of relationship seen from one end: which types, which way, from which label to which. */
export interface TieSpec {
  types: readonly TieType[];
  direction: Direction;
  from: NodeLabel;
  to: NodeLabel;
  /** How the other ends are ordered: by name, largest amount first, or by metric. */
  order: 'name' | 'amount' | 'metric';
  /** Only some of the ties: on GRANTS, the lead funder or the co-funders (TIE_SUBSETS). */
  only?: keyof typeof TIE_SUBSETS;
  /** Only the ties that hold at this date (YYYY, YYYY-MM or YYYY-MM-DD; see time.ts); it travels as a parameter. */
  asOf?: string;
}

/** Conditions picking some ties of a kind, on the relationship `r`. */
export const TIE_SUBSETS = {
  /** The GRANTS tie of the funder leading a funding (co-funders' ties say `cofunder: true`). */
  leadFunder: (r: string) => `coalesce(${r}.cofunder, false) = false`,
  coFunders: (r: string) => `${r}.cofunder = true`,
} as const;

/**
 * The WHERE clause of a kind of tie on relationship `r` ('' when it takes every tie); `asOfBound` is the
 * bound of the date its ties are read at (time.ts: `boundOf(param)`, or a parameter holding the bound),
 * undefined when no tie of the kind carries a date (each holds at every date).
 */
export function tieWhere(spec: TieSpec, r: string, asOfBound: string | undefined): string {
  const dated = spec.asOf !== undefined && asOfBound !== undefined;
  const conditions = [...(spec.only ? [TIE_SUBSETS[spec.only](r)] : []), ...(dated ? [holdsAtBound(r, asOfBound)] : [])];
  return conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
}

/** How the other ends `m` of a kind of tie are ordered. */
export function tieOrder(spec: TieSpec, m: string): string {
  if (spec.order === 'name') return `${m}.nameKey, ${m}.id`;
  if (spec.order === 'amount') return `coalesce(${m}.amountEur, -1) DESC, ${m}.id`;
  return `${m}.metric`;
}

/** The relationship pattern of a kind of tie, its relationship bound to `r`. */
export function tiePattern(spec: TieSpec, r: string): string {
  const types = spec.types.join('|');
  return spec.direction === 'OUT' ? `-[${r}:${types}]->` : spec.direction === 'IN' ? `<-[${r}:${types}]-` : `-[${r}:${types}]-`;
}

export function tieSpecKey(spec: TieSpec): string {
  return `${[...spec.types].sort().join('|')}:${spec.direction}:${spec.from}:${spec.to}:${spec.order}:${spec.only ?? ''}:${spec.asOf ?? ''}`;
}

/** What one part of a combined read fetches: nodes of a label by id, or one kind of tie of nodes. */
export type ReadPart = { nodesOf: NodeLabel | 'Entity' } | { ties: TieSpec };

export const readPartKey = (part: ReadPart): string => ('nodesOf' in part ? `nodes:${part.nodesOf}` : `ties:${tieSpecKey(part.ties)}`);

/** One part of a combined statement: its ids and page size travel as $ids<n> and $first<n>. */
function readPartText(part: ReadPart, n: number): string {
  if ('nodesOf' in part) {
    return `UNWIND $ids${n} AS id
       MATCH (m:${part.nodesOf} {id: id})
       RETURN ${n} AS part, id AS key, m{.*, _labels: labels(m)} AS node, null AS type, null AS since, null AS until, null AS passageIds`;
  }
  const spec = part.ties;
  return `UNWIND $ids${n} AS id
       CALL (id) {
         MATCH (n:${spec.from} {id: id})${tiePattern(spec, 'r')}(m:${spec.to})${tieWhere(spec, 'r', boundOf(`asOf${n}`))}
         RETURN m, r
         ORDER BY ${tieOrder(spec, 'm')}
         LIMIT toInteger($first${n})
       }
       RETURN ${n} AS part, id AS key, m{.*, _labels: labels(m)} AS node, type(r) AS type, r.since AS since, r.until AS until, r.passageIds AS passageIds`;
}

const combinedQueries = new Map<string, CypherQuery>();
/**
 * Nodes by id and ties of nodes, several kinds at once, in one statement (UNION ALL of one part per
 * kind): what a GraphQL field level asks for costs one round trip. Ties come at most $first<n> per
 * node, with the tie's own properties; a part whose ties are read as of a date gets it as $asOf<n>.
 * Rows: {part, key, node, type, since, until, passageIds}.
 */
export function combinedReadQuery(parts: readonly ReadPart[]): CypherQuery {
  const key = parts.map(readPartKey).join(' + ');
  let query = combinedQueries.get(key);
  if (!query) {
    const name = parts
      .map((part) => ('nodesOf' in part ? `${part.nodesOf}ById` : `${part.ties.from}${part.ties.direction}${part.ties.types.join('_')}`))
      .join('+');
    query = cypher(`read.${name}`, parts.map((part, n) => readPartText(part, n)).join('\n       UNION ALL\n       '));
    combinedQueries.set(key, query);
  }
  return query;
}

/** Where actors are: their place and every place containing it. */
export const ACTOR_LOCATIONS = cypher(
  'nodes.actorLocations',
  `UNWIND $ids AS id
   MATCH (a:Actor {id: id})-[r:LOCATED_IN]->(p:Place)
   CALL (p) {
     OPTIONAL MATCH (p)-[:WITHIN*1..6]->(ancestor:Place)
     RETURN collect(ancestor{.*}) AS ancestors
   }
   RETURN id AS key, p{.*} AS place, ancestors, r.passageIds AS passageIds, r.since AS since, r.until AS until`,
);

/** Actors located in places (and, with $depth > 0, in places within them), at most $first per place. */
export const PLACE_ACTORS = cypher(
  'nodes.placeActors',
  `UNWIND $ids AS id
   CALL (id) {
     MATCH (:Place {id: id})<-[:WITHIN*0..6]-(:Place)<-[:LOCATED_IN]-(a:Actor)
     WHERE a.retiredAt IS NULL
     WITH DISTINCT a
     RETURN a ORDER BY a.nameKey, a.id LIMIT toInteger($first)
   }
   RETURN id AS key, a{.*} AS node`,
);

export const PLACE_ACTORS_DIRECT = cypher(
  'nodes.placeActorsDirect',
  `UNWIND $ids AS id
   CALL (id) {
     MATCH (:Place {id: id})<-[:LOCATED_IN]-(a:Actor)
     WHERE a.retiredAt IS NULL
     RETURN a ORDER BY a.nameKey, a.id LIMIT toInteger($first)
   }
   RETURN id AS key, a{.*} AS node`,
);

/** Actors active in domains or their sub-domains, at most $first per domain. */
export const DOMAIN_ACTORS = cypher(
  'nodes.domainActors',
  `UNWIND $ids AS id
   CALL (id) {
     MATCH (:Domain {id: id})<-[:SUBDOMAIN_OF*0..6]-(:Domain)<-[:ACTIVE_IN]-(a:Actor)
     WHERE a.retiredAt IS NULL
     WITH DISTINCT a
     RETURN a ORDER BY a.nameKey, a.id LIMIT toInteger($first)
   }
   RETURN id AS key, a{.*} AS node`,
);

export const DOMAIN_ACTORS_DIRECT = cypher(
  'nodes.domainActorsDirect',
  `UNWIND $ids AS id
   CALL (id) {
     MATCH (:Domain {id: id})<-[:ACTIVE_IN]-(a:Actor)
     WHERE a.retiredAt IS NULL
     RETURN a ORDER BY a.nameKey, a.id LIMIT toInteger($first)
   }
   RETURN id AS key, a{.*} AS node`,
);

/** The passages of sources, in document order. */
export const SOURCE_PASSAGES = cypher(
  'nodes.sourcePassages',
  `UNWIND $ids AS id
   MATCH (:Source {id: id})<-[:QUOTED_FROM]-(p:Passage)
   RETURN id AS key, p{.*} AS node
   ORDER BY key, coalesce(p.offset, 0), p.id`,
);

/** Actors citing any passage of sources, at most $first per source. */
export const SOURCE_ACTORS = cypher(
  'nodes.sourceActors',
  `UNWIND $ids AS id
   CALL (id) {
     MATCH (:Source {id: id})<-[:QUOTED_FROM]-(p:Passage)
     WITH collect(p.id) AS passageIds
     MATCH (a:Actor) WHERE any(passageId IN a.passageIds WHERE passageId IN passageIds)
     RETURN a ORDER BY a.nameKey, a.id LIMIT toInteger($first)
   }
   RETURN id AS key, a{.*} AS node`,
);

export const ALL_SOURCES = cypher('nodes.allSources', 'MATCH (s:Source) RETURN s{.*} AS node ORDER BY s.kind, s.id');
