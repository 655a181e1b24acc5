import { cypher } from '../database';

/** The names ingestion links a document's mentions to (services/ingestion/pipeline.ts loadGraphNames). */

export const INGESTION_ACTOR_NAMES = cypher(
  'ingestion.actorNames',
  `MATCH (a:Actor) WHERE a.retiredAt IS NULL
   RETURN a.id AS id, a.name AS name, coalesce(a.aliases, []) AS aliases, a.kind AS kind,
          head([(a)-[:LOCATED_IN]->(p:Place) | p.id]) AS place
   ORDER BY a.id`,
);

export const INGESTION_PLACE_NAMES = cypher(
  'ingestion.placeNames',
  `MATCH (p:Place) RETURN p.id AS id, p.name AS name, p.kind AS kind, p.code AS code, coalesce(p.aliases, []) AS aliases ORDER BY p.id`,
);

export const INGESTION_PROGRAMME_NAMES = cypher(
  'ingestion.programmeNames',
  `MATCH (p:Programme) RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.kind AS kind ORDER BY p.id`,
);

export const INGESTION_DOMAIN_NAMES = cypher(
  'ingestion.domainNames',
  `MATCH (d:Domain) RETURN d.id AS id, d.name AS name, coalesce(d.aliases, []) + [d.nameEn] AS aliases ORDER BY d.id`,
);
