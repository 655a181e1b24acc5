import { describeQuestionTable, readTable } from '../support/askTable';

/**
 * `ask` against the development table (tests/ask/questions.yaml): every question, written as people type
 * them, comes back with its pinned status and operation, and its answer holds the facts the documents state.
 */

const TABLE = readTable('questions.yaml');

describe('the development table', () => {
  it('holds at least 200 questions, each asked once', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(200);
    expect(new Set(TABLE.map((row) => row.q)).size).toBe(TABLE.length);
  });
});

describeQuestionTable('the development table of real questions', TABLE);
