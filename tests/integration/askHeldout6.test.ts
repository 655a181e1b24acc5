import { describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on a sixth held-out table (tests/ask/heldout6.yaml): written by someone who had read neither the question
 * tables, the ask service, its vocabulary nor docs/ASK.md, only the seeds to pin facts, as people would type into a
 * search box (French and English, missing accents, typos, slang, questions it must not answer), to measure how far
 * `ask` generalises.
 */

const HELD_OUT = readTable('heldout6.yaml');
const DEVELOPMENT = new Set(readTable('questions.yaml').map((row) => row.q));
const EARLIER_HELD_OUT = new Set(
  ['heldout.yaml', 'heldout2.yaml', 'heldout3.yaml', 'heldout4.yaml', 'heldout5.yaml'].flatMap((file) =>
    readTable(file).map((row) => row.q),
  ),
);

describe('the sixth held-out questions', () => {
  it('hold at least 80 questions, none of them in the development table', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(80);
    expect(HELD_OUT.filter((row) => DEVELOPMENT.has(row.q))).toEqual([]);
  });

  it('repeat no question of the earlier held-out tables', () => {
    expect(HELD_OUT.filter((row) => EARLIER_HELD_OUT.has(row.q))).toEqual([]);
  });

  it('repeat no question within the table', () => {
    const questions = HELD_OUT.map((row) => row.q);
    expect(questions.filter((q, index) => questions.indexOf(q) !== index)).toEqual([]);
  });
});

// First run: not measured yet, the floor stays at 0 until the table is first measured.
describeHeldOutEvaluation('sixth held-out questions', HELD_OUT, { atLeastRight: 0 });
