import { describeHeldOutChecks, heldOutTablesBefore, describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on a fourth held-out table (tests/ask/heldout4.yaml): written by someone who had read neither the question
 * tables, the ask service nor its vocabulary, as people would type into a search box (French and English, typos,
 * slang, questions it must not answer), to measure how far `ask` generalises.
 */

const HELD_OUT = readTable('heldout4.yaml');
describeHeldOutChecks('the fourth held-out questions', HELD_OUT, {
  atLeast: 80,
  earlier: heldOutTablesBefore(4),
});

// Written by H23b (2026-11-30, 09:05–10:00 UTC) while others worked on ask, none of whom read it. First run, main before
// their work merged (dev API, 10:00 UTC): 58 of 80 right, 2 ANSWERED while wrong; after the merges (10:40 UTC): 62 of 80,
// 3 ANSWERED while wrong. Then one general change (texting "X c ou ?" read as where X is; also seen on the development
// side): 63 of 80, 2 ANSWERED while wrong. R23b fixed the class of each (investors answered with fundings and shares
// held; `sites` no longer dropped as a word describing a name; shapes for a group's sites), and worked on its families
// (funders of a round, the funder named with the recipient, out-of-scope words): 68 of 80, 0 ANSWERED while wrong (dev
// API, 12:42 UTC; this table's figure now flatters those families). Floor two below the measure.
// With Q23d's linking merged as well: 69 of 80, 0 ANSWERED while wrong (dev API, 13:31 UTC).
// After S23f's (yes/no place questions, sites named with their owner, what a site or campus gathers, harmless words): 70 of
// 80, 0 ANSWERED while wrong (dev API, 18:44 UTC); floor two below.
// After D23g and the lead's count answer as well: 71 of 80, 0 ANSWERED while wrong (dev API, 19:09 UTC).
describeHeldOutEvaluation('fourth held-out questions', HELD_OUT, { atLeastRight: 69 });
