import { loadVocabulary } from '../../src/domain/vocabulary';
import { Lexicon } from '../../src/services/ask/lexicon';
import { metricsJoined } from '../../src/services/ask/metricsJoined';

const lexicon = new Lexicon(loadVocabulary(), []);

describe('a second metric asked after the name (family 44)', () => {
  it('reads `METRIC de X et combien de METRIC ?` as both metrics of X', () => {
    expect(metricsJoined("chiffre d'affaires de Zorblat et combien d'emplois ?", lexicon)).toEqual({
      question: "chiffre d'affaires de Zorblat ?",
      more: [{ metric: 'JOBS', text: 'emplois' }],
    });
    expect(metricsJoined('revenue of Zorblat and how many employees', lexicon)?.question).toBe('revenue of Zorblat');
  });
  it('joins nothing when the last metric is not at the end or has no `et|and` before it', () => {
    expect(metricsJoined("chiffre d'affaires de Zorblat et combien d'emplois chez Quuxia", lexicon)).toBeNull();
    expect(metricsJoined("effectif de Zorblat, Quuxia a quel chiffre d'affaires", lexicon)).toBeNull();
  });
});
