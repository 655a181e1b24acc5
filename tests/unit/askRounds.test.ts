import { periodSpans, spanText, tokenize } from '../../src/services/ask/text';

/** A23k: a year beside a round word dates the round. */
describe('a year beside a round word', () => {
  const periodsOf = (question: string) => {
    const tokens = tokenize(question);
    return periodSpans(tokens).map((span) => spanText(question, tokens, span));
  };

  it('is a period, before or after the round word', () => {
    expect(periodsOf("who put money into Quux's 2018 round")).toEqual(['2018']);
    expect(periodsOf('la levée 2020 de Quux')).toEqual(['2020']);
    expect(periodsOf('la levée de fonds 2019 de Quux')).toEqual(['2019']);
    expect(periodsOf('les investisseurs de la levée de 2021 de Quux')).toEqual(['2021']);
  });

  it('takes the round words with it after `lors`/`during`, and a series with its letter, so they are never read as a name', () => {
    expect(periodsOf('Quux : qui a misé lors du tour de 2019 ?')).toEqual(['lors du tour de 2019']);
    expect(periodsOf('who backed Quux during the 2022 round')).toEqual(['during the 2022 round']);
    expect(periodsOf('Quux series A 2021, which funds?')).toEqual(['series A 2021']);
    expect(periodsOf('the 2023 series C of Quux')).toEqual(['2023 series C']);
  });

  it('stays part of a name elsewhere', () => {
    expect(periodsOf('qui finance le plan Zorblat 2030 ?')).toEqual([]);
  });
});
