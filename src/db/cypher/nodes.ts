import { cypher, CypherQuery } from '../database';
import { NodeLabel, TieType } from '../../graph/model';

/** Look-ups the DataLoaders batch: one statement per batch of keys, `WHERE n.id IN $ids` or `UNWIND $ids`. */

const byIdQueries = new Map<string, CypherQuery>();
/** Nodes of one label by id. */
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
}

const ORDER: Record<TieSpec['order'], string> = {
  name: 'm.nameKey, m.id',
  amount: 'coalesce(m.amountEur, -1) DESC, m.id',
  metric: 'm.metric',
};

export function tieSpecKey(spec: TieSpec): string {
  return `${[...spec.types].sort().join('|')}:${spec.direction}:${spec.from}:${spec.to}:${spec.order}`;
}

const tieQueries = new Map<string, CypherQuery>();
/**
 * The other ends of one kind of tie for a batch of nodes, at most $first per node (hubs stay cheap),
 * with the tie's own properties. Rows: {key, node, type, since, passageIds}.
 */
export function tiesQuery(spec: TieSpec): CypherQuery {
  const key = tieSpecKey(spec);
  let query = tieQueries.get(key);
  if (!query) {
    const types = spec.types.join('|');
    const pattern =
      spec.direction === 'OUT' ? `-[r:${types}]->` : spec.direction === 'IN' ? `<-[r:${types}]-` : `-[r:${types}]-`;
    query = cypher(
      `ties.${spec.from}${spec.direction}${spec.types.join('_')}`,
      `UNWIND $ids AS id
       CALL (id) {
         MATCH (n:${spec.from} {id: id})${pattern}(m:${spec.to})
         RETURN m, r
         ORDER BY ${ORDER[spec.order]}
         LIMIT toInteger($first)
       }
       RETURN id AS key, m{.*, _labels: labels(m)} AS node, type(r) AS type, r.since AS since, r.passageIds AS passageIds`,
    );
    tieQueries.set(key, query);
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
   RETURN id AS key, p{.*} AS place, ancestors, r.passageIds AS passageIds`,
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
