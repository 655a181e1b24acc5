#!/usr/bin/env node
/**
 * How sure the intent classifier was of the questions it read, against whether the answer was right: every row of the
 * tables named, asked of an API already running and judged as the tests judge (tests/support/askJudge.js). Prints, by
 * band of confidence, how many classifier readings were right and wrong, and each ANSWERED one; to choose where a guess
 * stops being answered (docs/ASK.md, family 40).
 * Usage: [PARALLEL=4] [MISSES=1] node scripts/askConfidence.js PORT TABLE.yaml [TABLE.yaml …]   (TABLE relative to tests/ask/;
 * PARALLEL questions asked at a time, MISSES=1 prints every row not right)
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parse } = require('yaml');
const { ASK_QUERY, differences } = require('../tests/support/askJudge');

const [port, ...files] = process.argv.slice(2);
if (!port || files.length === 0) {
  console.error('usage: node scripts/askConfidence.js PORT TABLE.yaml [TABLE.yaml …]');
  process.exit(2);
}
// The classifier's note, in either language: `(FUNDING:FUNDER, confiance 0.23)`, `(FUNDING, confidence 0.41)`.
const NOTE = /\(([A-Z_:]+), confi(?:ance|dence) (\d\.\d\d)\)/u;

(async () => {
  const rows = [];
  const all = [];
  const misses = [];
  // A few questions at a time: the order of the rows printed does not depend on it.
  const jobs = files.flatMap((file) =>
    parse(readFileSync(join(__dirname, '..', 'tests', 'ask', file), 'utf8')).map((row) => ({ file, row })),
  );
  const judged = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const at = next++;
      const { file, row } = jobs[at];
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: ASK_QUERY, variables: { question: row.q } }),
      }).then((r) => r.json());
      judged[at] = { file, row, answer: response.data?.ask, error: response.errors?.[0]?.message };
    }
  };
  await Promise.all(Array.from({ length: Number(process.env.PARALLEL ?? 1) }, worker));
  for (const { file, row, answer, error } of judged) {
    if (!answer) {
      all.push({ file, right: false, wrong: false });
      console.log(`ERROR [${file}] «${row.q}» ${error}`);
      continue;
    }
    const found = answer.interpretation.notes.map((note) => NOTE.exec(note)).find(Boolean);
    const why = differences(row, answer);
    const right = why.length === 0;
    all.push({ file, right, wrong: !right && answer.status === 'ANSWERED' });
    if (!right) misses.push(`${answer.status === 'ANSWERED' ? 'WRONG' : 'miss '} [${file}] «${row.q}» ${why.join('; ')}`);
    if (!found) continue;
    rows.push({ file, q: row.q, want: row.status, status: answer.status, right, intent: found[1], confidence: Number(found[2]) });
  }
  for (const file of files) {
    const ofFile = all.filter((r) => r.file === file);
    console.log(
      `${file}: ${ofFile.filter((r) => r.right).length} of ${ofFile.length} right, ${ofFile.filter((r) => r.wrong).length} ANSWERED while wrong`,
    );
  }
  console.log('band       answered right/wrong   partial or not understood right/wrong');
  for (let low = 0.2; low < 1; low += 0.05) {
    const inBand = rows.filter((r) => r.confidence >= low - 1e-9 && r.confidence < low + 0.05 - 1e-9);
    const count = (status, right) => inBand.filter((r) => (r.status === 'ANSWERED') === status && r.right === right).length;
    if (inBand.length > 0)
      console.log(
        `${low.toFixed(2)}–${(low + 0.05).toFixed(2)}  ${count(true, true)}/${count(true, false)}  ${count(false, true)}/${count(false, false)}`,
      );
  }
  for (const r of rows.filter((x) => x.status === 'ANSWERED').sort((a, b) => a.confidence - b.confidence))
    console.log(`${r.right ? 'right' : 'WRONG'} ${r.confidence.toFixed(2)} ${r.intent} want ${r.want} [${r.file}] «${r.q}»`);
  if (process.env.MISSES) for (const miss of misses) console.log(miss);
})();
