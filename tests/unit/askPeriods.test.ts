import { periodSpans, spanText, tokenize } from '../../src/services/ask/text';

/** Periods in a question are found so they can be reported as not applied; a year inside a name is left alone. */
const periodsOf = (question: string) => {
  const tokens = tokenize(question);
  return periodSpans(tokens).map((span) => spanText(question, tokens, span));
};

describe('periods in a question', () => {
  it('finds a year after a period word, in French and English', () => {
    expect(periodsOf('qui a aidé la boîte depuis 2017 ?')).toEqual(['depuis 2017']);
    expect(periodsOf('who backed the firm in 2023')).toEqual(['in 2023']);
  });

  it('takes a range of two years as one period', () => {
    expect(periodsOf('aides entre 2017 et 2020 pour la filière')).toEqual(['entre 2017 et 2020']);
  });

  it('leaves a year that is part of a name', () => {
    expect(periodsOf('qui gère le plan France 2030 ?')).toEqual([]);
  });
});
