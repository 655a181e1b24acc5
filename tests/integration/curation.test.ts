import { cypher } from '../../src/db/database';
import { countGraph } from '../../src/db/writeGraph';
import { removeCurationWrites } from '../support/curationCleanup';
import { startTestApi, type TestApi } from '../support/testApi';

const CURATOR = 'curator-test-key-0123456789';
const READER = 'reader-test-key-0123456789';
const asCurator = { authorization: `Bearer ${CURATOR}` };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({}, { API_KEYS: `camille:curator:${CURATOR},robin:reader:${READER}` });
});
afterAll(async () => {
  // Leave the shared seed graph as it was for the other test files.
  await removeCurationWrites(api.db);
  await api.db.write(cypher('test.restoreEvotec', "MATCH (a:Actor {id: 'evotec'}) REMOVE a.retiredAt, a.retiredReason, a.retiredBy"));
  await api.close();
});

const CREATE = `mutation($input: CreateActorInput!) { createActor(input: $input) { id name kind location { city { id } } domains { domain { id } } sources { quote source { url title publisher kind } } } }`;
const newActor = (overrides: Record<string, unknown> = {}) => ({
  name: 'Biotech Exemple Nîmes',
  kind: 'COMPANY',
  place: 'nimes',
  domains: ['bioproduction'],
  source: {
    url: 'https://www.example.org/actualites/biotech-nimes',
    title: 'Une biotech à Nîmes',
    quote: 'Biotech Exemple s’installe à Nîmes pour produire des biomédicaments.',
  },
  ...overrides,
});

describe('writes need a curator key', () => {
  it('refuses an anonymous write with UNAUTHENTICATED', async () => {
    const { errors } = await api.query(CREATE, { input: newActor() });
    expect(errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/Authorization: Bearer/) });
  });

  it('refuses a reader key with FORBIDDEN', async () => {
    const { errors } = await api.query(CREATE, { input: newActor() }, { authorization: `Bearer ${READER}` });
    expect(errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/role reader; writes need the curator role/),
    });
  });

  it('refuses an unknown key with HTTP 401, even for a read', async () => {
    const response = await api.query(`{ actor(id: "sanofi") { name } }`, {}, { authorization: 'Bearer not-a-real-key-000000' });
    expect(response.status).toBe(401);
    expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('lets anyone read, and a reader key read too', async () => {
    expect((await api.query(`{ actor(id: "sanofi") { name } }`)).data).toEqual({ actor: { name: 'Sanofi' } });
    expect((await api.query(`{ actor(id: "sanofi") { name } }`, {}, { authorization: `Bearer ${READER}` })).data).toEqual({
      actor: { name: 'Sanofi' },
    });
  });
});

describe('a curator', () => {
  it('creates an actor with its place, domains and source, and finds it in lists, search and ask', async () => {
    // Asked once before: ask's names are read once and kept, so this also shows a write makes them read again.
    const whereIs = () => api.query(`{ ask(question: "où est installée BiotechExempleNîmes ?") { status actors { id } } }`);
    expect((await whereIs()).data!.ask.status).toBe('NOT_UNDERSTOOD');
    const { data, errors } = await api.query(CREATE, { input: newActor() }, asCurator);
    expect(errors).toBeUndefined();
    expect(data!.createActor).toEqual({
      id: 'biotech-exemple-nimes',
      name: 'Biotech Exemple Nîmes',
      kind: 'COMPANY',
      location: { city: { id: 'nimes' } },
      domains: [{ domain: { id: 'bioproduction' } }],
      sources: [
        {
          quote: 'Biotech Exemple s’installe à Nîmes pour produire des biomédicaments.',
          source: {
            url: 'https://www.example.org/actualites/biotech-nimes',
            title: 'Une biotech à Nîmes',
            publisher: 'www.example.org',
            kind: 'REFERENCE',
          },
        },
      ],
    });
    const listed = await api.query(
      `{ actors(filter: { departmentCode: "30" }) { nodes { id } } search(text: "biotech exemple") { node { id } } }`,
    );
    expect(listed.data!.actors.nodes.map((n: { id: string }) => n.id)).toContain('biotech-exemple-nimes');
    expect(listed.data!.search[0].node.id).toBe('biotech-exemple-nimes');
    expect((await whereIs()).data!.ask).toEqual({ status: 'ANSWERED', actors: [{ id: 'biotech-exemple-nimes' }] });
  });

  it('gets CONFLICT for an id already taken', async () => {
    const { errors } = await api.query(CREATE, { input: newActor({ id: 'sanofi' }) }, asCurator);
    expect(errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: 'The id "sanofi" is already taken; choose another id.' });
  });

  it.each([
    ['an unknown place', { id: 'probe-a', place: 'atlantide' }, /input\.place: there is no place with id "atlantide"/],
    ['a place that is an actor', { id: 'probe-b', place: 'sanofi' }, /input\.place: "sanofi" is an actor; expected a place/],
    ['an unknown domain', { id: 'probe-c', domains: ['astrologie'] }, /input\.domains\.0: there is no domain with id "astrologie"/],
    ['no source', { id: 'probe-d', source: {} }, /input\.source: say where the fact comes from/],
    [
      'a source without its quote',
      { id: 'probe-e', source: { url: 'https://example.org/x', title: 'x' } },
      /input\.source\.quote: quote the sentence/,
    ],
    [
      'a source that is not a URL',
      { id: 'probe-f', source: { url: 'not a url', title: 'x', quote: 'y' } },
      /input\.source\.url: "not a url" is not a URL/,
    ],
    [
      'an unknown passage',
      { id: 'probe-g', source: { passageId: 'nowhere' } },
      /input\.source\.passageId: there is no passage with id "nowhere"/,
    ],
    ['an id that is not a slug', { id: 'Not A Slug' }, /input\.id: must be a slug/],
    ['an empty name', { id: 'probe-h', name: '  ' }, /input\.name: must not be empty/],
  ])('is refused %s with BAD_USER_INPUT, and nothing is written', async (_, overrides, message) => {
    const before = await countGraph(api.db);
    const { errors } = await api.query(CREATE, { input: newActor(overrides) }, asCurator);
    expect(errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(message) });
    expect(await countGraph(api.db)).toEqual(before);
  });

  it('updates fields, citing where the new values come from, and the history keeps the old ones', async () => {
    const { data, errors } = await api.query(
      `mutation { updateActor(id: "biotech-exemple-nimes", input: { description: "Production de biomédicaments.", aliases: ["BEN"] }, source: { passageId: "inits-usine" }) { description aliases sources { passageId } } }`,
      {},
      asCurator,
    );
    expect(errors).toBeUndefined();
    expect(data!.updateActor.description).toBe('Production de biomédicaments.');
    expect(data!.updateActor.aliases).toEqual(['BEN']);
    expect(data!.updateActor.sources.map((s: { passageId: string }) => s.passageId)).toContain('inits-usine');
    const history = await api.query(`{ changes(targetId: "biotech-exemple-nimes") { action curator before after } }`, {}, asCurator);
    const update = history.data!.changes.find((c: { action: string }) => c.action === 'updateActor');
    expect(update.curator).toBe('camille');
    expect(JSON.parse(update.before).actor.aliases).toEqual([]);
    expect(JSON.parse(update.after).actor.aliases).toEqual(['BEN']);
  });

  it('adds a tie with its source, refuses a duplicate, and removes it keeping it in the history', async () => {
    const add = `mutation { addTie(input: { kind: PARTNERS_WITH, from: "sanofi", to: "horiba", since: "2024", source: { url: "https://www.example.org/partenariat", title: "Partenariat", quote: "Sanofi et Horiba s’associent." } }) { id kind label(lang: EN) since sources { quote } } }`;
    const first = await api.query(add, {}, asCurator);
    expect(first.data!.addTie).toEqual({
      id: 'sanofi|PARTNERS_WITH|horiba',
      kind: 'PARTNERS_WITH',
      label: 'works with',
      since: '2024',
      sources: [{ quote: 'Sanofi et Horiba s’associent.' }],
    });
    const partners = await api.query(`{ actor(id: "horiba") { partners { actor { id } } } }`);
    expect(partners.data!.actor.partners).toEqual([{ actor: { id: 'sanofi' } }]);
    const again = await api.query(add, {}, asCurator);
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });

    const removed = await api.query(
      `mutation { removeTie(kind: PARTNERS_WITH, from: "sanofi", to: "horiba", reason: "partnership ended") { id since } }`,
      {},
      asCurator,
    );
    expect(removed.data!.removeTie).toEqual({ id: 'sanofi|PARTNERS_WITH|horiba', since: '2024' });
    expect((await api.query(`{ actor(id: "horiba") { partners { actor { id } } } }`)).data!.actor.partners).toEqual([]);
    const history = await api.query(`{ changes(targetId: "sanofi|PARTNERS_WITH|horiba") { action reason before } }`, {}, asCurator);
    expect(history.data!.changes[0]).toMatchObject({ action: 'removeTie', reason: 'partnership ended' });
    expect(JSON.parse(history.data!.changes[0].before)).toMatchObject({
      type: 'PARTNERS_WITH',
      from: 'sanofi',
      to: 'horiba',
      since: '2024',
    });
  });

  it.each([
    [
      'a money tie',
      `{ kind: GRANTS, from: "region-occitanie", to: "sanofi", source: { passageId: "pepites" } }`,
      /GRANTS ties are written with their nodes \(use addFunding\)/,
    ],
    [
      'ends of the wrong kind',
      `{ kind: LOCATED_IN, from: "sanofi", to: "evotec", source: { passageId: "pepites" } }`,
      /input\.to: "evotec" is an actor; expected a place/,
    ],
    [
      'a malformed date',
      `{ kind: MEMBER_OF, from: "sanofi", to: "bio-occ", since: "May 2023", source: { passageId: "pepites" } }`,
      /input\.since: must be a year or date/,
    ],
    [
      'a tie to itself',
      `{ kind: PARTNERS_WITH, from: "sanofi", to: "sanofi", source: { passageId: "pepites" } }`,
      /a tie joins two different nodes/,
    ],
  ])('refuses %s when adding a tie', async (_, input, message) => {
    const { errors } = await api.query(`mutation { addTie(input: ${input}) { id } }`, {}, asCurator);
    expect(errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(message) });
  });

  it('writes nothing when a write fails after its citation was resolved (one transaction)', async () => {
    const before = await countGraph(api.db);
    // The citation would create a new source and passage; the tie then conflicts with an existing one.
    const { errors } = await api.query(
      `mutation { addTie(input: { kind: FOUNDED, from: "inserm", to: "immun4cure", source: { url: "https://www.example.org/nouvelle-source", title: "Nouvelle", quote: "Une phrase nouvelle." } }) { id } }`,
      {},
      asCurator,
    );
    expect(errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(await countGraph(api.db)).toEqual(before);
    const [row] = await api.db.read<{ n: number }>(
      cypher('test.noSource', "MATCH (s:Source {url: 'https://www.example.org/nouvelle-source'}) RETURN count(s) AS n"),
    );
    expect(row?.n).toBe(0);
  });

  it('adds funding, refusing negative amounts, and totals include it', async () => {
    const negative = await api.query(
      `mutation { addFunding(input: { funder: "region-occitanie", recipients: ["biotech-exemple-nimes"], amountEur: -1000, status: PLANNED, source: { passageId: "pepites" } }) { id } }`,
      {},
      asCurator,
    );
    expect(negative.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'input.amountEur: must be a positive number of euros',
    });
    const nowhere = await api.query(
      `mutation { addFunding(input: { funder: "region-occitanie", amountEur: 1000, status: PLANNED, source: { passageId: "pepites" } }) { id } }`,
      {},
      asCurator,
    );
    expect(nowhere.errors![0]!.message).toMatch(/say where the money goes/);
    const { data, errors } = await api.query(
      `mutation { addFunding(input: { id: "region-biotech-nimes-2025", funder: "region-occitanie", recipients: ["biotech-exemple-nimes"], amountEur: 500000, period: "2025", status: COMMITTED, source: { passageId: "pepites" } }) { id name amountEur recipients { id } } }`,
      {},
      asCurator,
    );
    expect(errors).toBeUndefined();
    expect(data!.addFunding).toEqual({
      id: 'region-biotech-nimes-2025',
      name: '500\u202f000\u00a0€ (Région Occitanie)',
      amountEur: 500000,
      recipients: [{ id: 'biotech-exemple-nimes' }],
    });
    const summary = await api.query(`{ fundingSummary(by: RECIPIENT, filter: { recipient: "biotech-exemple-nimes" }) { totalEur } }`);
    expect(summary.data!.fundingSummary).toEqual([{ totalEur: 500000 }]);
  });

  it('retires an actor: kept with its date, hidden from lists and search, shown when asked for', async () => {
    const { data } = await api.query(
      `mutation { retireActor(id: "evotec", reason: "closed its Occitanie site") { id retiredAt } }`,
      {},
      asCurator,
    );
    expect(data!.retireActor.retiredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const after = await api.query(`{
      actor(id: "evotec") { name retiredAt }
      actors(first: 100, filter: { text: "evotec" }) { nodes { id } }
      all: actors(first: 100, filter: { text: "evotec", includeRetired: true }) { nodes { id } }
      search(text: "evotec") { node { id } }
    }`);
    expect(after.data!.actor.name).toBe('Evotec');
    expect(after.data!.actors.nodes.map((n: { id: string }) => n.id)).not.toContain('evotec');
    expect(after.data!.all.nodes.map((n: { id: string }) => n.id)).toContain('evotec');
    // Evotec France and Just – Evotec Biologics (corpus) still match the text; Evotec itself no longer does.
    expect(after.data!.search.map((hit: { node: { id: string } }) => hit.node.id)).not.toContain('evotec');
    const again = await api.query(`mutation { retireActor(id: "evotec", reason: "again") { id } }`, {}, asCurator);
    expect(again.errors![0]!.message).toMatch(/was already retired on/);
    const tie = await api.query(
      `mutation { addTie(input: { kind: MEMBER_OF, from: "evotec", to: "bio-occ", source: { passageId: "pepites" } }) { id } }`,
      {},
      asCurator,
    );
    expect(tie.errors![0]!.message).toMatch(/input\.from: "evotec" was retired on .*; it takes no new ties/);
  });

  it('returns the bookmarks of a write, and accepts them on the next read', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asCurator },
      body: JSON.stringify({
        query: `mutation { updateActor(id: "biotech-exemple-nimes", input: { website: "https://www.example.org" }, source: { passageId: "pepites" }) { website } }`,
      }),
    });
    const body = (await response.json()) as { extensions?: { bookmarks?: string[] } };
    const header = response.headers.get('neo4j-bookmarks');
    expect(body.extensions?.bookmarks?.length).toBeGreaterThan(0);
    expect(header).toBe(body.extensions!.bookmarks!.join(','));
    const read = await api.query(`{ actor(id: "biotech-exemple-nimes") { website } }`, {}, { 'neo4j-bookmarks': header! });
    expect(read.data).toEqual({ actor: { website: 'https://www.example.org' } });
    const bad = await api.query(`{ actor(id: "sanofi") { id } }`, {}, { 'neo4j-bookmarks': 'not a bookmark!' });
    expect(bad.status).toBe(400);
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('hostile values', () => {
  it.each([
    ['a 9,000-character name', { id: 'probe-long-name', name: 'x'.repeat(9000) }, 'input.name: must be at most 200 characters'],
    [
      'a 95 kB description',
      { id: 'probe-long-description', description: 'd'.repeat(95_000) },
      'input.description: must be at most 5000 characters',
    ],
    [
      '5,000 aliases',
      { id: 'probe-many-aliases', aliases: Array.from({ length: 5000 }, (_, i) => `alias ${i}`) },
      'input.aliases: must list at most 30 aliases',
    ],
    [
      'a javascript: website',
      { id: 'probe-script-link', website: 'javascript:alert(1)' },
      expect.stringMatching(/^input\.website: must be an http:\/\/ or https:\/\/ address/),
    ],
    [
      'a javascript: source URL',
      { id: 'probe-script-source', source: { url: 'javascript:alert(1)', title: 'x', quote: 'y' } },
      'input.source.url: must be an http:// or https:// address.',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field and the bound, and writes nothing', async (_, overrides, message) => {
    const before = await countGraph(api.db);
    const { errors } = await api.query(CREATE, { input: newActor(overrides) }, asCurator);
    expect(errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message });
    expect(await countGraph(api.db)).toEqual(before);
  });

  it('refuses an amount of 1e308 euros, above the stated maximum', async () => {
    const { errors } = await api.query(
      `mutation { addFunding(input: { funder: "region-occitanie", recipients: ["sanofi"], amountEur: 1e308, status: PLANNED, source: { passageId: "pepites" } }) { id } }`,
      {},
      asCurator,
    );
    expect(errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'input.amountEur: must be at most 1e+12 euros (1,000,000,000,000)',
    });
  });

  it('keeps fundingSummary and ask answering when stored amounts (written before the bounds) would sum to Infinity', async () => {
    await api.db.write(
      cypher(
        'test.hugeFundings',
        `MATCH (g:Actor {id: 'region-occitanie'}), (r:Actor {id: 'sanofi'})
         UNWIND ['probe-huge-1', 'probe-huge-2'] AS id
         CREATE (g)-[:GRANTS]->(f:Entity:Funding {id: id, amountEur: 1e308, status: 'PLANNED', qualifier: 'EXACT', origin: 'curation', passageIds: ['pepites']})-[:GRANTED_TO]->(r)`,
      ),
    );
    try {
      const summary = await api.query(
        `{ fundingSummary(by: FUNDER, filter: { recipient: "sanofi" }) { totalEur unknownAmountCount fundings { id amountEur } } }`,
      );
      expect(summary.errors).toBeUndefined();
      expect(summary.data!.fundingSummary).toEqual([
        {
          totalEur: 0,
          unknownAmountCount: 2,
          fundings: expect.arrayContaining([
            { id: 'probe-huge-1', amountEur: null },
            { id: 'probe-huge-2', amountEur: null },
          ]),
        },
      ]);
      const answer = await api.query(`{ ask(question: "who funds Sanofi") { fundingTotalEur fundingByFunder { totalEur } } }`);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.ask.fundingTotalEur).toBe(0);
    } finally {
      await api.db.write(cypher('test.dropHugeFundings', "MATCH (f:Funding) WHERE f.id STARTS WITH 'probe-huge-' DETACH DELETE f"));
    }
  });
});

describe('a request carries one write', () => {
  it('refuses two mutation fields before running either, so nothing of the request is committed', async () => {
    const before = await countGraph(api.db);
    const { errors, data } = await api.query(
      `mutation {
        a: updateActor(id: "biotech-exemple-nimes", input: { description: "Half of a request." }, source: { passageId: "pepites" }) { id }
        b: retireActor(id: "nope", reason: "probe") { id }
      }`,
      {},
      asCurator,
    );
    expect(data).toBeUndefined();
    expect(errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/one mutation field.*this one has 2 \(a, b\)/),
    });
    expect(await countGraph(api.db)).toEqual(before);
    const actor = await api.query(`{ actor(id: "biotech-exemple-nimes") { description } }`);
    expect(actor.data!.actor.description).not.toBe('Half of a request.');
  });

  it('counts the fields a fragment brings in', async () => {
    const { errors } = await api.query(
      `mutation { ...Writes } fragment Writes on Mutation { retireActor(id: "nope", reason: "x") { id } removeFunding(id: "nope", source: { passageId: "pepites" }) { id } }`,
      {},
      asCurator,
    );
    expect(errors![0]!.message).toMatch(/this one has 2 \(retireActor, removeFunding\)/);
  });
});

describe('retiring, restoring and removing', () => {
  const idsNear = async (id: string) =>
    ((await api.query(`{ neighbourhood(id: "${id}", limit: 300) { nodes { id } } }`)).data!.neighbourhood?.nodes ?? []).map(
      (n: { id: string }) => n.id,
    );
  const update = (id: string) =>
    api.query(
      `mutation { updateActor(id: "${id}", input: { description: "Encore active." }, source: { passageId: "pepites" }) { description } }`,
      {},
      asCurator,
    );

  it('hides a retired actor from neighbourhoods and refuses to change it until it is restored', async () => {
    const created = await api.query(
      CREATE,
      { input: newActor({ id: 'probe-retiree', name: 'Probe Retiree', source: { passageId: 'pepites' } }) },
      asCurator,
    );
    expect(created.errors).toBeUndefined();
    expect(await idsNear('nimes')).toContain('probe-retiree');
    await api.query(`mutation { retireActor(id: "probe-retiree", reason: "closed") { id } }`, {}, asCurator);

    expect(await idsNear('nimes')).not.toContain('probe-retiree');
    expect((await api.query(`{ neighbourhood(id: "probe-retiree") { truncated } }`)).data).toEqual({ neighbourhood: null });
    const refused = await update('probe-retiree');
    expect(refused.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/id: "probe-retiree" was retired on .*; restore it first \(restoreActor\)/),
    });

    const restored = await api.query(
      `mutation { restoreActor(id: "probe-retiree", source: { passageId: "inits-usine" }) { retiredAt sources { passageId } } }`,
      {},
      asCurator,
    );
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreActor.retiredAt).toBeNull();
    expect(restored.data!.restoreActor.sources.map((s: { passageId: string }) => s.passageId)).toContain('inits-usine');
    expect(await idsNear('nimes')).toContain('probe-retiree');
    expect((await update('probe-retiree')).data).toEqual({ updateActor: { description: 'Encore active.' } });
    const history = await api.query(`{ changes(targetId: "probe-retiree") { action curator reason } }`, {}, asCurator);
    expect(history.data!.changes.map((c: { action: string }) => c.action)).toEqual([
      'updateActor',
      'restoreActor',
      'retireActor',
      'createActor',
    ]);
    expect(history.data!.changes[1]).toEqual({
      action: 'restoreActor',
      curator: 'camille',
      reason: 'active again, per passage inits-usine',
    });
    const again = await api.query(`mutation { restoreActor(id: "probe-retiree", source: { passageId: "pepites" }) { id } }`, {}, asCurator);
    expect(again.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'id: "probe-retiree" is not retired; there is nothing to restore.',
    });
  });

  it('removes a funding with its ties, keeping it in the history', async () => {
    const added = await api.query(
      `mutation { addFunding(input: { id: "probe-removable", funder: "region-occitanie", recipients: ["probe-retiree"], amountEur: 1000, status: PLANNED, source: { passageId: "pepites" } }) { id } }`,
      {},
      asCurator,
    );
    expect(added.errors).toBeUndefined();
    const removed = await api.query(
      `mutation { removeFunding(id: "probe-removable", source: { passageId: "inits-usine" }) { id amountEur } }`,
      {},
      asCurator,
    );
    expect(removed.data).toEqual({ removeFunding: { id: 'probe-removable', amountEur: 1000 } });
    expect((await api.query(`{ funding(id: "probe-removable") { id } }`)).data).toEqual({ funding: null });
    const history = await api.query(`{ changes(targetId: "probe-removable") { action reason before after } }`, {}, asCurator);
    expect(history.data!.changes[0]).toMatchObject({ action: 'removeFunding', reason: 'removed, per passage inits-usine', after: null });
    expect(JSON.parse(history.data!.changes[0].before)).toMatchObject({
      funding: { amountEur: 1000 },
      funder: 'region-occitanie',
      recipients: ['probe-retiree'],
    });
    const unknown = await api.query(
      `mutation { removeFunding(id: "probe-removable", source: { passageId: "pepites" }) { id } }`,
      {},
      asCurator,
    );
    expect(unknown.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'id: there is no funding with id "probe-removable".',
    });
  });
});
