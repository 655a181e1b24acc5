import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { ACTOR_DOWNLOAD_COLUMNS } from '../../src/services/openData';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * Open-data downloads: any actor list or search as CSV or JSON, the list the API pages through, whole,
 * with where each row's facts come from, refused with GraphQL's codes and messages when the filter is wrong.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

type Row = Record<(typeof ACTOR_DOWNLOAD_COLUMNS)[number], string>;
/** A refusal's JSON body. */
const errorOf = async (answer: Response) => ((await answer.json()) as { errors: { message: string; extensions: object }[] }).errors[0];
const HERAULT_COMPANIES = { kinds: ['COMPANY'], departmentCode: '34' };

const download = (format: 'csv' | 'json', params: Record<string, string | object>, target: TestApi = api) => {
  const query = new URLSearchParams(
    Object.entries(params).map(([name, value]): [string, string] => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  return fetch(`${target.url}/data/actors.${format}?${query}`);
};
const csvRows = async (answer: Response): Promise<Row[]> => parse(await answer.text(), { columns: true }) as Row[];

/** Every id `actors(filter:)` lists for a filter, page after page. */
async function listedIds(filter: object): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const { data, errors }: { data?: Record<string, any> | null; errors?: unknown } = await api.query(
      'query($filter: ActorFilter, $after: String) { actors(filter: $filter, first: 100, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }',
      { filter, after },
    );
    expect(errors).toBeUndefined();
    ids.push(...data!.actors.nodes.map((node: { id: string }) => node.id));
    totalCount = data!.actors.totalCount;
    after = data!.actors.pageInfo.hasNextPage ? data!.actors.pageInfo.endCursor : null;
  } while (after);
  return { ids, totalCount };
}

describe('a list as CSV', () => {
  it('holds exactly the actors the list pages through, in its order, with the documented columns', async () => {
    const answer = await download('csv', { filter: HERAULT_COMPANIES });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="actors.csv"');
    const text = await answer.clone().text();
    expect(text.split('\n')[0]).toBe(ACTOR_DOWNLOAD_COLUMNS.join(','));
    const listed = await listedIds(HERAULT_COMPANIES);
    expect(listed.ids.length).toBeGreaterThan(5);
    expect((await csvRows(answer)).map((row) => row.id)).toEqual(listed.ids);
    expect(answer.headers.get('x-total-count')).toBe(String(listed.totalCount));
  });

  it('is its header row alone when no actor matches, so a spreadsheet still shows the columns', async () => {
    const answer = await download('csv', { filter: { kinds: ['COMPANY'], departmentCode: '2A', domains: ['bioproduction'] } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-total-count')).toBe('0');
    expect(await answer.text()).toBe(`${ACTOR_DOWNLOAD_COLUMNS.join(',')}\n`);
  });

  it('follows orderBy', async () => {
    const ascending = (await csvRows(await download('csv', { filter: HERAULT_COMPANIES }))).map((row) => row.id);
    const descending = (await csvRows(await download('csv', { filter: HERAULT_COMPANIES, orderBy: 'NAME_DESC' }))).map((row) => row.id);
    expect(descending).toEqual([...ascending].reverse());
  });

  it("gives each actor's place, domains and website as the API shows them", async () => {
    const [row] = (await csvRows(await download('csv', { filter: HERAULT_COMPANIES }))).filter((r) => r.id === 'sanofi');
    const { data } = await api.query(
      '{ actor(id: "sanofi") { name kind website location { city { name code } department { name code } } domains { domain { id } } } }',
    );
    const actor = data!.actor;
    expect(row).toMatchObject({
      name: actor.name,
      kind: actor.kind,
      city: actor.location.city.name,
      cityInseeCode: actor.location.city.code,
      departmentCode: '34',
      department: actor.location.department.name,
      website: actor.website ?? '',
      domains: actor.domains.map((tie: { domain: { id: string } }) => tie.domain.id).join(' | '),
    });
  });

  it('says on every row where its facts come from: the sources of the actor, its place and its domains', async () => {
    const rows = await csvRows(await download('csv', { filter: HERAULT_COMPANIES }));
    expect(rows.every((row) => row.sourceIds !== '')).toBe(true);
    const { data } = await api.query(
      '{ actor(id: "sanofi") { sources { source { id url } } location { sources { source { id } } } domains { sources { source { id } } } } }',
    );
    const actor = data!.actor;
    const cited = [...actor.sources, ...actor.location.sources, ...actor.domains.flatMap((tie: { sources: unknown[] }) => tie.sources)].map(
      (citation: { source: { id: string } }) => citation.source.id,
    );
    const sanofi = rows.find((row) => row.id === 'sanofi')!;
    expect(sanofi.sourceIds.split(' | ').sort()).toEqual([...new Set(cited)].sort());
    const urls = actor.sources.map((citation: { source: { url: string | null } }) => citation.source.url).filter(Boolean);
    for (const url of urls) expect(sanofi.sourceUrls.split(' | ')).toContain(url);
  });

  it('is streamed: sent in chunks as Neo4j yields rows, with no length known beforehand', async () => {
    api.db.queries.length = 0;
    const answer = await download('csv', { filter: HERAULT_COMPANIES });
    await answer.text();
    expect(answer.headers.get('content-length')).toBeNull();
    expect(answer.headers.get('transfer-encoding')).toBe('chunked');
    expect(api.db.queries.map((query) => query.name)).toEqual(['lists.actorCount', 'openData.actors']);
  });

  it('is compressed when the client accepts gzip, decompressing to the same CSV', async () => {
    const query = new URLSearchParams({ filter: JSON.stringify(HERAULT_COMPANIES) });
    const compressed = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      get(`${api.url}/data/actors.csv?${query}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    const plain = await (await download('csv', { filter: HERAULT_COMPANIES })).text();
    expect([compressed.encoding, gunzipSync(compressed.body).toString('utf8')]).toEqual(['gzip', plain]);
  });
});

describe('a list as JSON', () => {
  it('holds the same records as the CSV, lists as arrays', async () => {
    const answer = await download('json', { filter: HERAULT_COMPANIES });
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const records = (await answer.json()) as Record<string, string | string[] | null>[];
    const rows = await csvRows(await download('csv', { filter: HERAULT_COMPANIES }));
    expect(records.map((record) => Object.keys(record))).toEqual(rows.map(() => [...ACTOR_DOWNLOAD_COLUMNS]));
    const asCells = records.map((record) =>
      Object.fromEntries(Object.entries(record).map(([key, value]) => [key, Array.isArray(value) ? value.join(' | ') : (value ?? '')])),
    );
    expect(asCells).toEqual(rows);
  });

  it('is an empty array when nothing matches', async () => {
    const answer = await download('json', { filter: { kinds: ['COMPANY'], departmentCode: '2A' } });
    expect([answer.status, await answer.json(), answer.headers.get('x-total-count')]).toEqual([200, [], '0']);
  });
});

describe('a search', () => {
  it('holds every actor search(text:) finds, best first', async () => {
    const { data } = await api.query('{ search(text: "biothérapies", first: 50) { node { id } } }');
    const hits = data!.search.map((hit: { node: { id: string } }) => hit.node.id);
    expect(hits.length).toBeGreaterThan(1);
    const ids = (await csvRows(await download('csv', { q: 'biothérapies' }))).map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining(hits));
    expect(ids[0]).toBe(hits[0]);
  });

  it('applies the filter to the search', async () => {
    const rows = await csvRows(await download('csv', { q: 'biothérapies', filter: { departmentCode: '34' } }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.departmentCode === '34')).toBe(true);
  });
});

describe('refusals, with the code and message GraphQL gives', () => {
  /** The first error of `actors(filter:)` for a filter sent as a GraphQL variable. */
  const graphqlError = async (filter: object) =>
    (await api.query('query($f: ActorFilter) { actors(filter: $f) { nodes { id } } }', { f: filter })).errors![0]!;

  it.each([
    ['an unknown domain', { domains: ['astrologie'] }],
    ['a département code that is not one', { departmentCode: '999' }],
    ['a text with no word to look for', { text: 'de' }],
  ])('refuses %s with 400 BAD_USER_INPUT and the same message as the list', async (_, filter) => {
    const answer = await download('csv', { filter });
    const expected = await graphqlError(filter);
    expect(answer.status).toBe(400);
    expect(await errorOf(answer)).toEqual({ message: expected.message, extensions: expected.extensions });
  });

  it('refuses a kind that does not exist with BAD_USER_INPUT, naming the value and the enum', async () => {
    const answer = await download('json', { filter: { kinds: ['ASTROLOGER'] } });
    expect(answer.status).toBe(400);
    expect(await errorOf(answer)).toEqual({
      message: expect.stringMatching(/"ASTROLOGER".*filter\.kinds\[0\].*"ActorKind" enum/),
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.kinds[0]' },
    });
    expect((await graphqlError({ kinds: ['ASTROLOGER'] })).extensions!.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['a filter that is not JSON', { filter: '{kinds:' }, 'filter'],
    ['a field ActorFilter does not have', { filter: { colour: 'blue' } }, 'filter'],
    ['an unknown order', { orderBy: 'SIZE' }, 'orderBy'],
    ['search words and filter words at once', { q: 'inserm', filter: { text: 'inserm' } }, 'q'],
  ])('refuses %s with 400 BAD_USER_INPUT, naming the parameter at fault', async (_, params, field) => {
    const answer = await download('csv', params);
    expect(answer.status).toBe(400);
    expect((await errorOf(answer))?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a list longer than MAX_DOWNLOAD_ROWS with QUERY_TOO_COMPLEX before sending a row, and says the limit', async () => {
    const small = await startTestApi({}, { MAX_DOWNLOAD_ROWS: '3' });
    try {
      const refused = await download('csv', { filter: HERAULT_COMPANIES }, small);
      expect([refused.status, refused.headers.get('x-row-limit')]).toEqual([400, '3']);
      expect(await errorOf(refused)).toEqual({
        message: expect.stringMatching(/This list holds \d+ actors and a download at most 3: narrow it/),
        extensions: { code: 'QUERY_TOO_COMPLEX', field: 'filter' },
      });
      const few = { ...HERAULT_COMPANIES, text: 'sanofi' };
      const allowed = await download('csv', { filter: few }, small);
      const listed = await listedIds(few);
      expect(listed.ids.length).toBeLessThanOrEqual(3);
      expect([allowed.status, (await csvRows(allowed)).map((row) => row.id)]).toEqual([200, listed.ids]);
    } finally {
      await small.close();
    }
  });
});
