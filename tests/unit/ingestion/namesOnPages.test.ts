import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { findOrganisations } from '../../../src/services/ingestion/reading/organisations';
import { findPeople } from '../../../src/services/ingestion/reading/people';

/** Which spans are organisations, their kind and their extent, on short sentences of our own. */

const sentence = (text: string) => ({ start: 0, end: text.length, text });
const organisations = (text: string) => findOrganisations(sentence(text)).map((o) => o.name);
const people = (text: string) => findPeople(sentence(text)).map((p) => p.name);
function actorsOf(text: string): Extract<Proposal, { kind: 'ACTOR' }>[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: 'ACTOR' }> => p.kind === 'ACTOR',
  );
}
const actors = (text: string) => actorsOf(text).map((a) => a.name);

describe('page furniture is not an actor', () => {
  it('drops the publisher a page prints on a line of its own when its web address names it', () => {
    const text = 'URL: https://www.zorblanews.fr/article-12\nZorblaNews\nLa start-up Quelvia lève deux millions.';
    expect(actors(text)).toEqual(['Quelvia']);
  });

  it('keeps the site owner when it is named in the story itself', () => {
    const text = 'URL: https://www.zorblanews.fr/article-12\nLa start-up Quelvia signe avec ZorblaNews un accord de trois ans.';
    expect(actors(text)).toContain('ZorblaNews');
  });

  it.each([
    ['a heading in capitals', 'FAIT DU JOUR\nLa start-up Quelvia recrute.'],
    ['a dateline in capitals', 'TOULOUSE, 18 juillet 2022 (Exemple) – La start-up Quelvia recrute.'],
  ])('drops %s', (_, text) => {
    expect(actors(text)).toEqual(['Quelvia']);
  });
});

describe('the exact extent of a name', () => {
  it.each([
    ['a leading date', '2018-05 Quelvia lève 3 millions.', ['Quelvia']],
    ['a capitalised demonym after an article', "L'Allemand Brixor rachète un site.", ['Brixor']],
    ['a demonym used as a noun', 'Il accueille à son capital le marseillais Quelvia.', ['Quelvia']],
    ['an amount after the name', "Il lance le fonds Brixor Dette de 40 millions d'euros.", ['Brixor Dette']],
  ])('leaves out %s', (_, text, names) => {
    expect(organisations(text)).toEqual(names);
  });

  it('reads two names joined by "et" as two organisations', () => {
    expect(organisations('Le tour réunit le fonds Brixor et Salvane Croissance.')).toEqual(['Brixor', 'Salvane Croissance']);
  });

  it('keeps the head a clinic or a foundation carries in its name', () => {
    expect(findOrganisations(sentence('La clinique Saint-Arlo ouvre un service.')).map((o) => [o.name, o.kind])).toEqual([
      ['Clinique Saint-Arlo', 'HOSPITAL'],
    ]);
  });

  it.each([
    ['Technopole', 'La Technopole de Valmorin accueille dix entreprises.', 'Technopole de Valmorin', 'INCUBATOR'],
    ['CCI', 'La CCI du Valmorin organise un salon.', 'CCI du Valmorin', 'AGENCY'],
    ['place + Métropole', 'Nîmes Métropole finance le projet.', 'Nîmes Métropole', 'PUBLIC_AUTHORITY'],
  ])('reads a %s head with its complement', (_, text, name, kind) => {
    expect(findOrganisations(sentence(text)).map((o) => [o.name, o.kind])).toContainEqual([name, kind]);
  });
});

describe('names in other positions than the subject', () => {
  it('reads every name listed after a plural cue noun', () => {
    expect(organisations('Cinq jeunes pousses comme Quelvia, Tarvo et Morlix exposent au salon.')).toEqual(['Quelvia', 'Tarvo', 'Morlix']);
  });

  it('reads a list of three or more single names', () => {
    expect(organisations("L'accélérateur suit déjà Quelvia, Tarvo, Morlix et Pelbran.")).toEqual(['Quelvia', 'Tarvo', 'Morlix', 'Pelbran']);
  });

  it('reads an English cue noun after a place word', () => {
    expect(findOrganisations(sentence('The Toulouse start-up Quelvia showed its device.')).map((o) => [o.name, o.kind])).toEqual([
      ['Quelvia', 'COMPANY'],
    ]);
  });

  it('reads the company a deal is about', () => {
    expect(organisations("L'acquisition de Tarvo a été conclue en mai.")).toEqual(['Tarvo']);
  });

  it('reads a name followed by what founded it', () => {
    expect(organisations('À Nîmes, Quelvia, fondée par Jean Morlix, recrute.')).toContain('Quelvia');
  });
});

describe('people named without an organisation in capitals', () => {
  it.each([
    ['a verb of speech', '« Nous grandissons », souligne Jean Morlix.', 'Jean Morlix'],
    ['a title', 'Le projet valorise les travaux du professeur Anne Tarvo.', 'Anne Tarvo'],
    ['a role in parentheses', 'Paul Brixen (CEO of Quelvia) spoke first.', 'Paul Brixen'],
    ['a role with no organisation named', 'Léa Morlix, directrice du site, présente les chiffres.', 'Léa Morlix'],
  ])('reads a person after or before %s', (_, text, name) => {
    expect(people(text)).toEqual([name]);
  });

  it('proposes the organisation of a person role as an actor too', () => {
    expect(actors('Léa Morlix, présidente de Brixane, a ouvert la séance.')).toEqual(['Léa Morlix', 'Brixane']);
  });
});
