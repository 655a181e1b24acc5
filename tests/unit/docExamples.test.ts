import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerDifferences, parseWrittenAnswer, readDocExamples } from '../support/docExamples';

const differences = (written: string, actual: unknown) => answerDifferences(parseWrittenAnswer(written), actual);

describe('a written answer', () => {
  it('matches an answer equal to it', () => {
    expect(
      differences('{"actor":{"name":"Inits","ids":["a","b"],"retired":null,"active":true}}', {
        actor: { name: 'Inits', ids: ['a', 'b'], retired: null, active: true },
      }),
    ).toEqual([]);
  });

  it('differs from an answer with one value changed, and says where', () => {
    expect(differences('{"fundingSummary":[{"totalEur":361250000}]}', { fundingSummary: [{ totalEur: 361200000 }] })).toEqual([
      '$.fundingSummary[0].totalEur: written 361250000, got 361200000',
    ]);
    expect(differences('{"name":"Inits"}', { name: 'Inits SAS' })).toEqual(['$.name: written "Inits", got "Inits SAS"']);
  });

  it('differs from an answer with a key or an item more or less', () => {
    expect(differences('{"a":1}', { a: 1, b: 2 })).toEqual(['$.b: in the answer (2) but not written']);
    expect(differences('{"a":1,"b":2}', { a: 1 })).toEqual(['$.b: written but absent from the answer']);
    expect(differences('[1,2]', [1, 2, 3])).toEqual(['$: written 2 items, got 3: [1,2,3]']);
    expect(differences('[1,2]', [2, 1])).not.toEqual([]);
  });

  it('lets a string ending in "…" stand for any string with that start', () => {
    expect(differences('{"cursor":"WyJOQU1F…"}', { cursor: 'WyJOQU1FX0FTQyIsIm' })).toEqual([]);
    expect(differences('{"cursor":"WyJOQU1F…"}', { cursor: 'WyJOQU2FX0FTQyIsIm' })).not.toEqual([]);
    expect(differences('{"cursor":"…"}', { cursor: 'anything' })).not.toEqual([]);
  });

  it('compares a number to the decimals written, and an integer exactly', () => {
    expect(differences('{"score":0.1713}', { score: 0.171284 })).toEqual([]);
    expect(differences('{"score":5.60}', { score: 5.6012 })).toEqual([]);
    expect(differences('{"score":5.60}', { score: 5.61 })).toEqual(['$.score: written 5.60, got 5.61']);
    expect(differences('{"total":10000000}', { total: 10000000.4 })).toEqual([]);
    expect(differences('{"total":10000000}', { total: 10000001 })).not.toEqual([]);
    expect(differences('{"total":1}', { total: '1' })).not.toEqual([]);
  });

  it('keeps numbers inside strings as text', () => {
    expect(differences('{"quote":"pour 10 millions"}', { quote: 'pour 10 millions' })).toEqual([]);
  });
});

describe('the examples of a page', () => {
  const page = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'doc-examples-'));
    writeFileSync(join(dir, 'page.md'), text);
    return () => readDocExamples(join(dir, 'page.md'), dir);
  };

  it('are the graphql blocks with the json block after each, curator ones marked', () => {
    const read = page(
      '# Title\n\n```graphql\n{ a }\n```\n\n```json\n{"a":1}\n```\n\n```sh\nnpm start\n```\n\n```graphql curator\nmutation { b }\n```\n```json\n{"b":2}\n```\n',
    );
    expect(read()).toEqual([
      { where: 'page.md:3', query: '{ a }', answer: '{"a":1}', asCurator: false },
      { where: 'page.md:15', query: 'mutation { b }', answer: '{"b":2}', asCurator: true },
    ]);
  });

  it('refuse a graphql block without its answer right after it', () => {
    expect(page('```graphql\n{ a }\n```\n\nSome prose.\n\n```json\n{"a":1}\n```\n')).toThrow(
      'page.md:1: a graphql example must be followed by a json block',
    );
    expect(page('```graphql\n{ a }\n```\n')).toThrow('page.md:1');
  });
});
