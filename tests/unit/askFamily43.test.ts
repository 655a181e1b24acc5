import { loadVocabulary } from '../../src/domain/vocabulary';
import { actorNamesIn, comparisonIn } from '../../src/services/ask/comparison';
import { Lexicon } from '../../src/services/ask/lexicon';
import { introduction } from '../../src/services/ask/scaffolding';
import { tokenize, tokenizeQuestion } from '../../src/services/ask/text';
import { readShape } from '../support/askShapes';

const vocabulary = loadVocabulary();
const lexicon = new Lexicon(vocabulary, []);

describe('money asked with other verbs (family 43)', () => {
  it('reads who brought the money, the amount said in its place', () => {
    // The amount is read apart before the shapes; its article stays.
    expect(readShape('qui a versé les à Zorblat ?')).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
    expect(readShape("qui met de l'argent dans Zorblat")).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
  });
  it('reads a raise with its question words last', () => {
    expect(readShape('Zorblat a levé des fonds auprès de qui ?')).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
    expect(readShape('Zorblat raised money from whom?')).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
  });
  it('reads who subscribed a capital increase', () => {
    expect(readShape("qui a souscrit à l'augmentation de capital de Zorblat")).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
    expect(readShape('who subscribed the capital increase of Zorblat?')).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
  });
});

describe('members and project figures said with more words (family 43)', () => {
  it('reads `X, ça regroupe qui comme membres`', () => {
    expect(readShape('le réseau Zorblat, ça regroupe qui comme membres ?')).toMatchObject({
      operation: 'RELATED',
      ties: ['MEMBER_OF', 'PART_OF'],
      a: 'le réseau Zorblat',
    });
  });
  it('reads the jobs of a new site as the jobs to come', () => {
    expect(readShape('how many jobs will Zorblat create with its new plant?')).toMatchObject({ operation: 'FIGURES', a: 'Zorblat' });
    expect(readShape("combien d'emplois Zorblat va créer avec sa nouvelle usine")).toMatchObject({ operation: 'FIGURES', a: 'Zorblat' });
  });
});

describe('two funders of one actor compared (family 43)', () => {
  const ids: Record<string, string> = { zorblat: 'zorblat', quuxia: 'quuxia', foobank: 'foo-bank' };
  const read = (question: string) => {
    const tokens = tokenize(question);
    const names = actorNamesIn(
      tokens,
      (key) => ids[key] ?? null,
      (word) => lexicon.knows(word),
    );
    return { names, reading: comparisonIn(tokens, names, (span) => lexicon.metricsIn(tokens, span)) };
  };
  it('reads the two joined by `or` as the funders, the third as the one they gave to', () => {
    const { names, reading } = read('Who put more money into Zorblat, Quuxia or the Foo Bank?');
    expect(reading?.compared.by).toBe('FUNDING');
    expect(reading?.recipient).toEqual(names[0]!.span);
    expect(reading?.first).toEqual(names[1]!.span);
    expect(reading?.second).toEqual(names[2]!.span);
    expect(read('qui a le plus financé Zorblat, Quuxia ou la Foo Bank ?').reading?.recipient).toEqual(names[0]!.span);
  });
  it('keeps the third name as the one who gave after `from`', () => {
    const { reading } = read('Which got more money from the Foo Bank, Zorblat or Quuxia?');
    expect(reading?.funder).toBeDefined();
    expect(reading?.recipient).toBeUndefined();
  });
});

describe('words said of the asker (family 43)', () => {
  it('reads `I scout for a fund: …` as an introduction', () => {
    const question = 'I scout for a healthtech fund: which startups are in Toulouse?';
    const tokens = tokenizeQuestion(question, vocabulary.questions.texted ?? {});
    const intro = introduction(question, tokens, 0);
    expect(intro).not.toBeNull();
    expect(tokens[intro!.to]!.folded).toBe('which');
  });
  it('reads `g` texted as `j’ai`', () => {
    const tokens = tokenizeQuestion('g besoin des incubateurs', vocabulary.questions.texted ?? {});
    expect(tokens.map((token) => token.folded).slice(0, 3)).toEqual(['j', 'ai', 'besoin']);
  });
});
