import { createHash } from 'node:crypto';
import { isRetryableError } from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult as DriverResult, SessionConfig } from 'neo4j-driver';
import { InvalidInputError } from '../domain/errors';
import { CircuitBreaker, type CircuitEvent, type CircuitStatus } from './circuitBreaker';
import { LAST_COMMITTED_TRANSACTION } from './cypher/graphVersion';
import { PING } from './cypher/health';
import { type CypherQuery, type Params, withParameterMap } from './cypher/statement';
import { CLAIM_IDEMPOTENCY_KEY, RECORD_IDEMPOTENT_RESULT } from './cypher/idempotency';
import { classifyDatabaseError, DatabaseUnavailableError, isUnavailability, WriteOutcomeUnknownError } from './errors';

export { cypher, type CypherQuery, type Params } from './cypher/statement';

/**
 * Starts a statement without the call-site stack trace the driver captures for every statement (to
 * decorate its errors): formatting it cost ~5 % of the API's CPU, and every statement here is named,
 * so the name already says where a failure came from. A failure is still logged with Neo4j's message
 * and the GraphQL path that asked (plugins/requestLog.ts). The driver builds its Result
 * synchronously, so the limit is back before anything else runs.
 */
export function withoutCallSiteStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How long a failing read is retried, like the driver's maxTransactionRetryTime. */
const READ_RETRY_MS = 3_000;

/**
 * How long past the server-side transaction time-out the client waits before giving up on the
 * server. A slow query is stopped by the server first and answers QUERY_TIMEOUT (Neo4j checks its
 * time-outs every 2 s: db.transaction.monitor.check.interval); a server that does not even answer its
 * own time-out (frozen, partitioned) is DATABASE_UNAVAILABLE.
 */
export const DEADLINE_GRACE_MS = 2_000;

/** Records a streamed read asks the server for at a time. */
const STREAM_BATCH_ROWS = 500;

/** How long /health/ready waits for the database. */
const READINESS_TIMEOUT_MS = 1_000;

/** After this long a connectivity check in flight is given up (a silently dropped connection may never answer). */
const PING_STALE_MS = 5_000;

/** Defaults of the circuit breaker (see circuitBreaker.ts). */
const BREAKER_DEFAULTS = { failureThreshold: 3, probeIntervalMs: 1_000 };

export interface WriteStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
}

export interface QueryEvent {
  name: string;
  mode: 'READ' | 'WRITE';
  ms: number;
  failed: boolean;
}

export interface DatabaseOptions {
  database: string;
  /** Per-transaction time-out enforced by the server. */
  timeoutMs: number;
  /** Called after every statement: counts for tests, durations for logs. */
  onQuery?: (event: QueryEvent) => void;
  /** Consecutive unavailability failures that open the circuit, and the pause between probes then. */
  breaker?: { failureThreshold?: number; probeIntervalMs?: number };
  /** Told when the circuit opens or closes (for logs). */
  onCircuitChange?: (event: CircuitEvent) => void;
  /** Default DEADLINE_GRACE_MS. */
  deadlineGraceMs?: number;
}

/** A mutation's idempotency key (scoped to its caller) and a digest of what it asked. */
export interface IdempotencyClaim {
  key: string;
  fingerprint: string;
}

/** What a Database is bound to for one request. */
interface RequestScope {
  bookmarks?: RequestBookmarks;
  idempotency?: IdempotencyClaim;
}

/** What every Database of a process shares (forRequest copies share it). */
interface SharedState {
  breaker: CircuitBreaker;
  /**
   * The connectivity check in flight, joined by callers while it is younger than PING_STALE_MS: a
   * frozen server holds one connection for it, not one per probe.
   */
  pendingPing?: { answered: Promise<boolean>; since: number };
  /** Write transactions this process has finished (committed or not): what a remembered read is invalidated by. */
  writesFinished: number;
  /** Values read from the graph and kept between requests (`remembered`), by name. */
  remembered: Map<string, RememberedRead>;
}

/** A value read from the graph, when, and how many of this process's writes had finished before it was read. */
interface RememberedRead {
  value: Promise<unknown>;
  /** When it was read (for a value served while re-read: when its re-read started). */
  readAt: number;
  writesBefore: number;
  /** True once the read has answered. */
  settled: boolean;
}

/**
 * Causal consistency for one request across API replicas: reads start after the client's `incoming`
 * bookmarks (from its previous write, possibly on another replica); writes leave theirs in `written`.
 */
export interface RequestBookmarks {
  incoming: string[];
  written: string[];
}

/** The statements of one transaction. */
export interface Transaction {
  run<T = Record<string, unknown>>(query: CypherQuery, params?: Params): Promise<T[]>;
  runWithStats<T = Record<string, unknown>>(query: CypherQuery, params?: Params): Promise<{ records: T[]; stats: WriteStats }>;
}

/**
 * The time a unit of work has before the client gives up on the server. Work abandoned at the
 * deadline stops at its next statement (so a write is rolled back, never committed later); only a
 * COMMIT already sent when it passes leaves the outcome unknown.
 */
class Deadline {
  expired = false;
  /** True from the moment a write's COMMIT may have been sent. */
  committing = false;
  readonly passed: Promise<never>;
  private timer?: NodeJS.Timeout;

  constructor(ms: number, failure: (deadline: Deadline) => Error) {
    this.passed = new Promise<never>((_resolve, reject) => {
      this.timer = setTimeout(() => {
        this.expired = true;
        reject(failure(this));
      }, ms);
    });
  }

  /** Called between statements: abandoned work goes no further. */
  throwIfExpired(): void {
    if (this.expired) throw new DatabaseUnavailableError('abandoned at its deadline');
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}

/**
 * The one owner of the Neo4j driver: a session per unit of work, closed in `finally`; reads in read
 * transactions (routed to secondaries in a cluster), writes in write transactions; one bookmark
 * manager so every session sees the writes made before it (read-your-writes). Every unit of work has
 * a client-side deadline (the server's time-out is no help when the server is frozen) and goes
 * through a circuit breaker, so a database that does not answer costs callers milliseconds once known.
 */
export class Database {
  private readonly shared: SharedState;

  constructor(
    private readonly driver: Driver,
    readonly options: DatabaseOptions,
    private readonly scope: RequestScope = {},
    shared?: SharedState,
  ) {
    this.shared = shared ?? {
      breaker: new CircuitBreaker({
        ...BREAKER_DEFAULTS,
        ...options.breaker,
        probe: () => this.ping(READINESS_TIMEOUT_MS),
        onChange: options.onCircuitChange,
      }),
      writesFinished: 0,
      remembered: new Map(),
    };
  }

  /** The same database for one request, following and collecting that request's bookmarks. */
  forRequest(bookmarks: RequestBookmarks): Database {
    return new Database(this.driver, this.options, { ...this.scope, bookmarks }, this.shared);
  }

  /** The same database whose statements may run for `timeoutMs` (the start-up warm-up, which pays for planning). */
  withTimeout(timeoutMs: number): Database {
    return new Database(this.driver, { ...this.options, timeoutMs }, this.scope, this.shared);
  }

  /** The same database whose write transaction records its result under `claim` and replays it on a retry. */
  idempotent(claim: IdempotencyClaim): Database {
    return new Database(this.driver, this.options, { ...this.scope, idempotency: claim }, this.shared);
  }

  /**
   * A value read from the graph by `read`, kept for this process until a write of this process finishes
   * or `maxAgeMs` passes (what another process writes shows within `maxAgeMs`); concurrent callers share
   * one read, and a failed read is not kept. With `servedWhileReread`, a value only older than `maxAgeMs`
   * is still served while it is read again in the background (callers on a hot path never wait for the
   * re-read); after this process's own writes, callers always wait for the fresh value.
   */
  remembered<T>(
    name: string,
    maxAgeMs: number,
    read: (db: Database) => Promise<T>,
    options: { servedWhileReread?: boolean } = {},
  ): Promise<T> {
    const { remembered } = this.shared;
    const kept = remembered.get(name);
    const now = performance.now();
    const unwritten = kept !== undefined && kept.writesBefore === this.shared.writesFinished;
    if (unwritten && now - kept.readAt < maxAgeMs) return kept.value as Promise<T>;
    const entry: RememberedRead = { value: read(this), readAt: now, writesBefore: this.shared.writesFinished, settled: false };
    entry.value.then(
      () => {
        entry.settled = true;
        // A background re-read takes the kept value's place once it has arrived.
        if (remembered.get(name) === kept && kept !== entry) remembered.set(name, entry);
      },
      () => remembered.get(name) === entry && remembered.delete(name),
    );
    if (unwritten && options.servedWhileReread && kept.settled) {
      // Served as is until the re-read arrives; the re-read is started once, not per caller.
      kept.readAt = now;
      return kept.value as Promise<T>;
    }
    remembered.set(name, entry);
    return entry.value as Promise<T>;
  }

  /** Whether the circuit breaker holds the database for down, and how long the last outage lasted. */
  circuit(): CircuitStatus {
    return this.shared.breaker.status();
  }

  /**
   * Runs one read statement and returns its records as plain objects. An auto-commit statement: one
   * network round trip where an explicit transaction takes two (BEGIN+RUN, then COMMIT); retried on
   * transient failures for up to READ_RETRY_MS, as executeRead would be.
   */
  async read<T = Record<string, unknown>>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    return this.underDeadline('READ', query.name, this.options.timeoutMs, async (deadline) => {
      const started = performance.now();
      let failed = false;
      try {
        for (let attempt = 1; ; attempt++) {
          const session = this.driver.session(this.sessionConfig('READ'));
          try {
            const mapped = withParameterMap(query, params);
            const result = await withoutCallSiteStack(() => session.run(mapped.text, mapped.params, { timeout: this.options.timeoutMs }));
            return result.records.map((record) => record.toObject() as T);
          } catch (error) {
            if (!isRetryableError(error) || deadline.expired || performance.now() - started > READ_RETRY_MS) {
              failed = true;
              throw classifyDatabaseError(error, query.name);
            }
            await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
          } finally {
            await session.close();
          }
        }
      } finally {
        this.options.onQuery?.({ name: query.name, mode: 'READ', ms: performance.now() - started, failed });
      }
    });
  }

  /**
   * Runs one read statement and yields its records as the server sends them: the driver asks for the
   * next batch as the caller takes rows, so a long download never sits whole in memory and a slow
   * reader slows the query down. The session closes when iteration ends, fails or is broken off.
   */
  async *stream<T = Record<string, unknown>>(
    query: CypherQuery,
    params: Params = {},
    timeoutMs = this.options.timeoutMs,
  ): AsyncGenerator<T> {
    const breaker = this.shared.breaker;
    breaker.check();
    const session = this.driver.session({ ...this.sessionConfig('READ'), fetchSize: STREAM_BATCH_ROWS });
    const started = performance.now();
    let failed = false;
    try {
      const mapped = withParameterMap(query, params);
      const result = withoutCallSiteStack(() => session.run(mapped.text, mapped.params, { timeout: timeoutMs }));
      for await (const record of result) yield record.toObject() as T;
      breaker.succeeded();
    } catch (error) {
      failed = true;
      const classified = classifyDatabaseError(error, query.name);
      if (isUnavailability(classified)) breaker.failed();
      throw classified;
    } finally {
      this.options.onQuery?.({ name: query.name, mode: 'READ', ms: performance.now() - started, failed });
      await session.close();
    }
  }

  /** Runs one write statement in its own transaction. */
  write<T = Record<string, unknown>>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    return this.writeTransaction((tx) => tx.run<T>(query, params));
  }

  /** Several reads in one transaction (one consistent snapshot). */
  readTransaction<T>(work: (tx: Transaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('READ', work, timeoutMs);
  }

  /** Several writes in one transaction: all or nothing. */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('WRITE', work, timeoutMs);
  }

  /** Schema statements (CREATE INDEX...) cannot share a transaction with data writes. */
  async runAutoCommit(query: CypherQuery, params: Params = {}): Promise<void> {
    const session = this.driver.session(this.sessionConfig('WRITE'));
    const started = performance.now();
    let failed = false;
    try {
      await session.run(query.text, params);
    } catch (error) {
      failed = true;
      throw classifyDatabaseError(error, query.name);
    } finally {
      this.options.onQuery?.({ name: query.name, mode: 'WRITE', ms: performance.now() - started, failed });
      this.shared.writesFinished++;
      await session.close();
    }
  }

  /**
   * The graph's version: a digest of the bookmark an empty read gets back, which names the database's
   * last committed transaction. Any commit by any process changes it (equal versions: nothing was
   * written in between); reading it writes nothing, so writers never queue behind a shared counter.
   * Undefined when the server names no transaction. In a cluster, the version of the member asked.
   */
  async graphVersion(): Promise<string | undefined> {
    const query = LAST_COMMITTED_TRANSACTION;
    return this.underDeadline('READ', query.name, this.options.timeoutMs, async () => {
      const started = performance.now();
      let failed = false;
      // No bookmarks and no bookmark manager: the server's latest state, and a bookmark of its own.
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
      try {
        await withoutCallSiteStack(() => session.run(query.text, {}, { timeout: this.options.timeoutMs }));
        const bookmarks = [...(await session.lastBookmarks())];
        if (bookmarks.length === 0) return undefined;
        return createHash('sha256').update(bookmarks.sort().join(',')).digest('base64url').slice(0, 16);
      } catch (error) {
        failed = true;
        throw classifyDatabaseError(error, query.name);
      } finally {
        this.options.onQuery?.({ name: query.name, mode: 'READ', ms: performance.now() - started, failed });
        await session.close();
      }
    });
  }

  /**
   * True when the server answers a statement within `timeoutMs`. One check at a time: a caller arriving while one
   * is in flight waits for that one (at most its own `timeoutMs`) unless it is stale.
   */
  async ping(timeoutMs = READINESS_TIMEOUT_MS): Promise<boolean> {
    const shared = this.shared;
    if (!shared.pendingPing || performance.now() - shared.pendingPing.since > PING_STALE_MS) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
      const ping = {
        since: performance.now(),
        answered: session
          .run(PING.text)
          .then(
            () => true,
            () => false,
          )
          .finally(() => session.close()),
      };
      void ping.answered.finally(() => shared.pendingPing === ping && (shared.pendingPing = undefined));
      shared.pendingPing = ping;
    }
    const pending = shared.pendingPing.answered;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([pending, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * For /health/ready: false at once while the circuit is open, else whether the server answers
   * within a second (a check that fails counts towards opening the circuit).
   */
  async ready(): Promise<boolean> {
    const breaker = this.shared.breaker;
    if (breaker.isOpen) return false;
    const answered = await this.ping(READINESS_TIMEOUT_MS);
    if (answered) breaker.succeeded();
    else breaker.failed();
    return answered;
  }

  close(): Promise<void> {
    this.shared.breaker.stop();
    return this.driver.close();
  }

  /**
   * Runs `work` unless the circuit is open, and gives up on it at the deadline (the server-side
   * time-out plus DEADLINE_GRACE_MS): DATABASE_UNAVAILABLE, or WRITE_OUTCOME_UNKNOWN when a COMMIT was
   * already sent. The abandoned work goes on in the background until the server answers or its
   * connection dies; its session is closed then (the circuit keeps new work off the pool meanwhile).
   */
  private async underDeadline<T>(
    mode: 'READ' | 'WRITE',
    name: string,
    timeoutMs: number,
    work: (deadline: Deadline) => Promise<T>,
  ): Promise<T> {
    const breaker = this.shared.breaker;
    breaker.check();
    const deadlineMs = timeoutMs + (this.options.deadlineGraceMs ?? DEADLINE_GRACE_MS);
    const deadline = new Deadline(deadlineMs, ({ committing }) =>
      mode === 'WRITE' && committing
        ? new WriteOutcomeUnknownError(`The database did not confirm the commit within ${deadlineMs} ms (${name})`)
        : new DatabaseUnavailableError(
            `The database did not answer within ${deadlineMs} ms (${name})${mode === 'WRITE' ? '; nothing was written' : ''}`,
          ),
    );
    try {
      const result = await Promise.race([work(deadline), deadline.passed]);
      breaker.succeeded();
      return result;
    } catch (error) {
      if (isUnavailability(error)) breaker.failed();
      else breaker.succeeded(); // the server answered, with an error of the query's own
      throw error;
    } finally {
      deadline.clear();
    }
  }

  private transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const config = { timeout: timeoutMs ?? this.options.timeoutMs };
    return this.underDeadline(mode, 'transaction', config.timeout, async (deadline) => {
      const session = this.driver.session(this.sessionConfig(mode));
      try {
        const unit = async (managed: ManagedTransaction) => {
          deadline.committing = false; // the driver may retry the unit after a transient failure
          deadline.throwIfExpired();
          const tx = this.wrap(managed, mode, deadline);
          const result =
            mode === 'WRITE' && this.scope.idempotency ? await this.idempotently(tx, this.scope.idempotency, work) : await work(tx);
          deadline.throwIfExpired(); // abandoned: roll back rather than commit after the caller was told it failed
          deadline.committing = mode === 'WRITE';
          return result;
        };
        const result = await (mode === 'READ' ? session.executeRead(unit, config) : session.executeWrite(unit, config));
        if (mode === 'WRITE' && this.scope.bookmarks) this.scope.bookmarks.written = [...(await session.lastBookmarks())];
        return result;
      } catch (error) {
        throw classifyDatabaseError(error, 'transaction');
      } finally {
        if (mode === 'WRITE') this.shared.writesFinished++;
        await session.close();
      }
    });
  }

  /** Runs `work` once per idempotency key: a retry gets the result recorded by the transaction that wrote. */
  private async idempotently<T>(tx: Transaction, claim: IdempotencyClaim, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const [stored] = await tx.run<{ fingerprint: string; result: string | null }>(CLAIM_IDEMPOTENCY_KEY, { ...claim });
    if (stored?.result != null) {
      if (stored.fingerprint !== claim.fingerprint) {
        throw new InvalidInputError(
          'Idempotency-Key: this key was already used for another request; send a new key for a new write.',
          'Idempotency-Key',
        );
      }
      return JSON.parse(stored.result) as T;
    }
    const result = await work(tx);
    await tx.run(RECORD_IDEMPOTENT_RESULT, { key: claim.key, result: JSON.stringify(result ?? null) });
    return result;
  }

  private sessionConfig(mode: 'READ' | 'WRITE'): SessionConfig {
    return {
      database: this.options.database,
      defaultAccessMode: mode,
      // Shared by every session of this process: a process always reads its own writes.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      ...(this.scope.bookmarks?.incoming.length ? { bookmarks: this.scope.bookmarks.incoming } : {}),
    };
  }

  private wrap(managed: ManagedTransaction, mode: 'READ' | 'WRITE', deadline: Deadline): Transaction {
    const runWithStats = async <T>(query: CypherQuery, params: Params = {}) => {
      const started = performance.now();
      let failed = false;
      try {
        deadline.throwIfExpired();
        const result: DriverResult = await withoutCallSiteStack(() => managed.run(query.text, params));
        deadline.throwIfExpired();
        const counters = result.summary.counters.updates();
        return {
          records: result.records.map((record) => record.toObject() as T),
          stats: {
            nodesCreated: counters.nodesCreated,
            nodesDeleted: counters.nodesDeleted,
            relationshipsCreated: counters.relationshipsCreated,
            relationshipsDeleted: counters.relationshipsDeleted,
            propertiesSet: counters.propertiesSet,
            labelsAdded: counters.labelsAdded,
          },
        };
      } catch (error) {
        failed = true;
        throw classifyDatabaseError(error, query.name);
      } finally {
        this.options.onQuery?.({ name: query.name, mode, ms: performance.now() - started, failed });
      }
    };
    return {
      runWithStats,
      run: async <T>(query: CypherQuery, params?: Params) => (await runWithStats<T>(query, params)).records,
    };
  }
}
