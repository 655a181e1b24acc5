import { actors, organisations, ties } from '../../support/ingestionOfOurText';

describe('a region and a metropolis joined by "et de"', () => {
  it('reads two authorities, not one name', () => {
    const read = organisations("Le projet reçoit l'appui de la Région Occitanie et de Albi Métropole depuis 2022.");
    expect(read).toEqual(expect.arrayContaining(['Région Occitanie', 'Albi Métropole']));
    expect(read.some((name) => name.includes(' et de '))).toBe(false);
  });

  it('still reads a head whose name goes on with "et de" ("Institut de Recherche en A et de B")', () => {
    expect(organisations("L'Institut de Recherche en Chimie et de Physique a ouvert un laboratoire.")).toContain(
      'Institut de Recherche en Chimie et de Physique',
    );
  });
});

describe('a list closed by "et" in which one item is an organisation', () => {
  it('reads a name after an elided "d\'" listed with acronyms', () => {
    expect(organisations("Ce laboratoire, placé sous la tutelle d'Orvanel, du CNRS et de l'INSA, compte 40 chercheurs.")).toContain(
      'Orvanel',
    );
  });

  it('reads a name listed before an agency after a colon', () => {
    const read = organisations(
      'Le dispositif tient en deux outils : Capital Exemple Sud et l’Agence régionale des projets stratégiques (ARPS).',
    );
    expect(read).toContain('Capital Exemple Sud');
  });

  it('reads nothing from a list of places or of people', () => {
    expect(organisations('Le CNRS, Albi et Castres accueillent le congrès.')).not.toContain('Albi');
    expect(organisations('La tribune est signée par Jeanne Exemple et le CNRS.')).not.toContain('Jeanne Exemple');
  });

  it('reads no adverb opening the sentence as a listed name', () => {
    expect(organisations('Ainsi, le CNRS et l’Inserm financent la chaire.')).not.toContain('Ainsi');
  });
});

describe('English small words inside a name', () => {
  it('reads "X in Y" and "X by Y" whole in a French sentence', () => {
    expect(organisations('Fondée en 2015, Walk in Care est un essaimage de la clinique.')).toContain('Walk in Care');
    expect(organisations('Le Hub by Exemplo accueille douze start-up à Nîmes.')).toContain('Hub by Exemplo');
  });

  it('reads a place after "in" in an English sentence as a place, not a name', () => {
    expect(organisations('Nuvelia in Toulouse: a year after the merger', 'en')).not.toContain('Nuvelia in Toulouse');
  });

  it('reads no participle before "by" as a name', () => {
    expect(organisations('The company was Backed by Exemplo Capital, its first investor.', 'en')).not.toContain(
      'Backed by Exemplo Capital',
    );
  });

  it('gives the ties of a name with "in" inside', () => {
    expect(ties('Fondée par une chirurgienne, Walk in Care est un essaimage du Centre Exemple.')).toEqual(
      expect.arrayContaining(['Walk in Care -SPUN_OFF_FROM-> Centre Exemple']),
    );
  });
});

describe('two chambers sharing one complement', () => {
  it('reads "la CCI et la CMA du Tarn" as two chambers of the Tarn', () => {
    const read = organisations('La pépinière a été créée par la CCI et la CMA du Tarn.');
    expect(read).toEqual(expect.arrayContaining(['CCI du Tarn', 'CMA du Tarn']));
  });
});

describe('an organisation said by what it was made', () => {
  it('reads the subject of "a été fondée par" and of "est une start-up"', () => {
    expect(actors('À Albi, Nuvelia a été fondée par deux anciens chercheurs.')).toContain('Nuvelia');
    expect(actors('Depuis 2019, Orvanel est une start-up de la santé connectée.')).toContain('Orvanel');
  });
});

describe("a group's site named in English with words between the commune and the noun", () => {
  it('reads "its Aignan active-ingredient site" as the group\'s site', () => {
    const read = actors('The drugmaker Exemplia is expanding its Aignan active-ingredient site, which employs 300 people.', 'en');
    expect(read).toContain("Site Exemplia d'Aignan");
  });
});
