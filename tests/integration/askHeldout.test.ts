import { describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on held-out questions (tests/ask/heldout.yaml): written before the intent classifier and never trained on,
 * they check that what was built generalises beyond the development table.
 */

const HELD_OUT = readTable('heldout.yaml');
const DEVELOPMENT = new Set(readTable('questions.yaml').map((row) => row.q));

describe('the held-out questions', () => {
  it('hold at least 60 questions, none of them in the development table', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(60);
    expect(HELD_OUT.filter((row) => DEVELOPMENT.has(row.q))).toEqual([]);
  });
});

// 60 of 71 right when this floor was last raised (2026-11-30, 04:08 UTC); the target is 90 % (docs/ASK.md).
describeHeldOutEvaluation('held-out questions', HELD_OUT, { atLeastRight: 60 });
