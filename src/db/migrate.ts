import type { Database } from './database';
import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from './cypher/constraints';

/** Applies constraints and indexes (idempotent) and waits until they are online. */
export async function migrate(db: Database): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.runAutoCommit(statement);
  await db.runAutoCommit(AWAIT_INDEXES);
}
