import { rmSync } from 'node:fs';
import type { LocalNeo4j } from '../../src/localNeo4j/localNeo4j';

/** Stops the test Neo4j and deletes its temporary folder. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_STATE_DIR) rmSync(process.env.TEST_STATE_DIR, { recursive: true, force: true });
  const server = (globalThis as { __TEST_NEO4J__?: LocalNeo4j }).__TEST_NEO4J__;
  if (!server) return;
  await server.stop();
  if (process.env.TEST_NEO4J_HOME) rmSync(process.env.TEST_NEO4J_HOME, { recursive: true, force: true });
}
