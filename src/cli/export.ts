/** `npm run export -- [--format csv|json] [--out FILE]`: the directory in the import format (CSV: actors; JSON: actors, ties, fundings). */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { exportDirectory, formatDirectory } from '../curation/exporter';
import { runCli } from './runCli';

runCli(async () => {
  const { values } = parseArgs({ options: { format: { type: 'string', default: 'json' }, out: { type: 'string' } } });
  if (values.format !== 'csv' && values.format !== 'json') throw new Error('--format must be csv or json');
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
