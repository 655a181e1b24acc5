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
const ASK = `query Ask($question: String!) {
  ask(question: $question, first: 50) {
    status unapplied
    interpretation { operation subject { id } target { id } notes }
    hits { node { id } } actors { id } tied { actor { id } } partners { actor { id } }
    fundingByFunder { group { id } } paths { nodes { id } } figures { metric }
  }
}`;

function resultIds(a) {
  return new Set([
    ...(a.hits ?? []).map((h) => h.node.id),
    ...(a.actors ?? []).map((x) => x.id),
    ...(a.tied ?? []).map((t) => t.actor.id),
    ...(a.partners ?? []).map((p) => p.actor.id),
    ...(a.fundingByFunder ?? []).map((f) => f.group.id),
    ...(a.paths ?? []).flatMap((p) => p.nodes.map((n) => n.id)),
  ]);
}

/** The differences between what the row pins and what came back: none when the answer is right. */
function differences(row, a) {
  const ids = resultIds(a);
  const out = [];
  if (a.status !== row.status) out.push(`status ${a.status} (want ${row.status})`);
  if (row.op !== undefined && a.interpretation.operation !== row.op) out.push(`op ${a.interpretation.operation} (want ${row.op})`);
  if (row.subject !== undefined && a.interpretation.subject?.id !== row.subject)
    out.push(`subject ${a.interpretation.subject?.id} (want ${row.subject})`);
  if (row.target !== undefined && a.interpretation.target?.id !== row.target)
    out.push(`target ${a.interpretation.target?.id} (want ${row.target})`);
  const missing = (row.has ?? []).filter((id) => !ids.has(id));
  if (missing.length) out.push(`missing ${missing.join(',')}`);
  const unwanted = (row.hasNot ?? []).filter((id) => ids.has(id));
  if (unwanted.length) out.push(`unwanted ${unwanted.join(',')}`);
  if (row.unapplied !== undefined && !a.unapplied.some((w) => w.toLowerCase().includes(row.unapplied)))
    out.push(`unapplied lacks "${row.unapplied}" (got ${JSON.stringify(a.unapplied)})`);
  const figures = (row.figures ?? []).filter((m) => !(a.figures ?? []).some((f) => f.metric === m));
  if (figures.length) out.push(`figures missing ${figures.join(',')}`);
  return out;
}

(async () => {
  let right = 0;
  const wrong = [];
  for (const row of table) {
    const started = Date.now();
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ASK, variables: { question: row.q } }),
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
