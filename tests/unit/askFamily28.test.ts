import { loadVocabulary } from '../../src/domain/vocabulary';
import { funderNature, PUBLIC_FUNDER_KINDS, saysFunderNature } from '../../src/services/ask/fundingConstraints';
import { matchShape, shapesOf } from '../../src/services/ask/grammar';
import { listCount, spanText, tokenize } from '../../src/services/ask/text';

/** A23w: the pure parts of money received from a funder, money promised, funders' nature, hiring to come and list counts. */

const shapes = shapesOf(loadVocabulary());

/** The operation and the slots a question's exact shape reads, as typed. */
function read(question: string) {
  const tokens = tokenize(question);
  const found = matchShape(shapes, tokens);
  return {
    operation: found?.shape.operation ?? null,
    a: found?.slots.a ? spanText(question, tokens, found.slots.a) : null,
    b: found?.slots.b ? spanText(question, tokens, found.slots.b) : null,
  };
}

describe('who received money from a funder (the superlative read apart before the shapes)', () => {
  it('reads the funder alone, its recipients being the answer', () => {
    expect(read("qui a touché d'argent de l'agence")).toEqual({ operation: 'FUNDING', a: null, b: "l'agence" });
    expect(read('quelles entreprises ont reçu des subventions du département')).toEqual({
      operation: 'FUNDING',
      a: null,
      b: 'département',
    });
    expect(read('who received money from the agency')).toEqual({ operation: 'FUNDING', a: null, b: 'the agency' });
    expect(read('which firms got funding from Zorblat Capital')).toEqual({ operation: 'FUNDING', a: null, b: 'Zorblat Capital' });
  });
});

describe('money promised or announced', () => {
  it('reads the funder and the recipient', () => {
    expect(read('combien Zorblat a promis à Quixo')).toEqual({ operation: 'FUNDING', a: 'Quixo', b: 'Zorblat' });
    expect(read('how much has Zorblat pledged to Quixo')).toEqual({ operation: 'FUNDING', a: 'Quixo', b: 'Zorblat' });
    expect(read('le montant annoncé par Zorblat pour Quixo')).toEqual({ operation: 'FUNDING', a: 'Quixo', b: 'Zorblat' });
  });
});

describe('hiring to come', () => {
  it('reads the name first or after the count of people', () => {
    expect(read("Quixo prévoit d'embaucher combien de personnes").operation).toBe('FIGURES');
    expect(read("Quixo prévoit d'embaucher combien de personnes").a).toBe('Quixo');
    expect(read('combien de personnes Quixo va recruter')).toEqual({ operation: 'FIGURES', a: 'Quixo', b: null });
    expect(read('how many people will Quixo hire')).toEqual({ operation: 'FIGURES', a: 'Quixo', b: null });
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
