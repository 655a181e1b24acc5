import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { findPlaces } from '../../../src/services/ingestion/reading/places';

/** The proposals of one kind for a short text of our own, over an empty graph. */
function ofKind<K extends Proposal['kind']>(text: string, kind: K): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}
const ties = (text: string) => ofKind(text, 'TIE').map((t) => `${t.from.name} -${t.tieKind}-> ${t.to.name}`);
const places = (text: string) => ofKind(text, 'LOCATION').map((l) => `${l.actor.name} @ ${l.place.name}`);

describe('ties stated without a cue verb', () => {
  it('makes each name a group brings together one of its members', () => {
    expect(ties("Le consortium Santexa réunit la société Vitalyse, la société Biorama et l'Institut Exemplar.")).toEqual(
      expect.arrayContaining(['Vitalyse -MEMBER_OF-> Santexa', 'Biorama -MEMBER_OF-> Santexa', 'Institut Exemplar -MEMBER_OF-> Santexa']),
    );
  });

  it('makes the names a host is made of or hosts part of it: members of a consortium, incubated by an incubator', () => {
    expect(ties('Le consortium Santexa, composé de la société Vitalyse et de la société Biorama, grandit.')).toEqual([
      'Vitalyse -MEMBER_OF-> Santexa',
      'Biorama -MEMBER_OF-> Santexa',
    ]);
    expect(ties("L'incubateur Exemplab héberge la start-up Vitalyse et la société Biorama.")).toEqual([
      'Vitalyse -INCUBATED_BY-> Exemplab',
      'Biorama -INCUBATED_BY-> Exemplab',
    ]);
    expect(ties('La Région Occitanie accueille la société Vitalyse.')).toEqual([]);
  });

  it('reads shares or membership when the words between a host and the hosted say so', () => {
    expect(ties('La biotech Vitalyse accueille dans son capital le groupe Biorama.')).toEqual(['Biorama -HOLDS_SHARES_IN-> Vitalyse']);
    expect(
      ties(
        "Le consortium Santexa, porté par une équipe du groupe Biorama, accueille deux nouveaux membres : l'incubateur Exemplab et l'agence Ad'Occ.",
      ),
    ).toEqual(expect.arrayContaining(['Exemplab -MEMBER_OF-> Santexa', "Ad'Occ -MEMBER_OF-> Santexa"]));
  });

  it('makes the bodies a unit is placed under carry it, the unit being what the document is about when it is described', () => {
    expect(
      ties(
        "La plateforme Genexa ouvre ses portes. Créée en 2015, cette unité a reçu des subventions de l'État et est placée sous la tutelle du CNRS et de l'Inserm.",
      ),
    ).toEqual(expect.arrayContaining(['CNRS -CARRIES-> Genexa', 'Inserm -CARRIES-> Genexa']));
  });

  it('reads a fronted apposition: the subject is the name that opens the main clause', () => {
    expect(ties('Filiale du groupe Vitalyse, la société Biorama recrute vingt techniciens.')).toEqual(['Biorama -PART_OF-> Vitalyse']);
  });

  it('reads the buyer a takeover names after its object', () => {
    expect(ties('Le rachat de la société Biorama par le groupe Vitalyse est bouclé.')).toEqual([
      'Vitalyse -TOOK_OVER-> Biorama',
      'Biorama -PART_OF-> Vitalyse',
    ]);
  });

  it('reads a stake taken', () => {
    expect(ties('La société Vitalyse a pris une participation de 20 % dans la société Biorama.')).toEqual([
      'Vitalyse -HOLDS_SHARES_IN-> Biorama',
    ]);
  });

  it('makes an organisation hosted within an incubator incubated by it', () => {
    expect(ties("La société Biorama est installée au sein de l'incubateur Exemplab.")).toEqual(['Biorama -INCUBATED_BY-> Exemplab']);
  });

  it('gives each investor of a fundraising shares in the company that raised it, never in a person', () => {
    expect(
      ties(
        'Jeanne Exemple, présidente de la société Vitalyse, annonce que Vitalyse lève 5 M€ auprès de Biomedia Capital et Exemplar Invest.',
      ),
    ).toEqual(expect.arrayContaining(['Biomedia Capital -HOLDS_SHARES_IN-> Vitalyse', 'Exemplar Invest -HOLDS_SHARES_IN-> Vitalyse']));
    expect(
      ties('Jeanne Exemple, présidente de la société Vitalyse, annonce que Vitalyse lève 5 M€ auprès de Biomedia Capital.').filter(
        (t) => t.includes('HOLDS_SHARES_IN') && t.endsWith('Jeanne Exemple'),
      ),
    ).toEqual([]);
  });
});

describe('locations an organisation states', () => {
  it('places an organisation at the commune a location cue names, however far its description runs', () => {
    expect(
      places('La société Vitalyse, spécialisée dans les dispositifs de mesure du souffle pour les hôpitaux, est installée à Grabels.'),
    ).toEqual(['Vitalyse @ Grabels']);
  });

  it('places the organisation that opens the main clause after a fronted cue', () => {
    expect(places('Implantée à Baillargues depuis dix ans, la société Vitalyse recrute.')).toEqual(['Vitalyse @ Baillargues']);
  });

  it('places what the document is about when a fronted cue has no name after it', () => {
    expect(places('La société Vitalyse grandit. Fondée en 2007 à Baillargues, elle compte 40 salariés.')).toEqual([
      'Vitalyse @ Baillargues',
    ]);
  });

  it('reads the commune of an address after its postcode, in the département the postcode gives', () => {
    expect(findPlaces({ start: 0, end: 30, text: '8 rue des Lilas, 31130 Balma' }).map((p) => `${p.text} ${p.place.code}`)).toEqual([
      'Balma 31044',
    ]);
    expect(places('Contact : la société Vitalyse, Parc des Lilas, bâtiment B, 8 rue des Lilas, 31130 Balma.')).toEqual([
      'Vitalyse @ Balma',
    ]);
  });
});
