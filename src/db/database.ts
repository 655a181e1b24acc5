import { isRetryableError } from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult as DriverResult, SessionConfig } from 'neo4j-driver';
import { classifyDatabaseError } from './errors';

/** A named, parameterised Cypher statement. Names appear in logs and in the query counts tests check. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

export function cypher(name: string, text: string): CypherQuery {
  return { name, text };
}

export type Params = Record<string, unknown>;

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
 * The one owner of the Neo4j driver: a session per unit of work, closed in `finally`; reads in read
 * transactions (routed to secondaries in a cluster), writes in write transactions; one bookmark
 * manager so every session sees the writes made before it (read-your-writes).
 */
export class Database {
  constructor(
    private readonly driver: Driver,
    readonly options: DatabaseOptions,
    private readonly bookmarks?: RequestBookmarks,
  ) {}

  /** The same database for one request, following and collecting that request's bookmarks. */
  forRequest(bookmarks: RequestBookmarks): Database {
    return new Database(this.driver, this.options, bookmarks);
  }

  /**
   * Runs one read statement and returns its records as plain objects. An auto-commit statement: one
   * network round trip where an explicit transaction takes two (BEGIN+RUN, then COMMIT); retried on
   * transient failures for up to READ_RETRY_MS, as executeRead would be.
   */
  async read<T = Record<string, unknown>>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    const started = performance.now();
    let failed = false;
    try {
      for (let attempt = 1; ; attempt++) {
        const session = this.driver.session(this.sessionConfig('READ'));
        try {
          const result = await withoutCallSiteStack(() => session.run(query.text, params, { timeout: this.options.timeoutMs }));
          return result.records.map((record) => record.toObject() as T);
        } catch (error) {
          if (!isRetryableError(error) || performance.now() - started > READ_RETRY_MS) {
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
      await session.close();
    }
  }

  /** True when the server answers a trivial query. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session(this.sessionConfig(mode));
    const config = { timeout: timeoutMs ?? this.options.timeoutMs };
    try {
      const unit = (managed: ManagedTransaction) => work(this.wrap(managed, mode));
      const result = await (mode === 'READ' ? session.executeRead(unit, config) : session.executeWrite(unit, config));
      if (mode === 'WRITE' && this.bookmarks) this.bookmarks.written = [...(await session.lastBookmarks())];
      return result;
    } catch (error) {
      throw classifyDatabaseError(error, 'transaction');
    } finally {
      await session.close();
    }
  }

  private sessionConfig(mode: 'READ' | 'WRITE'): SessionConfig {
    return {
      database: this.options.database,
      defaultAccessMode: mode,
      // Shared by every session of this process: a process always reads its own writes.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      ...(this.bookmarks?.incoming.length ? { bookmarks: this.bookmarks.incoming } : {}),
    };
  }

  private wrap(managed: ManagedTransaction, mode: 'READ' | 'WRITE'): Transaction {
    const runWithStats = async <T>(query: CypherQuery, params: Params = {}) => {
      const started = performance.now();
      let failed = false;
      try {
        const result: DriverResult = await withoutCallSiteStack(() => managed.run(query.text, params));
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
