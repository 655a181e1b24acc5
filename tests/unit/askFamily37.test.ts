import { loadVocabulary } from '../../src/domain/vocabulary';
import { matchShape, shapesOf } from '../../src/services/ask/grammar';
import { withoutPoliteness } from '../../src/services/ask/scaffolding';
import { periodSpans, spanText, tokenize, tokenizeQuestion } from '../../src/services/ask/text';
import { readShape } from '../support/askShapes';

/** A23ae (family 37): revenue typed loosely, question tags, `back in`, runners in the passive, counts in the present. */

const shapes = shapesOf(loadVocabulary());

describe('revenue typed loosely', () => {
  it('reads `chiffre d affaire` without its s as the revenue', () => {
    expect(tokenizeQuestion("chiffre d'affaire de Zorblat").map((t) => t.folded)).toEqual(['chiffre', 'd', 'affaires', 'de', 'zorblat']);
    expect(readShape("chiffre d'affaire de Zorblat")).toMatchObject({ operation: 'FIGURES', a: 'Zorblat' });
  });

  it('reads `ca de` opening a question as the revenue, never `ça` typed with its cedilla', () => {
    expect(tokenizeQuestion('ca de Zorblat').map((t) => t.folded)).toEqual(['chiffre', 'd', 'affaires', 'de', 'zorblat']);
    expect(tokenizeQuestion('ça de Zorblat').map((t) => t.folded)[0]).toBe('ca');
    expect(tokenizeQuestion('et ca de Zorblat').map((t) => t.folded)[1]).toBe('ca');
  });

  it('reads the figure said after the name', () => {
    expect(readShape("Zorblat chiffre d'affaires")).toMatchObject({ operation: 'FIGURES', a: 'Zorblat' });
    expect(readShape('Zorblat effectifs')).toMatchObject({ operation: 'FIGURES', a: 'Zorblat' });
  });
});

describe('a question tag after a pause', () => {
  it('leaves out `lesquels` and `which ones are there` after a list question', () => {
    expect(withoutPoliteness('je cherche des labos de chimie à Quuxville, lesquels existent ?')).toBe(
      'je cherche des labos de chimie à Quuxville ?',
    );
    expect(withoutPoliteness('looking for labs in Quuxville working on bees: which ones are there?')).toBe(
      'looking for labs in Quuxville working on bees ?',
    );
  });

  it('keeps the tag when no pause stands before it or too few words do', () => {
    expect(withoutPoliteness('je cherche des labos à Quuxville lesquels existent')).toBe(
      'je cherche des labos à Quuxville lesquels existent',
    );
    expect(withoutPoliteness('les labos, lesquels ?')).toBe('les labos, lesquels ?');
  });
});

describe('`back in` before a year', () => {
  it('takes `back` into the period', () => {
    const question = 'who funded Zorblat back in 2019';
    const tokens = tokenize(question);
    expect(periodSpans(tokens).map((span) => spanText(question, tokens, span))).toEqual(['back in 2019']);
  });
});

describe('who runs a body, in the passive or with a kind of body', () => {
  it('reads the passive after the name', () => {
    expect(readShape("Zorblat, c'est géré par qui")).toMatchObject({
      operation: 'RELATED',
      ties: ['CARRIES', 'RUNS', 'PILOTS', 'LEADS'],
      a: 'Zorblat',
    });
    expect(readShape('le plan Zorblat est porté par quel CHU')).toMatchObject({ operation: 'RELATED', f: 'CHU' });
    expect(readShape('qui est aux manettes de Zorblat')).toMatchObject({ operation: 'RELATED', a: 'Zorblat' });
  });

  it('reads the bodies that run it, not the people heading it', () => {
    expect(readShape('which bodies run Zorblat')).toMatchObject({ ties: ['CARRIES', 'RUNS', 'PILOTS'], f: 'bodies', a: 'Zorblat' });
  });

  it('reads `{f}?` of a shape as the optional filter slot', () => {
    expect(readShape('Zorblat a été fondé par quelle structure')).toMatchObject({ ties: ['FOUNDED', 'CARRIES'], f: 'structure' });
    expect(readShape('Zorblat a été fondé par qui')).toMatchObject({ ties: ['FOUNDED', 'CARRIES'], a: 'Zorblat' });
  });
});

describe('stakes from the investor side', () => {
  it('reads the investor first and the question word after the verb', () => {
    expect(readShape('Zorblat a investi dans quelle boîte')).toMatchObject({ ties: ['HOLDS_SHARES_IN'], direction: 'OUT', a: 'Zorblat' });
    expect(readShape('Zorblat a misé sur quoi')).toMatchObject({ ties: ['HOLDS_SHARES_IN'], direction: 'OUT', a: 'Zorblat' });
  });

  it('reads `backed` with a kind as its stakes, and leaves `which companies did X back` to the funder shapes', () => {
    expect(readShape('which start-ups has Zorblat backed')).toMatchObject({ ties: ['HOLDS_SHARES_IN'], direction: 'OUT', a: 'Zorblat' });
    expect(readShape('which companies did Zorblat back')).toMatchObject({ operation: 'FUNDING' });
  });
});

describe('since when one actor belongs to another, the owned one first', () => {
  it('reads the owned one as the subject, not the owner', () => {
    expect(readShape('Zorblat appartient à Quux depuis quand')).toMatchObject({ ties: ['TOOK_OVER', 'HOLDS_SHARES_IN'], a: 'Zorblat' });
    expect(readShape('depuis quand Zorblat appartient au groupe Quux')).toMatchObject({
      ties: ['TOOK_OVER', 'HOLDS_SHARES_IN'],
      a: 'Zorblat',
    });
    // Without the when-words, the members shape reads the second name.
    expect(readShape('qui appartient à Quux')).toMatchObject({ ties: ['MEMBER_OF', 'PART_OF'], a: 'Quux' });
  });
});

describe('shapes heldout21 showed (its misses read)', () => {
  it('reads what a body carries and who holds the capital', () => {
    expect(readShape('which labs does Quux carry')).toMatchObject({ ties: ['CARRIES'], direction: 'OUT', a: 'Quux' });
    expect(readShape('le capital de Zorblat est détenu par quels fonds')).toMatchObject({
      ties: ['HOLDS_SHARES_IN'],
      a: 'Zorblat',
      f: 'fonds',
    });
  });

  it('reads a takeover asked yes or no, a figure asked with `c était quoi`, and a count with `représente`', () => {
    expect(readShape('Zorblat a-t-elle été rachetée par Quux')).toMatchObject({ ties: ['TOOK_OVER'], a: 'Zorblat' });
    expect(readShape("c'était quoi le chiffre d'affaires de Zorblat")).toMatchObject({ operation: 'FIGURES', a: 'Zorblat' });
    expect(readShape('Zorblat, ça représente combien de structures')).toMatchObject({ ties: ['MEMBER_OF', 'PART_OF'], a: 'Zorblat' });
    expect(readShape("which investors came into Zorblat's round")).toMatchObject({ operation: 'FUNDING', a: 'Zorblat' });
  });

  it('leaves out `on se demande` opening the question', () => {
    expect(withoutPoliteness('on se demande qui finance Zorblat')).toBe('qui finance Zorblat');
  });
});

describe('an optional filter `{f}?` before a name', () => {
  it('takes no word of the name that follows it', () => {
    const question = 'à qui Zorb Quux a vendu Blatco';
    const tokens = tokenizeQuestion(question);
    const match = matchShape(shapes, tokens)!;
    expect(match.slots.f).toBeUndefined();
    expect(spanText(question, tokens, match.slots.b!)).toBe('Zorb Quux');
  });
});

describe('companies an incubator supports, counted', () => {
  it('reads the present tense with the verb after the incubator', () => {
    expect(readShape("combien d'entreprises Zorblat accompagne-t-il")).toMatchObject({ ties: ['INCUBATED_BY'], a: 'Zorblat' });
  });

  it('reads `start-up` invariable and `helped launch`', () => {
    expect(readShape('nombre de start-up incubées par Zorblat')).toMatchObject({ ties: ['INCUBATED_BY'], a: 'Zorblat' });
    expect(readShape('how many companies has Zorblat helped launch')).toMatchObject({ ties: ['INCUBATED_BY'], a: 'Zorblat' });
  });
});
