import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { seedGraph } from '../../src/services/seeding/seedGraph';
import { LocalNeo4j } from '../../src/localNeo4j/localNeo4j';
import { graphFingerprint } from './graphFingerprint';

/**
 * Starts a throw-away Neo4j (free port, temporary data folder; never a developer's data) and loads
 * the seed graph once, noting its fingerprint. Test files read TEST_NEO4J_* from the environment.
 * Set TEST_NEO4J_URI (+ TEST_NEO4J_PASSWORD) to run against a server of your own instead.
 */
export default async function globalSetup(): Promise<void> {
  let connection = process.env.TEST_NEO4J_URI
    ? { uri: process.env.TEST_NEO4J_URI, user: process.env.TEST_NEO4J_USER ?? 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '' }
    : undefined;
  if (!connection) {
    const home = mkdtempSync(join(tmpdir(), 'ohg-test-neo4j-'));
    const server = await LocalNeo4j.start({ home, heapSize: '768m', pageCacheSize: '128m' });
    (globalThis as { __TEST_NEO4J__?: LocalNeo4j }).__TEST_NEO4J__ = server;
    connection = server.connection;
    process.env.TEST_NEO4J_HOME = home;
  }
  // TEST_NEO4J_SCHEME=neo4j: every test goes through a routing driver, as against a cluster.
  if (process.env.TEST_NEO4J_SCHEME === 'neo4j') connection = { ...connection, uri: connection.uri.replace(/^bolt:/, 'neo4j:') };
  process.env.TEST_NEO4J_URI = connection.uri;
  process.env.TEST_NEO4J_USER = connection.user;
  process.env.TEST_NEO4J_PASSWORD = connection.password;

  const db = new Database(createDriver(connection), { database: 'neo4j', timeoutMs: 60_000 });
  try {
    await seedGraph(db);
    // tests/support/seedGraphIntact.ts checks before each file that the graph is still as seeded.
    process.env.TEST_SEED_FINGERPRINT = JSON.stringify(await graphFingerprint(db));
    process.env.TEST_STATE_DIR = mkdtempSync(join(tmpdir(), 'ohg-test-state-'));
  } finally {
    await db.close();
  }
}
