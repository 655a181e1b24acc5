/** `npm run export -- [--format csv|json] [--out FILE]`: the directory in the import format (CSV: actors; JSON: actors, ties, fundings). */
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { exportDirectory, formatDirectory } from '../services/curation/exporter';
import { parseCommandLine, runCli, UsageError } from './runCli';

const USAGE = 'npm run export -- [--format csv|json] [--out FILE]';

runCli(async () => {
  const { values } = parseCommandLine(USAGE, { options: { format: { type: 'string', default: 'json' }, out: { type: 'string' } } });
  if (values.format !== 'csv' && values.format !== 'json')
    throw new UsageError(`--format must be csv or json, not "${values.format}".\nUsage: ${USAGE}`);
  const { db, close } = await openDatabase(loadConfig(), { log: (message) => console.error(message) });
  try {
    const text = formatDirectory(await exportDirectory(db), values.format);
    if (values.out) {
      writeFileSync(values.out, text);
      console.error(`Wrote ${values.out}`);
    } else process.stdout.write(text);
  } finally {
    await close();
  }
});
