import { cypher } from '../../src/db/database';
import { ENTITY_TEXT_INDEX } from '../../src/db/cypher/constraints';
import { fieldQuery, SEARCH_FIELDS } from '../../src/db/lucene';
import { startTestApi, type TestApi } from '../support/testApi';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const ids = (list: { id: string }[]) => list.map((node) => node.id);

async function searchIds(text: string, extra = ''): Promise<string[]> {
  const { data, errors } = await api.query(`query($text: String!) { search(text: $text${extra}) { node { id } } }`, { text });
  expect(errors).toBeUndefined();
  return data!.search.map((hit: { node: { id: string } }) => hit.node.id);
}

describe('search', () => {
  it.each([
    ['ipsophene', 'ipsophene'],
    ['Ipsophène', 'ipsophene'],
    ['medvallee', 'medvallee'],
    ['universite de montpellier', 'universite-montpellier'],
    ['pierre fabre', 'pierre-fabre'],
    ['UT3', 'ut3'],
    ['sanofy', 'sanofi'],
    ['quant', 'quantum-surgical'],
    ['healt', 'healthage'],
  ])('ranks the right actor first for "%s"', async (text, expected) => {
    expect((await searchIds(text))[0]).toBe(expected);
  });

  it('finds the three Evotec actors first for "evoteck", each named Evotec', async () => {
    // Evotec France and Just – Evotec Biologics (corpus) also carry the name in their aliases and descriptions.
    expect((await searchIds('evoteck')).slice(0, 3)).toEqual(['evotec-france', 'just-evotec-biologics', 'evotec']);
  });

  it('says which fields matched, best first, with a score', async () => {
    const { data } = await api.query(`{ search(text: "paracétamol") { score matchedFields node { id } } }`);
    // UPSA (corpus) and Ipsophène both make paracetamol, as their descriptions say.
    expect(data!.search).toEqual([
      { score: expect.any(Number), matchedFields: ['DESCRIPTION'], node: { id: 'upsa' } },
      { score: expect.any(Number), matchedFields: ['DESCRIPTION'], node: { id: 'ipsophene' } },
    ]);
    expect(data!.search[0].score).toBeGreaterThanOrEqual(data!.search[1].score);
    const byAlias = await api.query(`{ search(text: "UT3") { matchedFields } }`);
    expect(byAlias.data!.search[0].matchedFields).toEqual(['ALIAS']);
  });

  it.each([
    'sanofy montpellier',
    'biothérapies',
    'bioproduction toulouse',
    'CHU',
    'vieillissement en bonne santé',
    'Occitanie',
    'healt',
    'evoteck',
  ])('names at least one matched field for every hit the index returns for "%s"', async (text) => {
    const { data, errors } = await api.query(`query($text: String!) { search(text: $text, first: 50) { matchedFields node { id } } }`, {
      text,
    });
    expect(errors).toBeUndefined();
    expect(data!.search.length).toBeGreaterThan(0);
    const without = data!.search.filter((hit: { matchedFields: string[] }) => hit.matchedFields.length === 0);
    expect(without).toEqual([]);
    // The fields named are those where the index finds the node with that field's part of the query.
    const byField = cypher(
      'test.fieldHits',
      `CALL db.index.fulltext.queryNodes('${ENTITY_TEXT_INDEX}', $query) YIELD node RETURN collect(node.id) AS ids`,
    );
    for (const { field } of SEARCH_FIELDS) {
      const [row] = await api.db.read<{ ids: string[] }>(byField, { query: fieldQuery(text, field) });
      const named = data!.search
        .filter((hit: { matchedFields: string[] }) => hit.matchedFields.includes(field))
        .map((hit: { node: { id: string } }) => hit.node.id);
      const found = data!.search.map((hit: { node: { id: string } }) => hit.node.id).filter((id: string) => row!.ids.includes(id));
      expect({ field, named: named.sort() }).toEqual({ field, named: found.sort() });
    }
  });

  it.each([
    'sanofi AND evotec',
    'sanofi*',
    'sanofi~',
    '"sanofi',
    'sanofi\\',
    'name:sanofi',
    'sanofi)',
    '(sanofi',
    'sanofi^10',
    'sanofi [TO]',
    'sanofi || evotec && !horiba',
    "sanofi' OR 1=1 //",
  ])('takes Lucene syntax literally: %s', async (text) => {
    const { data, errors } = await api.query(`query($text: String!) { search(text: $text) { node { id } } }`, { text });
    expect(errors).toBeUndefined();
    const found = ids(data!.search.map((hit: { node: { id: string } }) => hit.node));
    expect(found).toContain('sanofi');
    // Operators are words, not logic: NOT/-/! never exclude, a field prefix never restricts.
    const plain = await searchIds(text.replace(/[^\p{L}\p{N}]+/gu, ' '));
    expect(found).toEqual(plain);
  });

  it('never lets NOT, - or ! exclude', async () => {
    expect(await searchIds('NOT sanofi')).toContain('sanofi');
    expect(await searchIds('-sanofi')).toContain('sanofi');
    expect(await searchIds('sanofi || evotec && !horiba')).toEqual(expect.arrayContaining(['sanofi', 'evotec', 'horiba']));
  });

  it('returns nothing, without error, for text with no word in it', async () => {
    expect(await searchIds('*** ~ \\ "')).toEqual([]);
  });

  it('searches programmes, domains and places when asked', async () => {
    expect(await searchIds('bioproduction', ', filter: { types: [DOMAIN] }')).toEqual(['bioproduction', 'biotherapies-bioproduction']);
    expect((await searchIds('montpellier', ', filter: { types: [PLACE] }'))[0]).toBe('montpellier');
    expect((await searchIds('contrat filiere sante', ', filter: { types: [PROGRAMME] }'))[0]).toBe('contrat-filiere-sante');
  });

  it('filters actor hits by kind and place', async () => {
    expect(await searchIds('montpellier', ', filter: { kinds: [UNIVERSITY_HOSPITAL] }')).toEqual(['chu-montpellier']);
    const inToulouse = await searchIds('universite', ', filter: { place: "toulouse" }');
    expect(inToulouse.slice(0, 2)).toEqual(['universite-de-toulouse', 'ut3']);
    expect(inToulouse).not.toContain('universite-montpellier');
  });

  it.each([
    ['an empty text', `{ search(text: "  ") { score } }`, /text must not be empty/],
    ['first above 50', `{ search(text: "chu", first: 51) { score } }`, /first must be between 1 and 50/],
    ['a text of 201 characters', `{ search(text: "${'a'.repeat(201)}") { score } }`, /text is limited to 200 characters/],
  ])('refuses %s with BAD_USER_INPUT', async (_, query, message) => {
    const { errors } = await api.query(query);
    expect(errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(message) });
  });
});

const TIED_TO_MEDVALLEE = `{
  tiedTo(actor: "medvallee", filter: { kinds: [COMPANY], domains: ["bioproduction"] }) {
    actor { id } hops score
    path { length specificity nodes { __typename id } edges { kind from to label sources { quote source { id } } } }
  }
}`;

describe('tiedTo', () => {
  it('answers "which firms in bioproduction are tied to MedVallée" with Inits and the path that explains it', async () => {
    const { data, errors } = await api.query(TIED_TO_MEDVALLEE);
    expect(errors).toBeUndefined();
    // The corpus ties five more bioproduction firms to MedVallée, through the État, the Région's grants and Biothérapies.
    expect(data!.tiedTo.map((t: { actor: { id: string } }) => t.actor.id)).toEqual([
      'lfb',
      'evotec',
      'flash-therapeutics',
      'cell-easy',
      'inits',
      'just-evotec-biologics',
    ]);
    const inits = data!.tiedTo.find((t: { actor: { id: string } }) => t.actor.id === 'inits');
    expect(inits.hops).toBe(3);
    // MedVallée <-PART_OF- Immun4Cure -ACTIVE_IN-> Biothérapies <-ACTIVE_IN- Inits
    expect(inits.path.nodes).toEqual([
      { __typename: 'Actor', id: 'medvallee' },
      { __typename: 'Actor', id: 'immun4cure' },
      { __typename: 'Domain', id: 'biotherapies' },
      { __typename: 'Actor', id: 'inits' },
    ]);
    expect(inits.path.edges.map((e: { kind: string; from: string; to: string }) => `${e.from} -${e.kind}-> ${e.to}`)).toEqual([
      'immun4cure -PART_OF-> medvallee',
      'immun4cure -ACTIVE_IN-> biotherapies',
      'inits -ACTIVE_IN-> biotherapies',
    ]);
    const quotes = inits.path.edges.map((e: { sources: { quote: string }[] }) => e.sources.map((s) => s.quote).join(' '));
    expect(quotes[0]).toContain('s’inscrit dans le pôle d’excellence en santé globale MedVallée');
    expect(quotes[1]).toContain('cible les biothérapies');
    expect(quotes[2]).toContain('lots pré-cliniques et cliniques de biomédicaments');
    expect(inits.score).toBeCloseTo(inits.path.specificity, 10);
  });

  it('ranks a tie through a specific node above a tie through a hub', async () => {
    const { data } = await api.query(
      `{ tiedTo(actor: "healthage", filter: { kinds: [HOSPITAL_UNIVERSITY_INSTITUTE] }) { actor { id } score path { nodes { id } } } }`,
    );
    // Immun4Cure is reachable through the shared 10 M€ funding (3 ties), Inserm (4) or the État (6): the funding wins.
    expect(data!.tiedTo[0].actor.id).toBe('immun4cure');
    expect(data!.tiedTo[0].path.nodes[1].id).toBe('region-ihu-10m');
    const { data: paths } = await api.query(`{ paths(from: "healthage", to: "immun4cure") { specificity nodes { id } } }`);
    expect(paths!.paths.map((p: { nodes: { id: string }[] }) => p.nodes[1]!.id)).toEqual(['region-ihu-10m', 'inserm', 'etat']);
    const scores = paths!.paths.map((p: { specificity: number }) => p.specificity);
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(scores[1]).toBeGreaterThan(scores[2]);
  });

  it('leaves out the kinds of relationship the caller excludes', async () => {
    const query = (exclude: string) =>
      `{ tiedTo(actor: "inits", maxHops: 4, first: 50${exclude}) { actor { id } path { edges { kind } } } }`;
    const all = await api.query(query(''));
    const kinds = (data: any) =>
      new Set(data.tiedTo.flatMap((t: { path: { edges: { kind: string }[] } }) => t.path.edges.map((e) => e.kind)));
    expect(kinds(all.data)).toContain('LOCATED_IN');
    const withoutPlaces = await api.query(query(', excludeTies: [LOCATED_IN, WITHIN]'));
    expect(kinds(withoutPlaces.data)).not.toContain('LOCATED_IN');
    expect(kinds(withoutPlaces.data)).not.toContain('WITHIN');
  });

  it('does not walk through nodes with more ties than avoidHubsAbove', async () => {
    const query = (limit: number) =>
      `{ tiedTo(actor: "healthage", maxHops: 3, first: 50, avoidHubsAbove: ${limit}) { actor { id } path { nodes { id } } } }`;
    const wide = await api.query(query(1000));
    const narrow = await api.query(query(3));
    const through = (data: any) =>
      new Set(data.tiedTo.flatMap((t: { path: { nodes: { id: string }[] } }) => t.path.nodes.slice(1, -1).map((n) => n.id)));
    // Inserm and the État (hubs in the grown graph) tie HealthAge to others; with a limit of 3 only nodes such as the 10 M€ funding (3 ties) remain ways through.
    for (const hub of ['inserm', 'etat']) {
      expect(through(wide.data)).toContain(hub);
      expect(through(narrow.data)).not.toContain(hub);
    }
    expect(through(narrow.data)).toContain('region-ihu-10m');
    expect(narrow.data!.tiedTo.map((t: { actor: { id: string } }) => t.actor.id)).toContain('immun4cure');
    expect(narrow.data!.tiedTo.length).toBeLessThan(wide.data!.tiedTo.length);
  });

  it.each([
    ['avoidHubsAbove below 1', `{ tiedTo(actor: "inits", avoidHubsAbove: 0) { score } }`, /avoidHubsAbove must be between 1 and 10000000/],
    ['an unknown actor', `{ tiedTo(actor: "nobody") { score } }`, /actor: there is no actor with id "nobody"/],
    ['maxHops above 4', `{ tiedTo(actor: "inits", maxHops: 5) { score } }`, /maxHops must be between 1 and 4/],
    ['first above 50', `{ tiedTo(actor: "inits", first: 51) { score } }`, /first must be between 1 and 50/],
  ])('refuses %s with BAD_USER_INPUT', async (_, query, message) => {
    const { errors } = await api.query(query);
    expect(errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(message) });
  });
});

describe('paths', () => {
  it('finds how Inits is connected to the CHU de Montpellier, each tie with its source', async () => {
    const { data } = await api.query(
      `{ paths(from: "inits", to: "chu-montpellier") { length nodes { id name } edges { kind sources { quote } } } }`,
    );
    // Four shortest paths, all through Biothérapies: to a company the CHU holds shares in, an institute it carries, and two it founded.
    expect(data!.paths.map((p: { nodes: { id: string }[] }) => ids(p.nodes))).toEqual([
      ['inits', 'biotherapies', 'medxcell-science', 'chu-montpellier'],
      ['inits', 'biotherapies', 'irmb', 'chu-montpellier'],
      ['inits', 'biotherapies', 'immun4cure', 'chu-montpellier'],
      ['inits', 'biotherapies', 'cyborg', 'chu-montpellier'],
    ]);
    expect(data!.paths[2].edges.map((e: { kind: string }) => e.kind)).toEqual(['ACTIVE_IN', 'ACTIVE_IN', 'FOUNDED']);
    for (const path of data!.paths) expect(path.edges.every((e: { sources: unknown[] }) => e.sources.length > 0)).toBe(true);
  });

  it('goes around nodes to avoid', async () => {
    const { data } = await api.query(`{ paths(from: "inits", to: "chu-montpellier", avoid: ["biotherapies"]) { length nodes { id } } }`);
    expect(data!.paths.length).toBeGreaterThan(0);
    for (const path of data!.paths) {
      expect(path.length).toBeGreaterThanOrEqual(4);
      expect(ids(path.nodes)).not.toContain('biotherapies');
    }
    expect(ids(data!.paths[0].nodes)).toEqual(['inits', 'mauguio', 'herault', 'montpellier', 'chu-montpellier']);
  });

  it('avoids hubs above a degree', async () => {
    const { data } = await api.query(`{ paths(from: "healthage", to: "immun4cure", avoidHubsAbove: 4) { nodes { id } } }`);
    // Inserm and the État have more than 4 ties in the grown graph: only the shared funding remains a way through.
    expect(data!.paths.map((p: { nodes: { id: string }[] }) => p.nodes[1]!.id)).toEqual(['region-ihu-10m']);
  });

  it('returns several paths when they tie, and none when nothing ties within the hops', async () => {
    const several = await api.query(`{ paths(from: "healthage", to: "immun4cure") { length } }`);
    expect(several.data!.paths.map((p: { length: number }) => p.length)).toEqual([2, 2, 2]);
    const none = await api.query(`{ paths(from: "carole-delga", to: "diappymed", maxHops: 1) { length } }`);
    expect(none.data!.paths).toEqual([]);
  });

  it.each([
    ['the same node at both ends', `{ paths(from: "inits", to: "inits") { length } }`, /from and to are the same node/],
    ['an unknown end', `{ paths(from: "inits", to: "nowhere") { length } }`, /to: there is no node with id "nowhere"/],
    ['maxHops above 6', `{ paths(from: "inits", to: "sanofi", maxHops: 7) { length } }`, /maxHops must be between 1 and 6/],
    ['first above 10', `{ paths(from: "inits", to: "sanofi", first: 11) { length } }`, /first must be between 1 and 10/],
    [
      'excluding every kind of tie',
      `{ paths(from: "inits", to: "sanofi", excludeTies: [FOUNDED, CARRIES, MEMBER_OF, PART_OF, PARTNERS_WITH, LABELLED, LEADS, RUNS, PILOTS, CO_PILOTS, PARTNER_IN, TAKES_PART_IN, SUPPORTS, ACTIVE_IN, LOCATED_IN, TOOK_OVER, HOLDS_SHARES_IN, SPUN_OFF_FROM, INCUBATED_BY, WITHIN, SUBDOMAIN_OF, GRANTS, GRANTED_TO, UNDER, FOR_DOMAIN]) { length } }`,
      /excludeTies leaves no kind/,
    ],
  ])('refuses %s with BAD_USER_INPUT', async (_, query, message) => {
    const { errors } = await api.query(query);
    expect(errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(message) });
  });
});

describe('neighbourhood', () => {
  it('returns the nodes around Immun4Cure and the relationships among them, each once', async () => {
    const { data } = await api.query(
      `{ neighbourhood(id: "immun4cure") { truncated center { id } nodes { __typename id name } edges { id from to kind } } }`,
    );
    const graph = data!.neighbourhood;
    expect(graph.truncated).toBe(false);
    expect(graph.center.id).toBe('immun4cure');
    expect(ids(graph.nodes).sort()).toEqual(
      [
        'biotherapies',
        'christian-jorgensen',
        'chu-montpellier',
        'etat',
        'etat-ihu-immun4cure-2023',
        'immun4cure',
        'immunotherapies',
        'inserm',
        'medvallee',
        'montpellier',
        'region-ihu-10m',
        'universite-montpellier',
      ].sort(),
    );
    const nodeIds = new Set(ids(graph.nodes));
    expect(graph.edges.every((e: { from: string; to: string }) => nodeIds.has(e.from) && nodeIds.has(e.to))).toBe(true);
    expect(new Set(graph.edges.map((e: { id: string }) => e.id)).size).toBe(graph.edges.length);
    expect(graph.edges.map((e: { id: string }) => e.id)).toContain('immunotherapies|SUBDOMAIN_OF|biotherapies');
  });

  it('is capped, with the truncated flag set, around a hub', async () => {
    const { data } = await api.query(`{ neighbourhood(id: "region-occitanie", depth: 2, limit: 5) { truncated nodes { id } } }`);
    expect(data!.neighbourhood.truncated).toBe(true);
    expect(data!.neighbourhood.nodes).toHaveLength(5);
    expect(data!.neighbourhood.nodes[0].id).toBe('region-occitanie');
  });

  it('returns null for an unknown id and refuses a depth above 3', async () => {
    expect((await api.query(`{ neighbourhood(id: "nobody") { truncated } }`)).data).toEqual({ neighbourhood: null });
    const { errors } = await api.query(`{ neighbourhood(id: "inits", depth: 4) { truncated } }`);
    expect(errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/depth must be between 1 and 3/),
    });
  });
});

describe('partnerSuggestions', () => {
  it('suggests partners for DiappyMed with their reasons, and a hospital when asked for one', async () => {
    const { data } = await api.query(`{
      all: partnerSuggestions(actor: "diappymed") { actor { id } score reasons { kind text(lang: EN) via { id } sources { quote } } }
      hospital: partnerSuggestions(actor: "diappymed", filter: { kinds: [UNIVERSITY_HOSPITAL] }) { actor { id } reasons { text } }
    }`);
    // Ciloa (corpus) shares diabetes and Montpellier with DiappyMed; Wefight and Sêmeia work in digital health too.
    expect(data!.all.slice(0, 3).map((s: { actor: { id: string } }) => s.actor.id)).toEqual(['ciloa', 'wefight', 'semeia']);
    expect(data!.all[0].reasons[0]).toMatchObject({ kind: 'SHARED_DOMAIN', text: 'both active in Diabetes', via: { id: 'diabete' } });
    expect(data!.all[1].reasons[1]).toMatchObject({
      kind: 'RELATED_DOMAIN',
      text: 'related domains, under Digital health',
      via: { id: 'numerique-en-sante' },
    });
    expect(data!.all[0].reasons[1]).toMatchObject({ kind: 'SHARED_CITY', text: 'both in Montpellier' });
    expect(data!.all[0].reasons[1].sources.map((s: { quote: string }) => s.quote).join(' ')).toContain('montpelliéraine DiappyMed');
    expect(data!.all.map((s: { actor: { id: string } }) => s.actor.id)).not.toContain('diappymed');
    expect(data!.hospital).toEqual([{ actor: { id: 'chu-montpellier' }, reasons: [{ text: 'tous deux à Montpellier' }] }]);
  });

  it('suggests the co-founders of an institute to each other, but never an actor already tied', async () => {
    const { data } = await api.query(
      `{ partnerSuggestions(actor: "chu-montpellier", first: 50) { actor { id } reasons { kind via { id } } } }`,
    );
    const suggested = data!.partnerSuggestions.map((s: { actor: { id: string } }) => s.actor.id);
    expect(suggested).toEqual(expect.arrayContaining(['inserm', 'universite-montpellier']));
    const inserm = data!.partnerSuggestions.find((s: { actor: { id: string } }) => s.actor.id === 'inserm');
    expect(inserm.reasons).toContainEqual({ kind: 'SHARED_INSTITUTE', via: { id: 'immun4cure' } });
    expect(suggested).not.toContain('immun4cure'); // it founded Immun4Cure: already directly tied
    expect(suggested).not.toContain('chu-montpellier');
  });

  it('weighs each reason by its kind weight over ln(degree of the shared node), so a rare shared node counts more than a hub', async () => {
    const degreeOf = async (id: string) => {
      const { data } = await api.query(`{ neighbourhood(id: "${id}", limit: 300) { edges { from to } } }`);
      return data!.neighbourhood.edges.filter((e: { from: string; to: string }) => e.from === id || e.to === id).length;
    };
    const { data } = await api.query(`{
      ihu: partnerSuggestions(actor: "healthage", first: 50) { actor { id } score reasons { kind via { id } weight text(lang: EN) } }
      diappymed: partnerSuggestions(actor: "diappymed", filter: { kinds: [UNIVERSITY_HOSPITAL] }) { reasons { kind via { id } weight } }
    }`);
    const immun4cure = data!.ihu.find((s: { actor: { id: string } }) => s.actor.id === 'immun4cure');
    const funder = immun4cure.reasons.find((r: { kind: string }) => r.kind === 'SHARED_FUNDER');
    expect(funder).toMatchObject({ via: { id: 'region-occitanie' }, text: 'both funded by Région Occitanie' });
    expect(funder.weight).toBeCloseTo(0.8 / Math.log(await degreeOf('region-occitanie')), 10);
    const city = data!.diappymed[0].reasons[0];
    expect(city).toMatchObject({ kind: 'SHARED_CITY', via: { id: 'montpellier' } });
    const montpellierDegree = await degreeOf('montpellier');
    const regionDegree = await degreeOf('region-occitanie');
    expect(city.weight).toBeCloseTo(0.6 / Math.log(montpellierDegree), 10);
    // Per unit of kind weight, the node with fewer ties counts more (in the grown graph Montpellier has more ties than the Région).
    expect(montpellierDegree).not.toBe(regionDegree);
    expect(city.weight / 0.6 > funder.weight / 0.8).toBe(montpellierDegree < regionDegree);
    const sum = immun4cure.reasons.reduce((total: number, r: { weight: number }) => total + r.weight, 0);
    expect(immun4cure.score).toBeCloseTo(sum, 10);
  });
});
