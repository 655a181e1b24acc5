#!/usr/bin/env node
/**
 * Two builds of the API compared on the same questions, side by side in one run (a shared, noisy machine makes figures of
 * separate runs incomparable): each question of the tables is asked of A and of B in turn, the one asked first
 * alternating, after both APIs answered /health/ready. Prints median, p95 and max of each, the ratio of medians B/A and
 * the median of the per-question ratios; writes bench/results/ask-side-by-side-<date>.md.
 * Usage: node scripts/askSideBySide.js PORT_A PORT_B [--label-a A] [--label-b B] [TABLE.yaml ...]
 * (tables in tests/ask/; default questions.yaml heldout.yaml). Start each API first (`PORT=… npm start` in each checkout).
 */
const { readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { loadavg } = require('node:os');
const { parse } = require('yaml');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const labelA = option('--label-a', 'A');
const labelB = option('--label-b', 'B');
const [portA, portB, ...files] = args;
if (!portA || !portB) {
  console.error('usage: node scripts/askSideBySide.js PORT_A PORT_B [--label-a A] [--label-b B] [TABLE.yaml ...]');
  process.exit(2);
}
const root = join(__dirname, '..');
const tables = files.length > 0 ? files : ['questions.yaml', 'heldout.yaml'];
const questions = tables.flatMap((file) => parse(readFileSync(join(root, 'tests', 'ask', file), 'utf8')).map((row) => row.q));
const QUERY =
  'query Ask($q: String!) { ask(question: $q, first: 10) { status interpretation { operation } actors { id } tied { actor { id } } } }';

async function timed(port, question) {
  const started = process.hrtime.bigint();
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { q: question } }),
  });
  await response.json();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const sorted = (values) => [...values].sort((x, y) => x - y);
const percentile = (values, p) => {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

(async () => {
  for (const port of [portA, portB]) {
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`)
      .then((r) => r.ok)
      .catch(() => false);
    if (!ready) throw new Error(`the API on port ${port} is not ready (/health/ready)`);
  }
  const a = [];
  const b = [];
  for (const [i, question] of questions.entries()) {
    if (i % 2 === 0) {
      a.push(await timed(portA, question));
      b.push(await timed(portB, question));
    } else {
      b.push(await timed(portB, question));
      a.push(await timed(portA, question));
    }
  }
  const ratios = a.map((ms, i) => b[i] / ms);
  const line = (label, values) =>
    `| ${label} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 95).toFixed(1)} | ${Math.max(...values).toFixed(1)} | ${values.filter((ms) => ms > 300).length} |`;
  const report = [
    `# ask side by side, ${new Date().toISOString()}`,
    '',
    `${questions.length} questions (${tables.join(', ')}), each asked of both APIs in turn; load average at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')}.`,
    '',
    '| build | median ms | p95 ms | max ms | over 300 ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    line(labelA, a),
    line(labelB, b),
    '',
    `Ratio of medians ${labelB}/${labelA}: ${(percentile(b, 50) / percentile(a, 50)).toFixed(2)}×; median of per-question ratios: ${percentile(ratios, 50).toFixed(2)}×.`,
    '',
  ].join('\n');
  console.log(report);
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const file = join(root, 'bench', 'results', `ask-side-by-side-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.md`);
  writeFileSync(file, report);
  console.log(`written: ${file}`);
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
