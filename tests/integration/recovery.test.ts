import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/domain/paths';

/**
 * Recovery without the operator's help, through the real commands (`npm start`, `npm run neo4j`,
 * built in dist/ by `npm test`): the steps of docs/OPERATIONS.md, "When things go wrong".
 * The crash tests run a local Neo4j of their own in a temporary home (never the shared test server).
 */
jest.setTimeout(600_000);

interface RunningApi {
  process: ChildProcess;
  /** The node process serving the API (the npm process's child when started through npm). */
  nodePid: number;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the API with `command` and waits for "API ready" (a fresh local Neo4j can take minutes on a busy machine). */
async function startApi(command: string, args: string[], env: Record<string, string>): Promise<RunningApi> {
  let output = '';
  const child = spawn(command, args, {
    cwd: projectRoot,
    // A generous query time-out: a Neo4j that has just started on a busy machine answers its first queries slowly.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      PORT: '0',
      SEED_ON_START: 'never',
      LOG_LEVEL: 'info',
      DB_QUERY_TIMEOUT_MS: '60000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await until(() => /API ready at http:\/\/127\.0\.0\.1:\d+\/graphql/.test(output) || child.exitCode !== null, 400_000);
  const ready = /API ready at http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(output);
  const nodePid = command === 'npm' ? nodeUnder(child.pid!) : child.pid;
  if (!ready || !nodePid) throw new Error(`the API did not start:\n${output}`);
  return { process: child, nodePid, port: Number(ready[1]), output: () => output, exited };
}

/** The node process among the descendants of `ancestor` (npm may run it under a shell). */
function nodeUnder(ancestor: number): number | undefined {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = /^(\d+) \((.*)\) \S+ (\d+)/.exec(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (!stat) continue;
      parents.set(Number(stat[1]), Number(stat[3]));
      names.set(Number(stat[1]), stat[2]!);
    } catch {
      // ended while we looked
    }
  }
  const descends = (pid: number): boolean => pid > 1 && (parents.get(pid) === ancestor || descends(parents.get(pid) ?? 0));
  return [...names].find(([pid, name]) => name === 'node' && descends(pid))?.[0];
}

/** What the API answers to a query that needs the database: 'answered', or the error code. */
async function askDatabase(port: number): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(id: "no-such-actor") { name } }' }),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await response.json()) as { data?: { actor: unknown }; errors?: { extensions?: { code?: string } }[] };
    return body.errors ? (body.errors[0]?.extensions?.code ?? 'error') : 'answered';
  } catch (error) {
    return `transport: ${(error as Error).name}`;
  }
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Alive and not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function runFile(home: string): { pid: number; uri: string; owner?: number } {
  return JSON.parse(readFileSync(join(home, 'run', 'local-neo4j.json'), 'utf8'));
}

/** `npm run neo4j -- <command>` for this home, as an operator types it. */
function neo4jCommand(command: string, home: string): string {
  const run = spawnSync('npm', ['run', '--silent', 'neo4j', '--', command], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), LOCAL_NEO4J_HOME: home },
    encoding: 'utf8',
    timeout: 400_000,
  });
  return `${run.stdout}${run.stderr}`;
}

const testServer = {
  NEO4J_URI: process.env.TEST_NEO4J_URI ?? '',
  NEO4J_USER: process.env.TEST_NEO4J_USER ?? 'neo4j',
  NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? '',
};

describe('stopping `npm start` through npm', () => {
  it('ends the node process within seconds when npm gets SIGTERM', async () => {
    const api = await startApi('npm', ['start'], { ...testServer, NODE_ENV: 'production' });
    try {
      expect(await askDatabase(api.port)).toBe('answered');
      api.process.kill('SIGTERM');
      await until(() => !isRunning(api.nodePid), 15_000);
      await api.exited;
    } finally {
      if (isRunning(api.nodePid)) process.kill(api.nodePid, 'SIGKILL'); // an orphan left by a failure
    }
  });
});

describe('when the local Neo4j under a running API crashes', () => {
  // One home for both tests: the second reuses the store and password the first created.
  let home: string;
  const leftRunning: number[] = [];

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'ohg-recovery-neo4j-'));
  });

  afterEach(() => {
    // What a failed test left running must not be adopted by the next one.
    for (const pid of leftRunning.splice(0).filter(isRunning)) process.kill(pid, 'SIGKILL');
  });

  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
  });

  it('in development, restarts it on the same port: the API answers again, and SIGTERM to npm stops both', async () => {
    const api = await startApi('npm', ['start'], { LOCAL_NEO4J_HOME: home, NODE_ENV: 'development' });
    leftRunning.push(api.nodePid);
    const first = runFile(home);
    leftRunning.push(first.pid);
    expect(await askDatabase(api.port)).toBe('answered');

    process.kill(first.pid, 'SIGKILL');
    await until(async () => (await askDatabase(api.port)) === 'DATABASE_UNAVAILABLE', 30_000);
    await until(async () => (await askDatabase(api.port)) === 'answered', 300_000);
    const second = runFile(home);
    leftRunning.push(second.pid);
    expect(second.pid).not.toBe(first.pid);
    expect(second.uri).toBe(first.uri);
    expect(api.output()).toContain(`The local Neo4j (pid ${first.pid}) died (killed by SIGKILL): restarting it on the same port.`);

    api.process.kill('SIGTERM');
    await until(() => !isRunning(api.nodePid) && !isRunning(second.pid), 90_000);
    expect(existsSync(join(home, 'run', 'local-neo4j.json'))).toBe(false);
  });

  it('in production, `npm run neo4j -- start` brings the API back; stopping the API leaves that server and its run file to `npm run neo4j -- stop`', async () => {
    const api = await startApi(process.execPath, [join(projectRoot, 'dist', 'main.js')], {
      LOCAL_NEO4J_HOME: home,
      NODE_ENV: 'production',
    });
    leftRunning.push(api.nodePid);
    const crashed = runFile(home);
    leftRunning.push(crashed.pid);
    expect(await askDatabase(api.port)).toBe('answered');

    process.kill(crashed.pid, 'SIGKILL');
    await until(async () => (await askDatabase(api.port)) === 'DATABASE_UNAVAILABLE', 30_000);
    expect(neo4jCommand('status', home)).toContain(`not running (home ${home})`);

    expect(neo4jCommand('start', home)).toContain(`uri: ${crashed.uri}`);
    const restarted = runFile(home);
    leftRunning.push(restarted.pid);
    await until(async () => (await askDatabase(api.port)) === 'answered', 60_000);

    api.process.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(runFile(home).pid).toBe(restarted.pid);
    expect(neo4jCommand('status', home)).toContain(`running: pid ${restarted.pid} at ${crashed.uri}`);
    expect(neo4jCommand('stop', home)).toContain(`Stopped (pid ${restarted.pid}).`);
    expect(isRunning(restarted.pid)).toBe(false);
    expect(neo4jCommand('status', home)).toContain(`not running (home ${home})`);
  });
});
