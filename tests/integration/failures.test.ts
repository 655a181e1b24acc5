import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { seedGraph } from '../../src/services/seeding/seedGraph';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { freePort, LocalNeo4j } from '../../src/localNeo4j/localNeo4j';
import { createLogger } from '../../src/logger';
import { createApi } from '../../src/http/server';

/**
 * Neo4j dies and comes back while clients keep asking. This file runs its own Neo4j (the shared test
 * server must not be killed under the other files).
 */
jest.setTimeout(240_000);

let home: string;
let boltPort: number;
let neo4j: LocalNeo4j;
let db: Database;
let server: Server;
let stopApi: () => Promise<void>;
let url: string;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'ohg-failure-neo4j-'));
  boltPort = await freePort();
  neo4j = await LocalNeo4j.start({ home, boltPort, heapSize: '512m', pageCacheSize: '64m' });
  db = new Database(createDriver(neo4j.connection), { database: 'neo4j', timeoutMs: 5000 });
  await seedGraph(db);
  const { handler, apollo } = await createApi({
    db,
    config: loadConfig({ NODE_ENV: 'test' }),
    vocabulary: loadVocabulary(),
    log: createLogger({ level: 'silent' }),
  });
  server = await new Promise((resolve) => {
    const s = createServer(handler).listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  stopApi = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await apollo.stop();
  };
});

afterAll(async () => {
  await stopApi?.();
  await db?.close();
  await neo4j?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

interface Outcome {
  at: number;
  ms: number;
  result: string;
}

async function ask(): Promise<Outcome> {
  const started = Date.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(id: "inits") { name location { city { name } } } }' }),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await response.json()) as { data?: { actor?: { name: string } }; errors?: { extensions?: { code?: string } }[] };
    const result = body.data?.actor?.name === 'Inits' ? 'ok' : (body.errors?.[0]?.extensions?.code ?? 'unexpected');
    return { at: started, ms: Date.now() - started, result };
  } catch (error) {
    return { at: started, ms: Date.now() - started, result: `transport: ${(error as Error).name}` };
  }
}

async function readiness(): Promise<number> {
  return (await fetch(`${url}/health/ready`)).status;
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('when Neo4j dies under load and comes back', () => {
  it('fails fast with DATABASE_UNAVAILABLE, stays up, and recovers on its own', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const clients = Array.from({ length: 4 }, async () => {
      while (running) outcomes.push(await ask());
    });

    await until(async () => outcomes.filter((o) => o.result === 'ok').length >= 20, 30_000);
    expect(await readiness()).toBe(200);

    const killedAt = Date.now();
    process.kill(neo4j.pid, 'SIGKILL'); // a crash, not a clean stop
    await until(async () => outcomes.some((o) => o.at > killedAt && o.result === 'DATABASE_UNAVAILABLE'), 30_000);
    expect(await readiness()).toBe(503);
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 3000)); // a few seconds of outage under load

    const restartedAt = Date.now();
    neo4j = await LocalNeo4j.start({ home, boltPort, heapSize: '512m', pageCacheSize: '64m' });
    await until(async () => outcomes.some((o) => o.at > restartedAt && o.result === 'ok'), 60_000);
    await until(async () => (await readiness()) === 200, 30_000);
    const recoveredAt = Date.now();
    await until(async () => outcomes.filter((o) => o.at > recoveredAt && o.result === 'ok').length >= 20, 30_000);
    running = false;
    await Promise.all(clients);

    const during = outcomes.filter((o) => o.at > killedAt && o.at < restartedAt);
    const after = outcomes.filter((o) => o.at > recoveredAt);
    // Every answer was either the data or a clear error: DATABASE_UNAVAILABLE, or on a loaded machine QUERY_TIMEOUT for a
    // read caught by the crash or by the restarted server's first plans. No internal error, no hang.
    const results = new Set(outcomes.map((o) => o.result));
    expect([...results].filter((result) => !['ok', 'DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT'].includes(result))).toEqual([]);
    expect(results).toContain('DATABASE_UNAVAILABLE');
    expect(during.filter((o) => o.result === 'DATABASE_UNAVAILABLE').length).toBeGreaterThan(0);
    expect(Math.max(...during.map((o) => o.ms))).toBeLessThan(10_000);
    expect(after.every((o) => o.result === 'ok')).toBe(true);
  });
});
