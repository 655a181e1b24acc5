/** `npm run seed`: validate seeds/, apply constraints and indexes, load the seed graph (idempotent). */
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { seedGraph } from '../services/seeding/seedGraph';
import { parseCommandLine, runCli } from './runCli';

runCli(async () => {
  parseCommandLine('npm run seed (no options)', { options: {} });
  const config = loadConfig();
  const { db, uri, close } = await openDatabase(config, { log: console.log });
  try {
    const report = await seedGraph(db);
    const w = report.written;
    console.log(
      `Seeded ${uri}: ${w.nodesCreated} nodes and ${w.relationshipsCreated} relationships created, ${w.propertiesSet} properties set. ` +
        `The database now holds ${report.nodes} nodes and ${report.relationships} relationships.`,
    );
  } finally {
    await close();
  }
});
