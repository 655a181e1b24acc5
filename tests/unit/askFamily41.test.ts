import { readShape } from '../support/askShapes';

describe('since when two named actors are tied', () => {
  it('reads a partnership, the question words first or last', () => {
    expect(readShape('depuis quand Zorblat collabore avec Quuxia ?')).toMatchObject({
      operation: 'RELATED',
      ties: ['PARTNERS_WITH'],
      a: 'Zorblat',
      b: 'Quuxia',
    });
    expect(readShape('Zorblat travaille avec Quuxia depuis quand')).toMatchObject({ ties: ['PARTNERS_WITH'], a: 'Zorblat', b: 'Quuxia' });
    expect(readShape('since when has Zorblat been collaborating with Quuxia?')).toMatchObject({ ties: ['PARTNERS_WITH'], b: 'Quuxia' });
  });
  it('reads who heads a body', () => {
    expect(readShape('Jean Zorblat est à la tête de Quuxia depuis quand ?')).toMatchObject({
      ties: ['LEADS'],
      a: 'Quuxia',
      b: 'Jean Zorblat',
    });
    expect(readShape('since when has Jean Zorblat been the CEO of Quuxia')).toMatchObject({ ties: ['LEADS'], a: 'Quuxia' });
  });
  it('reads a membership', () => {
    expect(readShape('depuis quand Zorblat est membre de Quuxia')).toMatchObject({
      ties: ['MEMBER_OF', 'PART_OF'],
      a: 'Quuxia',
      b: 'Zorblat',
    });
    expect(readShape('since when has Zorblat been part of Quuxia?')).toMatchObject({ ties: ['MEMBER_OF', 'PART_OF'], a: 'Quuxia' });
  });
});
