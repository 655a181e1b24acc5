import { startTestApi, type TestApi } from '../support/testApi';

/** The structured API does what ask does: ties from any node, fundings by period and instrument, shared amounts said. */

let api: TestApi;
beforeAll(async () => {
  // The answers are checked, not their speed: a generous time-out keeps a busy machine from failing them.
  api = await startTestApi();
});
afterAll(() => api.close());

interface Tied {
  actor: { id: string };
  hops: number;
  score: number;
  path: { nodes: { id: string }[]; edges: { kind: string }[] };
}

async function tiedTo(args: string): Promise<Tied[]> {
  const { data, errors } = await api.query(`{ tiedTo(${args}) { actor { id } hops score path { nodes { id } edges { kind } } } }`);
  expect(errors).toBeUndefined();
  return data!.tiedTo;
}

describe('tiedTo from any node', () => {
  it('starts from a city: one hop finds the actors located there, each by LOCATED_IN', async () => {
    const tied = await tiedTo('anchor: "toulouse", maxHops: 1, first: 50');
    expect(tied.map((row) => row.actor.id)).toContain('chu-toulouse');
    for (const row of tied) expect(row.path.edges.map((edge) => edge.kind)).toEqual(['LOCATED_IN']);
  });

  it('starts from a département: two hops reach the actors of its cities, through WITHIN', async () => {
    const tied = await tiedTo('anchor: "haute-garonne", filter: { place: "toulouse" }, maxHops: 2, first: 50');
    const throughTheCity = tied.filter((row) => row.path.nodes[1]?.id === 'toulouse');
    expect(throughTheCity.map((row) => row.actor.id)).toContain('chu-toulouse');
    for (const row of throughTheCity) expect(row.path.edges.map((edge) => edge.kind)).toEqual(['WITHIN', 'LOCATED_IN']);
  });

  it('starts from a programme: one hop finds the actors playing a role in it', async () => {
    const tied = await tiedTo('anchor: "contrat-filiere-sante", maxHops: 1, first: 50');
    expect(tied.length).toBeGreaterThan(0);
    const roles = new Set(['RUNS', 'PILOTS', 'CO_PILOTS', 'PARTNER_IN', 'TAKES_PART_IN', 'PART_OF', 'ACTIVE_IN']);
    for (const row of tied) expect(roles.has(row.path.edges[0]!.kind)).toBe(true);
  });

  it('starts from a programme: two hops find the actors funded through it (UNDER then GRANTED_TO)', async () => {
    const tied = await tiedTo(
      'anchor: "contrat-filiere-sante", maxHops: 2, first: 50, excludeTies: [RUNS, PILOTS, CO_PILOTS, PARTNER_IN, TAKES_PART_IN]',
    );
    const funded = tied.find((row) => row.actor.id === 'filiere-sante-occitanie');
    expect(funded?.path.edges.map((edge) => edge.kind)).toEqual(['UNDER', 'GRANTED_TO']);
  });

  it('starts from a domain: one hop finds the actors active in it', async () => {
    const tied = await tiedTo('anchor: "biotherapies", maxHops: 1, first: 50');
    expect(tied.length).toBeGreaterThan(0);
    for (const row of tied) {
      expect(row.path.edges.map((edge) => edge.kind)).toEqual(['ACTIVE_IN']);
      expect(row.score).toBe(1);
    }
  });

  it('applies the filter and excluded ties from a place as from an actor', async () => {
    const { data, errors } = await api.query(
      `{ tiedTo(anchor: "toulouse", filter: { kinds: [COMPANY] }, maxHops: 2, first: 50, excludeTies: [WITHIN]) { actor { id kind } path { edges { kind } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.tiedTo.length).toBeGreaterThan(0);
    for (const row of data!.tiedTo) {
      expect(row.actor.kind).toBe('COMPANY');
      expect(row.path.edges.map((edge: { kind: string }) => edge.kind)).not.toContain('WITHIN');
    }
  });

  it('still takes an actor by its former argument, actor, and answers as with anchor', async () => {
    const [byAnchor, byActor] = await Promise.all([tiedTo('anchor: "inits", first: 5'), tiedTo('actor: "inits", first: 5')]);
    expect(byActor).toEqual(byAnchor);
    expect(byActor.length).toBeGreaterThan(0);
  });

  it.each([
    ['neither anchor nor actor', '{ tiedTo { score } }', 'anchor', /anchor is missing/],
    ['two different nodes', '{ tiedTo(anchor: "inits", actor: "sanofi") { score } }', 'actor', /give the node in anchor only/],
    ['an unknown anchor', '{ tiedTo(anchor: "nowhere-at-all") { score } }', 'anchor', /anchor: there is no node with id "nowhere-at-all"/],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_, document, argument, message) => {
    const { data, errors } = await api.query(document);
    expect(data?.tiedTo).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: argument });
    expect(errors?.[0]?.message).toMatch(message);
  });
});

describe('paths between any nodes', () => {
  it.each([
    ['an actor to a city', 'sanofi', 'toulouse'],
    ['a city to a programme', 'montpellier', 'contrat-filiere-sante'],
    ['a programme to a domain', 'contrat-filiere-sante', 'vieillissement'],
    ['a domain to a département', 'biotherapies', 'haute-garonne'],
  ])('finds paths from %s, ending on each', async (_, from, to) => {
    const { data, errors } = await api.query(`{ paths(from: "${from}", to: "${to}", maxHops: 4) { length nodes { id } } }`);
    expect(errors).toBeUndefined();
    expect(data!.paths.length).toBeGreaterThan(0);
    for (const path of data!.paths) {
      expect(path.nodes[0].id).toBe(from);
      expect(path.nodes[path.nodes.length - 1].id).toBe(to);
      expect(path.length).toBe(path.nodes.length - 1);
    }
  });
});

interface FundingLine {
  id: string;
  date: string | null;
  period: string | null;
  instrument: string | null;
}

/** The Région's line of totals by funder (the fundings it leads) under a filter added to `funder: "region-occitanie"`. */
async function regionLine(
  filter = '',
): Promise<{ fundingCount: number; undatedExcluded: number; noInstrumentExcluded: number; fundings: FundingLine[] }> {
  const { data, errors } = await api.query(
    `{ fundingSummary(by: FUNDER, filter: { funder: "region-occitanie" ${filter} }) { group { id } fundingCount undatedExcluded noInstrumentExcluded fundings { id date period instrument } } }`,
  );
  expect(errors).toBeUndefined();
  return data!.fundingSummary.find((line: { group: { id: string } }) => line.group.id === 'region-occitanie');
}

async function fundingsOf(filter: string): Promise<FundingLine[]> {
  const { data, errors } = await api.query(`{ fundings(filter: ${filter}) { id date period instrument } }`);
  expect(errors).toBeUndefined();
  return data!.fundings;
}

/** The years a funding covers, from its date and its period (`2017-` runs on). */
function years(funding: FundingLine): [number, number][] {
  const spans: [number, number][] = [];
  if (funding.date) spans.push([Number(funding.date.slice(0, 4)), Number(funding.date.slice(0, 4))]);
  if (funding.period) {
    const [start, end] = funding.period.split('-');
    spans.push([Number(start), end === undefined ? Number(start) : end === '' ? 9999 : Number(end)]);
  }
  return spans;
}
const overlaps = (funding: FundingLine, from: number, to: number) => years(funding).some(([start, end]) => end >= from && start <= to);

describe('fundings by period', () => {
  it('keeps exactly the fundings dated in the period or whose period overlaps it', async () => {
    const all = await fundingsOf('{ funder: "region-occitanie" }');
    const in2021 = await fundingsOf('{ funder: "region-occitanie", period: { from: "2021", to: "2021" } }');
    expect(in2021.map((f) => f.id).sort()).toEqual(
      all
        .filter((f) => overlaps(f, 2021, 2021))
        .map((f) => f.id)
        .sort(),
    );
    // A month of 2021 is in 2021; an open period since 2017 runs through 2021; a 2024-2028 plan does not.
    expect(in2021.map((f) => f.id)).toEqual(expect.arrayContaining(['region-evotec-2021', 'region-sante-200m']));
    expect(in2021.map((f) => f.id)).not.toContain('region-contrat-150m');
  });

  it('reads an open end: from 2024 on takes every later funding and the periods still running', async () => {
    const since2024 = await fundingsOf('{ funder: "region-occitanie", period: { from: "2024" } }');
    expect(since2024.map((f) => f.id)).toEqual(
      expect.arrayContaining(['region-contrat-150m', 'region-sante-200m', 'region-plan-ia-2024-05']),
    );
    expect(since2024.map((f) => f.id)).not.toContain('region-evotec-2021');
  });

  it('compares months within a year: the first half of 2022 leaves September 2022 out', async () => {
    const firstHalf = await fundingsOf('{ period: { from: "2022-01", to: "2022-06" } }');
    expect(firstHalf.map((f) => f.id)).toContain('etat-ciloa-2022');
    expect(firstHalf.map((f) => f.id)).not.toContain('etat-evotec-43m');
  });

  it('leaves undated fundings out and counts them in the totals', async () => {
    const all = (await regionLine()).fundings;
    const undated = all.filter((f) => !f.date && !f.period);
    expect(undated.length).toBeGreaterThan(0);
    const since2017 = await regionLine(', period: { from: "2017" }');
    expect(since2017.undatedExcluded).toBe(undated.length);
    expect(since2017.noInstrumentExcluded).toBe(0);
    const counted = since2017.fundings.map((f) => f.id);
    for (const funding of undated) expect(counted).not.toContain(funding.id);
    expect(since2017.fundingCount).toBe(all.filter((f) => overlaps(f, 2017, 9999)).length);
  });

  it('counts nothing as undated when no period is asked', async () => {
    const { data } = await api.query(
      `{ fundingSummary(by: FUNDER, filter: { funder: "region-occitanie" }) { undatedExcluded noInstrumentExcluded } }`,
    );
    expect(data!.fundingSummary[0]).toEqual({ undatedExcluded: 0, noInstrumentExcluded: 0 });
  });

  it('refuses a period whose start is after its end', async () => {
    const { data, errors } = await api.query(`{ fundings(filter: { period: { from: "2022", to: "2021-12" } }) { id } }`);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/from \(2022\) is after to \(2021-12\)/);
  });
});

describe('fundings by instrument', () => {
  it('keeps only the fundings given as one of the instruments', async () => {
    const all = await fundingsOf('{ funder: "region-occitanie" }');
    const advances = await fundingsOf('{ funder: "region-occitanie", instruments: [REPAYABLE_ADVANCE, LOAN] }');
    expect(advances.map((f) => f.id).sort()).toEqual(
      all
        .filter((f) => f.instrument === 'REPAYABLE_ADVANCE' || f.instrument === 'LOAN')
        .map((f) => f.id)
        .sort(),
    );
    expect(advances.map((f) => f.id)).toContain('tls-region-pierre-fabre-peraudel-advance-2016');
  });

  it('counts the fundings of unknown instrument left out, apart from the undated ones', async () => {
    const all = (await regionLine()).fundings;
    const grants = await regionLine(', instruments: [GRANT]');
    expect(grants.noInstrumentExcluded).toBe(all.filter((f) => !f.instrument).length);
    expect(grants.undatedExcluded).toBe(0);
    expect(grants.fundingCount).toBe(all.filter((f) => f.instrument === 'GRANT').length);
    expect(grants.fundings.every((f) => f.instrument === 'GRANT')).toBe(true);
  });
});

describe('fundings by kind of recipient', () => {
  it('keeps only the fundings granted to at least one actor of the kinds', async () => {
    const { data, errors } = await api.query(
      '{ all: fundings(filter: { funder: "region-occitanie" }, first: 100) { id recipients { kind } } companies: fundings(filter: { funder: "region-occitanie", recipientKinds: [COMPANY] }, first: 100) { id recipients { kind } } }',
    );
    expect(errors).toBeUndefined();
    const toCompany = (f: { recipients: { kind: string }[] }) => f.recipients.some((r) => r.kind === 'COMPANY');
    expect(data!.companies.length).toBeGreaterThan(0);
    expect(data!.companies.length).toBeLessThan(data!.all.length);
    expect(data!.companies.map((f: { id: string }) => f.id).sort()).toEqual(
      data!.all
        .filter(toCompany)
        .map((f: { id: string }) => f.id)
        .sort(),
    );
  });

  it('refuses a kind that does not exist, saying which', async () => {
    const { data, errors } = await api.query('{ fundings(filter: { recipientKinds: [SHOP] }) { id } }');
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toMatch(/SHOP/);
  });
});

describe('a shared amount says so wherever it is shown', () => {
  it.each([
    [
      'one amount for two recipients',
      'region-ihu-10m',
      ['RECIPIENTS'],
      /montant unique pour HealthAge et Immun4Cure ensemble|montant unique pour Immun4Cure et HealthAge ensemble/,
    ],
    ['a round with co-investors', 'antabio-serie-a-2018', ['COFUNDERS'], /montant total apporté par .* avec /],
    ['an amount within a larger one', 'region-evotec-6m', ['PART_OF_LARGER'], /inclus dans un financement plus large/],
    ['an amount made of smaller ones', 'evotec-usine-toulouse-150m', ['INCLUDES_PARTS'], /comprend \d+ montants listés à part/],
  ])('marks %s', async (_, id, sharing, note) => {
    const { data, errors } = await api.query(
      `{ funding(id: "${id}") { shared sharing sharingNote sharingNoteEn: sharingNote(lang: EN) } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.funding.sharing).toEqual(sharing);
    expect(data!.funding.sharingNote).toMatch(note);
    expect(data!.funding.sharingNoteEn).toBeTruthy();
    expect(data!.funding.shared).toBe(sharing.includes('RECIPIENTS'));
  });

  it('leaves an amount given by one funder to one recipient unmarked', async () => {
    const { data } = await api.query(`{ funding(id: "region-evotec-2021") { sharing sharingNote } }`);
    expect(data!.funding).toEqual({ sharing: [], sharingNote: null });
  });
});

const ASK = `query($question: String!) {
  ask(question: $question) {
    status unapplied
    interpretation { operation notes graphql }
    funding { id date period instrument }
    fundingTotalEur
    fundingByRecipient { group { id } }
  }
}`;

async function ask(question: string) {
  const { data, errors } = await api.query(ASK, { question });
  expect(errors).toBeUndefined();
  return data!.ask;
}

describe('ask applies periods and instruments to money questions', () => {
  it('answers "depuis 2017" with the fundings since 2017 only', async () => {
    const answer = await ask('combien la Région a mis dans les biothérapies depuis 2017 ?');
    expect(answer.interpretation.operation).toBe('FUNDING');
    expect(answer.unapplied).toEqual([]);
    expect(answer.status).toBe('ANSWERED');
    expect(answer.interpretation.notes.join(' ')).toMatch(/Période appliquée : « depuis 2017 »/);
    for (const funding of answer.funding) expect(overlaps(funding, 2017, 9999)).toBe(true);
    expect(answer.interpretation.graphql).toContain('period: {from: "2017"}');
  });

  it('keeps the period unapplied for an operation that cannot use it', async () => {
    const answer = await ask('quels acteurs sont liés à Inits depuis 2020 ?');
    expect(answer.status).toBe('PARTIAL');
    expect(answer.unapplied).toEqual(['depuis 2020']);
  });

  it('applies the kind of recipient a funder-side question asks for', async () => {
    const answer = await ask('Quelles entreprises la Région Occitanie a-t-elle aidées ?');
    expect(answer.status).toBe('ANSWERED');
    expect(answer.interpretation.operation).toBe('FUNDING');
    expect(answer.interpretation.graphql).toContain('recipientKinds: [COMPANY');
    expect(answer.interpretation.notes.join(' ')).toContain('« entreprises »');
    const recipients = answer.fundingByRecipient.map((line: { group: { id: string } }) => line.group.id);
    expect(recipients).toContain('evotec');
    expect(recipients).not.toContain('cartigen');
  });

  it('applies an instrument named in the question', async () => {
    const answer = await ask('quelles subventions pour Evotec ?');
    expect(answer.interpretation.operation).toBe('FUNDING');
    expect(answer.status).toBe('ANSWERED');
    for (const funding of answer.funding) expect(funding.instrument).toBe('GRANT');
    expect(answer.interpretation.graphql).toContain('instruments: [GRANT]');
  });

  it('answers "subventions de" a funder with the grants it gives in the period', async () => {
    const answer = await ask('subventions de la Région en 2021');
    expect(answer.interpretation.operation).toBe('FUNDING');
    expect(answer.status).toBe('ANSWERED');
    expect(answer.interpretation.notes.join(' ')).toMatch(/aucun financement reçu par Région Occitanie ; voici ceux qu’il accorde/);
    expect(answer.funding.map((f: { id: string }) => f.id).sort()).toEqual(['region-ciloa-2021', 'region-evotec-2021']);
    expect(answer.interpretation.notes.join(' ')).toMatch(/laissés de côté/);
  });

  it('says no funding rather than answering with figures that carry no period', async () => {
    const answer = await ask('qui finance la robotique médicale en 2018 ?');
    expect(answer.status).toBe('ANSWERED');
    expect(answer.funding).toEqual([]);
    expect(answer.interpretation.notes.join(' ')).toMatch(/aucun financement pour Robotique médicale/);
  });

  it('says a shared amount is shared where the answer shows it', async () => {
    const answer = await ask('qui finance Immun4Cure ?');
    expect(answer.funding.map((f: { id: string }) => f.id)).toContain('region-ihu-10m');
    expect(answer.interpretation.notes.join(' ')).toMatch(
      /Montants partagés, comptés une fois dans les totaux : .*10 millions d’euros : montant unique pour/,
    );
  });
});
