import { buildASTSchema, concatAST, isAbstractType } from 'graphql';
import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { startTestApi, type TestApi } from '../support/testApi';

/** What front-end apps need of the API's shape: facets, one tie connection, ids for their caches, partial errors. */

let api: TestApi;
beforeAll(async () => {
  // The facets' statement is the largest a list sends: a generous time-out keeps a busy test machine from failing it.
  api = await startTestApi();
});
afterAll(() => api.close());

type FacetValue = { value: string; count: number };
const counts = (values: FacetValue[]) => Object.fromEntries(values.map((v) => [v.value, v.count]));
const FACETS = `facets { kinds { value count } domains { value count } departments { value count } cities { value count }
  programmes { value count } funders { value count } foundedYears { value count } }`;

describe('facets count the actors of a list, each facet leaving its own filter out', () => {
  it('without a filter, each facet counts every active actor', async () => {
    const { data, errors } = await api.query(`{ actors(first: 1) { totalCount ${FACETS} } }`);
    expect(errors).toBeUndefined();
    const { totalCount, facets } = data!.actors;
    expect(facets.kinds.reduce((sum: number, v: FacetValue) => sum + v.count, 0)).toBe(totalCount);
    expect(totalCount).toBe(306);
    // 138 actors of the seeds have `kind: COMPANY`.
    expect(counts(facets.kinds)).toMatchObject({ COMPANY: 138, RESEARCH_UNIT: 27, PERSON: 24, UNIVERSITY_HOSPITAL: 3 });
    expect(counts(facets.departments)).toMatchObject({ '34': 83, '31': 90, '30': 15, '81': 16, '75': 6 });
    expect(counts(facets.cities)).toMatchObject({ montpellier: 69, toulouse: 72, nimes: 6, mauguio: 3 });
    expect(counts(facets.programmes)['contrat-filiere-sante']).toBe(8);
    expect(counts(facets.funders)).toMatchObject({ 'region-occitanie': 22, etat: 15, 'fonds-regional-souverain': 1 });
  });

  it('under kinds and a département, the kind facet ignores the kinds and the département facet the département', async () => {
    const { data } = await api.query(
      `{ actors(filter: { kinds: [COMPANY], departmentCode: "34" }, first: 100) { totalCount nodes { id } ${FACETS} } }`,
    );
    const { totalCount, nodes, facets } = data!.actors;
    const list = nodes.map((n: { id: string }) => n.id);
    expect(totalCount).toBe(49);
    expect(list).toHaveLength(totalCount);
    expect(list).toEqual(expect.arrayContaining(['diappymed', 'inits', 'medincell', 'sanofi-montpellier']));
    const sum = (values: FacetValue[]) => values.reduce((total, v) => total + v.count, 0);
    const all = async (filter: string) =>
      (await api.query(`{ actors(filter: ${filter}, first: 1) { totalCount } }`)).data!.actors.totalCount;
    // Every actor of the Hérault, whatever its kind.
    expect(sum(facets.kinds)).toBe(await all('{ departmentCode: "34" }'));
    expect(counts(facets.kinds)).toMatchObject({ COMPANY: 49, RESEARCH_UNIT: 9, UNIVERSITY: 3, UNIVERSITY_HOSPITAL: 1 });
    // People appear in their roles, at no place: none is counted in a département.
    expect(counts(facets.kinds).PERSON).toBeUndefined();
    // Every company, wherever it is.
    expect(counts(facets.departments)).toMatchObject({ '34': 49, '31': 42, '81': 10, '30': 7 });
    expect(counts(facets.departments)['34']).toBe(totalCount);
    expect(sum(facets.departments)).toBeLessThanOrEqual(await all('{ kinds: [COMPANY] }'));
    // The list itself.
    // Each city counts actors of the list only (one actor of the list has two cities, so the sum is 50).
    expect(Math.max(...facets.cities.map((v: FacetValue) => v.count))).toBeLessThanOrEqual(totalCount);
    expect(sum(facets.cities)).toBe(50);
    expect(counts(facets.cities)).toMatchObject({ montpellier: 37, grabels: 3, mauguio: 3 });
    expect(counts(facets.funders)).toMatchObject({ 'fonds-regional-souverain': 1, 'sofinnova-partners': 2 });
    expect(counts(facets.funders)['toulouse-metropole']).toBeUndefined();
  });

  it('a domain counts the actors of its sub-domains, and the domain facet ignores the domains filter', async () => {
    const { data } = await api.query(`{ actors(filter: { domains: ["immunotherapies"] }) { totalCount ${FACETS} } }`);
    const { totalCount, facets } = data!.actors;
    expect(totalCount).toBe(1);
    expect(counts(facets.domains)['biotherapies-bioproduction']).toBe(21);
    expect(counts(facets.domains)['biotherapies-bioproduction']).toBeGreaterThanOrEqual(counts(facets.domains).immunotherapies ?? 0);
    expect(counts(facets.kinds)).toEqual({ HOSPITAL_UNIVERSITY_INSTITUTE: 1 });
  });

  it('a search has the facets of every actor its words match', async () => {
    const { data } = await api.query(`{ searchFacets(text: "biotherapies") { kinds { value count } domains { value count } } }`);
    expect(counts(data!.searchFacets.kinds)).toEqual({
      AGENCY: 1,
      COMPANY: 1,
      CONSORTIUM: 1,
      HOSPITAL_UNIVERSITY_INSTITUTE: 1,
      INCUBATOR: 1,
      INDUSTRY_SECTOR: 1,
      RESEARCH_UNIT: 1,
    });
    expect(counts(data!.searchFacets.domains)).toEqual({ 'biotherapies-bioproduction': 6, biotherapies: 5, immunotherapies: 1 });
  });

  it('the kinds facet has the kinds in words', async () => {
    const { data } = await api.query(`{ actors(filter: { kinds: [FUND] }) { facets { kinds { value label(lang: EN) } } } }`);
    expect(data!.actors.facets.kinds).toContainEqual({ value: 'FUND', label: 'fund' });
  });
});

type TieEdge = { cursor: string; id: string; kind: string; direction: string; node: { id: string } };

describe('every node has one tie connection', () => {
  const locatedInToulouse = async (first: number, after?: string) =>
    (
      await api.query(
        `query ($after: String) { place(id: "toulouse") { ties(kinds: [LOCATED_IN], direction: IN, first: ${first}, after: $after) {
          totalCount edges { cursor id kind direction node { id } } pageInfo { hasNextPage endCursor } } } }`,
        { after },
      )
    ).data!.place.ties;

  it('pages through the actors located in Toulouse with cursors, each once', async () => {
    const seen: string[] = [];
    let pages = 1;
    let page = await locatedInToulouse(20);
    expect(page.totalCount).toBe(72);
    seen.push(...page.edges.map((e: TieEdge) => e.node.id));
    while (page.pageInfo.hasNextPage) {
      page = await locatedInToulouse(20, page.pageInfo.endCursor);
      pages += 1;
      expect(page.totalCount).toBe(72);
      seen.push(...page.edges.map((e: TieEdge) => e.node.id));
    }
    expect(pages).toBe(4);
    expect(seen).toHaveLength(72);
    expect(new Set(seen).size).toBe(72);
    expect(seen).toEqual(expect.arrayContaining(['aniti', 'chu-toulouse', 'ipsophene', 'medinbox', 'ut3']));
    // The pages, one after the other, are the list in one page.
    expect(seen).toEqual((await locatedInToulouse(100)).edges.map((e: TieEdge) => e.node.id));
  });

  it('lists the ties of the asked kinds and direction only, BOTH being IN and OUT together', async () => {
    const { data } = await api.query(`{ actor(id: "healthage") {
      out: ties(direction: OUT, first: 100) { totalCount edges { kind direction } }
      in: ties(direction: IN, first: 100) { totalCount edges { kind direction } }
      both: ties(first: 100) { totalCount }
      carries: ties(kinds: [CARRIES]) { edges { kind direction node { id ... on Actor { name } } sources { id } } } } }`);
    const { out, in: incoming, both, carries } = data!.actor;
    expect(out.edges.every((e: TieEdge) => e.direction === 'OUT')).toBe(true);
    expect(incoming.edges.every((e: TieEdge) => e.direction === 'IN')).toBe(true);
    expect(out.totalCount).toBeGreaterThan(0);
    expect(incoming.totalCount).toBeGreaterThan(0);
    expect(both.totalCount).toBe(out.totalCount + incoming.totalCount);
    expect(carries.edges.map((e: TieEdge & { node: { name: string } }) => [e.kind, e.direction, e.node.name])).toEqual([
      ['CARRIES', 'IN', 'CHU de Toulouse'],
      ['CARRIES', 'IN', 'Inserm'],
      ['CARRIES', 'IN', 'Université Paul Sabatier Toulouse III'],
    ]);
    expect(carries.edges[0].sources).toEqual([{ id: 'healthage' }]);
  });

  it('refuses a cursor it did not make', async () => {
    const { errors } = await api.query(`{ place(id: "toulouse") { ties(after: "bm90LWEtY3Vyc29y") { totalCount } } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('objects clients cache have stable, unique ids', () => {
  const CACHED = `{
    actor(id: "chu-toulouse") { id location { id } sources { id }
      carries { id actor { id } } domains { id } programmes { id }
      ties(first: 100) { edges { id } } }
    programme(id: "contrat-filiere-sante") { actors { id } supports { id } domains { id } } }`;

  /** Every `id` of the answer, under the type name the client's cache would key it with. */
  function ids(value: unknown, typename = '', into: string[] = []): string[] {
    if (Array.isArray(value)) for (const item of value) ids(item, typename, into);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.id === 'string') into.push(`${String(record.__typename ?? typename)}:${record.id}`);
      for (const [key, child] of Object.entries(record)) if (key !== 'id') ids(child, key, into);
    }
    return into;
  }

  it('gives every tie, location and citation an id, the same on every request and never twice to two objects', async () => {
    const first = await api.query(CACHED);
    const second = await api.query(CACHED);
    expect(first.errors).toBeUndefined();
    expect(first.data!.actor.location.id).toBe('chu-toulouse|LOCATED_IN|toulouse');
    expect(first.data!.actor.carries).toEqual([
      { id: 'chu-toulouse|CARRIES|OUT|healthage', actor: { id: 'healthage' } },
      { id: 'chu-toulouse|CARRIES|OUT|inspire', actor: { id: 'inspire' } },
      { id: 'chu-toulouse|CARRIES|OUT|iuct-oncopole', actor: { id: 'iuct-oncopole' } },
      { id: 'chu-toulouse|CARRIES|OUT|toulouse-sante-numerique', actor: { id: 'toulouse-sante-numerique' } },
    ]);
    const all = ids(first.data);
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(all).size).toBe(all.length);
    expect(ids(second.data)).toEqual(all);
  });

  it('names a tie by the node it is seen from, so its two ends are two objects', async () => {
    const { data } = await api.query(`{ a: actor(id: "chu-toulouse") { carries { id } } b: actor(id: "healthage") { carriers { id } } }`);
    expect(data!.a.carries[0].id).toBe('chu-toulouse|CARRIES|OUT|healthage');
    expect(data!.b.carriers.map((t: { id: string }) => t.id)).toContain('healthage|CARRIES|IN|chu-toulouse');
  });
});

describe('the possibleTypes map is served', () => {
  it('lists every interface and union of the schema with all its object types', async () => {
    const response = await fetch(`${api.url}/graphql/possible-types.json`);
    expect(response.status).toBe(200);
    const schema = buildASTSchema(concatAST(loadTypeDefs()));
    const expected = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter((type) => !type.name.startsWith('__') && isAbstractType(type))
        .map((type) => [
          type.name,
          schema
            .getPossibleTypes(type as never)
            .map((member) => member.name)
            .sort(),
        ]),
    );
    expect(await response.json()).toEqual({ possibleTypes: expected });
    expect(expected.GraphNode).toEqual(['Actor', 'Domain', 'Funding', 'Place', 'Programme']);
  });
});

describe('an unknown anchor fails its own field, not the whole answer', () => {
  it.each([
    ['tiedTo', '{ ok: actor(id: "inits") { id } bad: tiedTo(actor: "nobody-here") { hops } }', 'actor'],
    ['paths', '{ ok: actor(id: "inits") { id } bad: paths(from: "inits", to: "nobody-here") { length } }', 'to'],
    ['partnerSuggestions', '{ ok: actor(id: "inits") { id } bad: partnerSuggestions(actor: "nobody-here") { score } }', 'actor'],
  ])('%s answers null with BAD_USER_INPUT and keeps the rest of the data', async (_, query, field) => {
    const { data, errors } = await api.query(query);
    expect(data).toEqual({ ok: { id: 'inits' }, bad: null });
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ path: ['bad'], extensions: { code: 'BAD_USER_INPUT', field } });
  });
});
