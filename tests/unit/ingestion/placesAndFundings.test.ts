import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { findPlaces } from '../../../src/services/ingestion/reading/places';

/** The proposals of one kind for a short text of our own, over an empty graph. */
function ofKind<K extends Proposal['kind']>(text: string, kind: K, language: 'fr' | 'en' = 'fr'): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}
const places = (text: string, language: 'fr' | 'en' = 'fr') =>
  ofKind(text, 'LOCATION', language).map((l) => `${l.actor.name} @ ${l.place.name}`);

describe('places read by the shape around a name', () => {
  it('reads a région, a département or a large commune held in a name, never the name that is the place itself', () => {
    expect(places("L'association Exemplia Occitanie réunit des investisseurs.")).toContain('Exemplia Occitanie @ Occitanie');
    expect(places('Le réseau Nîmes Exemplia recrute.')).toContain('Nîmes Exemplia @ Nîmes');
  });

  it('places a public body at the place set between commas right after its name', () => {
    expect(places('Un accord est signé avec la communauté de communes Vallée Verte, dans le Gard, pour une zone.')).toContain(
      'Vallée Verte @ Gard',
    );
  });

  it('reads a commune or a country alone in brackets after a name', () => {
    expect(places('La société Vitalyse (Labège) recrute dix personnes.')).toContain('Vitalyse @ Labège');
    expect(places("L'université Exemplar (États-Unis) entre au capital de la société Vitalyse.")).toContain(
      'Université Exemplar @ États-Unis',
    );
  });

  it('reads Paris as the commune, not its département of the same name', () => {
    expect(findPlaces({ start: 0, end: 24, text: 'La société est à Paris.' }).map((p) => p.place.kind)).toEqual(['CITY']);
  });

  it('reads a place adjective after an organisation noun when what it does comes before its name', () => {
    expect(places('Le groupe montpelliérain de cliniques privées Vitalyse rachète une clinique.')).toContain('Vitalyse @ Montpellier');
    expect(places('Les salariés toulousains du groupe Vitalyse manifestent.')).not.toContain('Vitalyse @ Toulouse');
  });

  it('reads a place adjective after a bracketed acronym', () => {
    expect(places('La société Exemplar Transfert (ETT), la société de transfert toulousaine, fête ses dix ans.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/@ Toulouse$/)]),
    );
  });

  it('reads an English apposition naming a commune after the name', () => {
    expect(places('The test was made by Vitalyse, the Montpellier laboratory that the CNRS shares.', 'en')).toContain(
      'Vitalyse @ Montpellier',
    );
  });
});
