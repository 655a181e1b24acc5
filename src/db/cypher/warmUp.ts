import { cypher } from '../database';

/**
 * Statements of the start-up warm-up (services/ask/warmUp.ts) that only it runs: the real nodes it warms the
 * answers' statements from, and a read of every node and relationship with its properties.
 */

/**
 * The best-connected nodes of each role a question can name: actors, a place, a programme, a domain, a funder
 * and a funding. Picked from the graph, so the warm-up walks real data whatever the graph holds.
 */
export const WARM_UP_NODES = cypher(
  'warmUp.nodes',
  `MATCH (n:Actor) WHERE n.retiredAt IS NULL
   RETURN 'actor' AS role, n.id AS id, n.name AS name ORDER BY COUNT { (n)--() } DESC, id LIMIT toInteger($actors)
   UNION ALL
   MATCH (n:Place) RETURN 'place' AS role, n.id AS id, n.name AS name ORDER BY COUNT { (n)<-[:LOCATED_IN]-() } DESC, id LIMIT 1
   UNION ALL
   MATCH (n:Programme) RETURN 'programme' AS role, n.id AS id, n.name AS name ORDER BY COUNT { (n)--() } DESC, id LIMIT 1
   UNION ALL
   MATCH (n:Domain) RETURN 'domain' AS role, n.id AS id, n.name AS name ORDER BY COUNT { (n)<-[:ACTIVE_IN]-() } DESC, id LIMIT 1
   UNION ALL
   MATCH (n:Actor) RETURN 'funder' AS role, n.id AS id, n.name AS name ORDER BY COUNT { (n)-[:GRANTS]->() } DESC, id LIMIT 1
   UNION ALL
   MATCH (n:Funding) RETURN 'funding' AS role, n.id AS id, n.name AS name ORDER BY COUNT { (n)--() } DESC, id LIMIT 1`,
);

/** Every node's and every relationship's properties read once: the store's pages in Neo4j's page cache. */
export const READ_NODE_STORE = cypher(
  'warmUp.readNodes',
  'MATCH (n) RETURN count(n) AS nodes, sum(size(keys(properties(n)))) AS properties',
);

/** See READ_NODE_STORE. */
export const READ_RELATIONSHIP_STORE = cypher(
  'warmUp.readRelationships',
  'MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(properties(r)))) AS properties',
);
