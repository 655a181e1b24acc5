import { cypher } from './statement';

/**
 * An empty read: its answer carries the bookmark of the database's last committed transaction, which
 * Database.graphVersion turns into the graph's version. Nothing is written for it, so writers never
 * wait on one another for it, and a write by any process (another API replica, a CLI import) shows.
 * A plain object: database.ts imports this module, so it must not import database.ts back at run time.
 */
export const LAST_COMMITTED_TRANSACTION = cypher('graphVersion.lastCommitted', 'RETURN 1 AS ok');
