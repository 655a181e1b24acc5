#!/usr/bin/env node
/**
 * Asks meaning-preserving variants of the questions `ask` answers right today (politeness and framing wrappers,
 * punctuation and case, accents dropped, one typo in a word that is no name, `est-ce que` in or out, `quels sont les`
 * said otherwise, `which` as `what`) against an API already running, and prints per-kind pass rates and the failing
 * variants. A variant passes when its status, operation, subject and result ids equal those of the original.
 * Usage: node scripts/askParaphraseCheck.js PORT [TABLE.yaml ...] [--sample N] [--kinds a,b] [--quiet]
 *   TABLE relative to tests/ask/ (default: questions.yaml and every heldout.yaml … heldout17.yaml);
 *   --sample N: N rows per table, spread evenly (default every row); --kinds: only these variant kinds.
 * The variants are built by `paraphraseVariants` (tests/support/askParaphrase.js), which the tests use too.
 */
const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const http = require('node:http');
const { parse } = require('yaml');
const { ASK_QUERY, differences, resultIds } = require('../tests/support/askJudge');
const { paraphraseVariants, sameAnswer } = require('../tests/support/askParaphrase');

const args = process.argv.slice(2);
const port = Number(args[0]);
if (!port) {
  console.error('usage: node scripts/askParaphraseCheck.js PORT [TABLE.yaml ...] [--sample N] [--kinds a,b] [--quiet]');
  process.exit(2);
}
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const sample = Number(option('--sample') ?? 0);
const kinds = option('--kinds')?.split(',');
const quiet = args.includes('--quiet');
const optionValues = new Set([option('--sample'), option('--kinds')]);
const tableDir = join(__dirname, '..', 'tests', 'ask');
// heldout18.yaml is blind: never read.
const DEFAULT_TABLES = [
  'questions.yaml',
  ...readdirSync(tableDir)
    .filter((file) => /^heldout(\d*)\.yaml$/.test(file) && Number(file.match(/\d+/)?.[0] ?? 1) <= 17)
    .sort((a, b) => Number(a.match(/\d+/)?.[0] ?? 1) - Number(b.match(/\d+/)?.[0] ?? 1)),
];
const tables = args.slice(1).filter((arg) => arg.endsWith('.yaml') && !optionValues.has(arg));

// One connection, kept open, for every question.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
/** The answer to a question, asked again once after an error (a statement timed out on a loaded machine). */
async function ask(question) {
  try {
    return await askOnce(question);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return askOnce(question);
  }
}
function askOnce(question) {
  const body = JSON.stringify({ query: ASK_QUERY, variables: { question } });
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => {
          const json = JSON.parse(text);
          if (json.errors) reject(new Error(json.errors[0].message));
          else resolve(json.data.ask);
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Every n-th row, so a sample spreads over the table's families. */
function spread(rows, count) {
  if (!count || count >= rows.length) return rows;
  return Array.from({ length: count }, (_, i) => rows[Math.floor((i * rows.length) / count)]);
}

const describe = (answer) =>
  `${answer.status} ${answer.interpretation.operation} ${answer.interpretation.subject?.id ?? '-'} [${[...resultIds(answer)].slice(0, 4).join(',')}${resultIds(answer).size > 4 ? ',…' : ''}]`;

(async () => {
  const perKind = new Map();
  const failures = [];
  let originals = 0;
  for (const file of tables.length ? tables : DEFAULT_TABLES) {
    const rows = spread(parse(readFileSync(join(tableDir, file), 'utf8')), sample);
    for (const row of rows) {
      const original = await ask(row.q).catch(() => null);
      if (!original || differences(row, original).length > 0) continue;
      originals++;
      for (const variant of paraphraseVariants(row.q)) {
        if (kinds && !kinds.includes(variant.kind)) continue;
        const tally = perKind.get(variant.kind) ?? { asked: 0, passed: 0 };
        perKind.set(variant.kind, tally);
        tally.asked++;
        let answer;
        try {
          answer = await ask(variant.q);
        } catch (error) {
          failures.push({ file, kind: variant.kind, q: variant.q, original: row.q, why: `error ${error.message}` });
          continue;
        }
        if (sameAnswer(original, answer)) tally.passed++;
        else
          failures.push({
            file,
            kind: variant.kind,
            q: variant.q,
            original: row.q,
            why: `${describe(answer)} (was ${describe(original)})`,
          });
      }
    }
  }
  agent.destroy();
  if (!quiet)
    for (const failure of failures)
      console.log(`FAIL ${failure.kind} [${failure.file}] «${failure.q}»\n   from «${failure.original}»: ${failure.why}`);
  let asked = 0;
  let passed = 0;
  for (const [kind, tally] of [...perKind].sort((a, b) => a[1].passed / a[1].asked - b[1].passed / b[1].asked)) {
    asked += tally.asked;
    passed += tally.passed;
    console.log(
      `${kind.padEnd(16)} ${String(tally.passed).padStart(5)} of ${String(tally.asked).padStart(5)}  ${((100 * tally.passed) / tally.asked).toFixed(1)} %`,
    );
  }
  console.log(
    `paraphrases: ${passed} of ${asked} variants of ${originals} right rows pass (${((100 * passed) / Math.max(asked, 1)).toFixed(1)} %)`,
  );
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
