import type { Database, WriteStats } from '../../db/database';
import { HAS_ENTITIES } from '../../db/cypher/write';
import { seedsDir } from '../../domain/paths';
import { toGraphBatch } from './graphBatch';
import { migrate } from '../../db/migrate';
import { readSeedDirectory } from './readSeeds';
import { countGraph, writeGraph } from '../../db/writeGraph';

export interface SeedReport {
  written: WriteStats;
  nodes: number;
  relationships: number;
}

/**
 * Validates the seed files (throwing SeedValidationError before anything is written), applies the
 * schema, then loads every node and tie in one transaction. Idempotent.
 */
export async function seedGraph(db: Database, dir: string = seedsDir): Promise<SeedReport> {
  const batch = toGraphBatch(readSeedDirectory(dir));
  await migrate(db);
  const written = await writeGraph(db, batch);
  return { written, ...(await countGraph(db)) };
}

/** True when the database holds no entity yet (a fresh store). */
export async function isGraphEmpty(db: Database): Promise<boolean> {
  return (await db.read(HAS_ENTITIES)).length === 0;
}
