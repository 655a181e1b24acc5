import { describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on a third held-out table (tests/ask/heldout3.yaml): written by someone who had read neither the question
 * tables, the ask service nor its vocabulary, as people would type into a search box (French and English, typos,
 * slang, questions it must not answer), to measure how far `ask` generalises.
 */

const HELD_OUT = readTable('heldout3.yaml');
const DEVELOPMENT = new Set(readTable('questions.yaml').map((row) => row.q));
const EARLIER_HELD_OUT = new Set([...readTable('heldout.yaml'), ...readTable('heldout2.yaml')].map((row) => row.q));

describe('the third held-out questions', () => {
  it('hold at least 80 questions, none of them in the development table', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(80);
    expect(HELD_OUT.filter((row) => DEVELOPMENT.has(row.q))).toEqual([]);
  });

  it('repeat no question of the earlier held-out tables', () => {
    expect(HELD_OUT.filter((row) => EARLIER_HELD_OUT.has(row.q))).toEqual([]);
  });
});

// Not measured yet: the floor is 0 until a quiet run on main gives the share right (docs/ASK.md); never tuned on.
// First run (H23, 06:25 UTC 2026-11-30, loaded machine): 38 of 80 right, 3 ANSWERED while wrong, 22 failed on database
// time-outs; five rows that repeated a question of an earlier table were reworded afterwards.
describeHeldOutEvaluation('third held-out questions', HELD_OUT, { atLeastRight: 0 });
