import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import { namesOfProducts } from '../../../src/services/ingestion/reading/nameRules';
import { findOrganisations } from '../../../src/services/ingestion/reading/organisations';
import { findPeople } from '../../../src/services/ingestion/reading/people';

/** Names in lower-case heads, lists, coordinations and after prepositions, and what is no organisation: sentences of our own. */

const sentence = (text: string) => ({ start: 0, end: text.length, text });
const named = (text: string) => findOrganisations(sentence(text)).map((o) => [o.name, o.kind ?? null]);
const organisations = (text: string) => findOrganisations(sentence(text)).map((o) => o.name);
const people = (text: string) => findPeople(sentence(text)).map((p) => p.name);
const actors = (text: string) =>
  proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES })
    .proposals.filter((p) => p.kind === 'ACTOR')
    .map((p) => (p.kind === 'ACTOR' ? p.name : ''));

describe('a head noun written in lower case', () => {
  it.each([
    ["Elle travaille avec l'université de Valmorin.", 'Université de Valmorin', 'UNIVERSITY'],
    ["Les essais ont lieu à l'hôpital universitaire de Brixen.", 'Hôpital universitaire de Brixen', 'HOSPITAL'],
    ["Le projet associe l'université Paul-Morlix.", 'Université Paul-Morlix', 'UNIVERSITY'],
    ['Le centre hospitalier de Valmorin recrute.', 'Centre hospitalier de Valmorin', 'HOSPITAL'],
  ])('"%s" names %s', (text, name, kind) => {
    expect(named(text)).toContainEqual([name, kind]);
  });

  it('keeps the words it stands on as written, for the quote', () => {
    const [university] = findOrganisations(sentence("Elle travaille avec l'université de Valmorin."));
    expect(university?.text).toBe('université de Valmorin');
  });

  it('leaves an adjective before a name out of the name', () => {
    expect(organisations("Elle rejoint l'université privée Morlix.")).not.toContain('Université privée Morlix');
  });
});

describe('a capitalised head and its complement', () => {
  it('takes lower-case adjectives before "de X" into the name', () => {
    expect(organisations("Le président de l'Université fédérale de Valmorin parle.")).toEqual(['Université fédérale de Valmorin']);
    expect(organisations("L'Institut universitaire du cancer de Brixen ouvre.")).toEqual(['Institut universitaire du cancer de Brixen']);
  });

  it('takes "et de X" into the name, but not a second head', () => {
    expect(organisations("L'Institut de Recherche en Optique et de Photonique ouvre.")).toEqual([
      'Institut de Recherche en Optique et de Photonique',
    ]);
    expect(organisations("Le projet du CHU de Valmorin et de l'Université de Valmorin avance.")).toEqual([
      'CHU de Valmorin',
      'Université de Valmorin',
    ]);
  });

  it('reads an all lower-case complement up to a bracket, a comma or "du" + an acronym', () => {
    expect(named("Il réunit Épargne Valmorin et l'Agence régionale des projets stratégiques (ARPS).")).toContainEqual([
      'Agence régionale des projets stratégiques',
      'AGENCY',
    ]);
    expect(named('Spin-off du Laboratoire de recherche en sciences du sol du CNRS, elle grandit.')).toContainEqual([
      'Laboratoire de recherche en sciences du sol',
      'RESEARCH_UNIT',
    ]);
  });

  it('does not take the object of a verb into a lower-case complement', () => {
    expect(organisations("L'Agence régionale de santé finance le projet, dit-il.")).not.toContain(
      'Agence régionale de santé finance le projet',
    );
  });

  it('reads no head inside a brand with an apostrophe', () => {
    expect(organisations("Il dirige l'accélérateur Innov'Pôle Santé.")).not.toContain('Pôle Santé');
  });
});

describe('names in lists and coordinations', () => {
  it('reads lists of names of several words, with or without "et"', () => {
    expect(organisations('Le BIC, composé des pépinières Cap Nord, Cap Sud et le MIBO, grandit.')).toEqual(
      expect.arrayContaining(['Cap Nord', 'Cap Sud', 'MIBO']),
    );
    expect(organisations('Sont présents Quelvia Labs, Tarvo-NT, Morlix Networks, Brixane Conseil qui vont aider.')).toEqual(
      expect.arrayContaining(['Tarvo-NT', 'Morlix Networks', 'Brixane Conseil']),
    );
  });

  it('leaves the communes of a list to the places', () => {
    expect(actors('3 CHU Valmorin, Nîmes et Toulouse')).toEqual(expect.arrayContaining(['CHU de Nîmes', 'CHU de Toulouse']));
    expect(organisations('3 CHU Valmorin, Nîmes et Toulouse')).toEqual(['CHU Valmorin']);
  });

  it('reads two names after words that announce members', () => {
    expect(organisations('Le fonds a deux bras, à savoir Épargne Valmorin et Garonne Avenir.')).toEqual(
      expect.arrayContaining(['Épargne Valmorin', 'Garonne Avenir']),
    );
  });

  it('does not read two names joined by "et" alone as a list', () => {
    expect(organisations('Il cite Jean Morlix et Anne Tarvo.')).toEqual([]);
  });

  it('keeps the kind a listed name shape gives', () => {
    expect(named('Le tour réunit Azur Capital, Brixane et Morlix.')).toContainEqual(['Azur Capital', 'FUND']);
  });

  it('reads a name coordinated with an organisation', () => {
    expect(organisations('Les Laboratoires Tarvo and Morlix make most of it.')).toEqual(['Laboratoires Tarvo', 'Morlix']);
  });

  it('reads one name after avec, chez or par', () => {
    expect(organisations('Le projet est mené en partenariat avec Quelvia cette année.')).toEqual(['Quelvia']);
    expect(organisations('Elle a travaillé chez Tarvo pendant dix ans.')).toEqual(['Tarvo']);
  });
});

describe('what is not an organisation', () => {
  it('drops a demonym after a cue noun', () => {
    expect(organisations("Le groupe Allemand Tarvo s'installe.")).toEqual(['Tarvo']);
  });

  it('reads no acronym in a heading in capitals nor in the tail of a brand', () => {
    expect(organisations("PRIX DE L'OFFRE : 20 euros.")).toEqual([]);
    expect(organisations('Le J.POD ouvre.')).not.toContain('POD');
  });

  it('finds products and tickers by their nouns and signs', () => {
    expect([...namesOfProducts('Le test salivaire Quelvix sort. (Euronext Growth Paris : ALQX)')]).toEqual(['Quelvix', 'ALQX']);
    expect([...namesOfProducts('They funded the Quelvix test.')]).toEqual(['Quelvix']);
    expect([...namesOfProducts('Le vaccin de Tarvo avance.')]).toEqual([]);
  });

  it('does not propose a product as an actor anywhere in the document', () => {
    expect(actors('Le test salivaire QuelVix sort en mai. QuelVix est fiable.')).not.toContain('QuelVix');
  });

  it('proposes no bare generic head and reads "le Conseil régional" as the region', () => {
    expect(actors('La SATT et la CCI aident les start-up.')).toEqual([]);
    expect(actors('En Occitanie, le Conseil régional finance Quelvia.')).toContain('Région Occitanie');
  });

  it('does not propose the publisher whose site name a byline starts with', () => {
    expect(actors('ExemPlo Tarn\nhttps://www.exemplo-tarn.fr/article\nLa start-up Quelvia grandit.')).toEqual(['Quelvia']);
  });
});

describe('people by who leads or speaks', () => {
  it.each([
    ['présidée par', "L'agence Quelvia, présidée par Jean Morlix, recrute.", 'Jean Morlix'],
    ['fondée en … par son président', 'Fondée en 2003 par son président actuel, Anne Tarvo, la société grandit.', 'Anne Tarvo'],
    ['son président', 'Interview de son Président Paul Brixen à Nîmes.', 'Paul Brixen'],
    ['se réjouit', "« C'est une étape », se réjouit Paul Brixen.", 'Paul Brixen'],
  ])('reads a person after %s', (_, text, name) => {
    expect(people(text)).toEqual([name]);
  });
});
