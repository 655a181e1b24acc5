import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { freePort } from '../../src/localNeo4j/localNeo4j';
import { startTestApi, type TestApi } from '../support/testApi';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const names = (list: { name: string }[]) => list.map((a) => a.name).sort();
const tiedNames = (list: { actor: { name: string } }[]) => list.map((t) => t.actor.name).sort();

describe('the directory answers the facts of the source documents over HTTP', () => {
  it('Immun4Cure was formed by Inserm, the CHU de Montpellier and the Université de Montpellier', async () => {
    const { data, errors } = await api.query(`{ actor(id: "immun4cure") { founders { actor { name } sources { quote source { id } } } } }`);
    expect(errors).toBeUndefined();
    expect(tiedNames(data!.actor.founders)).toEqual(['CHU de Montpellier', 'Inserm', 'Université de Montpellier']);
    for (const founder of data!.actor.founders) {
      expect(founder.sources[0]).toMatchObject({ source: { id: 'therapies-du-futur' } });
      expect(founder.sources[0].quote).toContain('Formé par l’Inserm, le CHU et l’Université de Montpellier');
    }
  });

  it('HealthAge is carried by the CHU de Toulouse, the Université Paul Sabatier Toulouse III and Inserm', async () => {
    const { data } = await api.query(`{ actor(id: "healthage") { carriers { actor { name } } } }`);
    expect(tiedNames(data!.actor.carriers)).toEqual(['CHU de Toulouse', 'Inserm', 'Université Paul Sabatier Toulouse III']);
  });

  it('the Contrat de filière Santé is co-piloted by the Région, the État, Inserm and Eurobiomed', async () => {
    const { data } = await api.query(`{
      programme(id: "contrat-filiere-sante") { name period actors(roles: [CO_PILOTS]) { role actor { name } sources { quote } } }
    }`);
    expect(data!.programme.name).toBe('Contrat de filière Santé 2024-2028');
    expect(data!.programme.period).toBe('2024-2028');
    expect(tiedNames(data!.programme.actors)).toEqual(['Eurobiomed', 'Inserm', 'Région Occitanie', 'État']);
    expect(data!.programme.actors.every((t: { role: string }) => t.role === 'CO_PILOTS')).toBe(true);
    expect(data!.programme.actors[0].sources[0].quote).toBe('La Région, l’État, l’Inserm et le pôle Eurobiomed vont le copiloter.');
  });

  it('the Région funds the two IHU with 10 M€ shared between them', async () => {
    const { data } = await api.query(`{
      ihus: actors(filter: { kinds: [HOSPITAL_UNIVERSITY_INSTITUTE] }) {
        nodes { name fundingReceived { amountEur shared status funder { name } recipients { id } sources { quote } } }
      }
    }`);
    const ihus = data!.ihus.nodes;
    expect(names(ihus)).toEqual(['HealthAge', 'Immun4Cure']);
    for (const ihu of ihus) {
      // Immun4Cure also has the État's own 20 M€ IHU endowment (checked below); the Région's 10 M€ is the one they share.
      expect(ihu.fundingReceived.filter((f: { funder: { name: string } }) => f.funder.name === 'Région Occitanie')).toEqual([
        {
          amountEur: 10_000_000,
          shared: true,
          status: 'PLANNED',
          funder: { name: 'Région Occitanie' },
          recipients: [{ id: 'healthage' }, { id: 'immun4cure' }],
          sources: [{ quote: expect.stringContaining('auxquels la Région contribuera pour 10 millions d’euros') }],
        },
      ]);
    }
    const byFunder = (name: string) =>
      ihus.map((ihu: { name: string; fundingReceived: { funder: { name: string }; amountEur: number }[] }) => [
        ihu.name,
        ihu.fundingReceived.filter((f) => f.funder.name === name).map((f) => f.amountEur),
      ]);
    expect(byFunder('État')).toEqual([
      ['HealthAge', []],
      ['Immun4Cure', [20_000_000]],
    ]);
  });

  it('lists the actors located in Toulouse', async () => {
    const { data } = await api.query(`{ actors(filter: { place: "toulouse" }, first: 100) { totalCount nodes { name } } }`);
    const located = names(data!.actors.nodes);
    expect(located).toEqual(
      expect.arrayContaining([
        'ANITI',
        'CHU de Toulouse',
        'Ipsophène',
        'MedinBox',
        'Université Paul Sabatier Toulouse III',
        'IUCT-Oncopole',
        'Evotec',
      ]),
    );
    for (const elsewhere of ['CHU de Montpellier', 'DiappyMed', 'Inits', 'CHU de Nîmes']) expect(located).not.toContain(elsewhere);
    expect(data!.actors.totalCount).toBe(72);
    expect(located).toHaveLength(72);
  });

  it('lists the actors located in Montpellier', async () => {
    const { data } = await api.query(`{ actors(filter: { place: "montpellier" }, first: 100) { totalCount nodes { name } } }`);
    const located = names(data!.actors.nodes);
    expect(located).toEqual(
      expect.arrayContaining(['CHU de Montpellier', 'DiappyMed', 'Université de Montpellier', 'MedVallée', 'Wefight']),
    );
    // Inits is in Mauguio, not in Montpellier itself.
    for (const elsewhere of ['CHU de Toulouse', 'Inits', 'MedinBox', 'Ipsophène']) expect(located).not.toContain(elsewhere);
    expect(data!.actors.totalCount).toBe(69);
  });

  it('lists the actors in département 34, Mauguio included, with their département code', async () => {
    const { data } = await api.query(
      `{ actors(filter: { departmentCode: "34" }, first: 100) { totalCount nodes { name location { city { name } department { name code } } } } }`,
    );
    const located = names(data!.actors.nodes);
    expect(located).toEqual(
      expect.arrayContaining(['CHU de Montpellier', 'DiappyMed', 'Inits', 'Université de Montpellier', 'Dedienne Santé']),
    );
    for (const elsewhere of ['CHU de Toulouse', 'MedinBox', 'CHU de Nîmes']) expect(located).not.toContain(elsewhere);
    expect(data!.actors.totalCount).toBe(83);
    const inits = data!.actors.nodes.find((a: { name: string }) => a.name === 'Inits');
    expect(inits.location).toEqual({ city: { name: 'Mauguio' }, department: { name: 'Hérault', code: '34' } });
  });

  it('ANITI pilots the programme « IA pour la Santé » since 2023', async () => {
    const { data } = await api.query(`{ actor(id: "aniti") { programmes(roles: [PILOTS, CO_PILOTS]) { role since programme { name } } } }`);
    expect(data!.actor.programmes).toEqual([{ role: 'PILOTS', since: '2023', programme: { name: 'IA pour la Santé' } }]);
  });

  it('says how much the Région gives, counting an amount included in a larger one once', async () => {
    const { data } = await api.query(
      `{ fundingSummary(by: FUNDER) { group { ... on Actor { id } } totalEur fundingCount unknownAmountCount } }`,
    );
    // In the two Région documents: 150 M€ (contract) + 10 M€ (IHU) + 200 M€ (since 2017) + 1.2 M€ (IA pour la Santé), the 25 M€
    // and 36 M€ being parts of the 150 M€ and 200 M€; the corpus adds 19 Région fundings, two of them without an amount.
    expect(data!.fundingSummary).toContainEqual({
      group: { id: 'region-occitanie' },
      totalEur: 574_237_000,
      fundingCount: 25,
      unknownAmountCount: 2,
    });
    expect(data!.fundingSummary).toContainEqual({
      group: { id: 'fonds-regional-souverain' },
      totalEur: 0,
      fundingCount: 1,
      unknownAmountCount: 1,
    });
    const totals = data!.fundingSummary.map((line: { totalEur: number }) => line.totalEur);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('totals funding by domain, a domain including its sub-domains', async () => {
    const { data } = await api.query(`{ fundingSummary(by: DOMAIN) { group { ... on Domain { id } } totalEur includesSharedAmounts } }`);
    const line = (id: string) => data!.fundingSummary.find((l: { group: { id: string } }) => l.group.id === id);
    expect(line('biotherapies')).toEqual({ group: { id: 'biotherapies' }, totalEur: 118_400_000, includesSharedAmounts: true });
    expect(line('biotherapies-bioproduction').totalEur).toBe(277_900_000);
    expect(line('biotherapies-bioproduction').totalEur).toBeGreaterThanOrEqual(line('biotherapies').totalEur);
    expect(line('cancerologie').totalEur).toBe(11_500_000);
  });

  it('shows figures with their unit, qualifier and source', async () => {
    const { data } = await api.query(
      `{ actor(id: "filiere-bioproduction-biotherapies") { figures { metric label(lang: EN) value unit qualifier sources { quote } } } }`,
    );
    expect(data!.actor.figures).toContainEqual({
      metric: 'STRUCTURES',
      label: 'organisations',
      value: 100,
      unit: 'organisations',
      qualifier: 'AT_LEAST',
      sources: [{ quote: expect.stringContaining('plus de cent structures') }],
    });
  });

  it('serves domains, places, programmes and sources as lists with their ties', async () => {
    const { data, errors } = await api.query(`{
      domains(excellenceOnly: true) { totalCount nodes { id label(lang: EN) subdomains { id } } }
      place(id: "herault") { kind code parent { id } children { id } actors { id } }
      programmes(kind: STRATEGY) { nodes { id } }
      sources { id kind passages { passageId } }
      domain(id: "biotherapies-bioproduction") { actors { id } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.domains.totalCount).toBe(4);
    expect(data!.domains.nodes.map((d: { label: string }) => d.label)).toEqual([
      'Biotherapies and bioproduction',
      'Medical devices and in vitro diagnostics',
      'Digital health',
      'Silver economy and gerosciences',
    ]);
    expect(data!.place).toEqual({
      kind: 'DEPARTMENT',
      code: '34',
      parent: { id: 'occitanie' },
      children: ['baillargues', 'castelnau-le-lez', 'grabels', 'jacou', 'lattes', 'mauguio', 'montferrier-sur-lez', 'montpellier'].map(
        (id) => ({
          id,
        }),
      ),
      actors: expect.arrayContaining([{ id: 'chu-montpellier' }, { id: 'diappymed' }, { id: 'inits' }, { id: 'universite-montpellier' }]),
    });
    expect(data!.place.actors).not.toContainEqual({ id: 'chu-toulouse' });
    expect(data!.programmes.nodes.map((p: { id: string }) => p.id)).toEqual(['strategie-etat-sante', 'strategie-regionale-ia']);
    // The two Région documents and the INSEE code list, then the 208 summarised pages of the corpus.
    expect(data!.sources.slice(0, 3).map((s: { id: string }) => s.id)).toEqual([
      'souverainete-sanitaire',
      'therapies-du-futur',
      'insee-cog',
    ]);
    expect(data!.sources).toHaveLength(211);
    expect(data!.sources.slice(3).every((s: { kind: string }) => s.kind === 'SUMMARY')).toBe(true);
    expect(data!.domain.actors.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining(['immun4cure', 'inits', 'bio-occ', 'filiere-bioproduction-biotherapies']),
    );
  });

  it('resolves any node by id through the GraphNode union', async () => {
    const { data } = await api.query(
      `{ a: node(id: "inits") { __typename ... on Actor { name } } f: node(id: "region-ihu-10m") { __typename ... on Funding { amountEur } } }`,
    );
    expect(data).toEqual({ a: { __typename: 'Actor', name: 'Inits' }, f: { __typename: 'Funding', amountEur: 10_000_000 } });
  });
});

describe('paging through actors', () => {
  async function allPages(orderBy: string, first: number, filter = '{}') {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: { data?: any; errors?: unknown } = await api.query(
        `query($after: String) { actors(filter: ${filter}, orderBy: ${orderBy}, first: ${first}, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      seen.push(...response.data.actors.nodes.map((n: { id: string }) => n.id));
      after = response.data.actors.pageInfo.hasNextPage ? response.data.actors.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 100);
    return seen;
  }

  it('visits every actor exactly once, whatever the page size and order', async () => {
    const { data } = await api.query(`{ actors { totalCount } }`);
    const total = data!.actors.totalCount;
    expect(total).toBe(306);
    for (const [order, size] of [
      ['NAME_ASC', 7],
      ['NAME_DESC', 5],
      ['NAME_ASC', 100],
    ] as const) {
      const ids = await allPages(order, size);
      expect(ids).toHaveLength(total);
      expect(new Set(ids).size).toBe(total);
    }
  });

  it('orders by name with accents and case ignored', async () => {
    const ids = await allPages('NAME_ASC', 50);
    const position = (id: string) => ids.indexOf(id);
    // "État" sorts with the e's, before Eurobiomed and Evotec.
    expect(position('etat')).toBeLessThan(position('eurobiomed'));
    expect(position('eurobiomed')).toBeLessThan(position('evotec'));
  });

  it('keeps later pages stable when an actor is added before the cursor', async () => {
    const first = await api.query(`{ actors(first: 10) { nodes { id } pageInfo { endCursor } } }`);
    const cursor = first.data!.actors.pageInfo.endCursor;
    const before = await api.query(`query($c: String) { actors(first: 5, after: $c) { nodes { id } } }`, { c: cursor });
    await api.db.write({
      name: 'test.insertEarly',
      text: "CREATE (:Actor:Entity {id: 'aaa-probe', name: 'AAA probe', nameKey: 'aaa probe', kind: 'COMPANY', aliases: [], passageIds: ['pepites']})",
    });
    try {
      const after = await api.query(`query($c: String) { actors(first: 5, after: $c) { nodes { id } } }`, { c: cursor });
      expect(after.data!.actors.nodes).toEqual(before.data!.actors.nodes);
    } finally {
      await api.db.write({ name: 'test.removeEarly', text: "MATCH (n:Actor {id: 'aaa-probe'}) DETACH DELETE n" });
    }
  });

  it('combines filters: kind AND domain AND place', async () => {
    const { data } = await api.query(`{
      companiesInBiotherapiesIn34: actors(filter: { kinds: [COMPANY], domains: ["biotherapies-bioproduction"], departmentCode: "34" }) { nodes { id } }
      institutesInBiotherapiesIn34: actors(filter: { kinds: [HOSPITAL_UNIVERSITY_INSTITUTE], domains: ["biotherapies-bioproduction"], departmentCode: "34" }) { nodes { id } }
      companiesInToulouseInAI: actors(filter: { kinds: [COMPANY], domains: ["numerique-en-sante"], place: "toulouse" }) { nodes { id } }
      fundedByTheRegion: actors(filter: { fundedBy: "region-occitanie", kinds: [HOSPITAL_UNIVERSITY_INSTITUTE] }) { nodes { id } }
      inTheContract: actors(filter: { programme: "contrat-filiere-sante", kinds: [CLUSTER] }) { nodes { id } }
      textAndKind: actors(filter: { text: "montpellier", kinds: [UNIVERSITY_HOSPITAL] }) { nodes { id } }
    }`);
    expect(data).toEqual({
      companiesInBiotherapiesIn34: {
        nodes: ['ciloa', 'emercell', 'ingraalys', 'inits', 'medxcell-science', 'sensorion', 'spotalab', 'stemgenomix'].map((id) => ({
          id,
        })),
      },
      institutesInBiotherapiesIn34: { nodes: [{ id: 'immun4cure' }] }, // a corpus page places Immun4Cure in Montpellier
      companiesInToulouseInAI: { nodes: ['hygia', 'medinbox', 'pixience', 'semeia', 'telegrafik'].map((id) => ({ id })) },
      fundedByTheRegion: { nodes: [{ id: 'healthage' }, { id: 'immun4cure' }] },
      inTheContract: { nodes: [{ id: 'cosmed' }, { id: 'robotics-place' }, { id: 'silverocc' }] },
      textAndKind: { nodes: [{ id: 'chu-montpellier' }] },
    });
  });

  it('computes totalCount only when asked for', async () => {
    api.db.queries.length = 0;
    await api.query(`{ actors(first: 3) { nodes { id } } }`);
    expect(api.db.queries.map((q) => q.name)).toEqual(['lists.actorPage']);
    api.db.queries.length = 0;
    await api.query(`{ actors(first: 3) { totalCount nodes { id } } }`);
    expect(api.db.queries.map((q) => q.name).sort()).toEqual(['lists.actorCount', 'lists.actorPage']);
  });

  it('counts a filtered list in the walk that finds its page (one statement)', async () => {
    api.db.queries.length = 0;
    const { data } = await api.query(`{ actors(filter: { departmentCode: "34" }, first: 2) { totalCount nodes { id } } }`);
    expect(data!.actors).toEqual({ totalCount: 83, nodes: [{ id: 'ai-stroke' }, { id: 'altemed' }] });
    expect(api.db.queries.map((q) => q.name)).toEqual(['lists.actorPageWithCount']);
  });

  it.each([
    ['a place', '{ place: "toulouse" }'],
    ['a département and a kind', '{ departmentCode: "34", kinds: [COMPANY, UNIVERSITY_HOSPITAL] }'],
    ['a domain', '{ domains: ["biotherapies-bioproduction"] }'],
    ['a funder', '{ fundedBy: "region-occitanie" }'],
    ['text', '{ text: "montpellier" }'],
  ])('pages %s alike with and without totalCount, in both orders', async (_label, filter) => {
    for (const order of ['NAME_ASC', 'NAME_DESC']) {
      const walk = async (withCount: boolean) => {
        const ids: string[] = [];
        const totals = new Set<number>();
        let after: string | null = null;
        do {
          const response: {
            data?: null | {
              actors: { totalCount?: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
            };
          } = await api.query(
            `query($after: String) { actors(filter: ${filter}, first: 10, after: $after, orderBy: ${order}) { ${withCount ? 'totalCount' : ''} nodes { id } pageInfo { hasNextPage endCursor } } }`,
            { after },
          );
          const page = response.data!.actors;
          ids.push(...page.nodes.map((n) => n.id));
          if (withCount) totals.add(page.totalCount!);
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after && ids.length < 400);
        return { ids, totals: [...totals] };
      };
      const counted = await walk(true);
      const plain = await walk(false);
      expect(plain.ids.length).toBeGreaterThan(1);
      expect(counted.ids).toEqual(plain.ids);
      expect(counted.totals).toEqual([plain.ids.length]);
    }
  });
});

describe('errors', () => {
  it('returns null, without error, for an unknown id', async () => {
    const response = await api.query(`{ actor(id: "nobody") { name } programme(id: "none") { name } node(id: "zzz") { __typename } }`);
    expect(response).toEqual({ status: 200, data: { actor: null, programme: null, node: null } });
  });

  it.each([
    ['first above the cap', `{ actors(first: 101) { nodes { id } } }`, /first must be between 0 and 100 \(got 101\)/],
    ['a negative first', `{ actors(first: -1) { nodes { id } } }`, /first must be between 0 and 100/],
    ['a cursor that is not one', `{ actors(after: "garbage") { nodes { id } } }`, /after is not a cursor returned by this API/],
    [
      'an unknown domain',
      `{ actors(filter: { domains: ["bioprod"] }) { nodes { id } } }`,
      /filter\.domains: there is no domain with id "bioprod"/,
    ],
    [
      'an unknown place',
      `{ actors(filter: { place: "atlantide" }) { nodes { id } } }`,
      /filter\.place: there is no place with id "atlantide"/,
    ],
    [
      'a malformed département code',
      `{ actors(filter: { departmentCode: "340" }) { nodes { id } } }`,
      /departmentCode must be a French département code/,
    ],
    [
      'a text filter too long',
      `{ actors(filter: { text: "${'x'.repeat(201)}" }) { nodes { id } } }`,
      /filter\.text is limited to 200 characters/,
    ],
    ['a tie list above the cap', `{ actor(id: "sanofi") { partOf(first: 1000) { actor { id } } } }`, /first must be between 0 and 100/],
    ['an unknown funder', `{ fundings(filter: { funder: "nobody" }) { id } }`, /filter\.funder: there is no actor with id "nobody"/],
  ])('refuses %s with BAD_USER_INPUT and a message saying what to fix', async (_, query, message) => {
    const { errors } = await api.query(query);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(message);
  });

  it('refuses a cursor made for another order', async () => {
    const { data } = await api.query(`{ actors(first: 2, orderBy: NAME_DESC) { pageInfo { endCursor } } }`);
    const { errors } = await api.query(`query($c: String) { actors(after: $c) { nodes { id } } }`, { c: data!.actors.pageInfo.endCursor });
    expect(errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/made for order NAME_DESC, not NAME_ASC/),
    });
  });

  it('refuses a wrong enum value through GraphQL validation, with a code', async () => {
    const { errors } = await api.query(`{ actors(filter: { kinds: [COMPNY] }) { nodes { id } } }`);
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors![0]!.message).toMatch(/COMPNY/);
  });
});

describe('when the database cannot be reached', () => {
  it('answers DATABASE_UNAVAILABLE within seconds, with no stack trace', async () => {
    // A port where nothing listens: what the API sees when Neo4j is down.
    const nowhere = new Database(createDriver({ uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: 'x' }), {
      database: 'neo4j',
      timeoutMs: 5000,
    });
    const down = await startTestApi({}, {}, Object.assign(nowhere, { queries: [] }));
    const started = Date.now();
    const response = await down.query(`{ actor(id: "sanofi") { name } }`);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(response.errors![0]).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(JSON.stringify(response)).not.toMatch(/stack|at .*\.js/);
    await down.close().catch(() => undefined);
  });
});
