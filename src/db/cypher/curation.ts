import { cypher, type CypherQuery } from '../database';
import type { TieType } from '../../domain/model';
import { TIE_SUBSETS } from './nodes';

/** Statements of curator writes and imports; relationship types come from the model's allowlist. */

/** Labels and retirement of entities by id, to check the ids a write refers to. */
export const ENTITIES_BY_ID = cypher(
  'curation.entitiesById',
  'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, [l IN labels(n) WHERE l <> "Entity"][0] AS label, n.retiredAt AS retiredAt',
);

export const PASSAGES_BY_ID = cypher('curation.passagesById', 'MATCH (p:Passage) WHERE p.id IN $ids RETURN p.id AS id');

export const SOURCE_BY_URL = cypher('curation.sourceByUrl', 'MATCH (s:Source {url: $url}) RETURN s.id AS id LIMIT 1');

/** An actor as the history and imports see it: its properties, place and domains. */
export const ACTOR_RECORDS = cypher(
  'curation.actorRecords',
  `MATCH (a:Actor) WHERE a.id IN $ids
   RETURN a{.*} AS actor, [(a)-[:LOCATED_IN]->(p:Place) | p.id] AS places, [(a)-[:ACTIVE_IN]->(d:Domain) | d.id] AS domains`,
);

/** Every actor, by id, with place and domains (export). */
export const ALL_ACTOR_RECORDS = cypher(
  'curation.allActorRecords',
  `MATCH (a:Actor)
   RETURN a{.*} AS actor, [(a)-[:LOCATED_IN]->(p:Place) | p.id] AS places, [(a)-[:ACTIVE_IN]->(d:Domain) | d.id] AS domains
   ORDER BY a.id`,
);

export const UPDATE_ACTOR = cypher(
  'curation.updateActor',
  `MATCH (a:Actor {id: $id})
   SET a += $props, a.passageIds = a.passageIds + [p IN $passageIds WHERE NOT p IN a.passageIds]
   RETURN a{.*} AS actor`,
);

export const RETIRE_ACTOR = cypher(
  'curation.retireActor',
  `MATCH (a:Actor {id: $id})
   SET a.retiredAt = $at, a.retiredReason = $reason, a.retiredBy = $curator
   RETURN a{.*} AS actor`,
);

/** Un-retires an actor; the passage saying it is active again joins its citations. */
export const RESTORE_ACTOR = cypher(
  'curation.restoreActor',
  `MATCH (a:Actor {id: $id})
   REMOVE a.retiredAt, a.retiredReason, a.retiredBy
   SET a.passageIds = coalesce(a.passageIds, []) + [p IN $passageIds WHERE NOT p IN coalesce(a.passageIds, [])]
   RETURN a{.*} AS actor`,
);

/** One funding as the history keeps it: its properties, its ties as ids, and the fundings included in it. */
export const FUNDING_RECORD = cypher(
  'curation.fundingRecord',
  `MATCH (f:Funding {id: $id})
   RETURN f{.*} AS funding, head([(g:Actor)-[r:GRANTS]->(f) WHERE ${TIE_SUBSETS.leadFunder('r')} | g.id]) AS funder,
          [(g:Actor)-[r:GRANTS]->(f) WHERE ${TIE_SUBSETS.coFunders('r')} | g.id] AS cofunders,
          [(f)-[:GRANTED_TO]->(r) | r.id] AS recipients, head([(f)-[:UNDER]->(p) | p.id]) AS programme,
          [(f)-[:FOR_DOMAIN]->(d) | d.id] AS domains, head([(f)-[:PART_OF]->(p) | p.id]) AS partOf,
          [(x:Funding)-[:PART_OF]->(f) | x.id] AS parts`,
);

/** Fundings by id with the ids of their co-funders (an import compares them). */
export const FUNDING_COFUNDERS = cypher(
  'curation.fundingCofunders',
  `MATCH (f:Funding) WHERE f.id IN $ids
   RETURN f{.*} AS funding, [(g:Actor)-[r:GRANTS]->(f) WHERE ${TIE_SUBSETS.coFunders('r')} | g.id] AS cofunders`,
);

/** Deletes a funding and its ties. */
export const REMOVE_FUNDING = cypher('curation.removeFunding', 'MATCH (f:Funding {id: $id}) DETACH DELETE f');

const tieQueries = new Map<string, CypherQuery>();
function perType(name: string, type: TieType, text: (type: TieType) => string): CypherQuery {
  const key = `${name}:${type}`;
  let query = tieQueries.get(key);
  if (!query) tieQueries.set(key, (query = cypher(`curation.${name}${type}`, text(type))));
  return query;
}

/** The tie from -[type]-> to, if it exists. */
export function findTieQuery(type: TieType): CypherQuery {
  return perType('findTie', type, (t) => `MATCH (:Entity {id: $from})-[r:${t}]->(:Entity {id: $to}) RETURN properties(r) AS props`);
}

/** Deletes the tie from -[type]-> to and returns what it held. */
export function removeTieQuery(type: TieType): CypherQuery {
  return perType(
    'removeTie',
    type,
    (t) => `MATCH (:Entity {id: $from})-[r:${t}]->(:Entity {id: $to}) WITH r, properties(r) AS props DELETE r RETURN props`,
  );
}

/** Deletes the given ties of one type from an actor (an import replacing its place or domains). */
export function removeTiesQuery(type: TieType): CypherQuery {
  return perType(
    'removeTies',
    type,
    (t) => `UNWIND $rows AS row MATCH (:Actor {id: row.from})-[r:${t}]->(:Entity {id: row.to}) DELETE r RETURN count(*) AS removed`,
  );
}

export const RECORD_CHANGES = cypher(
  'curation.recordChanges',
  `UNWIND $changes AS change
   CREATE (c:Change) SET c = change`,
);

export const CHANGES = cypher(
  'curation.changes',
  `MATCH (c:Change) WHERE $targetId IS NULL OR c.targetId = $targetId
   RETURN c{.*} AS change ORDER BY c.at DESC, c.id DESC LIMIT toInteger($first)`,
);

/** Removes fields (set to null) of listed actors: an import row leaving description or website empty. */
export const CLEAR_ACTOR_FIELDS = cypher(
  'curation.clearActorFields',
  'UNWIND $rows AS row MATCH (a:Actor {id: row.id}) SET a += row.clear',
);

/** Which of the given ties exist, with their properties. */
export const EXISTING_TIES = cypher(
  'curation.existingTies',
  `UNWIND $rows AS row
   MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to}) WHERE type(r) = row.type
   RETURN a.id AS from, type(r) AS type, b.id AS to, r.since AS since, r.until AS until, coalesce(r.passageIds, []) AS passageIds`,
);

/** Curated ties for export, except an actor's place and domains (they are columns of its row). */
export const EXPORT_TIES = cypher(
  'curation.exportTies',
  `MATCH (a:Entity)-[r]->(b:Entity)
   WHERE type(r) IN $types AND NOT (a:Actor AND type(r) IN ['LOCATED_IN', 'ACTIVE_IN'])
     AND NOT (a:Actor AND a.retiredAt IS NOT NULL) AND NOT (b:Actor AND b.retiredAt IS NOT NULL)
   RETURN type(r) AS kind, a.id AS from, b.id AS to, r.since AS since, r.until AS until, coalesce(r.passageIds, []) AS passages
   ORDER BY from, kind, to`,
);

/** Fundings for export, with their ties as ids. */
export const EXPORT_FUNDINGS = cypher(
  'curation.exportFundings',
  `MATCH (g:Actor)-[lead:GRANTS]->(f:Funding) WHERE ${TIE_SUBSETS.leadFunder('lead')}
   RETURN f{.*} AS funding, g.id AS funder, [(c:Actor)-[r:GRANTS]->(f) WHERE ${TIE_SUBSETS.coFunders('r')} | c.id] AS cofunders,
          [(f)-[:GRANTED_TO]->(r) | r.id] AS recipients, head([(f)-[:UNDER]->(p) | p.id]) AS programme,
          [(f)-[:FOR_DOMAIN]->(d) | d.id] AS domains, head([(f)-[:PART_OF]->(p) | p.id]) AS partOf
   ORDER BY f.id`,
);
