import type { GraphNames } from '../../../src/services/ingestion/linking/names';
import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

/** The proposals of a short text of our own, with the graph's names given. */
function propose(text: string, names: GraphNames = NO_GRAPH_NAMES): Proposal[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names }).proposals;
}
function ofKind<K extends Proposal['kind']>(text: string, kind: K, names?: GraphNames): Extract<Proposal, { kind: K }>[] {
  return propose(text, names).filter((p): p is Extract<Proposal, { kind: K }> => p.kind === kind);
}
const ties = (text: string) => ofKind(text, 'TIE').map((t) => `${t.from.name} -${t.tieKind}-> ${t.to.name}`);

describe('actors', () => {
  it('proposes a new actor with the kind of its cue and the place of its adjective, once', () => {
    const actors = ofKind('La start-up montpelliéraine Vitalyse recrute. Vitalyse vise le marché allemand.', 'ACTOR');
    expect(actors).toEqual([
      expect.objectContaining({
        name: 'Vitalyse',
        actorKind: 'COMPANY',
        place: { name: 'Montpellier', id: null },
        match: 'new',
        possibleDuplicates: [],
      }),
    ]);
  });

  it('keeps capitalised head nouns in the name and does not take IA or PME for organisations', () => {
    const names = ofKind("L'Université de Perpignan et le CHU de Nîmes étudient l'IA avec une PME.", 'ACTOR').map((a) => [
      a.name,
      a.actorKind,
    ]);
    expect(names).toEqual([
      ['Université de Perpignan', 'UNIVERSITY'],
      ['CHU de Nîmes', 'UNIVERSITY_HOSPITAL'],
    ]);
  });

  it('splits names a lost list separator ran together', () => {
    const names = ofKind('Parmi les entreprises : MedilabGenovaxBiosynthPharmalys et Neuronet.', 'ACTOR').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Medilab', 'Genovax', 'Biosynth', 'Pharmalys']));
  });

  it('links a name the graph knows instead of proposing it, and lists possible duplicates of a new one', () => {
    const names: GraphNames = {
      ...NO_GRAPH_NAMES,
      actors: [{ id: 'genomix', name: 'Genomix Therapeutics', aliases: ['Genomix SAS'], kind: 'COMPANY', place: null }],
    };
    expect(ofKind('La start-up Genomix Therapeutics recrute.', 'ACTOR', names)).toEqual([]);
    const [other] = ofKind('La start-up Genomix recrute.', 'ACTOR', names);
    expect(other).toMatchObject({ name: 'Genomix', match: 'new', possibleDuplicates: [{ name: 'Genomix Therapeutics', id: 'genomix' }] });
  });
});

describe('locations and aliases', () => {
  it('locates an actor by the place after it, in its name, or by its département code', () => {
    const located = ofKind(
      'La société Ipsolab à Castres ouvre un site. Le CHU de Nîmes suit. La PME Biosynth investit à Mauguio (34).',
      'LOCATION',
    );
    expect(located.map((l) => `${l.actor.name} @ ${l.place.name}`)).toEqual([
      'Ipsolab @ Castres',
      'CHU de Nîmes @ Nîmes',
      'Biosynth @ Mauguio',
    ]);
  });

  it('reads a former name and an acronym in parentheses', () => {
    const aliases = ofKind("La société Nexomed (ex-Biomedica) recrute. L'Institut Cardiologique du Sud (ICS) ouvre.", 'ALIAS');
    expect(aliases.map((a) => `${a.actor.name} = ${a.alias}`)).toEqual(['Nexomed = Biomedica', 'Institut Cardiologique du Sud = ICS']);
  });
});

describe('ties, by the cue verbs of each kind', () => {
  it.each([
    [
      "Fondée par l'Université de Nîmes et le groupe Medivia, la start-up Kalysens recrute.",
      ['Université de Nîmes -FOUNDED-> Kalysens', 'Medivia -FOUNDED-> Kalysens'],
    ],
    ["L'institut Oncomed, porté par le CHU de Nîmes, ouvre ses portes.", ['CHU de Nîmes -CARRIES-> Oncomed']],
    ['La start-up Ardevia est membre du cluster Biomeds.', ['Ardevia -MEMBER_OF-> Biomeds']],
    ['La société Ardevia fait partie du groupe Pharmalys.', ['Ardevia -PART_OF-> Pharmalys']],
    ['La biotech Genoskin a noué un partenariat avec la société Evalis.', ['Genoskin -PARTNERS_WITH-> Evalis']],
    ['Avec le cluster Biomeds, la société Evalis ouvre un laboratoire.', ['Evalis -PARTNERS_WITH-> Biomeds']],
    ['Le pôle Eurosanté labellise la start-up Medilab.', ['Eurosanté -LABELLED-> Medilab']],
    ['Marie Dupont, présidente de la société Vitalyse, se réjouit.', ['Marie Dupont -LEADS-> Vitalyse']],
    ['Le groupe Pharmalys rachète la PME Biosynth.', ['Pharmalys -TOOK_OVER-> Biosynth', 'Biosynth -PART_OF-> Pharmalys']],
    ['Le fonds Sudinvest entre au capital de la start-up Medilab.', ['Sudinvest -HOLDS_SHARES_IN-> Medilab']],
    ["La start-up Kalysens est issue de l'Université de Nîmes.", ['Kalysens -SPUN_OFF_FROM-> Université de Nîmes']],
    ["La start-up Kalysens, incubée par l'incubateur Bizia, recrute.", ['Kalysens -INCUBATED_BY-> Bizia']],
    ['Le programme « Santé Demain » est piloté par le cluster Biomeds.', ['Biomeds -PILOTS-> Santé Demain']],
    ['La Région et le pôle Eurosanté vont le copiloter.', []],
  ])('%s', (text, expected) => {
    expect(ties(text)).toEqual(expected);
  });

  it('dates a tie by the sentence: "depuis 2021"', () => {
    expect(ofKind('Le programme « Santé Demain » est piloté depuis 2021 par le cluster Biomeds.', 'TIE')[0]?.since).toBe('2021');
  });

  it('reads "le" as the programme the previous sentence is about', () => {
    expect(ties('Le Plan Santé Sud 2030 est adopté. Le pôle Eurosanté et la start-up Medilab vont le copiloter.')).toEqual([
      'Eurosanté -CO_PILOTS-> Plan Santé Sud 2030',
      'Medilab -CO_PILOTS-> Plan Santé Sud 2030',
    ]);
  });
});

describe('fundings', () => {
  it('reads funder, recipient, amount, instrument and period', () => {
    const [funding] = ofKind(
      'La Région Occitanie accorde une subvention de 500 000 euros à la start-up Kalysens sur la période 2024-2026.',
      'FUNDING',
    );
    expect(funding).toMatchObject({
      funder: { name: 'Région Occitanie', id: null },
      recipients: [{ name: 'Kalysens', id: null }],
      amountEur: 500_000,
      qualifier: 'EXACT',
      instrument: 'GRANT',
      period: '2024-2026',
    });
  });

  it.each([
    [
      "Bpifrance accorde une avance remboursable de 1,2 million d'euros à la société Vitalyse.",
      'Bpifrance',
      1_200_000,
      'REPAYABLE_ADVANCE',
    ],
    ['La Région Occitanie accorde un prêt de près de 300.000 euros à la PME Biosynth.', 'Région Occitanie', 300_000, 'LOAN'],
    ['La start-up Kalysens lève 3 M€ auprès du fonds Sudinvest.', 'Sudinvest', 3_000_000, 'EQUITY'],
  ])('%s', (text, funder, amountEur, instrument) => {
    expect(ofKind(text, 'FUNDING')).toEqual([
      expect.objectContaining({ funder: expect.objectContaining({ name: funder }), amountEur, instrument }),
    ]);
  });

  it.each([
    ['Soutenue par la Région Occitanie, la société Vitalyse cote 20,00 euros par action.'],
    ['Soutenue par la Région Occitanie, la société Vitalyse est valorisée à 80 millions d’euros.'],
    ['Soutenue par la Région Occitanie, la société Vitalyse affiche un CA 2021 : 2,5 M€.'],
  ])('does not take a share price, a valuation or a turnover for money given: %s', (text) => {
    // "Soutenue par la Région" is support without an amount; the amount in the sentence is not what it gave.
    expect(ofKind(text, 'FUNDING').map((funding) => funding.amountEur)).toEqual([null]);
  });

  it('does not take a turnover, a budget or a company investment for money given', () => {
    expect(ofKind("La société Vitalyse réalise 12 millions d'euros de chiffre d'affaires et investit 4 M€ à Castres.", 'FUNDING')).toEqual(
      [],
    );
  });
});

describe('figures', () => {
  it.each([
    ['La société Vitalyse emploie 45 salariés.', 'Vitalyse', 'EMPLOYEES', 45, 'EXACT'],
    ['La start-up Kalysens vise 30 recrutements.', 'Kalysens', 'JOBS', 30, 'TARGET'],
    ["La société Vitalyse réalise plus de 12 millions d'euros de chiffre d'affaires.", 'Vitalyse', 'REVENUE_EUR', 12_000_000, 'AT_LEAST'],
    ['Avec 200 chercheurs, le pôle Eurosanté fédère la recherche.', 'Eurosanté', 'RESEARCHERS', 200, 'EXACT'],
  ])('%s', (text, subject, metric, value, qualifier) => {
    expect(ofKind(text, 'FIGURE')).toEqual([expect.objectContaining({ subject: { name: subject, id: null }, metric, value, qualifier })]);
  });

  it('gives the lines under "X en chiffres" to X', () => {
    const figures = ofKind('La filière Santé du Gard en chiffres\n1 200 salariés\n40 entreprises', 'FIGURE');
    expect(figures.map((f) => `${f.subject.name} ${f.metric} ${f.value}`)).toEqual([
      'filière Santé du Gard EMPLOYEES 1200',
      'filière Santé du Gard COMPANIES 40',
    ]);
  });
});

describe('every proposal', () => {
  it('quotes its sentence by offsets into the text and has a stable id', () => {
    const text = 'La start-up Kalysens lève 3 M€ auprès du fonds Sudinvest.\n\nLa société Vitalyse emploie 45 salariés.';
    const proposals = propose(text);
    expect(proposals.length).toBeGreaterThan(3);
    for (const p of proposals) {
      expect(text.slice(p.sentence.start, p.sentence.end)).toBe(p.sentence.text);
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
    }
    expect(propose(text).map((p) => p.id)).toEqual(proposals.map((p) => p.id));
  });
});
