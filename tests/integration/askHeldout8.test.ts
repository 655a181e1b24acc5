import { describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on an eighth held-out table (tests/ask/heldout8.yaml): written by someone who had read neither the question
 * tables, the ask service nor its vocabulary, as people would type into a search box (French and English, typos,
 * slang, longer questions with context, two constraints, restrictions the graph cannot apply, questions it must not
 * answer), to measure how far `ask` generalises.
 */

const HELD_OUT = readTable('heldout8.yaml');
const DEVELOPMENT = new Set(readTable('questions.yaml').map((row) => row.q));
const EARLIER_HELD_OUT = new Set(
  ['heldout.yaml', 'heldout2.yaml', 'heldout3.yaml', 'heldout4.yaml', 'heldout5.yaml', 'heldout6.yaml', 'heldout7.yaml'].flatMap((file) =>
    readTable(file).map((row) => row.q),
  ),
);

describe('the eighth held-out questions', () => {
  it('hold at least 80 questions, none of them in the development table', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(80);
    expect(HELD_OUT.filter((row) => DEVELOPMENT.has(row.q))).toEqual([]);
  });

  it('repeat no question of the earlier held-out tables', () => {
    expect(HELD_OUT.filter((row) => EARLIER_HELD_OUT.has(row.q))).toEqual([]);
  });
});

// The lead sets the floor after measuring.
describeHeldOutEvaluation('eighth held-out questions', HELD_OUT, { atLeastRight: 0 });
