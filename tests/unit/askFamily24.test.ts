import type { Database } from '../../src/db/database';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { Lexicon } from '../../src/services/ask/lexicon';
import { NameIndex } from '../../src/services/ask/nameIndex';
import { withNameForPronoun } from '../../src/services/ask/pronouns';
import { introduction, openingAt, scaffoldingPositions } from '../../src/services/ask/scaffolding';
import { telegraphicReading } from '../../src/services/ask/telegraphic';
import { tokenize } from '../../src/services/ask/text';

/** The words a question keeps once its scaffolding is left out. */
function kept(question: string): string {
  const tokens = tokenize(question);
  const dropped = scaffoldingPositions(tokens);
  return tokens
    .filter((_, i) => !dropped.has(i))
    .map((token) => token.folded)
    .join(' ');
}

/** The question as read after an introduction and the request to be told that follows it. */
function askedAfterIntroduction(question: string): string {
  const tokens = tokenize(question);
  const intro = introduction(question, tokens, 0);
  let at = intro ? intro.to : 0;
  for (let length = openingAt(tokens, at); length > 0; length = openingAt(tokens, at)) at += length;
  return tokens
    .slice(at)
    .map((token) => token.folded)
    .join(' ');
}

describe('askers introducing themselves at length (A23u)', () => {
  it('ends the introduction at a request to be told, with or without a pause', () => {
    expect(askedAfterIntroduction('je travaille chez un sous-traitant et je voudrais savoir qui a repris Zorblat')).toBe(
      'qui a repris zorblat',
    );
    expect(askedAfterIntroduction("As an investor I'd like to know who owns Zorblat")).toBe('who owns zorblat');
  });

  it('reads what the asker looks for as the question', () => {
    expect(askedAfterIntroduction('je suis journaliste, je cherche qui finance Zorblat')).toBe('qui finance zorblat');
    expect(askedAfterIntroduction("I'm a consultant, I'm looking for who funds Zorblat")).toBe('who funds zorblat');
    expect(askedAfterIntroduction('je suis consultante, je cherche des partenaires')).toBe('je cherche des partenaires');
  });

  it('leaves `que sait-on de` out before a name', () => {
    expect(kept('que sait-on de Zorblat ?')).toBe('zorblat');
    expect(kept('what do you know about Zorblat')).toBe('zorblat');
  });

  it('leaves out `déjà` and `already` inside the question, never a whole question', () => {
    expect(kept("qui a déjà mis de l'argent dans Zorblat")).toBe('qui a mis de l argent dans zorblat');
    expect(kept('which funds already hold shares in Zorblat')).toBe('which funds hold shares in zorblat');
    expect(kept('deja')).toBe('deja');
  });

  it('finds no introduction when the question opens with none', () => {
    const question = 'qui a repris Zorblat et je voudrais savoir quand';
    expect(introduction(question, tokenize(question), 0)).toBeNull();
  });
});

describe('a company spoken of as `they` (A23u)', () => {
  it('puts the name in place of `they`', () => {
    expect(withNameForPronoun('what did they take over in Toulouse', 'Zorblat')).toBe('what did Zorblat take over in Toulouse');
  });

  it('leaves `they` inside another word', () => {
    expect(withNameForPronoun('theyre words', 'Zorblat')).toBeNull();
  });
});

describe('the cost of reading a query as telegraphic (A23u)', () => {
  const names = NameIndex.of([{ id: 'zorblat', labels: ['Actor'], names: ['Zorblat Labs'] }], async () => null);
  const lexicon = new Lexicon(loadVocabulary(), []);
  /** The reads telegraphicReading asks of a database that records each read and answers none. */
  const readsFor = async (question: string) => {
    let reads = 0;
    const db = {
      read: async () => {
        reads++;
        return [];
      },
    } as unknown as Database;
    await telegraphicReading({ db, question, tokens: tokenize(question), lexicon, names });
    return reads;
  };

  it('looks up no run whose letters are no name of the graph', async () => {
    expect(await readsFor('financement des start-ups de Montpellier')).toBe(0);
    expect(await readsFor('qui sont les membres du réseau')).toBe(0);
  });

  it('still looks up a run that is a name', async () => {
    expect(await readsFor('financement Zorblat Labs')).toBeGreaterThan(0);
  });
});
