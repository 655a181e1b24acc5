import { ofSiteKindSaid } from '../../src/services/ask/reading';
import { readShape } from '../support/askShapes';

/** A23ad: a funder's money of one instrument said first, where a start-up came from, a group's site narrowed by its kind. */

describe('shapes of family 35', () => {
  it('reads a funder with the instrument said first', () => {
    expect(readShape('Quels prêts Quux a-t-il octroyés')).toMatchObject({ operation: 'FUNDING', b: 'Quux' });
    expect(readShape('quelles subventions Quux a versées')).toMatchObject({ operation: 'FUNDING', b: 'Quux' });
    expect(readShape('which start-ups got a loan from Quux')).toMatchObject({ operation: 'FUNDING', b: 'Quux' });
    // A recipient's money of one instrument keeps its own shape.
    expect(readShape('quelles subventions Zorblat a-t-elle obtenues')).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
  });

  it('reads where a start-up spun out of or was incubated, from its side', () => {
    expect(readShape('where did Zorblat spin out from')).toMatchObject({ ties: ['SPUN_OFF_FROM'], direction: 'OUT', a: 'Zorblat' });
    expect(readShape('Zorblat a été incubée où')).toMatchObject({ ties: ['INCUBATED_BY'], direction: 'OUT', a: 'Zorblat' });
    expect(readShape('which incubator incubated Zorblat')).toMatchObject({ ties: ['INCUBATED_BY'], direction: 'OUT', a: 'Zorblat' });
  });

  it('reads what a person leads, from the person side', () => {
    expect(readShape('Zorb Quux est à la tête de quoi')).toMatchObject({ ties: ['LEADS'], direction: 'OUT', a: 'Zorb Quux' });
    expect(readShape('Zorb Quux dirige quoi')).toMatchObject({ ties: ['LEADS'], direction: 'OUT', a: 'Zorb Quux' });
    expect(readShape('what does Zorb Quux run')).toMatchObject({ ties: ['LEADS'], direction: 'OUT', a: 'Zorb Quux' });
    // The body's side keeps its own shape.
    expect(readShape('qui est à la tête de Zorblat')).toMatchObject({ ties: ['LEADS'], direction: 'IN', a: 'Zorblat' });
  });
});

describe('a group site narrowed by the kind of site said', () => {
  const sites = [{ actor: { name: 'Campus Zorb' } }, { actor: { name: 'Site de recherche Quux de Zorbes' } }];
  it('keeps the sites whose name says the kind', () => {
    expect(ofSiteKindSaid(['quux', 's', 'zorbes', 'research', 'site'], sites)).toEqual([sites[1]]);
  });
  it('keeps every site when no kind is said or none is so named', () => {
    expect(ofSiteKindSaid(['quux', 's', 'zorbes', 'site'], sites)).toEqual(sites);
    expect(ofSiteKindSaid(['quux', 'production', 'site'], sites)).toEqual(sites);
  });
});
