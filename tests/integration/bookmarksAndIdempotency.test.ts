import { cypher } from '../../src/db/database';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * Bookmarks make Neo4j wait for the transaction they name, so only bookmarks this API issued are
 * accepted back; idempotency keys make a mutation safe to retry when its outcome is unknown.
 */

const CURATOR = 'curator-bookmarks-key-0123456789';
const asCurator = { authorization: `Bearer ${CURATOR}` };

const CREATE = 'mutation($input: CreateActorInput!) { createActor(input: $input) { id name } }';
const newActor = (name: string) => ({
  name,
  kind: 'COMPANY',
  source: { url: 'https://www.example.org/idempotence', title: 'Idempotence', quote: `${name} ouvre à Toulouse.` },
});
let api: TestApi;
beforeAll(async () => {
  // A generous time-out: a first write plans a dozen statements, slow on a busy shared machine.
  api = await startTestApi({}, { API_KEYS: `dominique:curator:${CURATOR}` });
  // An actor of this file's own to write to (removed with the other curated nodes after).
  const created = await api.query(CREATE, { input: newActor('Signet Test') }, asCurator);
  expect(created.errors).toBeUndefined();
});
afterAll(async () => {
  // Leave the shared seed graph as it was for the other test files.
  await api.db.write(
    cypher(
      'test.cleanIdempotency',
      `MATCH (n) WHERE n.origin = 'curation' OR n:Change OR n:IdempotencyKey OR ((n:Source OR n:Passage) AND n.id STARTS WITH 'ref-')
       DETACH DELETE n`,
    ),
  );
  await api.close();
});

/** POSTs a query and keeps the response headers and how long it took. */
async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const started = Date.now();
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: any;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
    extensions?: { bookmarks?: string[] };
  };
  return { status: response.status, ms: Date.now() - started, headers: response.headers, body };
}

const UPDATE = `mutation($website: String) { updateActor(id: "signet-test", input: { website: $website }, source: { passageId: "pepites" }) { website } }`;

/** A write's signed bookmark, and the Neo4j bookmark inside it. */
async function writeAndGetBookmark(website: string): Promise<{ signed: string; raw: string }> {
  const { headers } = await post(UPDATE, { website }, asCurator);
  const signed = headers.get('neo4j-bookmarks')!;
  return { signed, raw: signed.slice(signed.indexOf('.', 3) + 1) };
}

/** The same database id with a transaction id of 1,000,000: a transaction that will never exist here. */
function withHugeTransactionId(raw: string): string {
  const payload = Buffer.from(raw.slice(3), 'base64');
  payload.writeBigInt64BE(1_000_000n, payload.length - 8);
  return `FB:${payload.toString('base64')}`;
}

describe('bookmarks', () => {
  it('hands out signed bookmarks, and a genuine one gives read-your-writes', async () => {
    const { signed } = await writeAndGetBookmark('https://inits.example.org/a');
    expect(signed).toMatch(/^v1\.[\w-]+\.FB:/);
    const read = await post('{ actor(id: "signet-test") { website } }', {}, { 'neo4j-bookmarks': signed });
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual({ actor: { website: 'https://inits.example.org/a' } });
  });

  it('refuses at once, with BAD_USER_INPUT naming the header, a forged bookmark for a transaction that will never exist', async () => {
    const { raw } = await writeAndGetBookmark('https://inits.example.org/b');
    const forged = await post('{ actor(id: "inits") { name } }', {}, { 'neo4j-bookmarks': withHugeTransactionId(raw) });
    expect(forged.status).toBe(400);
    expect(forged.body.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'neo4j-bookmarks' },
      message: expect.stringMatching(/neo4j-bookmarks/),
    });
    expect(forged.ms).toBeLessThan(1_000);
  });

  it('refuses a genuine Neo4j bookmark that this API did not sign, and a signed one altered', async () => {
    const { signed, raw } = await writeAndGetBookmark('https://inits.example.org/c');
    const unsigned = await post('{ actor(id: "inits") { name } }', {}, { 'neo4j-bookmarks': raw });
    expect(unsigned.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const altered = await post(
      '{ actor(id: "inits") { name } }',
      {},
      { 'neo4j-bookmarks': `${signed.slice(0, signed.indexOf('FB:'))}${withHugeTransactionId(raw)}` },
    );
    expect(altered.status).toBe(400);
    expect(altered.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a malformed bookmark with BAD_USER_INPUT (HTTP 400), not an internal error', async () => {
    const malformed = await post('{ actor(id: "inits") { name } }', {}, { 'neo4j-bookmarks': 'FB:garbage' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/neo4j-bookmarks/),
    });
  });
});

const changesOf = async (id: string) =>
  (await api.query<{ changes: unknown[] }>(`{ changes(targetId: "${id}", first: 10) { id } }`, {}, asCurator)).data!.changes.length;

describe('idempotency keys', () => {
  it('returns the recorded result to a retry with the same key, and writes once', async () => {
    const headers = { ...asCurator, 'idempotency-key': 'retry-key-0001' };
    const first = await post(CREATE, { input: newActor('Clef Unique') }, headers);
    expect(first.body.data).toEqual({ createActor: { id: 'clef-unique', name: 'Clef Unique' } });
    const retry = await post(CREATE, { input: newActor('Clef Unique') }, headers);
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data).toEqual(first.body.data);
    expect(await changesOf('clef-unique')).toBe(1);
  });

  it('writes again under a new key (a new request), where the id is then taken', async () => {
    await post(CREATE, { input: newActor('Clef Double') }, { ...asCurator, 'idempotency-key': 'double-key-0001' });
    const second = await post(CREATE, { input: newActor('Clef Double') }, { ...asCurator, 'idempotency-key': 'double-key-0002' });
    expect(second.body.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('refuses the same key with other arguments, with BAD_USER_INPUT', async () => {
    const headers = { ...asCurator, 'idempotency-key': 'reused-key-0001' };
    await post(CREATE, { input: newActor('Clef Reprise') }, headers);
    const other = await post(CREATE, { input: newActor('Clef Autre') }, headers);
    expect(other.body.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/Idempotency-Key/),
    });
    expect((await api.query('{ actor(id: "clef-autre") { id } }')).data).toEqual({ actor: null });
  });

  it('refuses an unusable Idempotency-Key header with BAD_USER_INPUT (HTTP 400) naming it', async () => {
    const refused = await post(CREATE, { input: newActor('Clef Courte') }, { ...asCurator, 'idempotency-key': 'short' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/Idempotency-Key/),
    });
  });
});
