import { programmeCueLength } from '../../src/services/ask/reading';
import { preambleBeforeColon } from '../../src/services/ask/scaffolding';
import { tokenize } from '../../src/services/ask/text';
import { readShape } from '../support/askShapes';

/** A23ac: preambles before a colon, lists said `based in`, support before a programme, founders, investors behind, an IPO. */

describe('a preamble of the asker before a colon', () => {
  it('leaves the question after the colon', () => {
    expect(preambleBeforeColon('Je rédige un rapport pour mon équipe : quels labos bossent sur Zorb ?')).toMatchObject({
      question: 'quels labos bossent sur Zorb ?',
      topic: null,
    });
    expect(preambleBeforeColon('For a memo to the board: which funds back Zorblat?')?.question).toBe('which funds back Zorblat?');
  });

  it('keeps the topic when the question points back to it with a pronoun', () => {
    expect(preambleBeforeColon('Je prépare un mémo sur Zorblat : qui sont ses financeurs ?')?.topic).toBe('Zorblat');
    expect(preambleBeforeColon("I'm writing about Zorblat: who invested in it?")?.topic).toBe('Zorblat');
    // No pronoun: the question names what it asks about.
    expect(preambleBeforeColon('Pour une note sur le site Zorb : qui a financé Quux ?')?.topic).toBeNull();
  });

  it('is none when a name opens the question or no question word follows the colon', () => {
    expect(preambleBeforeColon('Zorblat Lab : qui le dirige ?')).toBeNull();
    expect(preambleBeforeColon('Je cherche ceci : Zorblat et ses partenaires')).toBeNull();
  });
});

describe('support said before a programme', () => {
  it('is a cue of one or more words', () => {
    expect(programmeCueLength(tokenize('start-ups soutenues via le plan Zorb'), 2)).toBe(2);
    expect(programmeCueLength(tokenize('start-ups qui ont bénéficié de Zorb'), 4)).toBe(0);
    expect(programmeCueLength(tokenize('firms that got support under Zorb'), 2)).toBe(3);
    expect(programmeCueLength(tokenize('funded by the State through Zorb'), 4)).toBe(1);
    expect(programmeCueLength(tokenize('entreprises de Zorb'), 1)).toBe(0);
  });
});

describe('shapes of family 34', () => {
  it('reads founders said with co- or in the passive', () => {
    for (const question of [
      'who co-founded Zorblat',
      'Zorblat was co-founded by whom',
      'which organisations founded Zorblat',
      'Zorblat a été cofondé par qui',
      'par qui Zorblat a-t-il été créé',
      'quelles structures ont cofondé Zorblat',
    ])
      expect(readShape(question)).toMatchObject({ operation: 'RELATED', ties: ['FOUNDED', 'CARRIES'], a: 'Zorblat' });
  });

  it('reads a list by place as no campus question', () => {
    // Only the yes-or-no place shape takes it (`{a} is based in {b}`), with no name for {a}: the list reading answers.
    expect(readShape('which companies are based in Zorbes')?.operation).not.toBe('RELATED');
    expect(readShape('which companies are located in the Zorb campus')).toMatchObject({ operation: 'RELATED', a: 'Zorb' });
  });

  it('reads investors behind an actor, a raise at a listing and a funder recipients with the kind first', () => {
    expect(readShape('which investors are behind Zorblat')).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
    expect(readShape('how much did Zorblat raise at its IPO')).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
    expect(readShape('Zorblat a levé combien lors de son introduction en bourse')).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
    expect(readShape('quelles entreprises Quux a-t-il aidées')).toMatchObject({ operation: 'FUNDING', b: 'Quux' });
  });
});
