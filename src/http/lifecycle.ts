import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from '../logger';

export interface Running {
  server: Server;
  apollo: Pick<ApolloServer<never>, 'stop'>;
  /** Closes the driver (and the local Neo4j if this process started it). */
  closeDatabase: () => Promise<void>;
  log: Logger;
}

/**
 * Graceful stop: refuse new connections, let requests in flight finish (at most `graceMs`, then cut
 * the stragglers), stop Apollo, close the database. Resolves when everything is closed.
 */
export async function shutDown(running: Running, graceMs = 10_000): Promise<void> {
  const closed = new Promise<void>((resolve) => running.server.close(() => resolve()));
  running.server.closeIdleConnections();
  const force = setTimeout(() => running.server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(force);
  await running.apollo.stop();
  await running.closeDatabase();
}
