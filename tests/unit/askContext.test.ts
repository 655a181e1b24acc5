import type { ProgrammeRow } from '../../src/db/rows';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { programmeFrames } from '../../src/services/ask/fundingConstraints';
import { Lexicon } from '../../src/services/ask/lexicon';
import { appositionFirst, introduction } from '../../src/services/ask/scaffolding';
import { spanText, tokenize } from '../../src/services/ask/text';

/** S23h: the parts of a question read apart from it (a programme framing money, an introduction, an apposition). */

const lexicon = new Lexicon(loadVocabulary(), [
  { id: 'plan-zorblat', name: 'Plan Zorblat 2040', aliases: ['Zorblat 2040'], _labels: ['Programme'] } as unknown as ProgrammeRow,
]);

/** The words of the frames a question holds, and the programme each names. */
function frames(question: string): string[] {
  const tokens = tokenize(question);
  return programmeFrames(tokens, lexicon).map((frame) => `${spanText(question, tokens, frame.span)} → ${frame.node.id}`);
}

describe('a programme named as the frame of money', () => {
  it('is read after a frame word, with an article or a programme noun between', () => {
    expect(frames('combien Quux a reçu dans le cadre de Zorblat 2040 ?')).toEqual(['dans le cadre de Zorblat 2040 → plan-zorblat']);
    expect(frames('Quux funding under the Zorblat 2040 plan')).toEqual(['under the Zorblat 2040 → plan-zorblat']);
    expect(frames('Quux funding under Zorblat 2040')).toEqual(['under Zorblat 2040 → plan-zorblat']);
    expect(frames('aides à Quux au titre du plan Zorblat 2040')).toEqual(['au titre du plan Zorblat 2040 → plan-zorblat']);
  });

  it('is no frame when the words after the frame word name no programme', () => {
    expect(frames('combien Quux a reçu dans le cadre de son extension')).toEqual([]);
    expect(frames('Quux connected via Zorblat')).toEqual([]);
  });
});

/** The words of the introduction a question opens with, or null. */
function intro(question: string): string | null {
  const tokens = tokenize(question);
  const span = introduction(question, tokens, 0);
  return span ? spanText(question, tokens, span) : null;
}

describe('a sentence introducing the asker', () => {
  it('runs from an introduction cue to the first pause', () => {
    expect(intro('Je dirige une PME à Quuxville, quels partenaires ?')).toBe('Je dirige une PME à Quuxville');
    expect(intro("I'm a buyer. Which companies in Quuxville?")).toBe("I'm a buyer");
    expect(intro('Étudiant en chimie, je cherche des labos')).toBe('Étudiant en chimie');
  });

  it('is none without a cue, or with nothing after the pause', () => {
    expect(intro('Quux, qui le finance ?')).toBeNull();
    expect(intro('je suis perdu.')).toBeNull();
  });
});

/** The words of the apposition after a name said first, given the names the graph holds exactly. */
async function apposition(question: string, names: readonly string[]): Promise<string | null> {
  const tokens = tokenize(question);
  const found = await appositionFirst({
    question,
    tokens,
    from: 0,
    named: async (from, to) => (names.includes(spanText(question, tokens, { from, to })) ? 'quux' : null),
  });
  return found ? spanText(question, tokens, found.span) : null;
}

describe('an apposition after a name said first', () => {
  it('is the words between commas opened by an article, or in parentheses', async () => {
    expect(await apposition("Quux, l'incubateur de Quuxville, a reçu combien ?", ['Quux'])).toBe("l'incubateur de Quuxville");
    expect(await apposition('Quux Labs (la start-up de Quuxville) a reçu combien ?', ['Quux Labs'])).toBe('la start-up de Quuxville');
  });

  it('is none when the name is not one the graph holds, or no article opens the words', async () => {
    expect(await apposition("Quux, l'incubateur de Quuxville, a reçu combien ?", [])).toBeNull();
    expect(await apposition('Quux, qui le finance, et combien ?', ['Quux'])).toBeNull();
  });
});
