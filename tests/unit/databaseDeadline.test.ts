import type { Driver } from 'neo4j-driver';
import { cypher, Database, DEADLINE_GRACE_MS } from '../../src/db/database';
import { PING } from '../../src/db/cypher/health';
import { DatabaseUnavailableError, WriteOutcomeUnknownError } from '../../src/db/errors';

/**
 * The client-side deadline and the circuit breaker, over a fake driver whose server can be made to
 * stop answering at a chosen step (what a frozen Neo4j looks like from the client).
 */

const TIMEOUT_MS = 100;
const never = () => new Promise<never>(() => undefined);
const QUERY = cypher('test.query', 'RETURN 1 AS one');
const answer = { records: [{ toObject: () => ({ one: 1 }) }], summary: { counters: { updates: () => ({}) } } };

interface FakeServer {
  /** Which step never answers: none, every statement, or the COMMIT. */
  frozen: 'nothing' | 'statements' | 'commit';
  sessions: number;
  commits: number;
  rollbacks: number;
  /** Lets a frozen statement answer (the server thaws). */
  thaw?: () => void;
  pingAnswers: boolean;
}

function fakeDriver(server: FakeServer): Driver {
  const run = (text: string) => {
    if (text === PING.text) return server.pingAnswers ? Promise.resolve(answer) : Promise.reject(new Error('connection refused'));
    if (server.frozen !== 'statements') return Promise.resolve(answer);
    return new Promise((resolve) => (server.thaw = () => resolve(answer)));
  };
  const session = () => {
    server.sessions++;
    return {
      run,
      async executeWrite(unit: (tx: unknown) => Promise<unknown>) {
        let result: unknown;
        try {
          result = await unit({ run });
        } catch (error) {
          server.rollbacks++;
          throw error;
        }
        if (server.frozen === 'commit') return never();
        server.commits++;
        return result;
      },
      executeRead: (unit: (tx: unknown) => Promise<unknown>) => unit({ run }),
      lastBookmarks: async () => [],
      close: async () => undefined,
    };
  };
  return {
    session,
    executeQueryBookmarkManager: {},
    close: async () => undefined,
  } as unknown as Driver;
}

function setUp(frozen: FakeServer['frozen']) {
  const server: FakeServer = { frozen, sessions: 0, commits: 0, rollbacks: 0, pingAnswers: false };
  const events: string[] = [];
  const db = new Database(fakeDriver(server), {
    database: 'neo4j',
    timeoutMs: TIMEOUT_MS,
    breaker: { failureThreshold: 3, probeIntervalMs: 50 },
    onCircuitChange: (event) => events.push(event.state),
  });
  return { server, db, events };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; error?: unknown }> {
  const started = Date.now();
  try {
    await work();
    return { ms: Date.now() - started };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the client-side deadline', () => {
  it('turns a read the server never answers into DATABASE_UNAVAILABLE at the deadline', async () => {
    const { db } = setUp('statements');
    const { ms, error } = await timed(() => db.read(QUERY));
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS + DEADLINE_GRACE_MS - 5);
    expect(ms).toBeLessThan(TIMEOUT_MS + DEADLINE_GRACE_MS + 300);
    await db.close();
  });

  it('reports a write whose COMMIT was sent but never confirmed as WRITE_OUTCOME_UNKNOWN', async () => {
    const { db } = setUp('commit');
    const { error } = await timed(() => db.write(QUERY));
    expect(error).toBeInstanceOf(WriteOutcomeUnknownError);
    await db.close();
  });

  it('rolls back a write abandoned before its COMMIT when the server answers late, never committing it', async () => {
    const { db, server } = setUp('statements');
    const { error } = await timed(() =>
      db.writeTransaction(async (tx) => {
        await tx.run(QUERY);
        return tx.run(QUERY);
      }),
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(/nothing was written/);
    server.thaw!(); // the server answers the first statement after the client gave up
    await sleep(20);
    expect(server).toMatchObject({ commits: 0, rollbacks: 1 });
    await db.close();
  });
});

describe('the circuit breaker', () => {
  it('opens after three consecutive failures and then refuses at once, without taking a session', async () => {
    const { db, server, events } = setUp('statements');
    for (let i = 0; i < 3; i++) await timed(() => db.read(QUERY));
    expect(db.circuit().state).toBe('open');
    expect(events).toEqual(['open']);
    const sessionsBefore = server.sessions;
    const { ms, error } = await timed(() => db.read(QUERY));
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(ms).toBeLessThan(20);
    expect(server.sessions).toBe(sessionsBefore);
    expect(await db.ready()).toBe(false);
    await db.close();
  });

  it('closes when a background probe is answered, and reports how long the database was down', async () => {
    const { db, server, events } = setUp('statements');
    for (let i = 0; i < 3; i++) await timed(() => db.read(QUERY));
    server.frozen = 'nothing';
    server.thaw?.();
    server.pingAnswers = true;
    await sleep(200);
    expect(events).toEqual(['open', 'closed']);
    expect(db.circuit()).toMatchObject({ state: 'closed', consecutiveFailures: 0, lastDownForMs: expect.any(Number) });
    expect(await db.read(QUERY)).toEqual([{ one: 1 }]);
    await db.close();
  });

  it('counts an error of the query itself as an answer, not as a failure', async () => {
    const { db, server } = setUp('nothing');
    for (let i = 0; i < 5; i++) await timed(() => db.writeTransaction(async () => Promise.reject(new Error('bad input'))));
    expect(server.rollbacks).toBe(5);
    expect(db.circuit()).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
    await db.close();
  });
});
