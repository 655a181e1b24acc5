import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher, Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { migrate } from '../../src/db/migrate';
import { LocalNeo4j } from '../../src/localNeo4j/localNeo4j';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * The database stops answering without closing its connections (a JVM frozen by a long GC pause, a
 * VM migration, a network partition): here, SIGSTOP on the JVM of a Neo4j of this file's own (never
 * the shared test server). Reads and writes must give up at their deadline, the circuit must then
 * answer at once, and everything must come back on its own after SIGCONT.
 */
jest.setTimeout(120_000);

const TIMEOUT_MS = 2_000;
const GRACE_MS = 500;
const DEADLINE_MS = TIMEOUT_MS + GRACE_MS;
/** Scheduling noise on a loaded two-core machine, on top of the deadline. */
const MARGIN_MS = 1_500;
const CURATOR = 'curator-frozen-key-0123456789';

let home: string;
let neo4j: LocalNeo4j;
let api: TestApi;
let frozen = false;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'ohg-frozen-neo4j-'));
  neo4j = await LocalNeo4j.start({ home, heapSize: '512m', pageCacheSize: '64m' });
  // Minimal data: the constraints, and one actor to read.
  const seeding = new Database(createDriver(neo4j.connection), { database: 'neo4j', timeoutMs: 60_000 });
  await migrate(seeding);
  await seeding.write(
    cypher('test.oneActor', "CREATE (:Entity:Actor {id: 'inits', name: 'Inits', nameKey: 'inits', kind: 'COMPANY', passageIds: []})"),
  );
  await seeding.close();
  const db = Object.assign(
    new Database(createDriver(neo4j.connection), { database: 'neo4j', timeoutMs: TIMEOUT_MS, deadlineGraceMs: GRACE_MS }),
    {
      queries: [],
    },
  );
  api = await startTestApi({}, { DB_QUERY_TIMEOUT_MS: String(TIMEOUT_MS), API_KEYS: `frozen:curator:${CURATOR}` }, db);
  // A cold server on a busy machine can miss the first deadlines: warm up the read and the write (their plans).
  await firstGoodRead(120_000);
  for (
    let attempt = 0;
    (
      await post(
        CREATE,
        { input: { ...frozenActor, id: `warm-up-${attempt}`, name: `Warm Up ${attempt}` } },
        asCurator(`warm-up-key-${attempt}`),
      )
    ).result !== 'ok';
    attempt++
  ) {
    if (attempt > 30) throw new Error('the write path never answered within its deadline');
  }
}, 600_000); // two Neo4j servers starting on a shared machine

afterAll(async () => {
  if (frozen) thaw();
  await api?.close();
  await neo4j?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

function freeze(): number {
  process.kill(neo4j.pid, 'SIGSTOP');
  frozen = true;
  return Date.now();
}

function thaw(): number {
  process.kill(neo4j.pid, 'SIGCONT');
  frozen = false;
  return Date.now();
}

interface Answer {
  status: number;
  ms: number;
  /** 'ok', or the first error's code. */
  result: string;
  retryAfter: string | null;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const started = Date.now();
  try {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as Answer['body'];
    const result = body.errors?.length ? (body.errors[0]!.extensions?.code ?? 'unexpected') : 'ok';
    return { status: response.status, ms: Date.now() - started, result, retryAfter: response.headers.get('retry-after'), body };
  } catch (error) {
    return { status: 0, ms: Date.now() - started, result: `transport: ${(error as Error).name}`, retryAfter: null, body: {} };
  }
}

const readActor = () => post('{ actor(id: "inits") { name } }');

async function readiness(): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${api.url}/health/ready`, { signal: AbortSignal.timeout(30_000) });
  return { status: response.status, ms: Date.now() - started };
}

/** Polls until a read answers with data; resolves with when it did. */
async function firstGoodRead(timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await readActor()).result === 'ok') return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no read answered within ${timeoutMs} ms`);
}

const CREATE = 'mutation($input: CreateActorInput!) { createActor(input: $input) { id name } }';
const frozenActor = {
  id: 'labo-gel',
  name: 'Labo Gel',
  kind: 'COMPANY',
  source: { url: 'https://www.example.org/labo-gel', title: 'Labo Gel', quote: 'Labo Gel ouvre à Montpellier.' },
};
const asCurator = (key: string) => ({ authorization: `Bearer ${CURATOR}`, 'idempotency-key': key });

describe('when the database freezes and thaws', () => {
  it('answers reads and writes at their deadline, the readiness probe within a second, then at once while the circuit is open', async () => {
    expect((await readActor()).result).toBe('ok');
    expect((await readiness()).status).toBe(200);

    freeze();
    const [reads, write] = await Promise.all([
      Promise.all([readActor(), readActor(), readActor()]),
      post(CREATE, { input: frozenActor }, asCurator('frozen-write-0001')),
    ]);
    for (const read of reads) {
      expect(read).toMatchObject({ status: 503, result: 'DATABASE_UNAVAILABLE', retryAfter: expect.stringMatching(/^\d+$/) });
      expect(read.ms).toBeLessThan(DEADLINE_MS + MARGIN_MS);
    }
    // The write had not reached its COMMIT: it is abandoned and rolled back, and the client is told nothing was written.
    expect(write).toMatchObject({ status: 503, result: 'DATABASE_UNAVAILABLE' });
    expect(write.ms).toBeLessThan(DEADLINE_MS + MARGIN_MS);

    const probe = await readiness();
    expect(probe.status).toBe(503);
    expect(probe.ms).toBeLessThan(1_000 + 700);
    expect(api.db.circuit().state).toBe('open');

    const whileOpen = await readActor();
    expect(whileOpen).toMatchObject({ status: 503, result: 'DATABASE_UNAVAILABLE' });
    expect(whileOpen.ms).toBeLessThan(500);
    expect(whileOpen.body.errors![0]!.message).toMatch(/try again/);

    // The same status through Express (a GET), not only on the POST fast path.
    const viaExpress = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ actor(id: "inits") { name } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(viaExpress.status).toBe(503);
    expect(viaExpress.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('recovers by itself after the database thaws, without having committed the abandoned write', async () => {
    const thawedAt = thaw();
    const recoveredAt = await firstGoodRead(15_000);
    console.log(`frozen database: first good read ${recoveredAt - thawedAt} ms after SIGCONT`);
    expect(recoveredAt - thawedAt).toBeLessThan(10_000);
    expect(api.db.circuit().state).toBe('closed');
    expect((await readiness()).status).toBe(200);

    // Give the abandoned transaction time to reach its (rolled-back) end on the thawed server.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await post('{ actor(id: "labo-gel") { id } }')).body.data).toEqual({ actor: null });

    // The client retries with its key: written once, and the same answer again on a second retry.
    const retried = await post(CREATE, { input: frozenActor }, asCurator('frozen-write-0001'));
    expect(retried.body).toMatchObject({ data: { createActor: { id: 'labo-gel', name: 'Labo Gel' } } });
    const again = await post(CREATE, { input: frozenActor }, asCurator('frozen-write-0001'));
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data).toEqual(retried.body.data);
  });
});

describe('under an open-loop load through a freeze', () => {
  it('answers every request with data or DATABASE_UNAVAILABLE within the deadline, and recovers after the thaw', async () => {
    const RATE = 20; // requests per second, whatever the answers' speed
    // Six seconds of load after the thaw: the circuit's probe may take a few seconds to close it on a loaded machine, and
    // recovery is judged by requests answered after it (with two seconds, a CI run saw none: closed 2.5 s after SIGCONT).
    const DURATION_MS = 16_000;
    const FREEZE_AT_MS = 2_000;
    const FREEZE_FOR_MS = 8_000; // well past the deadline: without one, requests would hang this long
    const started = Date.now();
    const answers: (Answer & { at: number })[] = [];
    const inFlight: Promise<void>[] = [];
    let thawedAt = 0;
    let circuitOpenedAt = 0;
    let circuitClosedAt = 0;
    const watch = setInterval(() => {
      const open = api.db.circuit().state === 'open';
      if (open && !circuitOpenedAt) circuitOpenedAt = Date.now();
      if (!open && circuitOpenedAt && !circuitClosedAt) circuitClosedAt = Date.now();
    }, 50);
    const freezer = new Promise<void>((resolve) =>
      setTimeout(() => {
        freeze();
        setTimeout(() => {
          thawedAt = thaw();
          resolve();
        }, FREEZE_FOR_MS);
      }, FREEZE_AT_MS),
    );
    for (let i = 0; i < (RATE * DURATION_MS) / 1000; i++) {
      const at = started + (i * 1000) / RATE;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
      const sentAt = Date.now();
      inFlight.push(readActor().then((answer) => void answers.push({ ...answer, at: sentAt })));
    }
    await Promise.all(inFlight);
    await freezer;
    await firstGoodRead(15_000);
    clearInterval(watch);

    const failed = answers.filter((a) => a.result !== 'ok');
    const slowest = Math.max(...answers.map((a) => a.ms));
    const firstOkAfterThaw = Math.min(...answers.filter((a) => a.result === 'ok' && a.at + a.ms >= thawedAt).map((a) => a.at + a.ms));
    console.log(
      `load through a ${FREEZE_FOR_MS / 1000} s freeze (deadline ${DEADLINE_MS} ms): ${answers.length} requests at ${RATE}/s, ` +
        `${failed.length} DATABASE_UNAVAILABLE (${((100 * failed.length) / answers.length).toFixed(1)} %), slowest answer ${slowest} ms, ` +
        `circuit open ${circuitOpenedAt - thawedAt + FREEZE_FOR_MS} ms after the freeze, closed ${circuitClosedAt - thawedAt} ms after SIGCONT, ` +
        `first good answer ${firstOkAfterThaw - thawedAt} ms after SIGCONT; answers under 500 ms while open: ` +
        `${answers.filter((a) => a.at >= circuitOpenedAt && a.at < circuitClosedAt && a.ms < 500).length} of ${answers.filter((a) => a.at >= circuitOpenedAt && a.at < circuitClosedAt).length}`,
    );

    expect(answers).toHaveLength((RATE * DURATION_MS) / 1000);
    expect([...new Set(answers.map((a) => a.result))].sort()).toEqual(['DATABASE_UNAVAILABLE', 'ok']);
    expect(failed.every((a) => a.status === 503)).toBe(true);
    // Bounded by the deadline plus scheduling noise, well under the freeze.
    expect(slowest).toBeLessThan(DEADLINE_MS + 3_000);
    expect(circuitOpenedAt).toBeGreaterThan(0);
    expect(circuitClosedAt - thawedAt).toBeLessThan(10_000);
    expect(firstOkAfterThaw - thawedAt).toBeLessThan(10_000);
    // Once it has recovered, every request is answered with data.
    expect(answers.filter((a) => a.at > firstOkAfterThaw).every((a) => a.result === 'ok')).toBe(true);
  });
});
