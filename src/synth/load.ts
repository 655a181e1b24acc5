import type { Database } from '../db/database';
import { COUNT_REAL_ENTITIES, DELETE_SYNTHETIC, SOURCE_TITLE } from '../db/cypher/write';
import { toGraphBatch } from '../services/seeding/graphBatch';
import { migrate } from '../db/migrate';
import { countGraph, writeGraph } from '../db/writeGraph';
import { generateEcosystem, SYNTHETIC_SOURCE_ID } from './generate';

export class SyntheticLoadError extends Error {
  override name = 'SyntheticLoadError';
}

export interface SynthLoadOptions {
  actors: number;
  seed: number;
  /** Rows per UNWIND statement. */
  batchSize: number;
  /** Delete a synthetic graph of another size or seed first, instead of refusing. */
  replace?: boolean;
}

export interface SynthLoadReport {
  actors: number;
  seed: number;
  batchSize: number;
  /** Whether the graph was written (false: the database already held this very graph). */
  loaded: boolean;
  generateMs: number;
  writeMs: number;
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsPerSecond: number;
  nodes: number;
  relationships: number;
}

/**
 * Generates the synthetic ecosystem and writes it through the seed loader's path (graph batch,
 * batched UNWIND MERGE, one transaction per statement). Refuses a database holding real entities,
 * so synthetic records are never mixed with the directory.
 */
export async function loadSynthetic(db: Database, options: SynthLoadOptions): Promise<SynthLoadReport> {
  const [real] = await db.read<{ count: number }>(COUNT_REAL_ENTITIES);
  if ((real?.count ?? 0) > 0) {
    throw new SyntheticLoadError(
      `The database holds ${real!.count} real (non-synthetic) entities: load the synthetic graph into its own database ` +
        '(leave NEO4J_URI unset for a local one under .neo4j/synth-*, or point NEO4J_URI at an empty database).',
    );
  }
  let started = performance.now();
  const { seeds } = generateEcosystem({ actors: options.actors, seed: options.seed });
  const generateMs = performance.now() - started;
  const wanted = seeds.sources[0]!.title;
  const [present] = await db.read<{ title: string }>(SOURCE_TITLE, { id: SYNTHETIC_SOURCE_ID });
  const base = { actors: options.actors, seed: options.seed, batchSize: options.batchSize, generateMs: Math.round(generateMs) };
  if (present?.title === wanted) {
    return {
      ...base,
      loaded: false,
      writeMs: 0,
      nodesCreated: 0,
      relationshipsCreated: 0,
      relationshipsPerSecond: 0,
      ...(await countGraph(db)),
    };
  }
  if (present) {
    if (!options.replace) {
      throw new SyntheticLoadError(`The database holds another synthetic graph ("${present.title}"): pass --replace to delete it first.`);
    }
    await db.runAutoCommit(DELETE_SYNTHETIC);
  }
  await migrate(db);
  const batch = toGraphBatch(seeds, 'synthetic');
  started = performance.now();
  const written = await writeGraph(db, batch, { atomic: false, batchSize: options.batchSize });
  const writeMs = performance.now() - started;
  return {
    ...base,
    loaded: true,
    writeMs: Math.round(writeMs),
    nodesCreated: written.nodesCreated,
    relationshipsCreated: written.relationshipsCreated,
    relationshipsPerSecond: Math.round(written.relationshipsCreated / (writeMs / 1000)),
    ...(await countGraph(db)),
  };
}
