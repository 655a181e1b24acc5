import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { findPeople } from '../../../src/services/ingestion/reading/people';
import { communeOfDerivedAdjective, findPlaces } from '../../../src/services/ingestion/reading/places';

/** The proposals of one kind for a short text of our own, over an empty graph. */
function ofKind<K extends Proposal['kind']>(text: string, kind: K): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}
const places = (text: string) => ofKind(text, 'LOCATION').map((l) => `${l.actor.name} @ ${l.place.name}`);
const actors = (text: string) => ofKind(text, 'ACTOR').map((a) => a.name);
const placesOf = (text: string) => findPlaces({ start: 0, end: text.length, text }).map((p) => `${p.text}=${p.place.name}:${p.cue}`);

describe('place adjectives derived from the communes', () => {
  it('builds the adjective on the commune by the regular endings, with the accents folded', () => {
    expect(communeOfDerivedAdjective('balmanaises')?.name).toBe('Balma');
    expect(communeOfDerivedAdjective('gaillacois')?.name).toBe('Gaillac');
    expect(communeOfDerivedAdjective('mazametaine')?.name).toBe('Mazamet');
    expect(communeOfDerivedAdjective('labegeoise')?.name).toBe('Labège');
    expect(communeOfDerivedAdjective('lattoises')?.name).toBe('Lattes');
    expect(communeOfDerivedAdjective('rodezienne')?.name).toBe('Rodez');
  });

  it('reads no nationality and no common word as a commune', () => {
    for (const word of ['anglais', 'italienne', 'humain', 'prochaine', 'quotidien', 'ancienne', 'certain'])
      expect(communeOfDerivedAdjective(word)).toBeUndefined();
  });

  it('reads a derived adjective only after a noun for an organisation or a site', () => {
    expect(placesOf("L'usine muretaine du groupe ferme.")).toEqual(['muretaine=Muret:ADJECTIVE']);
    expect(placesOf('Un humain certain.')).toEqual([]);
  });

  it('places a company described by the adjective of its commune', () => {
    expect(places('Vitalyse, une start-up balmanaise, recrute.')).toContain('Vitalyse @ Balma');
  });
});

describe('places in the press syntax', () => {
  it('places the organisation a noun stands for by the adjective that follows the noun', () => {
    expect(places("La société Orvexa annonce un essai. La start-up gaillacoise vise l'Europe.")).toContain('Orvexa @ Gaillac');
  });

  it("reads a seat stated with the département's code", () => {
    expect(places('Créée en 2016, la société Orvexa a son siège à Muret (31).')).toContain('Orvexa @ Muret');
  });

  it('reads an apposition naming the commune after an organisation noun', () => {
    expect(places('Le projet est porté par Orvexa Systems, une entreprise de Montauban.')).toContain('Orvexa Systems @ Montauban');
  });

  it('places the company created in a commune and named after a comma', () => {
    expect(places('En 2012, elle crée à Castres une nouvelle société, Orvexa Systems.')).toContain('Orvexa Systems @ Castres');
  });

  it('places every name a commune is said to hold after a colon', () => {
    expect(places('Albi accueille deux jeunes sociétés : la société Orvexa et la société Medilune.')).toEqual(
      expect.arrayContaining(['Orvexa @ Albi', 'Medilune @ Albi']),
    );
  });

  it("places the document's subject, named in the title, in its dateline's commune", () => {
    expect(places('La société Orvexa ouvre un laboratoire\nRodez, mars 2021. Le laboratoire compte dix chercheurs.')).toContain(
      'Orvexa @ Rodez',
    );
  });

  it('reads no adjective across a preposition: the site is sold to the buyer, not the buyer placed', () => {
    expect(places('Le groupe Orvexa cède son usine montpelliéraine à Medilune.')).not.toContain('Medilune @ Montpellier');
  });

  it('reads a capitalised common noun whose accents differ from a commune as no place', () => {
    expect(placesOf('Elle recrute dans la Ville rose.')).toEqual([]);
  });
});

describe('names the press lists or sets after a noun', () => {
  it('proposes the names a count or an organisation noun announces before a colon', () => {
    expect(actors('Deux sociétés ont quitté le site : Vorlina et Quastel.')).toEqual(expect.arrayContaining(['Vorlina', 'Quastel']));
    expect(actors('Trois sont nées en 2019 : Vorlina, Quastel et Brimex.')).toEqual(
      expect.arrayContaining(['Vorlina', 'Quastel', 'Brimex']),
    );
  });

  it('does not propose the products a count of things announces', () => {
    expect(actors('La société Orvexa a conçu deux robots : Zelmo et Zelmo Flex.')).not.toContain('Zelmo');
  });

  it("proposes the title's subject when the document names it again", () => {
    expect(actors('Vorlina lève deux millions\nLe 3 mars, Vorlina a annoncé une levée de fonds.')).toContain('Vorlina');
  });

  it('proposes a name set after an organisation noun and a comma', () => {
    expect(actors('Il fonde alors une nouvelle entreprise, Quastel Robotics.')).toContain('Quastel Robotics');
  });
});

describe('generic capitalised words', () => {
  it('reads no cut head when the name goes on in lower case after it', () => {
    const names = actors("Les dons vont à l'Office régional du don, qui les répartit. La Maison connectée de Rodez ouvre.");
    expect(names).not.toContain('Office');
    expect(names).not.toContain('Maison');
  });

  it("reads no actor in the capitalised word of a person's title", () => {
    expect(actors('Le projet a été salué par le président de la République lors de sa visite.')).not.toContain('République');
  });

  it('reads the name of a robot as a product, not a company', () => {
    expect(actors('Grâce à ses robots Zelmo, la société Orvexa grandit.')).not.toContain('Zelmo');
  });
});

describe('people in roles', () => {
  it('reads every founder of a list, with a place and a year between the verb and "par"', () => {
    expect(
      findPeople({
        start: 0,
        end: 90,
        text: 'Fondée à Lyon en 2015 par Anne Martin, Paul Durand et Léa Petit, la société a levé des fonds.',
      }).map((p) => `${p.name}/${p.role}`),
    ).toEqual(['Anne Martin/Fondée', 'Paul Durand/Fondée', 'Léa Petit/Fondée']);
  });
});
