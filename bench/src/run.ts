/**
 * `npm run bench`: for each size of synthetic graph, loads it (reporting import throughput), starts
 * the three contenders on the same Neo4j, PROFILEs the Cypher each sends for every query of the mix,
 * then loads each with autocannon from this process at fixed concurrency levels (a warm-up run, then
 * several rounds, the contenders taking turns in each; medians of the rounds). Writes
 * bench/results/<stamp>.json and .md.
 *
 * Options: --sizes 1000,10000,100000  --concurrency 1,8,32  --small-concurrency 1,32 (for sizes
 * below the largest)  --warmup-mix 15 (seconds of each query per contender, at 8 clients, before any
 * cell)  --warmup 2 --duration 3 --rounds 3 (seconds, per cell)  --seed 1  --only actorById,search
 */
import { createServer } from 'node:http';
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem, release } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { startStandaloneServer } from '@apollo/server/standalone';
import { LocalNeo4j } from '../../dist/localNeo4j/localNeo4j';
import { Database } from '../../dist/db/database';
import { createApi } from '../../dist/http/server';
import { loadConfig } from '../../dist/config';
import { loadVocabulary } from '../../dist/domain/vocabulary';
import { exitFor, parseCommandLineOrExit, UsageError } from '../../dist/cli/runCli';
import { MIX, type MixQuery, type Sample } from './mix';
import { drawSample } from './sample';
import { apiCommand, freePort, startProcess } from './processes';
import { cpuMs, loadRun, median, type RunFigures } from './measure';
import { floorHandlers } from './floor';
import { libraryApollo } from './neo4jGraphql';
import { dbHitsOf, recordingDriver, type Statement } from './recorder';
import { markdown } from './report';

const ROOT = resolve(__dirname, '..', '..');
const RESULTS = join(ROOT, 'bench', 'results');
export type Contender = 'this' | 'library' | 'floor';
const CONTENDERS: Contender[] = ['this', 'library', 'floor'];
/** Longest pause between load runs, waiting for requests still in flight when one stops (see settle). */
const SETTLE_MS = 15_000;

const USAGE =
  'npm run bench -- [--sizes 1000,10000,100000] [--concurrency 1,8,32] [--small-concurrency 1,32] [--warmup-mix 15] ' +
  '[--warmup 2] [--duration 3] [--rounds 3] [--seed 1] [--only actorById,search]';
const { values } = parseCommandLineOrExit(USAGE, {
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    concurrency: { type: 'string', default: '1,8,32' },
    'small-concurrency': { type: 'string', default: '1,32' },
    'warmup-mix': { type: 'string', default: '15' },
    warmup: { type: 'string', default: '2' },
    duration: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
const numbers = (raw: string) =>
  raw.split(',').map((part) => {
    if (!/^\d+$/.test(part.trim())) exitForUsage(`"${raw}" is not a comma-separated list of whole numbers.`);
    return Number(part);
  });
const exitForUsage = (reason: string): never => exitFor(new UsageError(`${reason}\nUsage: ${USAGE}`));
const sizes = numbers(values.sizes!);
const seed = Number(values.seed);
const unknownQueries = values.only?.split(',').filter((name) => !MIX.some((q) => q.name === name)) ?? [];
if (unknownQueries.length)
  exitForUsage(`--only: no query named ${unknownQueries.join(', ')} in the mix (${MIX.map((q) => q.name).join(', ')}).`);
const mix = values.only ? MIX.filter((q) => values.only!.split(',').includes(q.name)) : MIX;

export interface Cell {
  concurrency: number;
  rounds: RunFigures[];
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU ms per request of the contender's process and of Neo4j (medians of the rounds; absent in results before 2026-11-23T12). */
  serverCpuMs?: number;
  neo4jCpuMs?: number;
}

export interface QueryResult {
  query: string;
  contender: Contender;
  statements: number;
  dbHits: number;
  /** Rows or items in the answer to the first request, to check the contenders answer alike. */
  answerSize: number;
  cells: Cell[];
}

export interface SizeResult {
  actors: number;
  import: unknown;
  peakRssMb: Record<Contender, number>;
  queries: QueryResult[];
}

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const results: SizeResult[] = [];
  for (const actors of sizes) {
    const concurrency = numbers(actors === Math.max(...sizes) ? values.concurrency! : values['small-concurrency']!);
    results.push(await benchSize(actors, concurrency));
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const report = { machine: machine(), options: values, results };
  writeFileSync(join(RESULTS, `${stamp}.json`), JSON.stringify(report, null, 2));
  writeFileSync(join(RESULTS, `${stamp}.md`), markdown(report));
  console.log(markdown(report));
  console.log(`\nResults: bench/results/${stamp}.json and .md`);
}

async function benchSize(actors: number, concurrency: number[]): Promise<SizeResult> {
  const home = join(ROOT, '.neo4j', `synth-${actors}-seed${seed}`);
  console.log(`\n== ${actors} actors (Neo4j home ${home})`);
  const local = await LocalNeo4j.start({ home, heapSize: '2g', pageCacheSize: '1g', log: (m: string) => console.log(m) });
  const { uri, user, password } = local.connection;
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
  const synth = spawnSync(
    'node',
    [join(ROOT, 'dist', 'cli', 'synth.js'), '--actors', String(actors), '--seed', String(seed), '--replace', '--json'],
    { env, encoding: 'utf8' },
  );
  if (synth.status !== 0) throw new Error(`synth failed: ${synth.stderr}`);
  const importReport = JSON.parse(synth.stdout.trim().split('\n').pop()!);
  console.log('import', importReport);

  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  const processes: Partial<Record<Contender, ChildProcess>> = {};
  try {
    const sample = await drawSample(driver);
    const profiles = await profileAll(driver, sample);
    const ports = { this: await freePort(), library: await freePort(), floor: await freePort() };
    processes.this = await startProcess('node', apiCommand(ROOT), {
      ...env,
      PORT: String(ports.this),
      SEED_ON_START: 'never',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    });
    processes.library = await startProcess('node', [join(__dirname, 'neo4jGraphql.js')], { ...env, PORT: String(ports.library) });
    processes.floor = await startProcess('node', [join(__dirname, 'floor.js')], { ...env, PORT: String(ports.floor) });
    const queries: QueryResult[] = [];
    const pids = (contender: Contender) => ({ server: processes[contender]!.pid!, neo4j: local.pid });
    const servedBy = (query: MixQuery) => CONTENDERS.filter((contender) => profiles.has(`${query.name}:${contender}`));
    // Every contender serves the whole mix before any cell is measured, so the first cells (one
    // client) meet compiled code in Node and in Neo4j, as the later ones do, not a process fresh
    // from its start (results up to 2026-11-23T16-17 had only each cell's own warm-up run).
    for (const query of mix) {
      for (const contender of servedBy(query)) {
        await load(query, contender, ports[contender], pids(contender), sample, 8, Number(values['warmup-mix']));
        await settle(local.pid);
      }
    }
    for (const query of mix) {
      const contenders = servedBy(query);
      const cells = new Map<Contender, Cell[]>(contenders.map((contender) => [contender, []]));
      for (const c of concurrency) {
        // Rounds interleave the contenders, so a slow moment of the machine (or Neo4j's JIT still
        // warming) weighs on every contender alike rather than on whichever ran first.
        const runs = new Map<Contender, RunFigures[]>(contenders.map((contender) => [contender, []]));
        for (let round = -1; round < Number(values.rounds); round++) {
          for (const contender of contenders) {
            const figures = await load(
              query,
              contender,
              ports[contender],
              pids(contender),
              sample,
              c,
              round < 0 ? Number(values.warmup) : Number(values.duration),
            );
            if (round >= 0) runs.get(contender)!.push(figures);
            await settle(local.pid);
          }
        }
        for (const contender of contenders) cells.get(contender)!.push(cellOf(c, runs.get(contender)!));
      }
      for (const contender of contenders) {
        const profile = profiles.get(`${query.name}:${contender}`)!;
        queries.push({ query: query.name, contender, ...profile, cells: cells.get(contender)! });
        const last = cells
          .get(contender)!
          .map(
            (cell) =>
              `c${cell.concurrency}: ${cell.requestsPerSecond.toFixed(0)} req/s p50 ${cell.p50} p99 ${cell.p99} ms, cpu/req ${cell.serverCpuMs}+${cell.neo4jCpuMs} ms${cell.errors ? ` ${cell.errors} errors` : ''}`,
          );
        console.log(`${query.name} ${contender} (${profile.statements} statements, ${profile.dbHits} db hits): ${last.join('; ')}`);
      }
    }
    const peakRssMb = Object.fromEntries(CONTENDERS.map((c) => [c, peakRss(processes[c]!.pid!)])) as Record<Contender, number>;
    return { actors, import: importReport, peakRssMb, queries };
  } finally {
    for (const child of Object.values(processes)) child?.kill('SIGTERM');
    await driver.close();
    await local.stop();
  }
}

/** For each query and contender: the statements one request sends, their PROFILE db hits, and the answer's size. */
async function profileAll(
  driver: Driver,
  sample: Sample,
): Promise<Map<string, { statements: number; dbHits: number; answerSize: number }>> {
  const sink: Statement[] = [];
  const recording = recordingDriver(driver, sink);
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const ours = await createApi({
    db: new Database(recording, { database: 'neo4j', timeoutMs: 60_000 }),
    config,
    vocabulary: loadVocabulary(),
    log: silentLogger(),
  } as never);
  const oursServer = createServer(ours.handler).listen(0, '127.0.0.1');
  await new Promise((ok) => oursServer.once('listening', ok));
  const library = await libraryApollo(recording);
  const { url: libraryUrl } = await startStandaloneServer(library, { listen: { port: 0, host: '127.0.0.1' } });
  const floor = floorHandlers(recording);
  const out = new Map<string, { statements: number; dbHits: number; answerSize: number }>();
  try {
    for (const query of mix) {
      for (const contender of CONTENDERS) {
        if (contender === 'library' && !query.library) continue;
        sink.length = 0;
        let answer: unknown;
        if (contender === 'floor') answer = await floor[query.name]!(query.floor(sample, 0) as Record<string, string>);
        else {
          const url = contender === 'this' ? `http://127.0.0.1:${(oursServer.address() as AddressInfo).port}/graphql` : libraryUrl;
          const body = contender === 'this' ? query.ours(sample, 0) : query.library!(sample, 0);
          const response = await postJson(url, body);
          if (response.errors) throw new Error(`${query.name} on ${contender}: ${JSON.stringify(response.errors)}`);
          answer = response.data;
        }
        const statements = [...sink];
        let dbHits = 0;
        for (const statement of statements) dbHits += await profile(driver, statement);
        out.set(`${query.name}:${contender}`, { statements: statements.length, dbHits, answerSize: sizeOf(answer) });
      }
    }
  } finally {
    oursServer.close();
    await library.stop();
  }
  return out;
}

async function profile(driver: Driver, statement: Statement): Promise<number> {
  const text = statement.text.trimStart();
  const cypherPrefix = /^CYPHER\s+[^\n]*\n/i.exec(text)?.[0] ?? '';
  const result = await driver.executeQuery(`${cypherPrefix}PROFILE ${text.slice(cypherPrefix.length)}`, statement.params, {
    routing: 'READ',
  });
  return result.summary.profile ? dbHitsOf(result.summary.profile as never) : 0;
}

/** How many leaf items an answer holds: the same figure for equivalent answers of different shapes. */
/** Nodes (objects with an id) in an answer, plus any totalCount it gives, so equal answers give equal sizes. */
function sizeOf(answer: unknown): number {
  if (Array.isArray(answer)) return answer.reduce((sum: number, item) => sum + sizeOf(item), 0);
  if (answer && typeof answer === 'object') {
    const { id, totalCount } = answer as { id?: unknown; totalCount?: unknown };
    const own = (typeof id === 'string' ? 1 : 0) + (typeof totalCount === 'number' ? totalCount : 0);
    return own + Object.values(answer).reduce((sum: number, item) => sum + (typeof item === 'object' ? sizeOf(item) : 0), 0);
  }
  return 0;
}

/** One run of one query against one contender. */
function load(
  query: MixQuery,
  contender: Contender,
  port: number,
  pids: { server: number; neo4j: number },
  sample: Sample,
  concurrency: number,
  seconds: number,
): Promise<RunFigures> {
  let i = 0;
  const nextBody = () => {
    i++;
    if (contender === 'floor') return JSON.stringify(query.floor(sample, i));
    return JSON.stringify(contender === 'this' ? query.ours(sample, i) : query.library!(sample, i));
  };
  const url = contender === 'floor' ? `http://127.0.0.1:${port}/${query.name}` : `http://127.0.0.1:${port}/graphql`;
  return loadRun({ url, connections: concurrency, seconds, nextBody, serverPid: pids.server, neo4jPid: pids.neo4j });
}

/** A cell: the medians of its rounds. */
function cellOf(concurrency: number, rounds: RunFigures[]): Cell {
  return {
    concurrency,
    rounds,
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    serverCpuMs: median(rounds.map((r) => r.serverCpuMs)),
    neo4jCpuMs: median(rounds.map((r) => r.neo4jCpuMs)),
  };
}

/**
 * Waits until Neo4j is nearly idle (requests still running when a load stops must not slow the next
 * run): its CPU use over 250 ms below a fifth of a core, at least 500 ms and at most SETTLE_MS.
 */
async function settle(neo4jPid: number): Promise<void> {
  const started = Date.now();
  await new Promise((ok) => setTimeout(ok, 500));
  while (Date.now() - started < SETTLE_MS) {
    const before = cpuMs(neo4jPid);
    await new Promise((ok) => setTimeout(ok, 250));
    if (cpuMs(neo4jPid) - before < 50) return;
  }
}

async function postJson(url: string, body: unknown): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

/** Peak resident set (VmHWM) of a process, in MB. */
function peakRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024);
}

function silentLogger() {
  const noop = () => undefined;
  const logger: Record<string, unknown> = { info: noop, warn: noop, error: noop, debug: noop, trace: noop, fatal: noop, level: 'silent' };
  logger.child = () => logger;
  return logger;
}

export function machine() {
  const npmVersion = (name: string, dir: string) =>
    (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
    neo4j:
      readdirSync(join(ROOT, '.neo4j'))
        .map((f) => /^classpath-(.+)\.txt$/.exec(f)?.[1])
        .find(Boolean) ?? 'unknown',
    neo4jDriver: npmVersion('neo4j-driver', join(ROOT, 'bench')),
    neo4jGraphql: npmVersion('@neo4j/graphql', join(ROOT, 'bench')),
    apolloServer: npmVersion('@apollo/server', ROOT),
    graphql: npmVersion('graphql', ROOT),
    autocannon: npmVersion('autocannon', join(ROOT, 'bench')),
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
