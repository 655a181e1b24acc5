/**
 * A quick side-by-side for working on one query: on a synthetic graph already loaded by `npm run
 * synth` (or by a benchmark run), starts the contenders, then loads them in turn, round after round
 * (interleaved, so a noisy moment hits every contender alike; every other round in the reverse order)
 * after warm-up rounds that fill Neo4j's page cache, and prints each round and the medians, with the
 * CPU time each request costs the contender's process and Neo4j (see measure.ts). A ratio between two
 * contenders is the median of the rounds' own ratios.
 * With --cpu-prof DIR, this API and the baseline run under Node's --cpu-prof and write their profiles
 * to DIR/this and DIR/baseline on exit.
 *
 *   node bench/dist/quick.js --actors 100000 --only actorById --concurrency 32 --duration 5 --rounds 5
 *   node bench/dist/quick.js --only search --contenders this,baseline,floor --baseline /tmp/before
 *
 * Figures for BENCHMARKS.md come from run.ts; this is the tool to try a change before a full run.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { LocalNeo4j } from '../../dist/localNeo4j/localNeo4j';
import { parseCommandLineOrExit } from '../../dist/cli/runCli';
import { MIX } from './mix';
import { drawSample } from './sample';
import { apiCommand, awaitReady, freePort, startProcess } from './processes';
import { loadRun, median } from './measure';

const ROOT = resolve(__dirname, '..', '..');
/** baseline: another build of this API (--baseline DIR), sent the same requests, to try a change side by side. */
type Contender = 'this' | 'baseline' | 'library' | 'floor';

const USAGE =
  'node bench/dist/quick.js [--actors 100000] [--seed 1] [--only actorById] [--contenders this,library,floor] [--concurrency 32] ' +
  '[--duration 5] [--rounds 5] [--warmup-rounds 2] [--cpu-prof DIR] [--node-flags "--flag ..."] [--baseline DIR] [--start-timeout 300]';
const { values } = parseCommandLineOrExit(USAGE, {
  options: {
    actors: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string', default: 'actorById' },
    contenders: { type: 'string', default: 'this,library,floor' },
    concurrency: { type: 'string', default: '32' },
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '5' },
    'warmup-rounds': { type: 'string', default: '2' },
    'cpu-prof': { type: 'string' },
    /** Extra Node flags for this API's process only (e.g. --max-semi-space-size=32), to try runtime settings. */
    'node-flags': { type: 'string', default: '' },
    /** A checkout of this API built elsewhere (e.g. `git worktree add` of the commit before a change, then `npx tsc -p tsconfig.build.json`). */
    baseline: { type: 'string' },
    'start-timeout': { type: 'string', default: '300' },
  },
});

async function main(): Promise<void> {
  const home = join(ROOT, '.neo4j', `synth-${values.actors}-seed${values.seed}`);
  if (!existsSync(home))
    throw new Error(`No graph at ${home}: run npm run synth -- --actors ${values.actors} --seed ${values.seed} first.`);
  // A shared machine can take minutes to start the JVM: wait up to --start-timeout seconds.
  const local = await LocalNeo4j.start({
    home,
    heapSize: '2g',
    pageCacheSize: '1g',
    log: () => undefined,
    startTimeoutMs: Number(values['start-timeout']) * 1000,
  });
  const { uri, user, password } = local.connection;
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  const children: ChildProcess[] = [];
  try {
    const sample = await drawSample(driver);
    const contenders = values.contenders!.split(',') as Contender[];
    if (contenders.includes('baseline') && !values.baseline)
      throw new Error('The baseline contender needs --baseline DIR: a checkout of this API with dist/ built.');
    const ports: Partial<Record<Contender, number>> = {};
    const pids: Partial<Record<Contender, number>> = {};
    for (const contender of contenders) {
      const port = await freePort();
      ports[contender] = port;
      const command =
        contender === 'this'
          ? apiCommand(ROOT)
          : contender === 'baseline'
            ? apiCommand(resolve(values.baseline ?? '.'))
            : [join(__dirname, contender === 'library' ? 'neo4jGraphql.js' : 'floor.js')];
      // Both builds of this API are profiled, each into its own folder, so their profiles compare.
      const profiled = (contender === 'this' || contender === 'baseline') && values['cpu-prof'];
      const profile = profiled ? ['--cpu-prof', `--cpu-prof-dir=${join(values['cpu-prof']!, contender)}`] : [];
      if (contender === 'this' && values['node-flags']) profile.push(...values['node-flags'].split(' '));
      const child = await startProcess('node', [...profile, ...command], {
        ...env,
        PORT: String(port),
        SEED_ON_START: 'never',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
      });
      children.push(child);
      pids[contender] = child.pid!;
    }
    for (const contender of ['this', 'baseline'] as const)
      if (ports[contender]) await awaitReady(ports[contender]!, Number(values['start-timeout']) * 1000);
    const connections = Number(values.concurrency);
    for (const query of MIX.filter((q) => values.only!.split(',').includes(q.name))) {
      const rates: Record<string, number[]> = {};
      const p50s: Record<string, number[]> = {};
      const cpu: Record<string, { server: number[]; neo4j: number[] }> = {};
      for (let round = -Number(values['warmup-rounds']); round < Number(values.rounds); round++) {
        const line: string[] = [];
        // Every other round in the reverse order: on a machine still warming up (or cooling down), the
        // contender that always goes first would always meet the worse moment.
        const order = round % 2 === 0 ? contenders : [...contenders].reverse();
        for (const contender of order) {
          if (contender === 'library' && !query.library) continue;
          let i = 0;
          const body = () => {
            i++;
            return JSON.stringify(
              contender === 'floor' ? query.floor(sample, i) : contender === 'library' ? query.library!(sample, i) : query.ours(sample, i),
            );
          };
          const url =
            contender === 'floor' ? `http://127.0.0.1:${ports.floor}/${query.name}` : `http://127.0.0.1:${ports[contender]}/graphql`;
          const result = await loadRun({
            url,
            connections,
            seconds: Number(values.duration),
            nextBody: body,
            serverPid: pids[contender]!,
            neo4jPid: local.pid,
          });
          const failures = result.errors || result.non2xx ? ` (${result.errors} errors, ${result.non2xx} non-2xx)` : '';
          // A cold Neo4j on a busy machine may time out the first requests (a 503 once the circuit opens): warm-up goes on.
          if (failures && round >= 0) throw new Error(`${query.name} ${contender}:${failures}`);
          const [serverMs, neo4jMs] = [result.serverCpuMs, result.neo4jCpuMs];
          line.push(
            `${contender} ${result.requestsPerSecond.toFixed(0)} req/s p50 ${result.p50} p99 ${result.p99} cpu/req ${serverMs.toFixed(2)}+${neo4jMs.toFixed(2)} ms${failures}`,
          );
          if (round < 0) continue; // warm-up
          (rates[contender] ??= []).push(result.requestsPerSecond);
          (p50s[contender] ??= []).push(result.p50);
          const costs = (cpu[contender] ??= { server: [], neo4j: [] });
          costs.server.push(serverMs);
          costs.neo4j.push(neo4jMs);
          await new Promise((ok) => setTimeout(ok, 1000));
        }
        console.log(`${query.name} c${connections} ${round < 0 ? 'warm-up' : `round ${round + 1}`}: ${line.join(' | ')}`);
      }
      const summary = Object.keys(rates).map(
        (c) =>
          `${c} ${median(rates[c]!).toFixed(0)} req/s p50 ${median(p50s[c]!).toFixed(1)} ms cpu/req server ${median(cpu[c]!.server).toFixed(2)} + neo4j ${median(cpu[c]!.neo4j).toFixed(2)} ms`,
      );
      // The median of each round's own ratio (both contenders measured a few seconds apart), not the
      // ratio of medians taken from different rounds: a trend across rounds cancels out in each pair.
      // (The ratio of the medians, what this line showed before, follows for comparison with older results.)
      const ratio = (other: string) => {
        const [ours, theirs] = [rates.this, rates[other]];
        if (!ours || !theirs) return '';
        const perRound = ours.map((rate, round) => rate / theirs[round]!);
        return ` this/${other} ${median(perRound).toFixed(2)}× (per round: ${perRound.map((r) => r.toFixed(2)).join(' ')}; ratio of medians ${(median(ours) / median(theirs)).toFixed(2)}×)`;
      };
      console.log(`${query.name} c${connections} medians: ${summary.join(' | ')}${ratio('baseline')}${ratio('library')}${ratio('floor')}`);
    }
  } finally {
    // Each contender shuts down gracefully and --cpu-prof writes its file on exit: wait for it (at most 20 s).
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((ok) => {
            if (child.exitCode !== null) return ok();
            const timer = setTimeout(ok, 20_000);
            child.once('exit', () => {
              clearTimeout(timer);
              ok();
            });
            child.kill('SIGINT');
          }),
      ),
    );
    await driver.close();
    await local.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
