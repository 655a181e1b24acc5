import type { Config } from '../config';
import { LocalNeo4j } from '../localNeo4j/localNeo4j';
import { Database, QueryEvent } from './database';
import { createDriver } from './driver';

export interface OpenDatabase {
  db: Database;
  /** Where the database is, for logs (never includes the password). */
  uri: string;
  /** Closes the driver, then stops the local server if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when configured; otherwise provisions the local Neo4j under config.local.home
 * (resolving the jars with Maven the first time) and connects to it.
 */
export async function openDatabase(
  config: Config,
  options: { log?: (message: string) => void; onQuery?: (event: QueryEvent) => void } = {},
): Promise<OpenDatabase> {
  let local: LocalNeo4j | undefined;
  let settings: { uri: string; user: string; password: string };
  if (config.neo4j.uri) {
    settings = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password ?? '' };
  } else {
    options.log?.(`NEO4J_URI is not set: starting a local Neo4j in ${config.local.home}`);
    local = await LocalNeo4j.start({ home: config.local.home, boltPort: config.local.boltPort, heapSize: '1g', pageCacheSize: '512m', log: options.log });
    settings = local.connection;
  }
  const db = new Database(createDriver(settings), {
    database: config.neo4j.database,
    timeoutMs: config.limits.dbQueryTimeoutMs,
    onQuery: options.onQuery,
    onCircuitChange: (event) =>
      options.log?.(
        event.state === 'open'
          ? `Database circuit OPEN after ${event.failures} consecutive failures to answer: requests get DATABASE_UNAVAILABLE at once while it is probed every second.`
          : `Database circuit CLOSED: the database answers again after ${event.downForMs} ms down.`,
      ),
  });
  return {
    db,
    uri: settings.uri,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}
