/**
 * `npm run import -- FILE.csv|FILE.json [--dry-run] [--curator NAME]`: validate every row, show what
 * would change, and (without --dry-run) load it all in one transaction. Re-importing a file changes nothing.
 */
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { type ImportReport, parseImportFile, type PlannedItem, runImport } from '../services/curation/importer';
import { migrate } from '../db/migrate';
import { parseCommandLine, runCli, UsageError } from './runCli';

const USAGE = 'npm run import -- FILE.csv|FILE.json [--dry-run] [--curator NAME]';

runCli(async () => {
  const { values, positionals } = parseCommandLine(USAGE, {
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, curator: { type: 'string', default: 'import' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(`${file ? 'Give one file' : 'Which file? Give its path'}.\nUsage: ${USAGE}`);
  const parsed = parseImportFile(file); // every row checked before the database is touched
  const { db, close } = await openDatabase(loadConfig(), { log: console.log });
  try {
    await migrate(db);
    printReport(await runImport(db, parsed, { dryRun: values['dry-run']!, curator: values.curator! }));
  } finally {
    await close();
  }
});

function printReport(report: ImportReport): void {
  const line = (section: string, items: PlannedItem[]) => {
    const count = (status: string) => items.filter((i) => i.status === status).length;
    console.log(`${section}: ${count('new')} new, ${count('changed')} changed, ${count('unchanged')} unchanged`);
    for (const item of items.filter((i) => i.status !== 'unchanged')) {
      console.log(`  ${item.status === 'new' ? '+' : '~'} ${item.id}${item.changes.length ? ` (${item.changes.join(', ')})` : ''}`);
    }
  };
  line('actors', report.actors);
  line('ties', report.ties);
  line('fundings', report.fundings);
  if (!report.changesAnything) console.log('Nothing to change: the database already holds this file.');
  else console.log(report.dryRun ? 'Dry run: nothing was written. Run again without --dry-run to apply.' : 'Applied in one transaction.');
}
