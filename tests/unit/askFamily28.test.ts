import { funderNature, PUBLIC_FUNDER_KINDS, saysFunderNature } from '../../src/services/ask/fundingConstraints';
import { listCount, tokenize } from '../../src/services/ask/text';
import { readShape } from '../support/askShapes';

/** A23w: the pure parts of money received from a funder, money promised, funders' nature, hiring to come and list counts. */

describe('who received money from a funder (the superlative read apart before the shapes)', () => {
  it('reads the funder alone, its recipients being the answer', () => {
    expect(readShape("qui a touché d'argent de l'agence")).toMatchObject({ operation: 'FUNDING', a: undefined, b: "l'agence" });
    expect(readShape('quelles entreprises ont reçu des subventions du département')).toMatchObject({
      operation: 'FUNDING',
      a: undefined,
      b: 'département',
    });
    expect(readShape('who received money from the agency')).toMatchObject({ operation: 'FUNDING', a: undefined, b: 'the agency' });
    expect(readShape('which firms got funding from Zorblat Capital')).toMatchObject({
      operation: 'FUNDING',
      a: undefined,
      b: 'Zorblat Capital',
    });
  });
});

describe('money promised or announced', () => {
  it('reads the funder and the recipient', () => {
    expect(readShape('combien Zorblat a promis à Quixo')).toMatchObject({ operation: 'FUNDING', a: 'Quixo', b: 'Zorblat' });
    expect(readShape('how much has Zorblat pledged to Quixo')).toMatchObject({ operation: 'FUNDING', a: 'Quixo', b: 'Zorblat' });
    expect(readShape('le montant annoncé par Zorblat pour Quixo')).toMatchObject({ operation: 'FUNDING', a: 'Quixo', b: 'Zorblat' });
  });
});

describe('hiring to come', () => {
  it('reads the name first or after the count of people', () => {
    expect(readShape("Quixo prévoit d'embaucher combien de personnes")?.operation).toBe('FIGURES');
    expect(readShape("Quixo prévoit d'embaucher combien de personnes")?.a).toBe('Quixo');
    expect(readShape('combien de personnes Quixo va recruter')).toMatchObject({ operation: 'FIGURES', a: 'Quixo', b: undefined });
    expect(readShape('how many people will Quixo hire')).toMatchObject({ operation: 'FIGURES', a: 'Quixo', b: undefined });
  });
});

describe('the nature of funders asked', () => {
  const nature = (question: string) => funderNature(question, tokenize(question));

  it('is public or private, as typed', () => {
    expect(nature('aides publiques reçues par Quixo')).toEqual({ text: 'publiques', nature: 'PUBLIC' });
    expect(nature('public funding of Quixo')).toEqual({ text: 'public', nature: 'PUBLIC' });
    expect(nature('les investisseurs privés de Quixo')).toEqual({ text: 'privés', nature: 'PRIVATE' });
  });

  it('is none when neither or both are asked', () => {
    expect(nature('financements de Quixo')).toBeNull();
    expect(nature('financeurs publics et privés de Quixo')).toBeNull();
  });

  it('counts public authorities and agencies as public, and no fund', () => {
    expect(PUBLIC_FUNDER_KINDS).toEqual(['PUBLIC_AUTHORITY', 'AGENCY']);
    expect(saysFunderNature('publiques')).toBe(true);
    expect(saysFunderNature('fonds')).toBe(false);
  });
});

describe('a count said beside a list', () => {
  it('is a count of two to fifty, in digits or words', () => {
    expect(listCount('3')).toBe(3);
    expect(listCount('deux')).toBe(2);
    expect(listCount('three')).toBe(3);
    expect(listCount('quatre')).toBe(4);
  });

  it('is none for a year, one, or more than one word', () => {
    expect(listCount('2023')).toBeNull();
    expect(listCount('1')).toBeNull();
    expect(listCount('3 CHU')).toBeNull();
    expect(listCount('Toulouse')).toBeNull();
  });
});
