import { cypher } from './statement';

/**
 * The graph's version: a counter on one node, raised by every write transaction (database.ts does it
 * inside the transaction, so a rolled-back write raises nothing). HTTP answers to GET requests carry
 * an ETag built from it: a client revalidates for free until something is written.
 * Plain objects: database.ts imports this module, so it must not import database.ts back at run time.
 */
export const BUMP_GRAPH_VERSION = cypher(
  'graphVersion.bump',
  `MERGE (v:GraphVersion {id: 'graph'})
   SET v.value = coalesce(v.value, 0) + 1`,
);

/** The current version (0 before the first write). */
export const READ_GRAPH_VERSION = cypher(
  'graphVersion.read',
  `OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
   RETURN toString(coalesce(v.value, 0)) AS value`,
);
