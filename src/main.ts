/** `npm start`: the only module with process-wide side effects (config, database, HTTP server, signals). */
import { createServer, type Server } from 'node:http';
import { loadConfig } from './config';
import { openDatabase } from './db/connect';
import { migrate } from './db/migrate';
import { isGraphEmpty, seedGraph } from './services/seeding/seedGraph';
import { loadVocabulary } from './domain/vocabulary';
import { createLogger } from './logger';
import { shutDown } from './http/lifecycle';
import { createApi } from './http/server';
import { warmUp } from './http/warmUp';
import { createContext } from './graphql/context';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  const database = await openDatabase(config, {
    log: (message) => log.info(message),
    // At debug level, each statement's name and duration: where a slow answer spends its time (docs/ASK.md, Latency).
    onQuery: log.isLevelEnabled('debug') ? (event) => log.debug(event, 'statement') : undefined,
  });
  const { db } = database;
  const vocabulary = loadVocabulary();
  let warmUpDone!: () => void;
  const warmedUp = new Promise<void>((resolve) => {
    warmUpDone = resolve;
  });
  let api: Awaited<ReturnType<typeof createApi>>;
  let server: Server;
  try {
    await migrate(db);
    if (config.seedOnStart === 'always' || (config.seedOnStart === 'auto' && (await isGraphEmpty(db)))) {
      const report = await seedGraph(db);
      log.info({ nodes: report.nodes, relationships: report.relationships }, 'seed graph loaded');
    }
    api = await createApi({ db, config, vocabulary, log });
    // Not ready until warmed up: the warm-up asks through the server, which must listen for it.
    api.holdReadiness(warmedUp);
    server = await listen(createServer(api.serverOptions, api.handler), config.port, config.host);
  } catch (error) {
    await database.close(); // never leave the local Neo4j running behind a failed start
    throw error;
  }
  const { apollo } = api;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  try {
    const services = createContext({ db, config, vocabulary, log }).services;
    const warmed = await warmUp({ url: `http://${config.host}:${port}/graphql`, vocabulary, services });
    log.info(warmed, 'warmed up: every statement ask builds run once, the example questions asked');
  } finally {
    warmUpDone();
  }
  log.info(`API ready at http://${config.host}:${port}/graphql (database ${database.uri})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    await shutDown({ server, apollo, closeDatabase: database.close, log });
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  onParentExit(() => void shutdown('parent exited'));
}

/**
 * Calls `then` once the process that started this one (npm, a shell, a supervisor) is gone: an
 * orphaned API would keep serving, and keep its local Neo4j, with nobody left to stop them.
 */
function onParentExit(then: () => void): void {
  const parent = process.ppid;
  if (parent <= 1) return; // started by init or as a container's first process: nothing to watch
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    then();
  }, 1000);
  timer.unref();
}

function listen(server: Server, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is already in use: stop the other server or set PORT.`) : error,
      ),
    );
    server.listen(port, host, () => resolve(server));
  });
}

main().catch((error: unknown) => {
  const known = error instanceof Error && error.name !== 'Error';
  console.error(known ? `${(error as Error).name}: ${(error as Error).message}` : error);
  process.exit(1);
});
