#!/usr/bin/env node
/**
 * Judges a question table (tests/ask/*.yaml) against an API already running, as the tests judge it
 * (tests/support/askTable.ts: status, operation, subject, target, ids present and absent, words not applied,
 * figures), and prints the rows that are not right, ANSWERED-while-wrong first, then the count.
 * Usage: node scripts/askEval.js PORT TABLE.yaml [--all]   (TABLE relative to tests/ask/; --all prints every row)
 * For developers measuring a change on a dev API (`PORT=4111 npm start`) without running the whole suite.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parse } = require('yaml');

const [port, file] = process.argv.slice(2);
if (!port || !file) {
  console.error('usage: node scripts/askEval.js PORT TABLE.yaml [--all]');
  process.exit(2);
}
const printAll = process.argv.includes('--all');
const table = parse(readFileSync(join(__dirname, '..', 'tests', 'ask', file), 'utf8'));
// Judged exactly as the tests judge (tests/support/askJudge.js).
const { ASK_QUERY, differences } = require('../tests/support/askJudge');

(async () => {
  let right = 0;
  const wrong = [];
  for (const row of table) {
    const started = Date.now();
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ASK_QUERY, variables: { question: row.q } }),
    }).then((r) => r.json());
    const ms = Date.now() - started;
    if (response.errors) {
      wrong.push({ row, confident: false, why: [`error ${response.errors[0].message}`], ms });
      continue;
    }
    const answer = response.data.ask;
    const why = differences(row, answer);
    if (why.length === 0) right++;
    else wrong.push({ row, confident: answer.status === 'ANSWERED', why, answer, ms });
    if (printAll) console.log(`${why.length ? 'MISS' : 'ok  '} ${ms}ms «${row.q}» ${why.join('; ')}`);
  }
  wrong.sort((x, y) => Number(y.confident) - Number(x.confident));
  for (const { row, confident, why, answer } of wrong)
    console.log(
      `${confident ? 'WRONG' : 'miss '} [${row.family}] «${row.q}»\n   ${why.join('; ')}${answer?.interpretation.notes.length ? `\n   notes: ${answer.interpretation.notes.join(' | ').slice(0, 300)}` : ''}`,
    );
  const confident = wrong.filter((w) => w.confident).length;
  console.log(`${file}: ${right} of ${table.length} right, ${confident} ANSWERED while wrong`);
})();
