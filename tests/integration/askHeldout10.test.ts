import { describeHeldOutChecks, describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on a tenth held-out table (tests/ask/heldout10.yaml): written by someone who had read neither the question
 * tables, the ask service, its vocabulary nor docs/ASK.md, from the seeds alone, as people would type into a search box
 * (French and English, typos, texting, questions with context about the asker, two constraints, dates and periods the
 * seeds hold, sites and plants of groups, restrictions the graph cannot apply, questions it must not answer), spread
 * over funding, ownership, members, sites, places, partners, paths, figures, timelines and lists, to measure how far
 * `ask` generalises.
 */

const HELD_OUT = readTable('heldout10.yaml');
describeHeldOutChecks('the tenth held-out questions', HELD_OUT, {
  atLeast: 80,
  earlier: [
    'heldout.yaml',
    'heldout2.yaml',
    'heldout3.yaml',
    'heldout4.yaml',
    'heldout5.yaml',
    'heldout6.yaml',
    'heldout7.yaml',
    'heldout8.yaml',
    'heldout9.yaml',
  ],
  noRepeatWithin: true,
});

// Written blind by H23i (2026-12-01, 02:30-02:50 UTC). The lead sets the floor after the first measure.
describeHeldOutEvaluation('tenth held-out questions', HELD_OUT, { atLeastRight: 0 });
