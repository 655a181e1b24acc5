import type { Config } from '../config';
import { LocalNeo4j, type LocalNeo4jOptions } from '../localNeo4j/localNeo4j';
import { Database, type QueryEvent } from './database';
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
 * (resolving the jars with Maven the first time) and connects to it. In development a crash of that
 * local server is repaired here: it is restarted on the same port and the driver reconnects by itself.
 */
export async function openDatabase(
  config: Config,
  options: { log?: (message: string) => void; onQuery?: (event: QueryEvent) => void } = {},
): Promise<OpenDatabase> {
  const log = options.log ?? (() => undefined);
  let local: LocalServerKeeper | undefined;
  let settings: { uri: string; user: string; password: string };
  if (config.neo4j.uri) {
    settings = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password ?? '' };
  } else {
    log(`NEO4J_URI is not set: starting a local Neo4j in ${config.local.home}`);
    const start: LocalNeo4jOptions = {
      home: config.local.home,
      boltPort: config.local.boltPort,
      heapSize: '1g',
      pageCacheSize: '512m',
      log,
    };
    const server = await LocalNeo4j.start(start);
    // The same port again after a crash: the driver's URI stays right and it reconnects by itself.
    const port = Number(/:(\d+)$/.exec(server.connection.uri)?.[1]);
    // A restart recovers the store after the crash and may be slow on a busy machine: never cut it short (and loop).
    const restart = () => LocalNeo4j.start({ ...start, boltPort: port, startTimeoutMs: 600_000 });
    local = keepLocalServer(server, { restart, automatic: !config.production, log });
    settings = server.connection;
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

interface LocalServerKeeper {
  /** Stops the server this process runs now (the first one or its replacement). */
  stop(): Promise<void>;
}

/**
 * Watches the local server this process started. When it dies unexpectedly (kill -9, out of memory)
 * and `automatic` is set (development), starts it again, retrying with back-off until it answers;
 * otherwise (production) logs what the operator must run.
 */
function keepLocalServer(
  first: LocalNeo4j,
  options: { restart: () => Promise<LocalNeo4j>; automatic: boolean; log: (message: string) => void },
): LocalServerKeeper {
  let current = first;
  let stopped = false;
  let restarting: Promise<void> | undefined;

  const restartUntilUp = async () => {
    for (let delayMs = 1000; !stopped; delayMs = Math.min(delayMs * 2, 30_000)) {
      try {
        const next = await options.restart();
        current = next;
        if (stopped) return;
        watch(next);
        options.log(`Local Neo4j restarted at ${next.connection.uri} (pid ${next.pid}): the API reconnects by itself.`);
        return;
      } catch (error) {
        options.log(`Restarting the local Neo4j failed (${(error as Error).message}); trying again in ${delayMs / 1000} s.`);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  };

  const watch = (server: LocalNeo4j) =>
    server.onUnexpectedExit(({ code, signal }) => {
      if (stopped) return;
      const how = signal ? `killed by ${signal}` : `exit code ${code}`;
      if (!options.automatic) {
        options.log(
          `The local Neo4j (pid ${server.pid}) died (${how}); requests answer DATABASE_UNAVAILABLE. ` +
            'Run `npm run neo4j -- start`: it takes the same port and the API reconnects by itself.',
        );
        return;
      }
      options.log(`The local Neo4j (pid ${server.pid}) died (${how}): restarting it on the same port.`);
      restarting = restartUntilUp().finally(() => (restarting = undefined));
    });

  watch(first);
  return {
    stop: async () => {
      stopped = true;
      await restarting; // a server being started now is stopped too, never left behind
      await current.stop();
    },
  };
}
