import { describeHeldOutChecks, heldOutTablesBefore, describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on a fifth held-out table (tests/ask/heldout5.yaml): written by someone who had read neither the question
 * tables, the ask service nor its vocabulary, only the seeds, as people would type into a search box (French and
 * English, typos, slang, questions it must not answer), to measure how far `ask` generalises.
 */

const HELD_OUT = readTable('heldout5.yaml');
describeHeldOutChecks('the fifth held-out questions', HELD_OUT, {
  atLeast: 71,
  earlier: heldOutTablesBefore(5),
});

// Written by H23c (2026-11-30, 11:55–12:50 UTC), who had read neither the question tables, the ask service nor its
// vocabulary, while others worked on ask without seeing it. 80 questions; the first full run (fresh-clone CI, 13:43 UTC)
// found nine with the same words as a question of the development table (1) or of an earlier held-out table (8), written
// independently: taken out, since they measure nothing new (8 of the 9 were answered right). On the 71 left, judged on
// the dev API: main before the helpers' work (12:33 UTC) 57 right, 0 ANSWERED while wrong; after the merges (13:31 UTC)
// 60 right, 1 ANSWERED while judged wrong, named below: its answer carries the programme's budget figure (BUDGET_EUR,
// 143 M€) but as a FUNDING answer, where the row pins FIGURES. The row stays as written. The next session's helpers were
// given the families of its misses (not the rows): 63 right at 16:20 UTC, the same one wrong. Floor two below the measure.
// 64 right, the same one wrong, after the evening session's merges (dev API, 19:09 UTC).
describeHeldOutEvaluation('fifth held-out questions', HELD_OUT, {
  atLeastRight: 62,
  knownConfidentlyWrong: ['budget du programme FOSTER TPE-PME'],
});
