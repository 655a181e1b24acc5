/**
 * `npm run synth -- --actors 100000 [--seed 1] [--batch-size 10000] [--replace] [--json]`: generate a
 * synthetic ecosystem and load it into its own database (a local Neo4j under .neo4j/synth-N-seedS
 * unless NEO4J_URI is set), reporting import throughput.
 */
import { join } from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { projectRoot } from '../domain/paths';
import { loadSynthetic } from '../synth/load';
import { parseCommandLine, runCli, UsageError } from './runCli';

const USAGE = 'npm run synth -- --actors 100000 [--seed 1] [--batch-size 10000] [--replace] [--json]';

/** Where the local Neo4j of one synthetic graph lives (never the directory's own .neo4j/dev). */
export const synthHome = (actors: number, seed: number) => join(projectRoot, '.neo4j', `synth-${actors}-seed${seed}`);

runCli(async () => {
  const { values } = parseCommandLine(USAGE, {
    options: {
      actors: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'batch-size': { type: 'string', default: '10000' },
      replace: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const actors = wholeNumber('--actors', values.actors, 100);
  const seed = wholeNumber('--seed', values.seed, 0);
  const batchSize = wholeNumber('--batch-size', values['batch-size'], 1);
  const base = loadConfig();
  const config = base.neo4j.uri ? base : { ...base, local: { home: process.env.LOCAL_NEO4J_HOME ?? synthHome(actors, seed) } };
  const log = values.json ? () => undefined : console.log;
  const { db, uri, close } = await openDatabase(config, { log });
  try {
    const report = await loadSynthetic(db, { actors, seed, batchSize, replace: values.replace! });
    if (values.json) console.log(JSON.stringify({ uri, ...report }));
    else if (!report.loaded)
      console.log(`${uri} already holds this synthetic graph: ${report.nodes} nodes, ${report.relationships} relationships.`);
    else {
      console.log(
        `Loaded ${actors} synthetic actors (seed ${seed}) into ${uri}: ${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships ` +
          `in ${(report.writeMs / 1000).toFixed(1)} s (${report.relationshipsPerSecond} relationships/s, batches of ${batchSize}; generated in ${report.generateMs} ms).`,
      );
    }
  } finally {
    await close();
  }
});

function wholeNumber(flag: string, raw: string | undefined, min: number): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isInteger(value) || value < min) {
    throw new UsageError(`${flag} must be a whole number of at least ${min}.\nUsage: ${USAGE}`);
  }
  return value;
}
