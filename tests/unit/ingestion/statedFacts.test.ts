import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { findCounts } from '../../../src/services/ingestion/reading/counts';

/** The proposals of one kind for a short text of our own, over an empty graph. */
function ofKind<K extends Proposal['kind']>(text: string, kind: K): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}
const ties = (text: string) => ofKind(text, 'TIE').map((t) => `${t.from.name} -${t.tieKind}-> ${t.to.name}`);
const figures = (text: string) => ofKind(text, 'FIGURE').map((f) => `${f.subject.name} ${f.metric} ${f.value} ${f.qualifier}`);
const fundings = (text: string) =>
  ofKind(text, 'FUNDING').map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);
const places = (text: string) => ofKind(text, 'LOCATION').map((l) => `${l.actor.name} @ ${l.place.name}`);
const count = (text: string) => findCounts({ start: 0, end: text.length, text }).map((c) => `${c.value} ${c.metric} ${c.qualifier}`);

describe('counts written as round nouns or words', () => {
  it('reads "une centaine de personnes" as about a hundred, bounded when the words before say so', () => {
    expect(count('La société emploie une cinquantaine de salariés.')).toEqual(['50 EMPLOYEES APPROXIMATE']);
    expect(count("Elle emploie plus d'une centaine de personnes.")).toEqual(['100 EMPLOYEES AT_LEAST']);
  });

  it('reads the numbers from thirteen to sixteen and sixty written in words', () => {
    expect(count('Le laboratoire compte treize chercheurs et soixante salariés.')).toEqual(['13 RESEARCHERS EXACT', '60 EMPLOYEES EXACT']);
  });

  it('gives a round count to the company that employs', () => {
    expect(figures('La société Vitalyse emploie une trentaine de personnes à Albi.')).toEqual(['Vitalyse EMPLOYEES 30 APPROXIMATE']);
  });

  it('gives "ses 35 salariés" after a person with no organisation to what the document is about', () => {
    expect(figures('La société Vitalyse ouvre un site. Sa fondatrice Marie Durand et ses 35 salariés y travaillent.')).toEqual([
      'Vitalyse EMPLOYEES 35 EXACT',
    ]);
  });
});

describe('revenue written with an adjective', () => {
  it('reads a consolidated or annual revenue as revenue, not as money given', () => {
    expect(figures("La société Vitalyse a réalisé un chiffre d'affaires consolidé de 12 millions d'euros en 2022.")).toEqual([
      'Vitalyse REVENUE_EUR 12000000 EXACT',
    ]);
    expect(figures("La société Vitalyse annonce un chiffre d'affaires d'un peu plus de 3 millions d'euros.")).toEqual([
      'Vitalyse REVENUE_EUR 3000000 AT_LEAST',
    ]);
  });
});

describe('fundraisings whose verb is not "lever"', () => {
  it('reads money gathered from investors as a fundraising, each listed investor giving it to the company', () => {
    expect(fundings('La société Vitalyse a réuni 4 millions auprès du fonds Capexa et du fonds Finora.')).toEqual([
      'Capexa -> Vitalyse: 4000000',
      'Finora -> Vitalyse: 4000000',
    ]);
  });

  it('never takes an investor listed after the amount for the company that raises', () => {
    expect(
      fundings("La biotech Vitalyse grandit. Elle avait bouclé un tour de table de 7 millions d'euros auprès des fonds Capexa et Finora."),
    ).toEqual(['Capexa -> Vitalyse: 7000000', 'Finora -> Vitalyse: 7000000']);
    expect(
      fundings("La biotech Vitalyse grandit. Elle a levé 5 millions d'euros auprès des fonds Capexa et Finora - et du fonds Nordia."),
    ).toEqual(['Capexa -> Vitalyse: 5000000', 'Finora -> Vitalyse: 5000000']);
  });

  it('gives the money raised to the company, not to an investor named after the amount', () => {
    expect(figures("La société Vitalyse ouvre un site. Basée à Albi, elle a levé 2 millions d'euros auprès du fonds Capexa.")).toEqual([
      'Vitalyse FUNDS_RAISED_EUR 2000000 EXACT',
    ]);
  });
});

describe('fundings whose giver is named in the sentence next to the amount', () => {
  it('takes the giver from the next sentence when the amount says someone received it', () => {
    expect(fundings("La société Vitalyse décroche 2 millions d'euros. C'est ce qu'a obtenu la jeune pousse de la part de l'État.")).toEqual(
      ['État -> Vitalyse: 2000000'],
    );
  });

  it('does not when nobody receives the amount in its sentence', () => {
    expect(fundings("La société Vitalyse porte à 9 millions d'euros le total de ses fonds. Le projet est suivi par l'État.")).toEqual([]);
  });
});

describe('ties stated by a noun or a group', () => {
  it('makes the names after "le partenariat entre" partners', () => {
    expect(ties("Le partenariat entre la société Vitalyse et l'institut Exemplar a été signé à Nîmes.")).toEqual([
      'Vitalyse -PARTNERS_WITH-> Exemplar',
    ]);
  });

  it('makes a name followed by its group part of the group', () => {
    expect(ties('Les chercheurs de la société Vitalyse (Groupe Biorama) présentent un test.')).toEqual([
      'Vitalyse -PART_OF-> Groupe Biorama',
    ]);
    expect(ties('La clinique Exemplar, du groupe Biorama, ouvre un service.')).toEqual(['Clinique Exemplar -PART_OF-> Biorama']);
  });

  it('does not make the second name of a list part of the first', () => {
    expect(ties('La société Vitalyse, Groupe Biorama et la société Exemplar signent une charte.')).toEqual([]);
  });
});

describe('place adjectives of large cities outside the region', () => {
  it('places a company where the adjective before its name says', () => {
    expect(places('La start-up parisienne Vitalyse ouvre un laboratoire.')).toEqual(['Vitalyse @ Paris']);
    expect(places('Le groupe lyonnais Biorama recrute.')).toEqual(['Biorama @ Lyon']);
  });
});
