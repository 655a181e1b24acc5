import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import pino from 'pino';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * The API's HTTP boundary: CORS for browser apps on other origins, HTTP-level failures with their own
 * status and code (and no error-level log line for a client's mistake), a time-out on slow bodies,
 * short echoes of what callers sent, the history for curators only, and throttled wrong API keys.
 */
const CURATOR = 'boundary-curator-key-0000000';
const READER = 'boundary-reader-key-00000000';
const ALLOWED = 'https://good.example';
const ENV = { API_KEYS: `kim:curator:${CURATOR},ray:reader:${READER}`, CORS_ORIGINS: ALLOWED, BODY_TIMEOUT_MS: '1000' };

/** Every log line the API writes, parsed. */
const lines: { level: number; msg: string }[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
const PINO_ERROR = 50;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({}, ENV, undefined, pino({ level: 'info' }, sink));
});
afterAll(() => api.close());

const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const QUERY = JSON.stringify({ query: '{ actor(id: "sanofi") { name } }' });

describe('CORS', () => {
  it('answers a preflight from an allowed origin with 204 and what it may send', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
    expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(
      expect.arrayContaining([
        'content-type',
        'authorization',
        'neo4j-bookmarks',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        'idempotency-key',
      ]),
    );
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('lets that origin POST JSON with an API key and read the answer', async () => {
    const response = await post(QUERY, { origin: ALLOWED, authorization: `Bearer ${READER}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(await response.json()).toEqual({ data: { actor: { name: 'Sanofi' } } });
  });

  it('gives another origin no allow header, neither on a preflight nor on a POST', async () => {
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    const byPost = await post(QUERY, { origin: 'https://evil.example' });
    for (const response of [preflight, byPost]) {
      expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-allow'))).toEqual([]);
    }
  });
});

describe('HTTP-level failures get their own status and code, and a client’s mistake is not logged as an error', () => {
  const errorLines = () => lines.filter((line) => line.level >= PINO_ERROR);

  it.each([
    ['gzip', 'garbage, not gzip'],
    ['br', 'garbage, not brotli'],
    ['deflate', 'garbage, not deflate'],
    ['gzip', gzipSync(QUERY).subarray(0, 20)],
  ])('a body that cannot be decoded as %s: 400 BAD_REQUEST', async (encoding, body) => {
    const response = await post(body, { 'content-encoding': encoding });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.stringMatching(`cannot be decoded as ${encoding}`), extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(errorLines()).toEqual([]);
  });

  it('a body that can be decoded is answered, gzip or brotli', async () => {
    for (const [encoding, body] of [
      ['gzip', gzipSync(QUERY)],
      ['br', brotliCompressSync(QUERY)],
    ] as const) {
      expect(await (await post(body, { 'content-encoding': encoding })).json()).toEqual({ data: { actor: { name: 'Sanofi' } } });
    }
  });

  it.each([
    ['a path out of the assets folder', 403, '/assets/..%2f..%2fpackage.json', 'Forbidden'],
    ['a missing asset', 404, '/assets/nonexistent.js', 'Not Found'],
  ])('%s: %i, in plain text', async (_, status, path, text) => {
    const response = await fetch(`${api.url}${path}`);
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      status,
      'text/plain; charset=utf-8',
      `${text}\n`,
    ]);
    expect(errorLines()).toEqual([]);
  });
});

describe('a body that arrives too slowly', () => {
  /** Sends the headers and the first bytes of a body, then one byte every 200 ms; resolves with what the server answered and after how long. */
  function dribble(headers: string, body: Buffer): Promise<{ answer: string; ms: number }> {
    const port = Number(new URL(api.url).port);
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      let sent = 8;
      const next = setInterval(() => sent < body.length && socket.write(body.subarray(sent, ++sent)), 200);
      socket.on('connect', () =>
        socket.write(
          Buffer.concat([
            Buffer.from(`POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Length: ${body.length}\r\n${headers}\r\n`),
            body.subarray(0, sent),
          ]),
        ),
      );
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        clearInterval(next);
        resolve({ answer, ms: Date.now() - started });
      });
    });
  }

  it.each([
    ['plain JSON', 'Content-Type: application/json\r\n', Buffer.from(QUERY)],
    ['gzip-encoded JSON', 'Content-Type: application/json\r\nContent-Encoding: gzip\r\n', gzipSync(QUERY)],
  ])(
    '%s: 408 REQUEST_TIMEOUT after BODY_TIMEOUT_MS, and the connection is closed',
    async (_, headers, body) => {
      const { answer, ms } = await dribble(headers, body);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({
        errors: [{ message: expect.stringMatching(/within 1000 ms/), extensions: { code: 'REQUEST_TIMEOUT' } }],
      });
      expect(ms).toBeGreaterThanOrEqual(1000);
      expect(ms).toBeLessThan(4000);
    },
    10_000,
  );
});

describe('error messages quote at most 64 characters of what was sent', () => {
  const LONG = 'x'.repeat(10_000);
  const CUT = `${'x'.repeat(64)}…`;
  it.each([
    ['an unknown id in a filter', 'query($t: ID!) { actors(filter: { place: $t }) { nodes { id } } }', {}],
    ['a département code', 'query($t: String!) { actors(filter: { departmentCode: $t }) { nodes { id } } }', {}],
    ['a variable of the wrong type', 'query($t: Int) { actors(first: $t) { totalCount } }', {}],
    [
      'an unknown actor to update',
      'mutation($t: ID!) { updateActor(id: $t, input: { aliases: [] }, source: { passageId: "pepites" }) { id } }',
      { authorization: `Bearer ${CURATOR}` },
    ],
  ])('%s', async (_, query, headers) => {
    const { errors } = await api.query(query, { t: LONG }, headers);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.message).toContain(CUT);
    expect(errors![0]!.message).not.toContain('x'.repeat(65));
  });

  it('a source URL over its bound is refused by its field, without being echoed', async () => {
    const query =
      'mutation($t: String!) { createActor(input: { id: "echo-probe", name: "Echo", kind: COMPANY, source: { url: $t, title: "t", quote: "q" } }) { id } }';
    const { errors } = await api.query(query, { t: LONG }, { authorization: `Bearer ${CURATOR}` });
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.source.url' });
    expect(errors![0]!.message).not.toContain('x'.repeat(65));
  });
});

describe('the history of writes', () => {
  const HISTORY = '{ changes(first: 1) { curator before } }';
  it.each([
    ['without a key', {}, 'UNAUTHENTICATED', /Reading the history of writes needs a curator API key/],
    [
      'with a reader’s key',
      { authorization: `Bearer ${READER}` },
      'FORBIDDEN',
      /role reader; reading the history of writes needs the curator role/,
    ],
  ])('is refused %s', async (_, headers, code, message) => {
    const { data, errors } = await api.query(HISTORY, {}, headers);
    expect(data).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message), extensions: { code } })]);
  });

  it('is read by a curator', async () => {
    const { errors } = await api.query(HISTORY, {}, { authorization: `Bearer ${CURATOR}` });
    expect(errors).toBeUndefined();
  });
});

describe('wrong API keys, per client address', () => {
  // Its own API: the refusals it provokes would block this address's keys for the other tests.
  let throttled: TestApi;
  beforeAll(async () => {
    throttled = await startTestApi({}, ENV);
  });
  afterAll(() => throttled.close());

  it('are refused 5 times with 401, then every key with 429 and Retry-After for the rest of the minute; anonymous reads go on', async () => {
    const send = (key?: string) =>
      fetch(`${throttled.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: QUERY,
      });
    const wrong = [];
    for (let attempt = 0; attempt < 5; attempt++) wrong.push((await send(`guess-${attempt}-0000000000000`)).status);
    expect(wrong).toEqual([401, 401, 401, 401, 401]);

    for (const key of ['guess-5-0000000000000', CURATOR]) {
      const refused = await send(key);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(await refused.json()).toMatchObject({
        errors: [{ message: expect.stringMatching(/Too many wrong API keys/), extensions: { code: 'TOO_MANY_REQUESTS' } }],
      });
    }
    expect(await (await send()).json()).toEqual({ data: { actor: { name: 'Sanofi' } } });
  });
});
