/**
 * `npm run eval:ingest [-- --verbose]`: reads the two source documents over a graph that holds only the
 * seeds' places and domains, compares the proposals with the curated seeds, prints recall and precision.
 * A throw-away Neo4j is started in a temporary folder, unless NEO4J_URI names an empty database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { Database } from '../db/database';
import { createDriver } from '../db/driver';
import { migrate } from '../db/migrate';
import { writeGraph } from '../db/writeGraph';
import { seedsDir } from '../domain/paths';
import { LocalNeo4j } from '../localNeo4j/localNeo4j';
import { formatScores, scoreProposals } from '../services/ingestion/evaluation';
import { loadGraphNames, prepareDocument, proposeFacts } from '../services/ingestion/pipeline';
import type { Proposal } from '../services/ingestion/proposals/contract';
import { toGraphBatch } from '../services/seeding/graphBatch';
import { readSeedDirectory } from '../services/seeding/readSeeds';
import { isGraphEmpty } from '../services/seeding/seedGraph';
import { parseCommandLine, runCli, UsageError } from './runCli';

const USAGE = 'npm run eval:ingest [-- --verbose]';

runCli(async () => {
  const { values } = parseCommandLine(USAGE, { options: { verbose: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const seeds = readSeedDirectory(seedsDir);
  let server: LocalNeo4j | undefined;
  let home: string | undefined;
  let connection = config.neo4j.uri ? { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password ?? '' } : undefined;
  if (!connection) {
    home = mkdtempSync(join(tmpdir(), 'ohg-eval-neo4j-'));
    console.error('Starting a throw-away Neo4j …');
    server = await LocalNeo4j.start({ home, heapSize: '512m', pageCacheSize: '64m' });
    connection = server.connection;
  }
  const db = new Database(createDriver(connection), { database: config.neo4j.database, timeoutMs: 60_000 });
  try {
    if (!server && !(await isGraphEmpty(db)))
      throw new UsageError(
        `The database at ${connection.uri} already holds a graph; the evaluation needs an empty one (unset NEO4J_URI to use a throw-away server).`,
      );
    // Only the places and domains: every actor, tie, funding and figure has to be read from the documents.
    await migrate(db);
    await writeGraph(db, toGraphBatch({ ...seeds, actors: [], programmes: [], fundings: [], ties: [], sources: [] }));
    const names = await loadGraphNames(db);
    const documents = seeds.sources.filter((s) => s.kind === 'DOCUMENT' && s.file);
    const proposals: Proposal[] = [];
    for (const source of documents) {
      const text = readFileSync(join(seedsDir, source.file!), 'utf8');
      const result = proposeFacts({ document: prepareDocument({ text, language: source.language }), names });
      proposals.push(...result.proposals);
      console.error(`${source.id}: ${result.proposals.length} proposals`);
    }
    const scores = scoreProposals({ seeds, sourceIds: documents.map((d) => d.id), proposals });
    console.log(formatScores(scores));
    if (values.verbose)
      for (const s of scores) {
        if (s.missed.length) console.log(`\n${s.kind} missed:\n  ${s.missed.join('\n  ')}`);
        if (s.wrong.length) console.log(`\n${s.kind} not in the seeds:\n  ${s.wrong.join('\n  ')}`);
      }
  } finally {
    await db.close();
    await server?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  }
});
