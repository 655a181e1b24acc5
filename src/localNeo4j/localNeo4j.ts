import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../domain/paths';
import { resolveNeo4jClasspath } from './classpath';
import { LocalNeo4jUnavailableError, requireJava } from './prerequisites';

export interface LocalNeo4jOptions {
  /** Folder for conf/, data/, logs/, run/ and the generated password. Created if absent. */
  home: string;
  /** Bolt port on 127.0.0.1; default: the port this home used last time if it is free, else a free port. */
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

/** The run file (run/local-neo4j.json): which JVM serves this home, and which process started it. */
export interface RunState extends Neo4jConnection {
  /** The Neo4j JVM. */
  pid: number;
  /** The process that started it (the API or `npm run neo4j -- start`); only it removes the run file. */
  owner?: number;
}

/** How an owned server ended without stop() being called: the exit code or the signal. */
export type UnexpectedExit = { code: number | null; signal: NodeJS.Signals | null };

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
  private stopping = false;

  private constructor(
    readonly home: string,
    readonly connection: Neo4jConnection,
    readonly pid: number,
    private readonly owned: boolean,
    private readonly child?: ChildProcess,
    private readonly watchdog?: ChildProcess,
  ) {}

  /**
   * Starts the server (or adopts the one already serving this home, even one still starting or whose
   * run file was lost) and resolves once it accepts Bolt sessions. A new server takes the port this
   * home used last time when it is free, so clients connected before a crash reconnect by themselves.
   */
  static async start(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    const home = resolve(options.home);
    const log = options.log ?? (() => undefined);
    const timeoutMs = options.startTimeoutMs ?? 120_000;
    const running = await adoptLiveServer(home, timeoutMs);
    if (running) {
      log(`Using the local Neo4j already running for ${home} (pid ${running.pid}, ${running.uri}).`);
      return new LocalNeo4j(home, running, running.pid, false);
    }
    clearStaleRunFile(home, log);
    requireJava();
    const classpath = await resolveNeo4jClasspath({ cacheDir: join(projectRoot, '.neo4j'), log });
    for (const dir of ['conf', 'data', 'logs', 'run']) mkdirSync(join(home, dir), { recursive: true });
    const password = ensurePassword(home, classpath);

    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = options.boltPort ?? (await rememberedPortIfFree(home, log)) ?? (await freePort());
      writeConfig(home, port, options);
      const connection = { uri: `bolt://127.0.0.1:${port}`, user: USER, password };
      const child = spawnServer(home, classpath, options.heapSize ?? '512m');
      // Recorded at once, so `npm run neo4j -- status|stop` (and a second start) see a server still starting.
      writeRunFile(home, { ...connection, pid: child.pid!, owner: process.pid });
      const watchdog = options.stopWithParent === false ? undefined : spawnWatchdog(child.pid!);
      try {
        await waitUntilReady(connection, child, home, timeoutMs);
      } catch (error) {
        await terminate(child, 30_000);
        watchdog?.kill();
        removeRunFile(home, child.pid!);
        lastError = error;
        // Another process may have taken the free port between our probe and the JVM's bind: try another.
        if (options.boltPort === undefined && /Address already in use/i.test(consoleTail(home))) {
          forgetPort(home);
          continue;
        }
        throw error;
      }
      rememberPort(home, port);
      log(`Local Neo4j ready at ${connection.uri} (pid ${child.pid}; data in ${join(home, 'data')}).`);
      return new LocalNeo4j(home, connection, child.pid!, true, child, watchdog);
    }
    throw lastError;
  }

  /** The running server for this home, if its JVM is alive and answers (whether or not its run file survived). */
  static async status(home: string): Promise<RunState | undefined> {
    const server = liveServer(resolve(home));
    return server && (await answers(server)) ? server : undefined;
  }

  /** The JVM serving this home, answering or not (still starting, hung), from its run file or the process table. */
  static findServer(home: string): RunState | undefined {
    return liveServer(resolve(home));
  }

  /** Stops the server of this home, whoever started it (API or CLI), and returns its pid; undefined if none ran. */
  static async stopRecorded(home: string): Promise<number | undefined> {
    const server = liveServer(resolve(home));
    clearStaleRunFile(resolve(home), () => undefined);
    if (!server) return undefined;
    process.kill(server.pid, 'SIGTERM');
    await waitForExit(server.pid, 60_000);
    removeRunFile(resolve(home), server.pid);
    return server.pid;
  }

  /**
   * Calls `listener` when the server this process started exits without stop() being called
   * (a crash, kill -9, the OOM killer); a clean SIGTERM from someone else (`npm run neo4j -- stop`) is
   * not a crash. Never called for an adopted server.
   */
  onUnexpectedExit(listener: (exit: UnexpectedExit) => void): void {
    this.child?.once('exit', (code, signal) => {
      if (this.stopping || signal === 'SIGTERM' || code === 0 || code === 143) return;
      this.watchdog?.kill();
      removeRunFile(this.home, this.pid);
      listener({ code, signal });
    });
  }

  /** Shuts the server down (SIGTERM, then SIGKILL after 60 s). A server this process adopted is left running. */
  async stop(): Promise<void> {
    if (!this.owned || !this.child) return;
    this.stopping = true;
    await terminate(this.child, 60_000);
    this.watchdog?.kill();
    // Only our JVM's record: after a crash, another process may have started the next server for this home.
    removeRunFile(this.home, this.pid);
  }
}

/** The bolt port of this home's configuration, as its server was started with it. */
function configuredPort(home: string): number | undefined {
  const file = join(home, 'conf', 'neo4j.conf');
  if (!existsSync(file)) return undefined;
  const match = /^server\.bolt\.listen_address=[^\n]*:(\d+)$/m.exec(readFileSync(file, 'utf8'));
  return match ? Number(match[1]) : undefined;
}

function runFile(home: string): string {
  return join(home, 'run', 'local-neo4j.json');
}

function readRunFile(home: string): RunState | undefined {
  try {
    return JSON.parse(readFileSync(runFile(home), 'utf8')) as RunState;
  } catch {
    return undefined; // absent, or cut short by a crash while being written
  }
}

function writeRunFile(home: string, state: RunState): void {
  writeFileSync(runFile(home), JSON.stringify(state, null, 2), { mode: 0o600 });
}

/** Removes the run file only if it still describes the JVM `pid` (never another process's newer server). */
function removeRunFile(home: string, pid: number): void {
  if (readRunFile(home)?.pid === pid) rmSync(runFile(home), { force: true });
}

/** A run file whose JVM is gone (crash, kill -9, reboot) describes nothing: remove it. */
function clearStaleRunFile(home: string, log: (message: string) => void): void {
  const state = readRunFile(home);
  if (!existsSync(runFile(home)) || (state && isOurServer(state.pid, home))) return;
  rmSync(runFile(home), { force: true });
  log(`Removed the run file of a local Neo4j that is no longer running${state ? ` (pid ${state.pid})` : ''}.`);
}

/**
 * The live JVM of this home: the one in the run file, or else one found in the process table (a run
 * file deleted while its server kept running), described from the home's configuration and password.
 */
function liveServer(home: string): RunState | undefined {
  const state = readRunFile(home);
  if (state && isOurServer(state.pid, home)) return state;
  const pid = findServerProcess(home);
  const port = configuredPort(home);
  const passwordFile = join(home, 'password');
  if (pid === undefined || port === undefined || !existsSync(passwordFile)) return undefined;
  return { uri: `bolt://127.0.0.1:${port}`, user: USER, password: readFileSync(passwordFile, 'utf8').trim(), pid };
}

/** Waits for a live server of this home to answer (it may be starting); undefined when there is none. */
async function adoptLiveServer(home: string, timeoutMs: number): Promise<RunState | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (let server = liveServer(home); server; server = liveServer(home)) {
    if (await answers(server)) return server;
    if (Date.now() > deadline) {
      throw new LocalNeo4jUnavailableError(
        `A Neo4j server (pid ${server.pid}) holds ${home} but has not answered at ${server.uri} for ${timeoutMs / 1000} s. ` +
          'Stop it with `npm run neo4j -- stop`, then start again.',
      );
    }
    await sleep(500);
  }
  return undefined;
}

/** The port this home's server used last time, if nothing holds it now. */
async function rememberedPortIfFree(home: string, log: (message: string) => void): Promise<number | undefined> {
  const file = join(home, 'bolt-port');
  const port = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
  if (!Number.isInteger(port) || port <= 0) return undefined;
  if (await isPortFree(port)) return port;
  log(`Port ${port}, used by this Neo4j last time, is taken: starting on another port (clients must be given the new URI).`);
  return undefined;
}

function rememberPort(home: string, port: number): void {
  writeFileSync(join(home, 'bolt-port'), `${port}\n`);
}

function forgetPort(home: string): void {
  rmSync(join(home, 'bolt-port'), { force: true });
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
    return isServerCommandLine(readFileSync(`/proc/${pid}/cmdline`, 'utf8'), home);
  } catch {
    return true; // no /proc (macOS): trust the live pid
  }
}

function isServerCommandLine(commandLine: string, home: string): boolean {
  const args = commandLine.split('\0');
  return args.includes('org.neo4j.server.CommunityEntryPoint') && args.includes(`--home-dir=${home}`);
}

/** A Neo4j JVM running for this home, found in /proc (Linux); undefined elsewhere or when none runs. */
function findServerProcess(home: string): number | undefined {
  if (!existsSync('/proc/self/cmdline')) return undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (isServerCommandLine(readFileSync(`/proc/${entry}/cmdline`, 'utf8'), home)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

function consoleTail(home: string): string {
  const file = join(home, 'logs', 'console.log');
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').split('\n').slice(-25).join('\n');
}

/** True when nothing listens on this port of 127.0.0.1 right now. */
function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.unref();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
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
