import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

/** The proposals of one kind for a short text of our own, over an empty graph. */
function ofKind<K extends Proposal['kind']>(text: string, kind: K, language: 'fr' | 'en'): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}
const ties = (text: string, language: 'fr' | 'en' = 'fr') =>
  ofKind(text, 'TIE', language).map((t) => `${t.from.name} -${t.tieKind}-> ${t.to.name}`);
const places = (text: string, language: 'fr' | 'en' = 'en') =>
  ofKind(text, 'LOCATION', language).map((l) => `${l.actor.name} @ ${l.place.name}`);
const actors = (text: string, language: 'fr' | 'en' = 'en') => ofKind(text, 'ACTOR', language).map((a) => `${a.name} (${a.actorKind})`);

describe('institutional and business-press wording (F21aa)', () => {
  it('makes the bodies a project was presented or submitted by carry it, through a pronoun too', () => {
    expect(ties("L'institut Vitalis n'a pas été retenu. Il avait été présenté par l'Inserm, le CNRS et le CHU de Nîmes.")).toEqual(
      expect.arrayContaining(['Inserm -CARRIES-> Vitalis', 'CNRS -CARRIES-> Vitalis', 'CHU de Nîmes -CARRIES-> Vitalis']),
    );
    // "présenté" with no passive auxiliary is no carrying ("X présente ses résultats").
    expect(ties("L'institut Vitalis présente ses travaux avec l'Inserm.")).not.toEqual(
      expect.arrayContaining(['Inserm -CARRIES-> Vitalis']),
    );
  });

  it('reads a founder who leads: "dirigée par son fondateur, X" is both a lead and a founding', () => {
    expect(ties('La société Biorama est dirigée par son fondateur, Paul Exemple.')).toEqual(
      expect.arrayContaining(['Paul Exemple -LEADS-> Biorama', 'Paul Exemple -FOUNDED-> Biorama']),
    );
    // A director named with no founder's role founded nothing.
    expect(ties('La société Biorama est dirigée par Paul Exemple.')).toEqual(['Paul Exemple -LEADS-> Biorama']);
  });

  it('reads "run by CEO X" as a person who leads, the title no part of a name', () => {
    const text = 'Vitalyse makes hearing tests. Vitalyse is run by CEO Jane Exemple.';
    expect(ties(text, 'en')).toEqual(['Jane Exemple -LEADS-> Vitalyse']);
    expect(actors(text)).toContain('Jane Exemple (PERSON)');
    expect(actors(text).some((a) => a.startsWith('CEO'))).toBe(false);
  });

  it('places a company a city or "-based" names before it in English', () => {
    expect(places('Toulouse company Vitalyse makes test kits for drug makers. Vitalyse employs forty people.')).toEqual([
      'Vitalyse @ Toulouse',
    ]);
    expect(places('The Nîmes-based start-up Biorama hired ten engineers.')).toEqual(['Biorama @ Nîmes']);
    expect(places('Nîmes-based Medicalia raised money last year.')).toEqual(['Medicalia @ Nîmes']);
    expect(actors('Nîmes-based Medicalia raised money last year.')).toEqual(['Medicalia (COMPANY)']);
    // A city opening the sentence as its subject does not place the name after its verb.
    expect(places('Toulouse welcomes Vitalyse to its campus. Vitalyse employs forty people.')).toEqual([]);
  });

  it('reads an acronym followed by a commune as one name, not as a place mention', () => {
    expect(ties('Le GIRCO Nîmes, partenaire du projet, est dirigé par Anne Exemple.')).toEqual(['Anne Exemple -LEADS-> GIRCO Nîmes']);
    // An acronym closing a longer name does not take the commune: "by XB Nîmes" makes no "XB Nîmes".
    expect(actors('Le Studio by XB Nîmes fête ses deux ans avec la start-up Biorama.', 'fr').some((a) => a.startsWith('XB Nîmes'))).toBe(
      false,
    );
  });

  it('reads a leader named as the subject of "dirige" / "heads", with no role word', () => {
    expect(ties('Anne Exemple dirige Biorama, une société nîmoise de capteurs.')).toEqual(['Anne Exemple -LEADS-> Biorama']);
  });

  it('gives a possessed role opening a sentence to the organisation the sentence before is about', () => {
    expect(ties('Fondée en 2010, la société Biorama fabrique des capteurs. Son fondateur, Paul Exemple, en est le président.')).toEqual(
      expect.arrayContaining(['Paul Exemple -FOUNDED-> Biorama']),
    );
    // Mid-sentence, the possessive is not read back to the sentence before.
    expect(
      ties('La société Biorama fabrique des capteurs. Le groupe Vitalyse a reçu son fondateur, Paul Exemple.').filter((t) =>
        t.endsWith('-> Biorama'),
      ),
    ).toEqual([]);
  });

  it('reads a name in apposition after an elided preposition whole ("d\'Exemplia Tools, une start-up")', () => {
    expect(actors("Ce capteur est l'œuvre d'Exemplia Tools, une start-up lyonnaise.", 'fr')).toContain('Exemplia Tools (COMPANY)');
  });

  it('keeps a tie stated in the future, drops one only planned', () => {
    expect(ties("La société Biorama va s'associer avec le groupe Vitalyse.")).toEqual(['Biorama -PARTNERS_WITH-> Vitalyse']);
    expect(ties("La société Biorama prévoit de s'associer avec le groupe Vitalyse.")).toEqual([]);
    expect(ties('Biorama makes sensors. Biorama plans to partner with Vitalyse. Vitalyse sells tests.', 'en')).toEqual([]);
  });

  it('reads "heads for" as a movement, not as leading', () => {
    expect(ties('Biorama makes sensors. The company Biorama heads for Boston next year.', 'en')).toEqual([]);
  });

  it('places a name its apposition describes with a noun and a place adjective, with no article', () => {
    expect(places("L'institut Vitalis, centre nîmois dédié au sommeil, ouvre ses portes.", 'fr')).toContain('Vitalis @ Nîmes');
  });

  it('places a name a city and a noun group open the sentence with', () => {
    expect(places('Montpellier private hospital group Vitalyse bought a clinic. Vitalyse employs 900 people.')).toContain(
      'Vitalyse @ Montpellier',
    );
  });
});
