import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

/** Misreadings found by hand-reading real articles (helper F21v, third pass), in short texts of our own. */
function ofKind<K extends Proposal['kind']>(text: string, kind: K, language = 'fr'): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}
const fundings = (text: string, language = 'fr') =>
  ofKind(text, 'FUNDING', language).map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);
const figures = (text: string, language = 'fr') => ofKind(text, 'FIGURE', language).map((f) => `${f.subject.name} ${f.metric} ${f.value}`);
const actors = (text: string, language = 'fr') => ofKind(text, 'ACTOR', language).map((a) => `${a.name} (${a.actorKind})`);
const ties = (text: string, language = 'fr') => ofKind(text, 'TIE', language).map((t) => `${t.from.name} -${t.tieKind}-> ${t.to.name}`);

describe('a recovery plan in lower case: the State’s or the Région’s', () => {
  it('gives the money of a regional recovery plan to the Région, said in several ways', () => {
    expect(
      fundings(
        'La Région Exemplie a adopté un plan de relance régional. Dans le cadre de ce plan de relance, la société Dermexa reçoit 1 M€.',
      ),
    ).toEqual(['Région Exemplie -> Dermexa: 1000000']);
    expect(
      fundings('La Région Exemplie a lancé son plan de relance en juin. Au titre du plan de relance, la société Dermexa reçoit 1 M€.'),
    ).toEqual(['Région Exemplie -> Dermexa: 1000000']);
  });

  it('keeps the national recovery plan the State’s, in French and English', () => {
    expect(fundings('Dans le cadre du plan de relance de l’État, la société Dermexa reçoit 1 M€.')).toEqual(['État -> Dermexa: 1000000']);
    expect(fundings('La société Dermexa est lauréate du plan de relance et reçoit 800 000 euros.')).toEqual(['État -> Dermexa: 800000']);
    expect(fundings('Dermexa received €1 million under the national recovery plan.', 'en')).toEqual(['État -> Dermexa: 1000000']);
  });

  it('gives no State money under a regional plan whose Région it cannot name', () => {
    expect(fundings('Dans le cadre du plan de relance régional, la société Dermexa reçoit 1 M€ de subvention.')).toEqual([]);
    expect(fundings("Dermexa received €1 million under the Region's recovery plan.", 'en')).toEqual([]);
  });
});

describe('founders named without a role', () => {
  it('reads two founders joined by "et" before a founding verb as people who founded the company', () => {
    const text = 'Marie Durand et Jean Dupont ont fondé Dermexa en 2015.';
    expect(actors(text)).toEqual(['Marie Durand (PERSON)', 'Jean Dupont (PERSON)', 'Dermexa (COMPANY)']);
    expect(ties(text)).toEqual(['Marie Durand -FOUNDED-> Dermexa', 'Jean Dupont -FOUNDED-> Dermexa']);
  });

  it('reads the co-founder after "avec" / "with" as a person', () => {
    expect(actors('Jean Dupont a créé la société Dermexa avec Marie Durand en 2015.')).toContain('Marie Durand (PERSON)');
    expect(actors('John Smith founded Dermexa with Mary Brown.', 'en')).toEqual([
      'John Smith (PERSON)',
      'Dermexa (COMPANY)',
      'Mary Brown (PERSON)',
    ]);
  });

  it('reads "co-founded by A and B" in English as people', () => {
    expect(actors('Dermexa was co-founded by John Smith and Mary Brown in 2015.', 'en')).toEqual([
      'John Smith (PERSON)',
      'Mary Brown (PERSON)',
    ]);
  });
});

describe('regional totals of raises', () => {
  it('gives a raise by many companies to no one: no figure, no funding from the Région that backs them', () => {
    const text =
      'La société Dermexa a levé 2 M€. En 2023, les start-up de la région ont levé 300 M€ avec le soutien de la Région Exemplie.';
    expect(figures(text)).toEqual(['Dermexa FUNDS_RAISED_EUR 2000000']);
    expect(fundings(text)).toEqual([]);
    expect(actors(text)).toEqual(['Dermexa (COMPANY)', 'Région Exemplie (PUBLIC_AUTHORITY)']);
    expect(figures('Grâce au soutien de la Région Exemplie, les jeunes pousses régionales ont levé 250 M€ en 2023.')).toEqual([]);
    expect(figures('Au total, les start-up accompagnées par la Région Exemplie ont levé 300 M€ en 2023.')).toEqual([]);
  });

  it('keeps the total of an incubator’s own companies its figure (no territory, no funder named)', () => {
    expect(
      figures(
        'Le BIC de Montpellier accompagne 40 start-up. Elles ont séduit les investisseurs : sur cinq ans, ces jeunes pousses ont levé 75 M€ de fonds privés.',
      ),
    ).toContain('BIC de Montpellier FUNDS_RAISED_EUR 75000000');
  });

  it('reads the same in English, and keeps one company’s raise and respective raises', () => {
    expect(figures('In 2022, Exemplie start-ups raised €168 million with the help of the Exemplie Region.', 'en')).toEqual([]);
    expect(figures('The start-up Dermexa raised €2 million from Galia.', 'en')).toEqual(['Dermexa FUNDS_RAISED_EUR 2000000']);
    expect(figures('Dermexa et Cardiolex ont levé respectivement 2 M€ et 3 M€.')).toEqual([
      'Dermexa FUNDS_RAISED_EUR 2000000',
      'Cardiolex FUNDS_RAISED_EUR 3000000',
    ]);
  });
});

describe('the jobs of a funded project', () => {
  it('gives them to whose project it is, not to the funder', () => {
    expect(figures('La Région Exemplie accorde 1 M€ au projet d’usine de Dermexa, qui permettra de créer 50 emplois.')).toEqual([
      'Dermexa JOBS 50',
    ]);
    expect(figures('Bpifrance accompagne le projet de Dermexa, porteur de 30 emplois.')).toEqual(['Dermexa JOBS 30']);
    expect(figures('Avec le soutien de la Région Exemplie, le projet de Dermexa devrait créer 50 emplois d’ici 2026.')).toEqual([
      'Dermexa JOBS 50',
    ]);
    expect(figures("The Exemplie Region supports Dermexa's project, which will create 50 jobs.", 'en')).toEqual(['Dermexa JOBS 50']);
  });

  it('gives them to no one when the project’s owner is not named (a commune stays a place)', () => {
    expect(figures('La Région Exemplie soutient le projet de Toulouse qui créera 50 emplois.')).toEqual([]);
  });
});
