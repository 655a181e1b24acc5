import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { auditServer } from 'graphql-http';
import { cypher, type Database, type QueryEvent } from '../../src/db/database';
import { explorerDir } from '../../src/domain/paths';
import { removeCurationWrites } from '../support/curationCleanup';
import { startTestApi, type TestApi } from '../support/testApi';
import { testDatabase } from '../support/testDatabase';

/**
 * HTTP as a front-end app meets it: CORS for a local dev server, compressed answers and assets,
 * immutable hashed assets, ETags that hold until the next write, the GraphQL-over-HTTP spec's own
 * audit, and a clear refusal of subscriptions.
 */
const CURATOR = 'apps-curator-key-000000000000';
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({}, { API_KEYS: `ana:curator:${CURATOR}` });
});
afterAll(() => api.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request through node:http, so the body comes back as sent (fetch would decompress it). */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const DECOMPRESS: Record<string, (body: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync };
const LARGE_QUERY = JSON.stringify({ query: '{ actors(first: 50) { nodes { id name kind } } }' });
const postRaw = (body: string, headers: Record<string, string> = {}) =>
  raw(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });

  it.each(['http://localhost:5173', 'http://127.0.0.1:3000', 'http://localhost'])(
    'outside production, lets a local dev server on %s call the API with no configuration',
    async (origin) => {
      const answer = await preflight(api.url, origin);
      expect([answer.status, answer.headers.get('access-control-allow-origin')]).toEqual([204, origin]);
      const byPost = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(byPost.headers.get('access-control-allow-origin')).toBe(origin);
    },
  );

  it.each(['http://localhost.evil.example', 'https://localhost:5173', 'http://example.org'])(
    'outside production, still refuses %s, which is not this machine over plain HTTP',
    async (origin) => {
      expect((await preflight(api.url, origin)).headers.get('access-control-allow-origin')).toBeNull();
    },
  );

  it('in production, allows the origins of CORS_ORIGINS only, not local ones', async () => {
    const production = await startTestApi({}, { NODE_ENV: 'production', CORS_ORIGINS: 'https://app.example' });
    try {
      expect((await preflight(production.url, 'http://localhost:5173')).headers.get('access-control-allow-origin')).toBeNull();
      expect((await preflight(production.url, 'https://app.example')).headers.get('access-control-allow-origin')).toBe(
        'https://app.example',
      );
    } finally {
      await production.close();
    }
  });
});

describe('compression', () => {
  it.each(['br', 'gzip'])('sends a large JSON answer compressed as %s, which decompresses to the plain answer', async (encoding) => {
    const plain = await postRaw(LARGE_QUERY);
    const compressed = await postRaw(LARGE_QUERY, { 'accept-encoding': encoding });
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    // A cache in between must not hand the plain answer to a client that accepts compression, nor the reverse.
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(compressed.headers['content-encoding']).toBe(encoding);
    expect(compressed.headers.vary).toMatch(/Accept-Encoding/i);
    expect(compressed.body.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(DECOMPRESS[encoding]!(compressed.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
  });

  it('prefers brotli when a client accepts both', async () => {
    expect((await postRaw(LARGE_QUERY, { 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding']).toBe('br');
  });

  it('sends a small answer as it is', async () => {
    const small = await postRaw(JSON.stringify({ query: '{ actor(id: "sanofi") { name } }' }), { 'accept-encoding': 'br, gzip' });
    expect([small.headers['content-encoding'], JSON.parse(small.body.toString('utf8'))]).toEqual([
      undefined,
      { data: { actor: { name: 'Sanofi' } } },
    ]);
  });

  it.each(['br', 'gzip'])("sends the explorer's script compressed as %s, cached for a year as immutable", async (encoding) => {
    const script = readdirSync(join(explorerDir, 'assets')).find((name) => /^index-[\w-]+\.js$/.test(name));
    expect(script).toBeDefined();
    const answer = await raw(`${api.url}/assets/${script}`, { headers: { 'accept-encoding': encoding } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
    expect(DECOMPRESS[encoding]!(answer.body).equals(readFileSync(join(explorerDir, 'assets', script!)))).toBe(true);
  });

  it("sends the explorer's page revalidated on every visit (it names the hashed assets of the current build)", async () => {
    const page = await raw(`${api.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect([page.status, page.headers['cache-control']]).toEqual([200, 'no-cache']);
    const html = page.headers['content-encoding'] === 'gzip' ? gunzipSync(page.body) : page.body;
    expect(html.toString('utf8')).toBe(readFileSync(join(explorerDir, 'index.html'), 'utf8'));
  });
});

describe('ETags on GET answers', () => {
  const URL_QUERY = `/graphql?query=${encodeURIComponent('query Name($id: ID!) { actor(id: $id) { name } }')}&variables=${encodeURIComponent('{"id":"sanofi"}')}`;
  const get = (headers: Record<string, string> = {}) =>
    raw(`${api.url}${URL_QUERY}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });

  it('tags an answer with the graph version, and answers 304 without running the query while nothing is written', async () => {
    const first = await get();
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body.toString('utf8'))).toEqual({ data: { actor: { name: 'Sanofi' } } });
    expect(first.headers.etag).toMatch(/^W\/"[\w-]{16}-[\w-]{22}"$/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    api.db.queries.length = 0;
    const again = await get({ 'if-none-match': String(first.headers.etag) });
    expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, first.headers.etag]);
    expect(api.db.queries.map((q) => q.name)).toEqual(['graphVersion.lastCommitted']);
  });

  /** A write that commits something: a probe node's time, set by `db`. */
  const touchProbe = (db: Database) => db.write(cypher('test.touchProbe', "MERGE (p:EtagProbe {id: 'probe'}) SET p.at = timestamp()"));
  afterAll(() => api.db.write(cypher('test.removeProbe', 'MATCH (p:EtagProbe) DELETE p')));

  it('gives a new ETag after a write, and the full answer to the old one', async () => {
    const before = await get();
    await touchProbe(api.db);
    const after = await get({ 'if-none-match': String(before.headers.etag) });
    expect(after.status).toBe(200);
    expect(after.headers.etag).toMatch(/^W\/"[\w-]{16}-/);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('gives a new ETag after a write by another process (a connection of its own to the same database)', async () => {
    const before = await get();
    const otherProcess = testDatabase();
    try {
      await touchProbe(otherProcess);
    } finally {
      await otherProcess.close();
    }
    expect((await get({ 'if-none-match': String(before.headers.etag) })).status).toBe(200);
  });

  it('keeps the ETag while only reads run', async () => {
    const before = await get();
    await api.query('{ actors(first: 5) { nodes { id } } }');
    expect((await get()).headers.etag).toBe(before.headers.etag);
  });

  describe('under concurrent writes', () => {
    const WRITERS = 20;
    const CREATE = 'mutation($input: CreateActorInput!) { createActor(input: $input) { id } }';
    // Time-outs of a loaded machine: 20 concurrent creates took ~8 s there at 26 runnable processes on 2 cores, with or
    // without a version node (commits queue at the transaction log); what is pinned here is that no write touches a shared node.
    let writers: TestApi;
    beforeAll(async () => {
      writers = await startTestApi({}, { API_KEYS: `ana:curator:${CURATOR}` });
    });
    afterAll(async () => {
      await removeCurationWrites(writers.db);
      await writers.close();
    });

    // Writes that share no node (no place, no domain): only a shared version counter would make them queue.
    it(`lets ${WRITERS} curation writes run at once: every one commits, none writes a shared version, and the ETag changes`, async () => {
      const before = await get();
      writers.db.queries.length = 0;
      const ids = Array.from({ length: WRITERS }, (_, n) => `essai-concurrent-${n}`);
      const answers = await Promise.all(
        ids.map((id) =>
          writers.query(
            CREATE,
            { input: { id, name: `Essai concurrent ${id}`, kind: 'COMPANY', source: { passageId: 'pepites' } } },
            { authorization: `Bearer ${CURATOR}` },
          ),
        ),
      );
      expect(answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? answer.data?.createActor.id)).toEqual(ids);
      const writes = (writers.db.queries as QueryEvent[]).filter((query) => query.mode === 'WRITE');
      expect(writes.length).toBeGreaterThanOrEqual(WRITERS);
      expect(writes.filter((query) => query.name.startsWith('graphVersion.'))).toEqual([]);
      expect((await get({ 'if-none-match': String(before.headers.etag) })).status).toBe(200);
    });
  });

  it('gives another query another ETag', async () => {
    const other = await raw(`${api.url}/graphql?query=${encodeURIComponent('{ actor(id: "sanofi") { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(other.headers.etag).toBeDefined();
    expect(other.headers.etag).not.toBe((await get()).headers.etag);
  });

  it('never tags what is per user (a request with an API key), a POST, or a refusal', async () => {
    const asCurator = await get({ authorization: `Bearer ${CURATOR}` });
    const byPost = await postRaw(JSON.stringify({ query: '{ actor(id: "sanofi") { name } }' }));
    const refused = await raw(`${api.url}/graphql?query=${encodeURIComponent('{ actor(id: 1) { nope } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    for (const answer of [asCurator, byPost, refused]) {
      expect([answer.headers.etag, answer.headers['cache-control']]).toEqual([undefined, 'no-store']);
    }
  });

  it('keeps CSRF protection: a GET without a preflight header is refused, with or without an ETag', async () => {
    const tagged = await get();
    const bare = await raw(`${api.url}${URL_QUERY}`, { headers: { 'if-none-match': String(tagged.headers.etag) } });
    expect(bare.status).toBe(400);
    expect(bare.body.toString('utf8')).toMatch(/CSRF/);
  });
});

describe('GraphQL over HTTP (the graphql-http audit against this API)', () => {
  it('passes every MUST and SHOULD (GET clients sending the preflight header)', async () => {
    const results = await auditServer({
      url: `${api.url}/graphql`,
      fetchFn: (input: string | URL | Request, init?: RequestInit) =>
        fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'apollo-require-preflight': 'true' } }),
    });
    const required = results.filter((result) => /^(MUST|SHOULD) /.test(result.name));
    expect(required.length).toBeGreaterThan(30);
    expect(required.map((result) => [result.id, result.name, result.status])).toEqual(
      required.map((result) => [result.id, result.name, 'ok']),
    );
  });
});

describe('operation types', () => {
  const SUBSCRIPTION = JSON.stringify({ query: 'subscription { actors { totalCount } }' });

  it('refuses a subscription with OPERATION_NOT_SUPPORTED, HTTP 400', async () => {
    const answer = await postRaw(SUBSCRIPTION, { accept: 'application/graphql-response+json' });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({
      errors: [{ message: expect.stringMatching(/not subscriptions/), extensions: { code: 'OPERATION_NOT_SUPPORTED' } }],
    });
  });

  it('answers it with HTTP 200 to a client that accepts only application/json, as the spec asks', async () => {
    const answer = await postRaw(SUBSCRIPTION, { accept: 'application/json' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString('utf8')).errors[0].extensions.code).toBe('OPERATION_NOT_SUPPORTED');
  });
});
