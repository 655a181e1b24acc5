import { describeHeldOutChecks, describeHeldOutEvaluation, heldOutTablesBefore, readTable } from '../support/askTable';

/**
 * `ask` on a sixteenth held-out table (tests/ask/heldout16.yaml): written blind by H16 on 2026-12-02 from the seeds,
 * the SDL and the judge alone, 60 French and 40 English questions — funding and amounts, rankings, ties, paths,
 * partner suggestions, lists by kind, domain, place, funder and period, figures, takeovers, members, places,
 * programmes and labels, six questions with a word the graph has no data for and ten outside its scope.
 */
const HELD_OUT = readTable('heldout16.yaml');

describeHeldOutChecks('the sixteenth held-out questions', HELD_OUT, {
  atLeast: 100,
  earlier: heldOutTablesBefore(16),
  noRepeatWithin: true,
});

// Written blind by H16 (2026-12-02). Its writer's one run on c56dcb3, blind: 77 of 100 right, 2 ANSWERED while wrong. Floor three below.
describeHeldOutEvaluation('sixteenth held-out questions', HELD_OUT, { atLeastRight: 74 });
