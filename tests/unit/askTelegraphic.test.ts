import { telegraphicKeyword, telegraphicQuestion } from '../../src/services/ask/telegraphic';
import { tokenize } from '../../src/services/ask/text';
import { scaffoldingPositions } from '../../src/services/ask/scaffolding';

const FUNCTION_WORDS = new Set(['le', 'la', 'les', 'de', 'des', 'du', 'en', 'in', 'the', 'of', 'dans']);
const isFunction = (word: string) => FUNCTION_WORDS.has(word);
/** The words of a query other than the name, as telegraphicReading gives them. */
const restOf = (query: string, name: string) =>
  tokenize(query)
    .filter((token) => !tokenize(name).some((nameToken) => nameToken.folded === token.folded))
    .map((token) => ({ folded: token.folded, typed: query.slice(token.start, token.end) }));

describe('a name and a keyword read as the question the keyword stands for', () => {
  it.each([
    ['usines Pierre Fabre', 'Pierre Fabre', 'les sites de Pierre Fabre'],
    ['liste des usines Pierre Fabre', 'Pierre Fabre', 'les sites de Pierre Fabre'],
    ['sites Pierre Fabre en haute garonne', 'Pierre Fabre', 'les sites de Pierre Fabre en haute garonne'],
    ['Bpifrance investments', 'Bpifrance', 'where did Bpifrance invest'],
    ['participations Sofilaro', 'Sofilaro', 'dans quoi Sofilaro a investi'],
    ['Genoskin financement', 'Genoskin', 'les financements de Genoskin'],
    ['Nubbo adresse', 'Nubbo', 'où est Nubbo'],
    ['Eurobiomed members', 'Eurobiomed', 'members of Eurobiomed'],
  ])('reads %p as %p', (query, name, question) => {
    const nameFirst = tokenize(query)[0]!.folded === tokenize(name)[0]!.folded;
    expect(telegraphicQuestion({ name, rest: restOf(query, name), isFunction, nameFirst })?.question).toBe(question);
  });

  it('reads an amount beside a second name as money from that name', () => {
    const rest = restOf('Ciloa montant Région', 'Ciloa');
    expect(telegraphicQuestion({ name: 'Ciloa', rest, isFunction, secondName: 'Région', nameFirst: true })).toMatchObject({
      question: 'combien Région a donné à Ciloa',
      ask: 'AMOUNT',
    });
  });

  it('says back the words after a keyword said after the name, never drops them', () => {
    const rest = restOf('Occitanie Angels member networks', 'Occitanie Angels');
    expect(telegraphicQuestion({ name: 'Occitanie Angels', rest, isFunction, nameFirst: true })).toEqual({
      question: 'members of Occitanie Angels',
      ask: 'MEMBERS',
      unapplied: ['networks'],
    });
  });

  it('reads nothing when the words are no keyword, two kinds of keyword, or another question', () => {
    expect(telegraphicQuestion({ name: 'Ciloa', rest: restOf('Ciloa Toulouse', 'Ciloa'), isFunction })).toBeNull();
    expect(telegraphicQuestion({ name: 'Ciloa', rest: restOf('Ciloa sites financement', 'Ciloa'), isFunction })).toBeNull();
    expect(telegraphicQuestion({ name: 'Sanofi', rest: restOf('rachat usines Sanofi', 'Sanofi'), isFunction })).toBeNull();
    // An amount with other words than a funder's name asks what the words do not say.
    expect(telegraphicQuestion({ name: 'Ciloa', rest: restOf('Ciloa montant prévu', 'Ciloa'), isFunction, nameFirst: true })).toBeNull();
  });

  it('knows each keyword with its language', () => {
    expect(telegraphicKeyword('usines')).toEqual({ ask: 'SITES', lang: 'FR' });
    expect(telegraphicKeyword('investments')).toEqual({ ask: 'PORTFOLIO', lang: 'EN' });
    expect(telegraphicKeyword('toulouse')).toBeUndefined();
  });
});

describe('closings that sum up ask nothing', () => {
  it.each(['vexim a été racheté par qui au final', 'combien la Région a donné à Ciloa en tout', 'where is Askle exactly'])(
    'leaves out the closing of %p',
    (question) => {
      const tokens = tokenize(question);
      const dropped = scaffoldingPositions(tokens);
      expect(dropped.size).toBeGreaterThan(0);
      expect(dropped.has(tokens.length - 1)).toBe(true);
      expect(dropped.has(0)).toBe(false);
    },
  );
});
