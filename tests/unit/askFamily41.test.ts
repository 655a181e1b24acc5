import { loadVocabulary } from '../../src/domain/vocabulary';
import { actorNamesIn, comparisonIn } from '../../src/services/ask/comparison';
import { Lexicon } from '../../src/services/ask/lexicon';
import { metricsJoined } from '../../src/services/ask/metricsJoined';
import { tokenize } from '../../src/services/ask/text';
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
      direction: 'OUT',
      a: 'Zorblat',
      b: 'Quuxia',
    });
    expect(readShape('quand Zorblat a-t-elle rejoint Quuxia ?')).toMatchObject({ direction: 'OUT', a: 'Zorblat', b: 'Quuxia' });
    expect(readShape('since when has Zorblat been part of Quuxia?')).toMatchObject({ ties: ['MEMBER_OF', 'PART_OF'], a: 'Zorblat' });
  });
});

const vocabulary = loadVocabulary();
const lexicon = new Lexicon(vocabulary, []);

/** Reads a comparison with two invented names, `Zorblat` and `Quuxia` (and `Quux Labs`), as the graph would name them. */
function compared(question: string) {
  const tokens = tokenize(question);
  const ids: Record<string, string> = { zorblat: 'zorblat', quuxia: 'quuxia', quuxlabs: 'quux-labs' };
  const names = actorNamesIn(
    tokens,
    (key) => ids[key] ?? null,
    (word) => lexicon.knows(word),
  );
  return comparisonIn(tokens, names, (span) => lexicon.metricsIn(tokens, span));
}

describe('two named actors compared', () => {
  it('reads `X ou Y, lequel …` with a metric, and the staff asked by a verb', () => {
    expect(compared('Zorblat ou Quuxia, laquelle a le plus de salariés ?')?.compared).toMatchObject({
      by: 'FIGURES',
      metrics: ['EMPLOYEES'],
    });
    expect(compared('qui emploie le plus, Zorblat ou Quux Labs ?')?.compared).toMatchObject({ by: 'FIGURES', metrics: ['EMPLOYEES'] });
  });
  it('reads money, `vs` and `than`', () => {
    expect(compared('Zorblat vs Quuxia funding')?.compared.by).toBe('FUNDING');
    expect(compared('Zorblat ou Quuxia : qui a reçu le plus d’argent ?')?.compared.by).toBe('FUNDING');
    expect(compared('Is Zorblat bigger than Quuxia?')?.compared).toMatchObject({ by: 'FIGURES', metrics: ['EMPLOYEES', 'REVENUE_EUR'] });
    expect(compared('compare Zorblat and Quuxia revenue')?.compared).toMatchObject({ metrics: ['REVENUE_EUR'] });
  });
  it('reads no comparison without a word choosing one, or with nothing to compare', () => {
    expect(compared('qui finance Zorblat ou Quuxia ?')).toBeNull();
    expect(compared('Zorblat et Quuxia travaillent ensemble ?')).toBeNull();
    expect(compared('Zorblat vs Quuxia')).toBeNull();
    expect(compared('who funds Zorblat other than Quuxia')).toBeNull();
  });
});

describe('two metrics asked at once', () => {
  it('reads the question with its first metric, the joined one asked beside it', () => {
    expect(metricsJoined("quel est l'effectif et le chiffre d'affaires de Zorblat ?", lexicon)).toEqual({
      question: "quel est l'effectif de Zorblat ?",
      more: [{ metric: 'REVENUE_EUR', text: "chiffre d'affaires" }],
    });
    expect(metricsJoined('how many staff and how much revenue does Zorblat have', lexicon)?.question).toBe(
      'how many staff does Zorblat have',
    );
  });
  it('joins nothing when the metrics are apart or alone', () => {
    expect(metricsJoined('combien de salariés chez Zorblat', lexicon)).toBeNull();
    expect(metricsJoined('salariés de Zorblat, et Quuxia a quel chiffre d’affaires', lexicon)).toBeNull();
  });
});

describe('a third name, the one who gave', () => {
  it('reads the funder named after `from` or `de`, the two others compared', () => {
    const tokens = tokenize('Which lab got more money from the Foo Bank, Zorblat or Quuxia?');
    const ids: Record<string, string> = { zorblat: 'zorblat', quuxia: 'quuxia', foobank: 'foo-bank' };
    const names = actorNamesIn(
      tokens,
      (key) => ids[key] ?? null,
      (word) => lexicon.knows(word),
    );
    const reading = comparisonIn(tokens, names, (span) => lexicon.metricsIn(tokens, span));
    expect(reading?.compared.by).toBe('FUNDING');
    expect(reading?.funder).toEqual(names[0]!.span);
    expect(reading?.first).toEqual(names[1]!.span);
  });
  it('reads no comparison when a third name gives nothing', () => {
    expect(compared('Zorblat ou Quuxia ou Quux Labs, lequel a le plus de salariés ?')).toBeNull();
  });
});

describe('funders and recipients asked with a question word', () => {
  it('reads `quels sont les financeurs de X` and the recipients of a funder', () => {
    expect(readShape('quels sont les financeurs de Zorblat ?')).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
    expect(readShape('which recipients got money from the Quux Bank?')).toMatchObject({ operation: 'FUNDING', b: 'the Quux Bank' });
    expect(readShape("les bénéficiaires de l'argent de la Quuxie")).toMatchObject({ operation: 'FUNDING', b: 'la Quuxie' });
  });
});
