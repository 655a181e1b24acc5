import { ASK_QUERY, type Answer } from '../support/askJudge';
import { paraphraseVariants, sameAnswer, type Variant } from '../support/askParaphrase';
import { readTable } from '../support/askTable';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * `ask` gives a question said another way the answer it gives the question (scripts/askParaphraseCheck.js measures every
 * kind on every table): wrapped in politeness or a request to be told, without its question mark or accents, in capitals,
 * with extra spaces. 40 variants of development rows spread over the table, two kinds a row in turn.
 */

const PINNED_KINDS = [
  'bonjour-pouvez',
  'je-voudrais',
  'dis-moi',
  'stp',
  'merci',
  'hi-quick',
  'could-you',
  'thanks',
  'please',
  'no-mark',
  'capitals',
  'spaces',
  'no-accents',
];
const ROWS = 20;

const table = readTable('questions.yaml');
const cases: { original: string; variant: Variant }[] = Array.from(
  { length: ROWS },
  (_, i) => table[Math.floor((i * table.length) / ROWS)]!,
).flatMap((row, i) => {
  const variants = paraphraseVariants(row.q).filter((variant) => PINNED_KINDS.includes(variant.kind));
  return [variants[(2 * i) % variants.length]!, variants[(2 * i + 1) % variants.length]!].map((variant) => ({ original: row.q, variant }));
});

describe('a question said another way', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const ask = async (question: string) => {
    const response = await api.query<{ ask: Answer }>(ASK_QUERY, { question });
    expect(response.errors).toBeUndefined();
    return response.data!.ask;
  };

  it('is built 40 times from the development table, of several kinds', () => {
    expect(cases).toHaveLength(40);
    expect(new Set(cases.map(({ variant }) => variant.kind)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(cases.map(({ original, variant }) => [`${variant.kind}: «${variant.q}» as «${original}»`, original, variant.q] as const))(
    '%s',
    async (_name, original, variant) => {
      const [before, after] = [await ask(original), await ask(variant)];
      expect({ status: after.status, operation: after.interpretation.operation, same: sameAnswer(before, after) }).toEqual({
        status: before.status,
        operation: before.interpretation.operation,
        same: true,
      });
    },
  );
});
