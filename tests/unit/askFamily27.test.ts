import { tokenizeQuestion } from '../../src/services/ask/text';
import { readShape } from '../support/askShapes';

/** Ties said in words the reader did not know (A23v): which shape reads a question, its tie kinds and its slots. No database. */

const MEMBERS = { ties: ['MEMBER_OF', 'PART_OF'], direction: 'IN' };
const OWNERS = { ties: ['TOOK_OVER', 'HOLDS_SHARES_IN'], direction: 'IN', reversed: ['PART_OF'] };
const OWNED = { ties: ['PART_OF'], direction: 'IN', reversed: ['TOOK_OVER'] };

describe('members and parts said with a verb of gathering (A23v)', () => {
  it('reads the gathering body as the subject, the members before or after the verb', () => {
    expect(readShape('qui Zorblat fédère ?')).toMatchObject({ relation: MEMBERS, a: 'Zorblat' });
    expect(readShape('quelles boîtes Zorblat rassemble')).toMatchObject({ relation: MEMBERS, a: 'Zorblat', f: 'boîtes' });
    expect(readShape('quelles cliniques réunit Zorblat')).toMatchObject({ relation: MEMBERS, a: 'Zorblat', f: 'cliniques' });
    expect(readShape('what does Zorblat bring together')).toMatchObject({ relation: MEMBERS, a: 'Zorblat' });
    expect(readShape('Zorblat gathers which companies')).toMatchObject({ relation: MEMBERS, a: 'Zorblat', f: 'companies' });
    expect(readShape("Zorblat's member firms")).toMatchObject({ relation: MEMBERS, a: 'Zorblat' });
    expect(readShape('les acteurs du réseau Zorblat')).toMatchObject({ relation: MEMBERS, a: 'Zorblat' });
  });

  it('leaves the shapes read before unchanged', () => {
    expect(readShape('quels sont les membres du pôle Zorblat')?.relation).toMatchObject(MEMBERS);
    expect(readShape('qui fait partie du consortium Zorblat')?.relation).toMatchObject(MEMBERS);
  });
});

describe('owners and what they own (A23v)', () => {
  it('reads an owner after `owned by` and whose subsidiary a node is', () => {
    expect(readShape('the hospitals owned by Zorblat')).toMatchObject({ relation: OWNED, a: 'Zorblat', f: 'hospitals' });
    expect(readShape('Zorblat est une filiale de quel groupe ?')).toMatchObject({ relation: OWNERS, a: 'Zorblat' });
    expect(readShape('Zorblat is a subsidiary of which company')).toMatchObject({ relation: OWNERS, a: 'Zorblat' });
    expect(readShape("Zorblat's parent company")).toMatchObject({ relation: OWNERS, a: 'Zorblat' });
    expect(readShape('who has controlled Zorblat')).toMatchObject({ relation: OWNERS, a: 'Zorblat' });
  });

  it('reads a buyer named with a kind of group after `par quel groupe`, the words after it a filter', () => {
    expect(readShape('Zorblat a été acquise par quel groupe allemand ?')).toMatchObject({
      relation: { ties: ['TOOK_OVER'], direction: 'IN' },
      a: 'Zorblat',
      f: 'allemand',
    });
  });

  it('reads the shareholders of a node said as entering its capital', () => {
    expect(readShape('qui est entré au capital de Zorblat')).toMatchObject({
      relation: { ties: ['HOLDS_SHARES_IN'], direction: 'IN' },
      a: 'Zorblat',
    });
  });

  it('reads what a body absorbed as its takeovers and the bodies now part of it', () => {
    expect(readShape('Zorblat a absorbé quel réseau ?')).toMatchObject({
      relation: { ties: ['TOOK_OVER'], direction: 'OUT', reversed: ['PART_OF'] },
      a: 'Zorblat',
    });
  });
});

describe('labels from either side (A23v)', () => {
  it('tells the labeller from the labelled by the agreement of the verb', () => {
    expect(readShape('quelles start-ups a labellisées Zorblat')).toMatchObject({
      relation: { ties: ['LABELLED'], direction: 'OUT' },
      a: 'Zorblat',
    });
    expect(readShape('quels pôles ont labellisé Zorblat')).toMatchObject({
      relation: { ties: ['LABELLED'], direction: 'IN' },
      a: 'Zorblat',
    });
    expect(readShape('Zorblat est labellisée par quel pôle')).toMatchObject({
      relation: { ties: ['LABELLED'], direction: 'IN' },
      a: 'Zorblat',
    });
    expect(readShape('which cluster labelled Zorblat')).toMatchObject({ relation: { ties: ['LABELLED'], direction: 'IN' }, a: 'Zorblat' });
  });
});

describe('who is behind or in charge (A23v)', () => {
  it('asks the people heading a node and the bodies running, carrying or founding it', () => {
    expect(readShape('qui se cache derrière Zorblat')?.relation?.ties).toEqual(['LEADS', 'RUNS', 'FOUNDED', 'CARRIES', 'PILOTS']);
    expect(readShape("who's behind Zorblat")?.relation?.ties).toEqual(['LEADS', 'RUNS', 'FOUNDED', 'CARRIES', 'PILOTS']);
    expect(readShape('qui tient les rênes de Zorblat')).toMatchObject({ relation: { ties: ['LEADS', 'RUNS', 'PILOTS'] }, a: 'Zorblat' });
  });
});

describe('connections asked loosely (A23v)', () => {
  it('reads two names and a link word, an arrow or working together as paths between them', () => {
    for (const question of [
      'Zorblat et Quixo : quelle connexion ?',
      'Zorblat <-> Quixo',
      'Zorblat ↔ Quixo',
      'some connection between Zorblat and Quixo?',
      'Zorblat et Quixo travaillent ensemble ?',
      'do Zorblat and Quixo work together',
      'does Zorblat collaborate with Quixo',
    ])
      expect(readShape(question)).toMatchObject({ operation: 'PATHS', a: 'Zorblat', b: 'Quixo' });
  });

  it('keeps `en lien avec` a list of tied actors', () => {
    expect(readShape('entreprises en lien avec Zorblat')?.operation).toBe('TIED_TO');
  });

  it('reads an arrow as a word of its own, in its place', () => {
    const question = 'Zorblat <-> Quixo';
    const tokens = tokenizeQuestion(question);
    expect(tokens.map((token) => token.folded)).toEqual(['zorblat', 'linkarrow', 'quixo']);
    expect(question.slice(tokens[1]!.start, tokens[1]!.end)).toBe('<->');
  });
});
