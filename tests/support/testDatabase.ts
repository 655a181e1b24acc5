import { Database, type QueryEvent } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';

/** A Database on the test server; `queries` records every statement run through it. */
export function testDatabase(options: { timeoutMs?: number } = {}): Database & { queries: QueryEvent[] } {
  const queries: QueryEvent[] = [];
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests with `npm test` (jest globalSetup starts Neo4j).');
  const db = new Database(
    createDriver({ uri, user: process.env.TEST_NEO4J_USER ?? 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '' }),
    {
      database: 'neo4j',
      timeoutMs: options.timeoutMs ?? 10_000,
      onQuery: (event) => queries.push(event),
    },
  );
  return Object.assign(db, { queries });
}
