#!/usr/bin/env node
/**
 * Times every question of the development table (tests/ask/questions.yaml), then of the held-out questions
 * (tests/ask/heldout.yaml), once against a freshly started API
 * (`npm run build` first). The API is started here as `npm start` starts it (`node --max-semi-space-size=64 dist/main.js`, with the environment given: NEO4J_URI and
 * NEO4J_PASSWORD, or a local Neo4j) and waited for until /health/ready answers 200, which it does once warmed up
 * (src/http/warmUp.ts); the first question is timed like the others. Prints median / p95 / max and the slowest questions; writes bench/results/ask-table-<date>.{json,md}.
 * Usage: node scripts/askTableBench.js [port] [--running]: with --running, times an API already started on that port
 * (started, not yet asked any question) rather than starting one.
 */
const { spawn } = require('node:child_process');
const { readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { loadavg } = require('node:os');
const { parse } = require('yaml');

const root = join(__dirname, '..');
const port = Number(process.argv[2] ?? 4199);
const running = process.argv.includes('--running');
const url = `http://127.0.0.1:${port}/graphql`;
const readyUrl = `http://127.0.0.1:${port}/health/ready`;
const table = ['questions.yaml', 'heldout.yaml'].flatMap((file) => parse(readFileSync(join(root, 'tests', 'ask', file), 'utf8')));
const QUERY =
  'query Ask($q: String!) { ask(question: $q, first: 10) { status interpretation { operation } actors { id } tied { actor { id } } } }';

async function ready(deadline) {
  while (Date.now() < deadline) {
    // Ready, not merely listening: the server listens before its warm-up, which asks through it.
    const ok = await fetch(readyUrl)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the API did not start in time');
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

(async () => {
  const api = running
    ? null
    : spawn(process.execPath, ['--max-semi-space-size=64', join(root, 'dist', 'main.js')], {
        env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' },
        stdio: 'inherit',
      });
  try {
    const spawned = performance.now();
    await ready(Date.now() + 600_000); // a loaded machine starts Neo4j slowly
    // From the process's start to ready: the database's start (and seed, the first time) and the warm-up.
    const readyAfterMs = Math.round(performance.now() - spawned);
    const timings = [];
    for (const row of table) {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { q: row.q } }),
      });
      await response.json();
      timings.push({ q: row.q, ms: Math.round(performance.now() - started) });
    }
    const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
    const summary = {
      readyAfterMs,
      questions: timings.length,
      firstMs: timings[0].ms,
      medianMs: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      maxMs: sorted[sorted.length - 1],
      over300ms: timings.filter((t) => t.ms > 300).length,
      // The machine's load (1, 5, 15 minutes) when the timing ended: a shared machine slows every question.
      loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
    };
    const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 10);
    console.log(JSON.stringify(summary));
    for (const t of slowest) console.log(`${String(t.ms).padStart(6)} ms  ${t.q}`);
    const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(join(root, 'bench', 'results', `ask-table-${stamp}.json`), JSON.stringify({ summary, timings }, null, 2));
    const md = [
      `# ask: the development table and the held-out questions timed once (${stamp})`,
      '',
      '```',
      JSON.stringify(summary, null, 2),
      '```',
      '',
      'Slowest:',
      '',
      ...slowest.map((t) => `- ${t.ms} ms: ${t.q}`),
      '',
    ];
    writeFileSync(join(root, 'bench', 'results', `ask-table-${stamp}.md`), md.join('\n'));
  } finally {
    api?.kill('SIGTERM');
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
