import { Writable } from 'node:stream';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { countGraph } from '../../src/db/writeGraph';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { createApi } from '../../src/http/server';
import { startTestApi, type TestApi } from '../support/testApi';
import { testDatabase } from '../support/testDatabase';

const CURATOR = 'hardening-curator-key-000000';
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({}, { API_KEYS: `sam:curator:${CURATOR}`, NODE_ENV: 'production' });
});
afterAll(() => api.close());

async function raw(body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown },
  };
}

const codeOf = (response: { json: { errors?: { extensions?: { code?: string } }[] } }) => response.json.errors?.[0]?.extensions?.code;

describe('POST /graphql answers alike whichever HTTP path takes it', () => {
  // Plain JSON takes the fast path (src/graphqlPost.ts); gzip-encoded JSON goes through Express and its body parser.
  const gzipped = (body: string) => raw(gzipSync(body), { 'content-encoding': 'gzip' });
  it.each([
    ['a query', JSON.stringify({ query: '{ actor(id: "sanofi") { name } }' }), 200],
    [
      'a query with its variables',
      JSON.stringify({ query: 'query($id: ID!) { actor(id: $id) { name } }', variables: { id: 'evotec' } }),
      200,
    ],
    ['malformed JSON', '{"query": "{ actor(id:', 400],
    ['a JSON number', '42', 400],
    ['an empty body', '', 400],
    ['a 1 MB body', JSON.stringify({ query: '{ actor(id: "sanofi") { name } }', variables: { padding: 'x'.repeat(1_000_000) } }), 413],
  ])('%s', async (_, body, status) => {
    const [fast, viaExpress] = [await raw(body), await gzipped(body)];
    expect(fast.status).toBe(status);
    expect({ status: viaExpress.status, json: viaExpress.json }).toEqual({ status: fast.status, json: fast.json });
  });

  it('sends the same headers both ways', async () => {
    const body = JSON.stringify({ query: '{ actor(id: "sanofi") { name } }' });
    const headersOf = async (init: RequestInit) => {
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', ...init });
      return ['content-type', 'cache-control', 'content-length', 'etag'].map((name) => response.headers.get(name));
    };
    const fast = await headersOf({ headers: { 'content-type': 'application/json' }, body });
    expect(fast).toEqual([
      'application/json; charset=utf-8',
      'no-store',
      String(Buffer.byteLength(`${JSON.stringify({ data: { actor: { name: 'Sanofi' } } })}\n`)),
      null,
    ]);
    expect(await headersOf({ headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync(body) })).toEqual(
      fast,
    );
  });
});

describe('every class of bad input gets its own code and a message, and no stack trace', () => {
  it.each<[string, () => Promise<Awaited<ReturnType<typeof raw>>>, number, string, RegExp]>([
    ['malformed JSON', () => raw('{"query": "{ actor(id:'), 400, 'BAD_REQUEST', /not valid JSON/],
    ['invalid GraphQL', () => raw(JSON.stringify({ query: '{ actor(id: ) { name } }' })), 400, 'GRAPHQL_PARSE_FAILED', /Syntax Error/],
    [
      'an unknown field',
      () => raw(JSON.stringify({ query: '{ actor(id: "x") { salary } }' })),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Cannot query field "salary"/,
    ],
    [
      '100-deep nesting',
      () => raw(JSON.stringify({ query: `{ actor(id: "sanofi") { ${'partOf { actor { '.repeat(50)}name${' } }'.repeat(50)} } }` })),
      400,
      'QUERY_TOO_COMPLEX',
      /depth limit of 12/,
    ],
    [
      '1,000 aliases',
      () =>
        raw(JSON.stringify({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: actor(id: "sanofi") { name }`).join(' ')} }` })),
      400,
      'QUERY_TOO_COMPLEX',
      /more than 2000 tokens/,
    ],
    [
      '31 aliases',
      () => raw(JSON.stringify({ query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: actor(id: "sanofi") { name }`).join(' ')} }` })),
      400,
      'QUERY_TOO_COMPLEX',
      /Aliases limit of 30 exceeded/,
    ],
    [
      'nested pages that multiply',
      () =>
        raw(
          JSON.stringify({
            query: '{ actors(first: 100) { nodes { partOf(first: 100) { actor { parts(first: 100) { actor { name } } } } } } }',
          }),
        ),
      400,
      'QUERY_TOO_COMPLEX',
      /would cost \d+, above the limit of 250000/,
    ],
    [
      'a huge first',
      () => raw(JSON.stringify({ query: '{ actors(first: 1000000) { nodes { id } } }' })),
      200,
      'BAD_USER_INPUT',
      /first must be between 0 and 100/,
    ],
    [
      'a 1 MB body',
      () => raw(JSON.stringify({ query: '{ actor(id: "sanofi") { name } }', variables: { padding: 'x'.repeat(1_000_000) } })),
      413,
      'PAYLOAD_TOO_LARGE',
      /exceeds 100000 bytes/,
    ],
    [
      'a variable of the wrong type',
      () => raw(JSON.stringify({ query: 'query($n: Int) { actors(first: $n) { totalCount } }', variables: { n: 'ten' } })),
      400,
      'BAD_USER_INPUT',
      /Int cannot represent/,
    ],
    [
      'a literal of the wrong type',
      () => raw(JSON.stringify({ query: '{ actors(first: "ten") { totalCount } }' })),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Int cannot represent/,
    ],
    [
      'a batch of operations',
      () => raw(JSON.stringify([{ query: '{ actor(id: "sanofi") { name } }' }, { query: '{ actor(id: "evotec") { name } }' }])),
      400,
      'BAD_REQUEST',
      /batching disabled/,
    ],
  ])('%s', async (_, send, status, code, message) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(codeOf(response)).toBe(code);
    expect(response.json.errors![0]!.message).toMatch(message);
    expect(response.text).not.toMatch(/stacktrace|\bat [\w.<>]+ \(|node_modules|\.ts:\d+/);
  });

  it('prices one document anew for each value of its size variables, whatever its other variables', async () => {
    const query =
      'query($id: ID!, $n: Int, $m: Int, $deep: Boolean!) { actor(id: $id) { partners(first: $n) { actor { name parts(first: $m) @include(if: $deep) { actor { name partOf(first: 100) { actor { name } } } } } } } }';
    const send = (variables: Record<string, unknown>) => raw(JSON.stringify({ query, variables }));
    // 3 x 100 x 100 x ... stays under the limit; 100 x 100 x 100 does not; the same without the @include'd part does.
    expect(codeOf(await send({ id: 'sanofi', n: 3, m: 100, deep: true }))).toBeUndefined();
    expect(codeOf(await send({ id: 'evotec', n: 3, m: 100, deep: true }))).toBeUndefined();
    const refused = await send({ id: 'sanofi', n: 100, m: 100, deep: true });
    expect([refused.status, codeOf(refused)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect(codeOf(await send({ id: 'sanofi', n: 100, m: 100, deep: false }))).toBeUndefined();
    expect(codeOf(await send({ id: 'evotec', n: 100, m: 100, deep: true }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('tells browsers and proxies not to store POST answers, and to revalidate anonymous GET answers by their ETag', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(id: "sanofi") { name } }' }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    // Nothing is stored, so nothing is revalidated: no ETag (hashing every answer would cost CPU for nothing).
    expect(response.headers.get('etag')).toBeNull();
    const byGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ actor(id: "sanofi") { name } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    // A GET answer holds until the next write: kept, but revalidated with the ETag of the graph's version.
    expect([byGet.status, byGet.headers.get('cache-control')]).toEqual([200, 'public, no-cache']);
    expect(byGet.headers.get('etag')).toMatch(/^W\/".+"$/);
  });

  it('blocks a simple cross-site GET (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ actor(id: "sanofi") { name } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('sends no CORS header to an origin that is not configured', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

// Lucene syntax, Cypher fragments and plain trouble, sent through every argument that takes text.
const HOSTILE = [
  'sanofi" OR 1=1 //',
  "x' }) MATCH (n) DETACH DELETE n //",
  '*:*',
  'name:* AND NOT x~ [a TO z] {b TO y} ^2 \\ /regex/',
  '"unterminated',
  ')))(((',
  '${7*7} {{7*7}} <script>alert(1)</script>',
  '\u0000\u0007 \u202e',
  "'; CALL db.clearQueryCaches(); //",
  'CREATE (n:Actor {id: "pwned"}) RETURN n',
];

const READS: [string, string][] = [
  ['search text', 'query($t: String!) { search(text: $t) { node { id } } }'],
  ['search in every type', 'query($t: String!) { search(text: $t, filter: { types: [ACTOR, PROGRAMME, DOMAIN, PLACE] }) { node { id } } }'],
  ['actors filter text', 'query($t: String!) { actors(filter: { text: $t }) { totalCount nodes { id } } }'],
  ['tiedTo filter text', 'query($t: String!) { tiedTo(actor: "inits", filter: { text: $t }) { actor { id } } }'],
  ['partner filter text', 'query($t: String!) { partnerSuggestions(actor: "inits", filter: { text: $t }) { actor { id } } }'],
  ['actor id', 'query($t: ID!) { actor(id: $t) { id } }'],
  ['node id', 'query($t: ID!) { node(id: $t) { id } }'],
  [
    'programme, domain, place, source, funding ids',
    'query($t: ID!) { programme(id: $t) { id } domain(id: $t) { id } place(id: $t) { id } source(id: $t) { id } funding(id: $t) { id } }',
  ],
  ['filter ids', 'query($t: ID!) { actors(filter: { domains: [$t] }) { nodes { id } } }'],
  ['filter place', 'query($t: ID!) { actors(filter: { place: $t }) { nodes { id } } }'],
  ['filter programme and funder', 'query($t: ID!) { actors(filter: { programme: $t, fundedBy: $t }) { nodes { id } } }'],
  ['département code', 'query($t: String!) { actors(filter: { departmentCode: $t }) { nodes { id } } }'],
  ['cursor', 'query($t: String!) { actors(after: $t) { nodes { id } } }'],
  ['paths ends', 'query($t: ID!) { paths(from: $t, to: "inits") { length } }'],
  ['paths avoid', 'query($t: ID!) { paths(from: "inits", to: "sanofi", avoid: [$t]) { length } }'],
  ['neighbourhood id', 'query($t: ID!) { neighbourhood(id: $t) { truncated } }'],
  ['tiedTo actor', 'query($t: ID!) { tiedTo(actor: $t) { score } }'],
  ['partner actor', 'query($t: ID!) { partnerSuggestions(actor: $t) { score } }'],
  [
    'funding filters',
    'query($t: ID!) { fundings(filter: { funder: $t, recipient: $t, programme: $t, domain: $t }) { id } fundingSummary(by: FUNDER, filter: { funder: $t }) { totalEur } }',
  ],
  ['history target', 'query($t: ID) { changes(targetId: $t) { id } }'],
];

describe('hostile text in every text argument', () => {
  it('never causes an internal error, and leaves the database unchanged', async () => {
    const db = testDatabase();
    try {
      const before = await countGraph(db);
      for (const [, query] of READS) {
        for (const text of HOSTILE) {
          // As a curator, so that the history (curators only) is read too.
          const response = await raw(JSON.stringify({ query, variables: { t: text } }), { authorization: `Bearer ${CURATOR}` });
          const codes = (response.json.errors ?? []).map((e) => e.extensions?.code);
          expect([query, text, codes.filter((c) => c !== 'BAD_USER_INPUT')]).toEqual([query, text, []]);
          expect(response.text).not.toMatch(/Neo4jError|Cypher|lucene|ParseException/i);
        }
      }
      expect(await countGraph(db)).toEqual(before);
    } finally {
      await db.close();
    }
  });

  it('is stored as plain text by writes, never run', async () => {
    const db = testDatabase();
    try {
      const before = await countGraph(db);
      const response = await raw(
        JSON.stringify({
          query: `mutation($t: String!) { createActor(input: { id: "hostile-probe", name: $t, kind: COMPANY, description: $t, aliases: [$t], source: { url: "https://www.example.org/hostile", title: $t, quote: $t } }) { name description aliases } }`,
          variables: { t: HOSTILE[1] },
        }),
        { authorization: `Bearer ${CURATOR}` },
      );
      expect(response.json.data).toEqual({ createActor: { name: HOSTILE[1], description: HOSTILE[1], aliases: [HOSTILE[1]] } });
      const after = await countGraph(db);
      expect(after.nodes).toBe(before.nodes + 4); // the actor, its source, its passage, its history entry
      await db.write({
        name: 'test.cleanHostile',
        text: "MATCH (n) WHERE n.id = 'hostile-probe' OR n.url = 'https://www.example.org/hostile' OR n.sourceId STARTS WITH 'ref-www-example-org-hostile' OR (n:Change AND n.targetId = 'hostile-probe') DETACH DELETE n",
      });
      expect(await countGraph(db)).toEqual(before);
    } finally {
      await db.close();
    }
  });
});

describe('under a stream of bad requests', () => {
  it('keeps answering good ones', async () => {
    const bad = Array.from({ length: 40 }, (_, i) =>
      raw(i % 2 ? '{"query": "{ actor(id:' : JSON.stringify({ query: `{ ${'partOf { actor { '.repeat(30)} }` })),
    );
    const good = Array.from({ length: 10 }, () => api.query(`{ actor(id: "sanofi") { name } }`));
    const [badResponses, goodResponses] = await Promise.all([Promise.all(bad), Promise.all(good)]);
    // Compared whole, so a failure shows what came back instead of "false".
    expect(badResponses.map((r) => r.status)).toEqual(bad.map(() => 400));
    expect(goodResponses.map((r) => (r.data as { actor?: { name: string } } | undefined)?.actor?.name ?? r)).toEqual(
      good.map(() => 'Sanofi'),
    );
  });
});

describe('logs', () => {
  it('record each request with its request id and error codes, and unexpected errors with their detail (never sent to the client)', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const db = testDatabase();
    const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'info' });
    const { handler, apollo } = await createApi({ db, config, vocabulary: loadVocabulary(), log: pino({ level: 'info' }, sink) });
    const server: Server = await new Promise((resolve) => {
      const s = createServer(handler).listen(0, '127.0.0.1', () => resolve(s));
    });
    const port = (server.address() as { port: number }).port;
    const post = (requestId: string, query: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId },
        body: JSON.stringify({ query }),
      });
    try {
      await post('req-42', '{ actors(first: 1000) { totalCount } }');
      expect(lines).toContainEqual(expect.objectContaining({ requestId: 'req-42', msg: 'graphql request', errors: ['BAD_USER_INPUT'] }));

      // A record written around the API with a kind the schema does not know: a genuine server-side fault.
      await db.write({
        name: 'test.corrupt',
        text: "CREATE (:Actor:Entity {id: 'corrupt-probe', name: 'Corrupt', nameKey: 'corrupt', kind: 'ALIEN', aliases: [], passageIds: ['pepites']})",
      });
      const response = await post('req-43', '{ actor(id: "corrupt-probe") { kind } }');
      const body = await response.text();
      expect(JSON.parse(body).errors).toEqual([
        expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
      expect(body).not.toMatch(/ALIEN|Enum|stack/);
      expect(lines).toContainEqual(
        expect.objectContaining({
          requestId: 'req-43',
          msg: 'unexpected error',
          err: expect.objectContaining({ message: expect.stringMatching(/ALIEN/) }),
        }),
      );
    } finally {
      await db.write({ name: 'test.cleanCorrupt', text: "MATCH (n {id: 'corrupt-probe'}) DETACH DELETE n" });
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await db.close();
    }
  });
});

describe('statements run without the driver capturing their call site', () => {
  it('still fail with Neo4j’s own error, and leave the process’s stack-trace limit as it was', async () => {
    const db = testDatabase();
    const limit = Error.stackTraceLimit;
    try {
      const bad = { name: 'test.badSyntax', text: 'MATCH (n RETURN n' };
      await expect(db.read(bad)).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
      await expect(db.readTransaction((tx) => tx.run(bad))).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
      expect(Error.stackTraceLimit).toBe(limit);
      expect(await db.read<{ one: number }>({ name: 'test.one', text: 'RETURN 1 AS one' })).toEqual([{ one: 1 }]);
      // Errors thrown elsewhere keep their stacks.
      expect(new Error('here').stack).toMatch(/hardening\.test/);
    } finally {
      await db.close();
    }
  });
});
