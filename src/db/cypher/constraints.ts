import { cypher, type CypherQuery } from '../database';
import { CURATED_TIE_TYPES, ENTITY_LABELS, RECORD_LABELS } from '../../domain/model';

/** Name of the full-text index over names, aliases and descriptions (accent-folding analyzer). */
export const ENTITY_TEXT_INDEX = 'entity_text';

/** Constraints and indexes, idempotent (IF NOT EXISTS), applied before any data is written. */
export const SCHEMA_STATEMENTS: CypherQuery[] = [
  cypher('schema.entityId', 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE'),
  ...[...ENTITY_LABELS, ...RECORD_LABELS].map((label) =>
    cypher(`schema.${label}Id`, `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  ),
  // Keyset pagination of actors orders by (nameKey, id).
  cypher('schema.actorNameKey', 'CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.nameKey, n.id)'),
  cypher('schema.actorKind', 'CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)'),
  // A list filtered by département starts from it (lists.ts): one seek instead of a scan of every place.
  cypher('schema.placeKindCode', 'CREATE INDEX place_kind_code IF NOT EXISTS FOR (n:Place) ON (n.kind, n.code)'),
  // Whether any tie of a type carries a date, one index seek (time.ts, DATED_TIE_TYPES): the dates of curated ties.
  ...CURATED_TIE_TYPES.flatMap((type) =>
    (['since', 'until'] as const).map((property) =>
      cypher(
        `schema.${type}${property}`,
        `CREATE INDEX tie_${type.toLowerCase()}_${property} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${property})`,
      ),
    ),
  ),
  cypher('schema.sourceUrl', 'CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url)'),
  cypher('schema.changeId', 'CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE'),
  // Idempotency keys of mutations (src/db/cypher/idempotency.ts): one record per key.
  cypher('schema.idempotencyKey', 'CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE n.key IS UNIQUE'),
  // Ingestion: a document per content hash, a proposal per (document, proposal id).
  cypher('schema.documentId', 'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE'),
  cypher('schema.proposalKey', 'CREATE CONSTRAINT proposal_key IF NOT EXISTS FOR (n:Proposal) REQUIRE n.key IS UNIQUE'),
  cypher('schema.proposalId', 'CREATE INDEX proposal_id IF NOT EXISTS FOR (n:Proposal) ON (n.id)'),
  cypher('schema.documentIngestedAt', 'CREATE INDEX document_ingested_at IF NOT EXISTS FOR (n:Document) ON (n.ingestedAt)'),
  cypher('schema.changeTarget', 'CREATE INDEX change_target IF NOT EXISTS FOR (n:Change) ON (n.targetId, n.at)'),
  cypher(
    'schema.entityText',
    `CREATE FULLTEXT INDEX ${ENTITY_TEXT_INDEX} IF NOT EXISTS
     FOR (n:Actor|Programme|Domain|Place) ON EACH [n.name, n.aliases, n.description]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  ),
];

export const AWAIT_INDEXES = cypher('schema.awaitIndexes', 'CALL db.awaitIndexes(120)');
