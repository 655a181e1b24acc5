import type { DomainRow, PlaceRow } from '../../src/db/rows';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { classify, featuresOf, type IntentClass, maskQuestion, speaksFor } from '../../src/services/ask/intent';
import shippedModel from '../../src/services/ask/intentModel.json';
import { matchIntent } from '../../src/services/ask/intentSlots';
import { trainModel, spellShape } from '../../src/services/ask/intentTraining';
import { Lexicon } from '../../src/services/ask/lexicon';
import { spanText, tokenize } from '../../src/services/ask/text';

/** The intent classifier of `ask`: masking, features, naive Bayes, and slots from a guess. No database. */

const vocabulary = loadVocabulary();
const lexicon = new Lexicon(vocabulary, [
  { id: 'toulouse', name: 'Toulouse', kind: 'CITY', _labels: ['Place'] } as unknown as PlaceRow,
  { id: 'cancer', name: 'Cancérologie', aliases: ['cancer'], _labels: ['Domain'] } as unknown as DomainRow,
]);
const isFunctionWord = (word: string) => lexicon.functionWord(word) !== undefined;

const CLASSES: IntentClass[] = [
  { id: 'TAKEOVER', operation: 'RELATED', ties: ['TOOK_OVER'], direction: 'IN', slots: ['a'] },
  { id: 'WHERE', operation: 'LOCATION', slots: ['a'] },
  { id: 'PATHS', operation: 'PATHS', slots: ['a', 'b'] },
];
const model = trainModel({
  examples: [
    { words: ['qui', 'a', 'rachete', 'NAME'], label: 'TAKEOVER' },
    { words: ['who', 'bought', 'NAME'], label: 'TAKEOVER' },
    { words: ['ou', 'est', 'installe', 'NAME'], label: 'WHERE' },
    { words: ['where', 'is', 'NAME', 'located'], label: 'WHERE' },
    { words: ['lien', 'entre', 'NAME', 'et', 'NAME'], label: 'PATHS' },
    { words: ['link', 'between', 'NAME', 'and', 'NAME'], label: 'PATHS' },
  ],
  classes: CLASSES,
  alpha: 0.1,
  threshold: 0.5,
});
const known = new Set(model.words);
const masked = (question: string) => maskQuestion({ tokens: tokenize(question), lexicon, known });

describe('masking a question', () => {
  it('turns places, domains and kinds into placeholders and unknown words into one name', () => {
    expect(masked('qui a racheté Quantum Surgical à Toulouse').map((w) => w.text)).toEqual(['qui', 'a', 'rachete', 'NAME', 'a', 'PLACE']);
    expect(masked('entreprises en cancer').map((w) => w.text)).toEqual(['KIND', 'en', 'DOMAIN']);
  });

  it('reads a typo of a known word as that word, and says so', () => {
    const [, , word] = masked('qui a rachetr Vexim');
    expect(word).toEqual({ text: 'rachete', span: { from: 2, to: 3 }, corrected: true });
  });
});

describe('features', () => {
  it('hold words, pairs of words, the side of the name each word is on, and 4-grams of long words', () => {
    const features = featuresOf(['who', 'bought', 'NAME']);
    expect(features).toEqual(expect.arrayContaining(['who', '^ who', 'bought NAME', 'NAME $', 'bought <NAME', '#<bou', '#ght>']));
    expect(features).not.toContain('#<wh');
  });
});

describe('naive Bayes', () => {
  it('guesses the class whose words the question uses', () => {
    expect(classify(model, ['qui', 'a', 'rachete', 'NAME']).intent.id).toBe('TAKEOVER');
    expect(classify(model, ['where', 'is', 'NAME']).intent.id).toBe('WHERE');
  });

  it('is less confident when the question has no word of any class', () => {
    const sure = classify(model, ['who', 'bought', 'NAME']).confidence;
    const unsure = classify(model, ['NAME']).confidence;
    expect(unsure).toBeLessThan(sure);
    expect(unsure).toBeLessThan(model.threshold);
  });

  it('says which words speak for a class', () => {
    const takeover = CLASSES.findIndex((c) => c.id === 'TAKEOVER');
    expect(speaksFor(model, 'rachete', takeover)).toBe(true);
    expect(speaksFor(model, 'located', takeover)).toBe(false);
  });
});

describe('slots from a guess', () => {
  it('takes the words around the class words as its slots, and the rest as not applied', () => {
    const question = 'lien entre Evotec et Sanofi';
    const read = matchIntent({ model, masked: masked(question), lang: 'FR', isFunctionWord });
    const tokens = tokenize(question);
    expect(read?.match.shape.operation).toBe('PATHS');
    expect(spanText(question, tokens, read!.match.slots.a!)).toBe('Evotec');
    expect(spanText(question, tokens, read!.match.slots.b!)).toBe('Sanofi');
  });

  it('offers every run when several could fill one slot, the last by default and the others left over', () => {
    const question = 'Vexim a été racheté en bourse par qui';
    const read = matchIntent({ model, masked: masked(question), lang: 'FR', isFunctionWord });
    const tokens = tokenize(question);
    const text = (span: { from: number; to: number }) => spanText(question, tokens, span);
    expect(read?.match.shape.relation).toEqual({ ties: ['TOOK_OVER'], direction: 'IN' });
    expect(read!.alternatives?.runs.map(text)).toEqual(['Vexim', 'bourse']);
    expect(text(read!.match.slots.a!)).toBe('bourse');
    expect(read!.leftOver.map(text)).toEqual(['Vexim']);
  });

  it('gives no reading when the classifier is unsure', () => {
    expect(matchIntent({ model, masked: masked('Vexim'), lang: 'FR', isFunctionWord })).toBeNull();
  });
});

describe('training', () => {
  it('spells a shape with each alternative word once and optional words in and out', () => {
    const spellings = spellShape({ operation: 'LOCATION', lang: 'EN', shape: 'where is|are {a} based|located?' });
    expect(spellings).toEqual([
      ['where', 'are', 'NAME', 'based'],
      ['where', 'is', 'NAME', 'located'],
      ['where', 'are', 'NAME'],
    ]);
  });

  it('ships a model trained on every class of the shapes', () => {
    expect(shippedModel.classes.map((c) => c.id)).toEqual(expect.arrayContaining(['ACTORS', 'SEARCH', 'NONE', 'LOCATION', 'PATHS:TWO']));
    expect(shippedModel.trainedOn.tableRows).toBeGreaterThanOrEqual(200);
  });
});
