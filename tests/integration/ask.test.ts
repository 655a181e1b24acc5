import { startTestApi, type TestApi } from '../support/testApi';

/** `ask` over the seed graph, through HTTP: each phrase must be read as stated, and answer as the sources say. */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const ASK = `query Ask($question: String!, $lang: Lang, $first: Int) {
  ask(question: $question, lang: $lang, first: $first) {
    question lang understood suggestions
    interpretation {
      operation subject { id } target { id } kinds domains { id } places { id } programmes { id }
      readings { text role corrected kind node { id } }
      unplacedWords notes graphql
    }
    ambiguities { text role candidates { id } }
    hits { node { id } }
    actors { id }
    tied { actor { id } path { nodes { id } edges { kind sources { quote } } } }
    paths { nodes { id } edges { kind } }
    funding { id amountEur }
    fundingByFunder { group { id } totalEur }
    fundingTotalEur
    partners { actor { id } reasons { kind } }
  }
}`;

interface Answer {
  question: string;
  lang: 'FR' | 'EN';
  understood: boolean;
  suggestions: string[];
  interpretation: {
    operation: string | null;
    subject: { id: string } | null;
    target: { id: string } | null;
    kinds: string[];
    domains: { id: string }[];
    places: { id: string }[];
    programmes: { id: string }[];
    readings: { text: string; role: string; corrected: boolean; kind: string | null; node: { id: string } | null }[];
    unplacedWords: string[];
    notes: string[];
    graphql: string | null;
  };
  ambiguities: { text: string; role: string; candidates: { id: string }[] }[];
  hits: { node: { id: string } }[] | null;
  actors: { id: string }[] | null;
  tied: { actor: { id: string }; path: { nodes: { id: string }[]; edges: { kind: string; sources: { quote: string }[] }[] } }[] | null;
  paths: { nodes: { id: string }[]; edges: { kind: string }[] }[] | null;
  funding: { id: string; amountEur: number | null }[] | null;
  fundingByFunder: { group: { id: string }; totalEur: number }[] | null;
  fundingTotalEur: number | null;
  partners: { actor: { id: string }; reasons: { kind: string }[] }[] | null;
}

async function ask(question: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await api.query<{ ask: Answer }>(ASK, { question, ...variables });
  expect(response.errors).toBeUndefined();
  return response.data!.ask;
}

interface Expected {
  op: string | null;
  lang: 'FR' | 'EN';
  subject?: string;
  target?: string;
  kinds?: string[];
  domains?: string[];
  places?: string[];
  programmes?: string[];
  /** Words read with a correction (typos, missing words). */
  corrected?: string[];
  unplaced?: string[];
  /** The phrase that names several nodes, and exactly which. */
  ambiguous?: { text: string; candidates: string[] };
  /** What the results must hold, checked against the source documents. */
  results?: (answer: Answer) => void;
}

const ids = (nodes: { id: string }[] | null | undefined) => (nodes ?? []).map((n) => n.id);
const tiedIds = (a: Answer) => (a.tied ?? []).map((t) => t.actor.id);

/** Bioproduction firms tied to MedVallée, Inits among them; MedVallée itself and non-firms are not. */
const initsTiedToMedVallee = (a: Answer) => {
  expect(tiedIds(a)).toEqual(
    expect.arrayContaining(['inits', 'lfb', 'evotec', 'flash-therapeutics', 'cell-easy', 'just-evotec-biologics']),
  );
  expect(tiedIds(a)).not.toContain('medvallee');
  expect(tiedIds(a)).not.toContain('immun4cure');
  const inits = a.tied!.find((t) => t.actor.id === 'inits')!;
  expect(ids(inits.path.nodes)[0]).toBe('medvallee');
  expect(ids(inits.path.nodes).at(-1)).toBe('inits');
  for (const tied of a.tied!) for (const edge of tied.path.edges) expect(edge.sources.length).toBeGreaterThan(0);
};
const fundedTenMillionByTheRegion = (a: Answer) => {
  expect(a.fundingByFunder?.map((line) => [line.group.id, line.totalEur])).toEqual([['region-occitanie', 10_000_000]]);
  expect(a.fundingTotalEur).toBe(10_000_000);
};
/** Immun4Cure is funded €20M by the State (IHU programme) and €10M by the Région. */
const immun4CureFunding = (a: Answer) => {
  expect(a.fundingByFunder?.map((line) => [line.group.id, line.totalEur])).toEqual([
    ['etat', 20_000_000],
    ['region-occitanie', 10_000_000],
  ]);
  expect(a.fundingTotalEur).toBe(30_000_000);
};
const initsToChuMontpellier = (a: Answer) =>
  expect(ids(a.paths![0]!.nodes)).toEqual(['inits', 'biotherapies', 'medxcell-science', 'chu-montpellier']);
const diappyMedPartners = (a: Answer) => {
  expect(a.partners!.length).toBeGreaterThan(0);
  expect(a.partners!.map((p) => p.actor.id)).not.toContain('diappymed');
  for (const partner of a.partners!) expect(partner.reasons.length).toBeGreaterThan(0);
};
/** HealthAge, the Gérontopôle, INSPIRE and RESTORE are located in Toulouse and work on ageing. */
const healthAgeNearToulouse = (a: Answer) => {
  expect(ids(a.actors)).toEqual(['gerontopole-toulouse', 'healthage', 'inspire', 'restore']);
  expect(a.tied ?? []).toEqual([]);
};
const montpellierCandidates = [
  'montpellier',
  'montpellier-mediterranee-metropole',
  'sanofi-montpellier',
  'siric-montpellier-cancer',
  'universite-montpellier',
];
const toulouseCandidates = ['agence-attractivite-toulouse-metropole', 'chu-toulouse', 'insa-toulouse', 'toulouse', 'toulouse-metropole'];

const PHRASES: [string, Expected][] = [
  // The phrases.
  [
    'which firms in bioproduction are tied to MedVallée',
    { op: 'TIED_TO', lang: 'EN', subject: 'medvallee', kinds: ['COMPANY'], domains: ['bioproduction'], results: initsTiedToMedVallee },
  ],
  [
    'entreprises en bioproduction liées à MedVallée',
    { op: 'TIED_TO', lang: 'FR', subject: 'medvallee', kinds: ['COMPANY'], domains: ['bioproduction'], results: initsTiedToMedVallee },
  ],
  ['qui finance HealthAge ?', { op: 'FUNDING', lang: 'FR', subject: 'healthage', results: fundedTenMillionByTheRegion }],
  [
    'how is Inits connected to CHU de Montpellier',
    { op: 'PATHS', lang: 'EN', subject: 'inits', target: 'chu-montpellier', results: initsToChuMontpellier },
  ],
  ['partenaires possibles pour DiappyMed', { op: 'PARTNER_SUGGESTIONS', lang: 'FR', subject: 'diappymed', results: diappyMedPartners }],
  [
    'actors in Toulouse working on ageing',
    { op: 'ACTORS', lang: 'EN', places: ['toulouse'], domains: ['vieillissement'], results: healthAgeNearToulouse },
  ],
  [
    'IHU à Montpellier',
    {
      op: 'ACTORS',
      lang: 'FR',
      kinds: ['HOSPITAL_UNIVERSITY_INSTITUTE'],
      places: ['montpellier'],
      results: (a) => {
        // Immun4Cure is now located in Montpellier directly (seeds/corpus/locations/ties.yaml).
        expect(ids(a.actors)).toEqual(['immun4cure']);
        expect(a.tied ?? []).toEqual([]);
      },
    },
  ],
  ['Montpellier', { op: 'SEARCH', lang: 'FR', ambiguous: { text: 'Montpellier', candidates: montpellierCandidates } }],
  // Without accents, other words, other shapes.
  [
    'entreprises en bioproduction liees a medvallee',
    { op: 'TIED_TO', lang: 'FR', subject: 'medvallee', kinds: ['COMPANY'], domains: ['bioproduction'], results: initsTiedToMedVallee },
  ],
  [
    'companies tied to medvallee',
    {
      op: 'TIED_TO',
      lang: 'EN',
      subject: 'medvallee',
      kinds: ['COMPANY'],
      results: (a) => {
        // Firms of Montpellier tied to MedVallée only by sharing its city (AI Stroke, Anatoscope) are not listed: a tie is
        // walked through organisations and domains, never through the city (a blind held-out row, docs/ASK.md family 11).
        expect(tiedIds(a)).toEqual(expect.arrayContaining(['phost-in-therapeutics', 'lfb', 'diadx']));
        expect(tiedIds(a)).not.toContain('anatoscope');
        expect(tiedIds(a)).not.toContain('medvallee');
        expect(tiedIds(a)).not.toContain('chu-montpellier');
      },
    },
  ],
  ['qui finance healthage', { op: 'FUNDING', lang: 'FR', subject: 'healthage', results: fundedTenMillionByTheRegion }],
  ['who funds HealthAge and how much', { op: 'FUNDING', lang: 'EN', subject: 'healthage', results: fundedTenMillionByTheRegion }],
  ['who finances Immun4Cure', { op: 'FUNDING', lang: 'EN', subject: 'immun4cure', results: immun4CureFunding }],
  ['combien reçoit Immun4Cure', { op: 'FUNDING', lang: 'FR', subject: 'immun4cure', results: immun4CureFunding }],
  ["financement de l'IHU HealthAge", { op: 'FUNDING', lang: 'FR', subject: 'healthage', results: fundedTenMillionByTheRegion }],
  [
    'who funds the Contrat de filière Santé',
    {
      op: 'FUNDING',
      lang: 'EN',
      subject: 'contrat-filiere-sante',
      results: (a) => expect(a.fundingByFunder?.map((l) => [l.group.id, l.totalEur])).toEqual([['region-occitanie', 150_000_000]]),
    },
  ],
  [
    'comment Inits est-il lié au CHU de Montpellier ?',
    { op: 'PATHS', lang: 'FR', subject: 'inits', target: 'chu-montpellier', results: initsToChuMontpellier },
  ],
  [
    'quel lien entre Inits et le CHU de Montpellier',
    { op: 'PATHS', lang: 'FR', subject: 'inits', target: 'chu-montpellier', results: initsToChuMontpellier },
  ],
  [
    'what ties Immun4Cure to Inserm',
    {
      op: 'PATHS',
      lang: 'EN',
      subject: 'immun4cure',
      target: 'inserm',
      results: (a) => expect(ids(a.paths![0]!.nodes)).toEqual(['immun4cure', 'inserm']),
    },
  ],
  [
    'how are Sanofi and Evotec linked',
    { op: 'PATHS', lang: 'EN', subject: 'sanofi', target: 'evotec', results: (a) => expect(a.paths!.length).toBeGreaterThan(0) },
  ],
  [
    'path from Sanofi to Evotec',
    {
      op: 'PATHS',
      lang: 'EN',
      subject: 'sanofi',
      target: 'evotec',
      // Sanofi funded Evotec's takeover of its Toulouse site (seeds/corpus/money/fundings.yaml, sanofi-evotec-250m).
      results: (a) => expect(ids(a.paths![0]!.nodes)).toEqual(['sanofi', 'evotec']),
    },
  ],
  ['who could partner with DiappyMed', { op: 'PARTNER_SUGGESTIONS', lang: 'EN', subject: 'diappymed', results: diappyMedPartners }],
  ['avec qui DiappyMed pourrait travailler', { op: 'PARTNER_SUGGESTIONS', lang: 'FR', subject: 'diappymed', results: diappyMedPartners }],
  [
    'qui pourrait travailler avec Ipsophène',
    { op: 'PARTNER_SUGGESTIONS', lang: 'FR', subject: 'ipsophene', results: (a) => expect(a.partners!.length).toBeGreaterThan(0) },
  ],
  [
    'which hospitals could partner with DiappyMed',
    {
      op: 'PARTNER_SUGGESTIONS',
      lang: 'EN',
      subject: 'diappymed',
      // `hospitals` stands for university hospitals and other hospitals.
      kinds: ['UNIVERSITY_HOSPITAL', 'HOSPITAL'],
      results: (a) =>
        expect(a.partners!.map((p) => p.actor.id)).toEqual(['hopital-castres', 'chu-montpellier', 'montpellier-institut-du-sein']),
    },
  ],
  [
    'possible partners for Ipsophene',
    { op: 'PARTNER_SUGGESTIONS', lang: 'EN', subject: 'ipsophene', results: (a) => expect(a.partners!.length).toBeGreaterThan(0) },
  ],
  [
    'acteurs à Toulouse en vieillissement',
    { op: 'ACTORS', lang: 'FR', places: ['toulouse'], domains: ['vieillissement'], results: healthAgeNearToulouse },
  ],
  [
    'university hospitals in Hérault',
    {
      op: 'ACTORS',
      lang: 'EN',
      kinds: ['UNIVERSITY_HOSPITAL'],
      places: ['herault'],
      results: (a) => expect(ids(a.actors)).toEqual(['chu-montpellier']),
    },
  ],
  [
    'CHU dans le 34',
    {
      op: 'ACTORS',
      lang: 'FR',
      kinds: ['UNIVERSITY_HOSPITAL'],
      places: ['herault'],
      results: (a) => expect(ids(a.actors)).toEqual(['chu-montpellier']),
    },
  ],
  [
    'hopitaux universitaires a Nimes',
    {
      op: 'ACTORS',
      lang: 'FR',
      kinds: ['UNIVERSITY_HOSPITAL'],
      places: ['nimes'],
      results: (a) => expect(ids(a.actors)).toEqual(['chu-nimes']),
    },
  ],
  [
    'companies in Montpellier',
    {
      op: 'ACTORS',
      lang: 'EN',
      kinds: ['COMPANY'],
      places: ['montpellier'],
      results: (a) => {
        expect(ids(a.actors)).toEqual(expect.arrayContaining(['ai-stroke', 'anatoscope', 'diappymed']));
        expect(ids(a.actors)).not.toContain('chu-montpellier');
        expect(ids(a.actors)).not.toContain('universite-montpellier');
      },
    },
  ],
  [
    'entreprises à Toulouse',
    {
      op: 'ACTORS',
      lang: 'FR',
      kinds: ['COMPANY'],
      places: ['toulouse'],
      results: (a) => {
        expect(ids(a.actors)).toEqual(expect.arrayContaining(['cell-easy', 'evotec', 'pierre-fabre-oncopole']));
        expect(ids(a.actors)).not.toContain('chu-toulouse');
        expect(ids(a.actors)).not.toContain('ut3');
      },
    },
  ],
  [
    'universités à Toulouse',
    {
      op: 'ACTORS',
      lang: 'FR',
      kinds: ['UNIVERSITY'],
      places: ['toulouse'],
      results: (a) => expect(ids(a.actors)).toEqual(['envt', 'insa-toulouse', 'universite-de-toulouse', 'ut3']),
    },
  ],
  [
    'clusters in Toulouse',
    {
      op: 'ACTORS',
      lang: 'EN',
      kinds: ['CLUSTER'],
      places: ['toulouse'],
      results: (a) => expect(ids(a.actors)).toEqual(['aniti', 'campus-sante-du-futur']),
    },
  ],
  [
    'who is in Montpellier',
    {
      op: 'ACTORS',
      lang: 'EN',
      places: ['montpellier'],
      results: (a) => {
        expect(ids(a.actors)).toEqual(expect.arrayContaining(['ai-stroke', 'bic-montpellier', 'cap-alpha']));
        expect(ids(a.actors)).not.toContain('chu-toulouse');
      },
    },
  ],
  [
    'qui sont les IHU',
    {
      op: 'ACTORS',
      lang: 'FR',
      kinds: ['HOSPITAL_UNIVERSITY_INSTITUTE'],
      results: (a) => expect(ids(a.actors)).toEqual(['healthage', 'immun4cure']),
    },
  ],
  [
    'who works on immunotherapies',
    { op: 'ACTORS', lang: 'EN', domains: ['immunotherapies'], results: (a) => expect(ids(a.actors)).toEqual(['immun4cure']) },
  ],
  [
    'entreprises en biothérapies',
    {
      op: 'ACTORS',
      lang: 'FR',
      kinds: ['COMPANY'],
      domains: ['biotherapies'],
      results: (a) => {
        expect(ids(a.actors)).toEqual(expect.arrayContaining(['inits', 'medxcell-science', 'cell-easy', 'flash-therapeutics']));
        expect(ids(a.actors)).not.toContain('immun4cure');
        expect(ids(a.actors)).not.toContain('medinbox');
      },
    },
  ],
  [
    'startups en IA',
    {
      op: 'ACTORS',
      lang: 'FR',
      kinds: ['COMPANY'],
      domains: ['ia-en-sante'],
      results: (a) => expect(ids(a.actors)).toEqual(['medinbox', 'pixience', 'semeia', 'wefight']),
    },
  ],
  [
    'pôles de compétitivité en Occitanie',
    {
      op: 'ACTORS',
      lang: 'FR',
      kinds: ['COMPETITIVENESS_POLE'],
      places: ['occitanie'],
      // Eurobiomed (Montpellier) and Cancer Bio Santé (Toulouse) are located in Occitanie directly now.
      results: (a) => {
        expect(ids(a.actors)).toEqual(expect.arrayContaining(['eurobiomed', 'cancer-bio-sante']));
        expect(ids(a.actors)).not.toContain('medvallee');
        expect(a.tied ?? []).toEqual([]);
      },
    },
  ],
  [
    'companies linked to ANITI',
    {
      op: 'TIED_TO',
      lang: 'EN',
      subject: 'aniti',
      kinds: ['COMPANY'],
      results: (a) => {
        expect(tiedIds(a)).toEqual(expect.arrayContaining(['medinbox', 'pixience', 'semeia', 'wefight']));
        expect(tiedIds(a)).not.toContain('aniti');
      },
    },
  ],
  // Names: exact, without accents, with typos.
  [
    'who is Carole Delga',
    { op: 'SEARCH', lang: 'EN', subject: 'carole-delga', results: (a) => expect(ids(a.hits?.map((h) => h.node))[0]).toBe('carole-delga') },
  ],
  ['what is MedVallée', { op: 'SEARCH', lang: 'EN', subject: 'medvallee' }],
  ["c'est quoi Eurobiomed", { op: 'SEARCH', lang: 'FR', subject: 'eurobiomed' }],
  ['ipsophene', { op: 'SEARCH', lang: 'FR', subject: 'ipsophene' }],
  ['universite de montpellier', { op: 'SEARCH', lang: 'FR', subject: 'universite-montpellier' }],
  ['Bio’Occ', { op: 'SEARCH', lang: 'FR', subject: 'bio-occ' }],
  ['sanofy', { op: 'SEARCH', lang: 'FR', subject: 'sanofi', corrected: ['sanofy'] }],
  ['evoteck', { op: 'SEARCH', lang: 'FR', subject: 'evotec', corrected: ['evoteck'] }],
  [
    'entreprizes en bioprodution liées à MedVallee',
    {
      op: 'TIED_TO',
      lang: 'FR',
      subject: 'medvallee',
      kinds: ['COMPANY'],
      domains: ['bioproduction'],
      corrected: ['entreprizes', 'bioprodution'],
      results: initsTiedToMedVallee,
    },
  ],
  [
    'whichh firms in bioprodution are tied to Medvalee',
    {
      op: 'TIED_TO',
      lang: 'EN',
      subject: 'medvallee',
      kinds: ['COMPANY'],
      domains: ['bioproduction'],
      corrected: ['bioprodution', 'Medvalee'],
      unplaced: ['whichh'],
      results: initsTiedToMedVallee,
    },
  ],
  // Ambiguous names: the candidates, no guess, no results.
  ['Toulouse', { op: 'SEARCH', lang: 'FR', ambiguous: { text: 'Toulouse', candidates: toulouseCandidates } }],
  // Funding asks of actors, so the place Montpellier is not a candidate.
  [
    'qui finance Montpellier ?',
    {
      op: 'FUNDING',
      lang: 'FR',
      ambiguous: {
        text: 'Montpellier',
        candidates: [
          'bic-montpellier',
          'montpellier-mediterranee-metropole',
          'sanofi-montpellier',
          'siric-montpellier-cancer',
          'universite-montpellier',
        ],
      },
    },
  ],
  [
    'firms tied to Toulouse',
    { op: 'TIED_TO', lang: 'EN', kinds: ['COMPANY'], ambiguous: { text: 'Toulouse', candidates: toulouseCandidates } },
  ],
  [
    'how is Pierre Fabre connected to Toulouse',
    { op: 'PATHS', lang: 'EN', subject: 'pierre-fabre', ambiguous: { text: 'Toulouse', candidates: toulouseCandidates } },
  ],
  // A group named with a town where it has several sites: without a site word the group itself is offered too.
  [
    'who funded Evotec in Toulouse?',
    {
      op: 'FUNDING',
      lang: 'EN',
      ambiguous: { text: 'Evotec in Toulouse', candidates: ['campus-curie', 'evotec', 'evotec-france', 'just-evotec-biologics'] },
    },
  ],
  [
    'qui a financé le site Evotec de Toulouse ?',
    {
      op: 'FUNDING',
      lang: 'FR',
      ambiguous: { text: 'site Evotec de Toulouse', candidates: ['campus-curie', 'evotec-france', 'just-evotec-biologics'] },
    },
  ],
];

describe('ask: each phrase and the interpretation it must give', () => {
  it('covers at least 40 phrases in both languages', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(40);
    expect(PHRASES.filter(([, e]) => e.lang === 'FR').length).toBeGreaterThanOrEqual(15);
    expect(PHRASES.filter(([, e]) => e.lang === 'EN').length).toBeGreaterThanOrEqual(15);
  });

  it.each(PHRASES)('%s', async (question, expected) => {
    const answer = await ask(question);
    const i = answer.interpretation;
    expect(answer.question).toBe(question);
    expect(answer.lang).toBe(expected.lang);
    expect(i.operation).toBe(expected.op);
    expect(i.subject?.id ?? null).toBe(expected.subject ?? null);
    expect(i.target?.id ?? null).toBe(expected.target ?? null);
    expect(i.kinds).toEqual(expected.kinds ?? []);
    expect(ids(i.domains)).toEqual(expected.domains ?? []);
    expect(ids(i.places)).toEqual(expected.places ?? []);
    expect(ids(i.programmes)).toEqual(expected.programmes ?? []);
    expect(i.readings.filter((r) => r.corrected).map((r) => r.text)).toEqual(expected.corrected ?? []);
    expect(i.unplacedWords).toEqual(expected.unplaced ?? []);
    if (expected.ambiguous) {
      expect(answer.understood).toBe(false);
      expect(answer.ambiguities.map((a) => [a.text, ids(a.candidates).sort()])).toEqual([
        [expected.ambiguous.text, expected.ambiguous.candidates],
      ]);
      for (const results of [answer.hits, answer.actors, answer.tied, answer.paths, answer.funding, answer.partners])
        expect(results).toBeNull();
      expect(answer.suggestions.length).toBeGreaterThan(0);
    } else {
      expect(answer.ambiguities).toEqual([]);
      expect(answer.understood).toBe(true);
      expect(answer.suggestions).toEqual([]);
    }
    expected.results?.(answer);
  });
});

describe('ask: how the answer explains itself', () => {
  it('accounts for every word: each is in a reading or among the unplaced words', async () => {
    const answer = await ask('whichh firms in bioprodution are tied to Medvalee');
    const read = `${answer.interpretation.readings.map((r) => r.text).join(' ')} ${answer.interpretation.unplacedWords.join(' ')}`;
    for (const word of answer.question.split(' ')) expect(read).toContain(word);
    expect(answer.interpretation.readings.map((r) => r.role)).toEqual(['KIND', 'FILLER', 'DOMAIN', 'FILLER', 'QUESTION', 'SUBJECT']);
  });

  it('gives the structured query that returns the same answer', async () => {
    const answer = await ask('which firms in bioproduction are tied to MedVallée');
    expect(answer.interpretation.graphql).toMatch(
      /tiedTo\(actor: "medvallee", filter: \{kinds: \[COMPANY\], domains: \["bioproduction"\]\}/,
    );
    const structured = await api.query<{ tiedTo: { actor: { id: string } }[] }>(answer.interpretation.graphql!);
    expect(structured.errors).toBeUndefined();
    expect(structured.data!.tiedTo.map((t) => t.actor.id)).toEqual(tiedIds(answer));

    for (const question of [
      'qui finance HealthAge ?',
      'how is Inits connected to CHU de Montpellier',
      'partenaires possibles pour DiappyMed',
      'companies in Montpellier',
      'sanofy',
    ]) {
      const { interpretation } = await ask(question);
      const replay = await api.query(interpretation.graphql!);
      expect(replay.errors).toBeUndefined();
    }
  });

  it('says when it cannot understand, which part, and offers the closest supported questions', async () => {
    const answer = await ask('qui finance le Zorglub ?');
    expect(answer.understood).toBe(false);
    expect(answer.interpretation.operation).toBe('FUNDING');
    expect(answer.interpretation.unplacedWords).toEqual(['Zorglub']);
    expect(answer.interpretation.notes).toEqual(['Aucun acteur, programme, domaine ou lieu ne s’appelle « Zorglub ».']);
    expect(answer.suggestions[0]).toBe('qui finance HealthAge ?');

    const nonsense = await ask('blabla foo');
    expect(nonsense.understood).toBe(false);
    expect(nonsense.interpretation.operation).toBeNull();
    expect(nonsense.suggestions).toHaveLength(3);
  });

  it('answers in the language asked for, whatever the question', async () => {
    const answer = await ask('qui finance le Zorglub ?', { lang: 'EN' });
    expect(answer.lang).toBe('EN');
    expect(answer.interpretation.notes).toEqual(['No actor, programme, domain or place is called "Zorglub".']);
    expect(answer.suggestions[0]).toBe('who funds HealthAge and how much');
  });

  it('widens an empty list to actors tied to its place, and says so', async () => {
    // IHU à Montpellier no longer widens: Immun4Cure is located there directly. No pôle is located in Nîmes.
    const answer = await ask('pôles de compétitivité à Nîmes', { lang: 'EN' });
    expect(answer.actors).toEqual([]);
    expect(answer.interpretation.notes).toEqual([
      'No actor of the list is tied directly to Nîmes: these are tied to it within 2 steps, each with its path.',
    ]);
    expect(ids(answer.tied![0]!.path.nodes)).toEqual(['nimes', 'nimes-metropole', 'eurobiomed']);
  });

  it('refuses to find a path from a node to itself', async () => {
    const answer = await ask('comment Sanofi est-il lié à Sanofi');
    expect(answer.understood).toBe(false);
    expect(answer.interpretation.notes).toEqual(['Les deux noms désignent le même nœud.']);
  });
});

describe('ask: hostile and bad input', () => {
  const countGraph = async () => {
    const [row] = await api.db.read<{ nodes: number; ties: number }>(
      { name: 'test.count', text: 'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS ties' },
      {},
    );
    return row;
  };

  it('takes Lucene and Cypher syntax as plain words, never as syntax', async () => {
    const before = await countGraph();
    const hostile = [
      'Inits AND *:* " \\ ~ ( [',
      'qui finance ") MATCH (n) DETACH DELETE n //',
      "who funds HealthAge' OR 1=1 --",
      'entreprises liées à name:* OR id:sanofi~0.1',
      '{a} {b} {f} $question',
    ];
    for (const question of hostile) {
      const response = await api.query<{ ask: Answer }>(ASK, { question });
      expect(response.errors).toBeUndefined();
      expect(response.data!.ask.question).toBe(question);
    }
    expect(await countGraph()).toEqual(before);
    const literal = await ask('Inits AND *:* " \\ ~ ( [');
    expect(literal.interpretation.subject?.id).toBe('inits');
  });

  it.each([
    ['an empty question', '', /question holds no word/],
    ['punctuation only', '?!…', /question holds no word/],
    ['a question over 300 characters', 'a '.repeat(151), /question is limited to 300 characters/],
    ['a question over 40 words', Array.from({ length: 41 }, () => 'mot').join(' '), /question is limited to 40 words/],
  ])('refuses %s with BAD_USER_INPUT', async (_, question, message) => {
    const response = await api.query(ASK, { question });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(message);
  });

  it('caps first at 50', async () => {
    const response = await api.query(ASK, { question: 'Inits', first: 51 });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/first must be between 1 and 50/);
  });
});

describe('kinds and domains in both languages', () => {
  it('labels every kind of actor in French and English, with the words ask recognises', async () => {
    const { data, errors } = await api.query<{ actorKinds: { kind: string; fr: string; en: string; words: string[] }[] }>(
      '{ actorKinds { kind fr: label(lang: FR) en: label(lang: EN) words } }',
    );
    expect(errors).toBeUndefined();
    const company = data!.actorKinds.find((k) => k.kind === 'COMPANY');
    expect(company).toMatchObject({ fr: 'entreprise', en: 'company' });
    expect(company!.words).toEqual(expect.arrayContaining(['firme', 'firm']));
    expect(data!.actorKinds.find((k) => k.kind === 'UNIVERSITY_HOSPITAL')?.en).toBe('university hospital');
  });

  it('labels domains in French and English', async () => {
    const { data } = await api.query<{ domain: { fr: string; en: string } }>(
      '{ domain(id: "vieillissement") { fr: label(lang: FR) en: label(lang: EN) } }',
    );
    expect(data!.domain).toEqual({ fr: 'Vieillissement en bonne santé', en: 'Healthy ageing' });
  });
});
