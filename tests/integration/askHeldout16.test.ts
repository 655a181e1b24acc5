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

// Written blind by H16 (2026-12-02), measured once after A23r and A23s were merged. Its writer's one run on c56dcb3, blind:
// 77 of 100 right, 2 ANSWERED while wrong: the members of the SIRIC asked with `quels établissements composent` (the verb
// was read as the misspelt `comptent` of a site shape: no member came back; mended by an exact shape), and a budget asked
// of a foundation, answered as FUNDING with its budget figure where this table pins FIGURES. Blind tables disagree there
// (the first and third pin FUNDING for the same questions, the fifth and sixth FIGURES); the answer gives the budget
// figure either way, so it stays as designed (docs/ASK.md, Budgets) and is named here. After the lead's mends, on the dev
// API: 78 of 100; after three more shapes (two names first and the question after them, money put in said with its noun,
// `fonds d'invest`): 81 of 100; with the label asked from the labelled actor's side: 82 of 100; after A23t, A23u and the
// lead's mends of the next stop (2026-12-02, 09:16 UTC): 89 of 100. Floor three below the measure.
describeHeldOutEvaluation('sixteenth held-out questions', HELD_OUT, {
  atLeastRight: 86,
  knownConfidentlyWrong: ['budget of the Fondation Toulouse Cancer Santé'],
});
