/**
 * `npm run ingest -- FILE [--url U --title T --publisher P --date YYYY-MM-DD --lang fr|en] [--dry-run] [--json]`:
 * reads a press release (text, or HTML for .html files) and proposes the facts it states, linked to the
 * graph's names. `--dry-run` writes nothing; `--json` prints one object { document, proposals } (docs/INGESTION.md).
 * Without --dry-run the document and its proposals are stored for review (ingestDocument), as `--curator` (default: cli).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { ingestDocument } from '../services/ingestion/documents';
import { loadGraphNames, prepareDocument, proposeFacts } from '../services/ingestion/pipeline';
import type { NamedRef, Proposal } from '../services/ingestion/proposals/contract';
import { parseCommandLine, runCli, UsageError } from './runCli';

const USAGE =
  'npm run ingest -- FILE [--url U --title T --publisher P --date YYYY-MM-DD --lang fr|en] [--dry-run] [--json] [--curator NAME]';

runCli(async () => {
  const { values, positionals } = parseCommandLine(USAGE, {
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      date: { type: 'string' },
      lang: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      curator: { type: 'string', default: 'cli' },
    },
  });
  if (positionals.length === 0) throw new UsageError(`Which file? Give its path.\nUsage: ${USAGE}`);
  if (positionals.length > 1) throw new UsageError(`Give one file.\nUsage: ${USAGE}`);
  const file = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.\nUsage: ${USAGE}`);
  }
  // Checked before anything is opened: a refused document starts nothing and writes nothing.
  const input = {
    text,
    format: ['.html', '.htm'].includes(extname(file).toLowerCase()) ? 'html' : 'text',
    url: values.url,
    title: values.title,
    publisher: values.publisher,
    published: values.date,
    language: values.lang,
  } as const;
  const document = prepareDocument(input);
  const { db, close } = await openDatabase(loadConfig(), { log: (message) => console.error(message) });
  try {
    if (!values['dry-run']) {
      const stored = await ingestDocument(db, { input, curator: values.curator! });
      if (values.json) process.stdout.write(`${JSON.stringify(stored, null, 2)}\n`);
      else
        process.stdout.write(
          `${formatTable(stored.proposals)}document ${stored.document.id} ${stored.alreadyIngested ? 'was already ingested: nothing new stored' : 'stored for review'} (/review/${stored.document.id})\n`,
        );
      return;
    }
    const result = proposeFacts({ document, names: await loadGraphNames(db) });
    if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(formatTable(result.proposals));
  } finally {
    await close();
  }
});

/** The proposals as a table a person reads: kind, confidence, the fact, where its sentence is. */
function formatTable(proposals: Proposal[]): string {
  const rows = proposals.map((p) => [p.kind, p.confidence.toFixed(2), describe(p), `${p.sentence.start}-${p.sentence.end}`]);
  const header = ['kind', 'conf.', 'fact', 'sentence'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n${proposals.length} proposals\n`;
}

function ref(named: NamedRef | null): string {
  return named ? `${named.name}${named.id ? ` (${named.id})` : ' (new)'}` : '-';
}

function describe(p: Proposal): string {
  switch (p.kind) {
    case 'ACTOR':
      return `${p.name} [${p.actorKind}]${p.place ? ` in ${p.place.name}` : ''}${p.match === 'new' ? '' : ` = ${p.match}`}`;
    case 'LOCATION':
      return `${ref(p.actor)} located in ${ref(p.place)}`;
    case 'ALIAS':
      return `${ref(p.actor)} also named "${p.alias}"`;
    case 'TIE':
      return `${ref(p.from)} -${p.tieKind}-> ${ref(p.to)}${p.since ? ` since ${p.since}` : ''}`;
    case 'FUNDING':
      return `${ref(p.funder)} gives ${p.amountEur === null ? 'an unstated amount' : `${p.amountEur.toLocaleString('en')} EUR`} (${p.qualifier}${p.instrument ? `, ${p.instrument}` : ''}) to ${p.recipients.map(ref).join(', ') || '-'}${p.programme ? ` under ${p.programme.name}` : ''}${p.period ? ` over ${p.period}` : p.date ? ` in ${p.date}` : ''}`;
    case 'FIGURE':
      return `${ref(p.subject)} ${p.metric} = ${p.value.toLocaleString('en')} (${p.qualifier})${p.date ? ` in ${p.date}` : ''}`;
  }
}
