import { describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on a second held-out table (tests/ask/heldout2.yaml): written by someone who had read neither the question
 * tables nor the ask service, as people would type into a search box, to measure how far `ask` generalises.
 */

const HELD_OUT = readTable('heldout2.yaml');
const DEVELOPMENT = new Set(readTable('questions.yaml').map((row) => row.q));

describe('the second held-out questions', () => {
  it('hold at least 80 questions, none of them in the development table', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(80);
    expect(HELD_OUT.filter((row) => DEVELOPMENT.has(row.q))).toEqual([]);
  });
});

// No floor yet: the first run measures the share answered right (issue 23).
describeHeldOutEvaluation('second held-out questions', HELD_OUT, { atLeastRight: 0 });
