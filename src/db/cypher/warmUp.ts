import { cypher } from '../database';

/**
 * The statement of the start-up warm-up (services/ask/warmUp.ts) that only it runs: the real nodes it warms the
 * answers' statements from.
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
