/** `npm start`: the only module with process-wide side effects (config, database, HTTP server, signals). */
import type { Server } from 'node:http';
import { loadConfig } from './config';
import { openDatabase } from './db/connect';
import { migrate } from './graph/migrate';
import { isGraphEmpty, seedGraph } from './graph/seedGraph';
import { loadVocabulary } from './graph/vocabulary';
import { createLogger } from './logger';
import { createApi } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  const database = await openDatabase(config, { log: (message) => log.info(message) });
  const { db } = database;

  await migrate(db);
  if (config.seedOnStart === 'always' || (config.seedOnStart === 'auto' && (await isGraphEmpty(db)))) {
    const report = await seedGraph(db);
    log.info({ nodes: report.nodes, relationships: report.relationships }, 'seed graph loaded');
  }

  const { app, apollo } = await createApi({ db, config, vocabulary: loadVocabulary(), log });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(config.port, config.host, () => resolve(listening));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info(`API ready at http://${config.host}:${port}/graphql (database ${database.uri})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    // Stop accepting, let in-flight requests finish (at most 10 s), then close the driver and the local Neo4j.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), 10_000);
    await closed;
    clearTimeout(force);
    await apollo.stop();
    await database.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const known = error instanceof Error && error.name !== 'Error';
  console.error(known ? `${(error as Error).name}: ${(error as Error).message}` : error);
  process.exit(1);
});
