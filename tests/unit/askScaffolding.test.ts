import { scaffoldingPositions, topicFirst } from '../../src/services/ask/scaffolding';
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

describe('the words around a question', () => {
  it('leaves out greetings and requests to be told at the start', () => {
    expect(kept('Bonjour, je voudrais savoir qui finance Zorblat ?')).toBe('qui finance zorblat');
    expect(kept('hi, could you tell me who owns Zorblat')).toBe('who owns zorblat');
  });

  it('leaves out politeness at the end', () => {
    expect(kept('qui finance Zorblat stp merci')).toBe('qui finance zorblat');
    expect(kept('who owns Zorblat, thanks in advance')).toBe('who owns zorblat');
  });

  it('keeps a greeting that is the whole question', () => {
    expect(kept('bonjour')).toBe('bonjour');
  });

  it('keeps the same words inside the question', () => {
    expect(kept('qui a dit merci à Zorblat')).toBe('qui a dit merci a zorblat');
  });
});

describe('a topic said first', () => {
  const namesZorblat = async (question: string, from: number, to: number) =>
    tokenize(question)
      .slice(from, to)
      .map((token) => token.folded)
      .join(' ') === 'zorblat';
  const preamble = async (question: string) => {
    const topic = await topicFirst({
      question,
      tokens: tokenize(question),
      from: 0,
      names: (from, to) => namesZorblat(question, from, to),
    });
    return topic?.dropped.length ?? null;
  };

  it('drops the words before a name said as the topic, up to the pause', async () => {
    expect(await preamble('pour un article sur Zorblat, qui les finance ?')).toBe(4);
    expect(await preamble('concernant Zorblat : qui les finance ?')).toBe(1);
  });

  it('takes no topic that is not a name', async () => {
    expect(await preamble('pour un article sur la santé, qui finance ?')).toBeNull();
  });

  it('takes no topic without a pause after it', async () => {
    expect(await preamble('concernant Zorblat qui les finance')).toBeNull();
  });
});
