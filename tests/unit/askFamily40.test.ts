import { askedAmounts, sameAmount } from '../../src/services/ask/askedAmount';
import { asksWhoGave, classifierDoubt } from '../../src/services/ask/classifierGuard';
import { splitAtTurn, withNameForPronoun } from '../../src/services/ask/pronouns';
import { fundsAPronoun } from '../../src/services/ask/reading';
import { tokenize, tokenizeQuestion } from '../../src/services/ask/text';

/** A23ag (family 40): a classifier's guess never answered as sure, pronoun follow-ups, amounts said in the question. */

const amountsOf = (question: string) =>
  askedAmounts(question, tokenizeQuestion(question)).map(({ text, eur }) => ({ text, eur: Math.round(eur) }));

describe('who gave, asked with `qui` or `who` as the subject of a money verb', () => {
  it('is asked by an active money verb, whatever pronoun or auxiliary stands between', () => {
    expect(asksWhoGave(tokenize("et Zorblat, qui l'a financée en 2023 ?"))).toBe(true);
    expect(asksWhoGave(tokenize('qui a soutenu Zorblat'))).toBe(true);
    expect(asksWhoGave(tokenize('and Zorblat, who backs it?'))).toBe(true);
    expect(asksWhoGave(tokenize("who's funding Zorblat these days"))).toBe(true);
  });

  it('is not asked by a passive, nor by `qui` as the object of another subject', () => {
    expect(asksWhoGave(tokenize('qui a été financé par la Quuxie'))).toBe(false);
    expect(asksWhoGave(tokenize('who was funded by Quux'))).toBe(false);
    expect(asksWhoGave(tokenize('who did Quux fund in 2020'))).toBe(false);
    expect(asksWhoGave(tokenize('qui la Quuxie a-t-elle aidé'))).toBe(false);
  });
});

describe('the doubt over a classifier’s reading', () => {
  it('refuses the node named as the funder alone when the question asks who gave', () => {
    expect(classifierDoubt({ slots: ['b'] }, tokenize("Zorblat, qui l'a aidée ?"))).toBe('roleNotSaid');
    expect(classifierDoubt({ slots: ['b'] }, tokenize('ce que Quux a financé'))).toBeNull();
  });

  it('refuses the node named as a buyer or an investor when the question asks who bought or invested', () => {
    const bought = { slots: ['f', 'a'] as const, ties: ['TOOK_OVER'] as const, direction: 'OUT' as const };
    expect(classifierDoubt({ ...bought, slots: [...bought.slots], ties: [...bought.ties] }, tokenize("Zorblat : qui l'a rachetée ?"))).toBe(
      'roleNotSaid',
    );
    expect(classifierDoubt({ ...bought, slots: [...bought.slots], ties: [...bought.ties] }, tokenize('Zorblat a racheté quoi'))).toBeNull();
    expect(classifierDoubt({ slots: ['a'], ties: ['TOOK_OVER'], direction: 'IN' }, tokenize("Zorblat : qui l'a rachetée ?"))).toBeNull();
  });
});

describe('an object pronoun before the auxiliary of a money verb', () => {
  it('is a pronoun object, in the compound past too', () => {
    expect(fundsAPronoun(tokenize("qui l'a financée"))).toBe(true);
    expect(fundsAPronoun(tokenize('qui les ont soutenues'))).toBe(true);
    expect(fundsAPronoun(tokenize('qui a financé Zorblat'))).toBe(false);
  });
});

describe('amounts said inside a question', () => {
  it('reads millions said with a sign, a word or a currency, in French and English', () => {
    expect(amountsOf('la levée de 7,4 M€ de Zorblat, qui y était ?')).toEqual([{ text: '7,4 M€', eur: 7_400_000 }]);
    expect(amountsOf("Zorblat's 12 million euro round: who joined?")).toEqual([{ text: '12 million euro', eur: 12_000_000 }]);
    expect(amountsOf('le prêt de 3 millions à Zorblat')).toEqual([{ text: '3 millions', eur: 3_000_000 }]);
    expect(amountsOf('the €2.5m grant to Zorblat')).toEqual([{ text: '€2.5m', eur: 2_500_000 }]);
    expect(amountsOf('une aide de 450 000 € pour Zorblat')).toEqual([{ text: '450 000 €', eur: 450_000 }]);
  });

  it('reads no amount in a year, a count or a bound', () => {
    expect(amountsOf('qui a financé Zorblat en 2021')).toEqual([]);
    expect(amountsOf('top 5 des financeurs de Zorblat')).toEqual([]);
    expect(amountsOf('quelles sociétés ont levé plus de 10 millions')).toEqual([]);
    expect(amountsOf('rounds over €20m in 2022')).toEqual([]);
  });

  it('takes a recorded amount as the one said give or take rounding', () => {
    expect(sameAmount(7_380_000, 7_400_000)).toBe(true);
    expect(sameAmount(5_000_000, 7_400_000)).toBe(false);
  });
});

describe('a name said first, then `qui y …`', () => {
  it('reads `y` as the node named, in it', () => {
    expect(splitAtTurn('Zorblat : qui y a investi ?')).toMatchObject({ named: 'Zorblat', asked: 'qui y a investi' });
    expect(withNameForPronoun('qui y a investi', 'Zorblat')).toBe('qui a investi dans Zorblat');
  });
});
