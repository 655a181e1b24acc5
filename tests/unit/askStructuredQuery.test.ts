import { Kind, parse } from 'graphql';
import { enumValue, int, list, object, printOneLine, query, selection, string } from '../../src/services/ask/structuredQuery';
import { message } from '../../src/services/ask/messages';

/** The structured query an answer shows, and its notes: built from data, user text escaped. No database. */

describe('the structured query of an answer', () => {
  it('is printed on one line, values as graphql-js prints them', () => {
    const document = query(
      'tiedTo',
      {
        actor: string('medvallee'),
        filter: object({ kinds: list([enumValue('COMPANY')]), domains: list([string('bioproduction')]) }),
        maxHops: int(3),
      },
      selection('{ actor { id name } score }'),
    );
    expect(printOneLine(document)).toBe(
      '{ tiedTo(actor: "medvallee", filter: {kinds: [COMPANY], domains: ["bioproduction"]}, maxHops: 3) { actor { id name } score } }',
    );
  });

  it('leaves out arguments and object fields that have no value, and an object with none', () => {
    const document = query(
      'actors',
      { filter: object({ place: undefined }), after: undefined, first: int(10) },
      selection('{ nodes { id } }'),
    );
    expect(printOneLine(document)).toBe('{ actors(first: 10) { nodes { id } } }');
  });

  it('keeps user text a single string literal, whatever quotes, backslashes or line breaks it holds', () => {
    const text = 'Sanofi") { __typename } #\\ "\n\u2028 été';
    const printed = printOneLine(query('search', { text: string(text) }, selection('{ score }')));
    const [operation] = parse(printed).definitions;
    if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('not a query');
    const [field] = operation.selectionSet.selections;
    if (field?.kind !== Kind.FIELD) throw new Error('not a field');
    expect(field.arguments).toHaveLength(1);
    const value = field.arguments![0]!.value;
    expect(value.kind === Kind.STRING && value.value).toBe(text);
    expect(printed).not.toContain('\n');
  });
});

describe('the notes of an answer', () => {
  it('fills in each mark once, in the language asked, never reading a value for further marks', () => {
    expect(message('EN', 'noPath', { from: '{to}', to: 'Evotec', hops: 4 })).toBe('Nothing ties {to} to Evotec within 4 steps.');
    expect(message('FR', 'noSuchName', { text: 'Sanofy' })).toBe('Aucun acteur, programme, domaine ou lieu ne s’appelle « Sanofy ».');
  });
});
