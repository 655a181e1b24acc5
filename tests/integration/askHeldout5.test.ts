import { describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on a fifth held-out table (tests/ask/heldout5.yaml): written by someone who had read neither the question
 * tables, the ask service nor its vocabulary, only the seeds, as people would type into a search box (French and
 * English, typos, slang, questions it must not answer), to measure how far `ask` generalises.
 */

const HELD_OUT = readTable('heldout5.yaml');
const DEVELOPMENT = new Set(readTable('questions.yaml').map((row) => row.q));
const EARLIER_HELD_OUT = new Set(
  [...readTable('heldout.yaml'), ...readTable('heldout2.yaml'), ...readTable('heldout3.yaml'), ...readTable('heldout4.yaml')].map(
    (row) => row.q,
  ),
);

describe('the fifth held-out questions', () => {
  it('hold at least 80 questions, none of them in the development table', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(80);
    expect(HELD_OUT.filter((row) => DEVELOPMENT.has(row.q))).toEqual([]);
  });

  it('repeat no question of the earlier held-out tables', () => {
    expect(HELD_OUT.filter((row) => EARLIER_HELD_OUT.has(row.q))).toEqual([]);
  });
});

// First measure still to be taken: the floor stays at none until it is.
describeHeldOutEvaluation('fifth held-out questions', HELD_OUT, { atLeastRight: 0 });
