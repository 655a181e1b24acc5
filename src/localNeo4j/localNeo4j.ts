import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../domain/paths';
import { resolveNeo4jClasspath } from './classpath';
import { LocalNeo4jUnavailableError, requireJava } from './prerequisites';

export interface LocalNeo4jOptions {
  /** Folder for conf/, data/, logs/, run/ and the generated password. Created if absent. */
  home: string;
  /** Bolt port on 127.0.0.1; default: a free port. */
  boltPort?: number;
  /** JVM heap, e.g. '512m'. */
  heapSize?: string;
  /** Neo4j page cache, e.g. '256m'. */
  pageCacheSize?: string;
  /** Default true: a watchdog stops the server when this process dies, so no JVM is orphaned. */
  stopWithParent?: boolean;
  /** Default 120 s. */
  startTimeoutMs?: number;
  log?: (message: string) => void;
}

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

interface RunState extends Neo4jConnection {
  pid: number;
}

const USER = 'neo4j';

/** JVM flags the official neo4j launcher adds; without the add-opens some Netty and NIO paths fail. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/**
 * A Neo4j Community server started from the Maven-resolved jars (org.neo4j.server.CommunityEntryPoint),
 * owned by this process: start() waits until Bolt answers with the generated password; stop() shuts it down cleanly.
 */
export class LocalNeo4j {
  private constructor(
    readonly home: string,
    readonly connection: Neo4jConnection,
    readonly pid: number,
    private readonly owned: boolean,
    private readonly child?: ChildProcess,
    private readonly watchdog?: ChildProcess,
  ) {}

  /** Starts the server (or adopts the one already serving this home) and resolves once it accepts Bolt sessions. */
  static async start(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    const home = resolve(options.home);
    const log = options.log ?? (() => undefined);
    const running = await LocalNeo4j.status(home);
    if (running) {
      log(`Using the local Neo4j already running for ${home} (pid ${running.pid}, ${running.uri}).`);
      return new LocalNeo4j(home, running, running.pid, false);
    }
    requireJava();
    const classpath = await resolveNeo4jClasspath({ cacheDir: join(projectRoot, '.neo4j'), log });
    for (const dir of ['conf', 'data', 'logs', 'run']) mkdirSync(join(home, dir), { recursive: true });
    const password = ensurePassword(home, classpath);

    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = options.boltPort ?? (await freePort());
      writeConfig(home, port, options);
      const connection = { uri: `bolt://127.0.0.1:${port}`, user: USER, password };
      const child = spawnServer(home, classpath, options.heapSize ?? '512m');
      const watchdog = options.stopWithParent === false ? undefined : spawnWatchdog(child.pid!);
      try {
        await waitUntilReady(connection, child, home, options.startTimeoutMs ?? 120_000);
      } catch (error) {
        await terminate(child, 30_000);
        watchdog?.kill();
        lastError = error;
        // Another process may have taken the free port between our probe and the JVM's bind: try another.
        if (options.boltPort === undefined && /Address already in use/i.test(consoleTail(home))) continue;
        throw error;
      }
      const state: RunState = { ...connection, pid: child.pid! };
      writeFileSync(join(home, 'run', 'local-neo4j.json'), JSON.stringify(state, null, 2), { mode: 0o600 });
      log(`Local Neo4j ready at ${connection.uri} (pid ${child.pid}; data in ${join(home, 'data')}).`);
      return new LocalNeo4j(home, connection, child.pid!, true, child, watchdog);
    }
    throw lastError;
  }

  /** The running server for this home, if its recorded process is alive and answers. */
  static async status(home: string): Promise<RunState | undefined> {
    const stateFile = join(resolve(home), 'run', 'local-neo4j.json');
    if (!existsSync(stateFile)) return undefined;
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as RunState;
    if (!isOurServer(state.pid, resolve(home))) return undefined;
    return (await answers(state)) ? state : undefined;
  }

  /** Stops the server recorded for this home, whoever started it. */
  static async stopRecorded(home: string): Promise<boolean> {
    const stateFile = join(resolve(home), 'run', 'local-neo4j.json');
    if (!existsSync(stateFile)) return false;
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as RunState;
    if (!isOurServer(state.pid, resolve(home))) {
      rmSync(stateFile, { force: true });
      return false;
    }
    process.kill(state.pid, 'SIGTERM');
    await waitForExit(state.pid, 60_000);
    rmSync(stateFile, { force: true });
    return true;
  }

  /** Shuts the server down (SIGTERM, then SIGKILL after 60 s). A server this process adopted is left running. */
  async stop(): Promise<void> {
    if (!this.owned || !this.child) return;
    await terminate(this.child, 60_000);
    this.watchdog?.kill();
    rmSync(join(this.home, 'run', 'local-neo4j.json'), { force: true });
  }
}

/** Sets the initial password on a fresh store, or reads the one generated before. */
function ensurePassword(home: string, classpath: string): string {
  const passwordFile = join(home, 'password');
  if (existsSync(passwordFile)) return readFileSync(passwordFile, 'utf8').trim();
  if (existsSync(join(home, 'data', 'databases', 'system'))) {
    throw new LocalNeo4jUnavailableError(
      `The Neo4j data in ${join(home, 'data')} was created with a password that is no longer in ${passwordFile}. ` +
        `Delete ${home} to start from a fresh database (it is re-seeded on start).`,
    );
  }
  // Hex, not base64url: a password starting with '-' would be read by the admin tool as an option.
  const password = randomBytes(18).toString('hex');
  writeConfig(home, 7687, {});
  const run = spawnSync('java', ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new LocalNeo4jUnavailableError(`Setting the initial Neo4j password failed:\n${run.stderr || run.stdout}`);
  }
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

function writeConfig(home: string, boltPort: number, options: Pick<LocalNeo4jOptions, 'pageCacheSize'>): void {
  const lines = [
    '# Generated by src/localNeo4j on every start; edits are overwritten.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.directories.data=${join(home, 'data')}`,
    `server.directories.logs=${join(home, 'logs')}`,
    `server.directories.run=${join(home, 'run')}`,
    `server.memory.pagecache.size=${options.pageCacheSize ?? '256m'}`,
    // Bound any runaway transaction even if a client forgets its own timeout.
    'db.transaction.timeout=60s',
    // Bolt otherwise idles 2 x 5 s in Netty's graceful shutdown; nothing is in flight when we stop.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.server.bolt.connection_shutdown_wait_time=1s',
  ];
  writeFileSync(join(home, 'conf', 'neo4j.conf'), `${lines.join('\n')}\n`);
}

function spawnServer(home: string, classpath: string, heapSize: string): ChildProcess {
  const consoleLog = openSync(join(home, 'logs', 'console.log'), 'a');
  try {
    return spawn(
      'java',
      [
        `-Xms${heapSize}`,
        `-Xmx${heapSize}`,
        ...JVM_FLAGS,
        `-Dneo4j.home=${home}`,
        '-cp',
        classpath,
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${home}`,
        `--config-dir=${join(home, 'conf')}`,
        '--console-mode',
      ],
      // Own process group: Ctrl-C reaches the API, which then stops the database in order.
      { detached: true, stdio: ['ignore', consoleLog, consoleLog], env: { ...process.env, NEO4J_HOME: home } },
    );
  } finally {
    closeSync(consoleLog);
  }
}

/** A tiny shell loop that stops the JVM if this process dies without calling stop() (crash, SIGKILL). */
function spawnWatchdog(jvmPid: number): ChildProcess {
  const script = 'while kill -0 "$0" 2>/dev/null && kill -0 "$1" 2>/dev/null; do sleep 1; done; kill -TERM "$1" 2>/dev/null';
  const watchdog = spawn('sh', ['-c', script, String(process.pid), String(jvmPid)], { detached: true, stdio: 'ignore' });
  watchdog.unref();
  return watchdog;
}

async function waitUntilReady(connection: Neo4jConnection, child: ChildProcess, home: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) {
      throw new LocalNeo4jUnavailableError(`The local Neo4j server exited during start-up. Last lines of its log:\n${consoleTail(home)}`);
    }
    if (await answers(connection)) return;
    await sleep(250);
  }
  throw new LocalNeo4jUnavailableError(
    `The local Neo4j server did not accept connections within ${timeoutMs / 1000} s. Last lines of its log:\n${consoleTail(home)}`,
  );
}

async function answers(connection: Neo4jConnection): Promise<boolean> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

async function terminate(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

async function waitForExit(pid: number, graceMs: number): Promise<void> {
  const deadline = Date.now() + graceMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) process.kill(pid, 'SIGKILL');
    await sleep(200);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when pid is alive and is the Neo4j JVM of this home (pids get reused). */
function isOurServer(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return commandLine.includes('CommunityEntryPoint') && commandLine.includes(home);
  } catch {
    return true; // no /proc (macOS): trust the live pid
  }
}

function consoleTail(home: string): string {
  const file = join(home, 'logs', 'console.log');
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').split('\n').slice(-25).join('\n');
}

/** A port on 127.0.0.1 that is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
