import { describeHeldOutChecks, heldOutTablesBefore, describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on a sixth held-out table (tests/ask/heldout6.yaml): written by someone who had read neither the question
 * tables, the ask service, its vocabulary nor docs/ASK.md, only the seeds to pin facts, as people would type into a
 * search box (French and English, missing accents, typos, slang, questions it must not answer), to measure how far
 * `ask` generalises.
 */

const HELD_OUT = readTable('heldout6.yaml');
describeHeldOutChecks('the sixth held-out questions', HELD_OUT, {
  atLeast: 80,
  earlier: heldOutTablesBefore(6),
  noRepeatWithin: true,
});

// Written by H23d (2026-11-30, 14:55–16:00 UTC), blind, while others worked on ask. Judged on the dev API: main before
// the ask helpers' merges (16:00 UTC) 62 right, 1 ANSWERED while judged wrong; after them (16:10) 62 and 1, the same; after
// one shape written once its misses had been read (the recipient first: `X a reçu combien de Y`), 63 and 1. The one is
// the budget question named below, answered with the programme's budget figure but as FUNDING where the row pins
// FIGURES (as the fifth table's). Floor two below the measure.
// Next session (2026-11-30 evening): its miss families (not its rows) were given to two helpers, so it now flatters them:
// 75 right, the same 1 ANSWERED while judged wrong (dev API, 19:09 UTC).
describeHeldOutEvaluation('sixth held-out questions', HELD_OUT, {
  atLeastRight: 73,
  knownConfidentlyWrong: ['budget du FOSTER TPE-PME ?'],
});
