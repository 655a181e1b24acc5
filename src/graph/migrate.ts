import type { Database } from '../db/database';
import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from '../db/cypher/schema';

/** Applies constraints and indexes (idempotent) and waits until they are online. */
export async function migrate(db: Database): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.runAutoCommit(statement);
  await db.runAutoCommit(AWAIT_INDEXES);
}
