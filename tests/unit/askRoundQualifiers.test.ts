import { roundQualifiers } from '../../src/services/ask/fundingConstraints';
import { plannedSpan, spanText, tokenize } from '../../src/services/ask/text';

/** A23p: words a money answer cannot apply (who led a round, which came first), and a figure asked as a plan. */
describe('the words singling out a funder by its role in a round or by order', () => {
  const qualifiersOf = (question: string) => roundQualifiers(question, tokenize(question));

  it('are the lead words, as typed', () => {
    expect(qualifiersOf('qui a mené la levée de Quux')).toEqual(['mené']);
    expect(qualifiersOf("who led Quux's raise")).toEqual(['led']);
    expect(qualifiersOf('lead investor of Quux')).toEqual(['lead']);
    expect(qualifiersOf('chef de file du tour de Quux')).toEqual(['chef de file']);
  });

  it('are the order words too', () => {
    expect(qualifiersOf('premier financeur de Quux')).toEqual(['premier']);
    expect(qualifiersOf('qui a financé la dernière levée de Quux')).toEqual(['dernière']);
    expect(qualifiersOf("who were the first investors in Quux's latest round")).toEqual(['first', 'latest']);
  });

  it('are the words saying a funder is new, public or private', () => {
    expect(qualifiersOf('nouveaux investisseurs de Quux')).toEqual(['nouveaux']);
    expect(qualifiersOf('financeurs publics de Quux')).toEqual(['publics']);
    expect(qualifiersOf('private investors in Quux')).toEqual(['private']);
  });

  it('are none in a plain money question', () => {
    expect(qualifiersOf('qui a investi dans Quux')).toEqual([]);
    expect(qualifiersOf('who funded Quux in 2021')).toEqual([]);
  });
});

describe('a figure asked as a plan', () => {
  const plannedOf = (question: string, hasMetric = true) => {
    const tokens = tokenize(question);
    const span = plannedSpan(tokens, hasMetric);
    return span ? spanText(question, tokens, span) : null;
  };

  it('is the plan words beside a metric', () => {
    expect(plannedOf('emplois prévus chez Quux')).toBe('prévus');
    expect(plannedOf('combien de postes à créer chez Quux')).toBe('à créer');
    expect(plannedOf('jobs to be created by Quux')).toBe('to be created');
    expect(plannedOf('Quux planned headcount')).toBe('planned');
  });

  it('is nothing without a metric asked, or without plan words', () => {
    expect(plannedOf('qui a prévu de racheter Quux', false)).toBeNull();
    expect(plannedOf('effectifs de Quux')).toBeNull();
  });
});
