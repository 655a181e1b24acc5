import { describeHeldOutChecks, heldOutTablesBefore, describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on a ninth held-out table (tests/ask/heldout9.yaml): written by someone who had read neither the question
 * tables, the ask service, its vocabulary nor docs/ASK.md, from the seeds alone, as people would type into a search box
 * (French and English, typos, texting, longer questions with context, two constraints, restrictions the graph cannot
 * apply, questions it must not answer), spread over funding, ownership, members, places, partners, paths, figures,
 * timelines and lists, to measure how far `ask` generalises.
 */

const HELD_OUT = readTable('heldout9.yaml');
describeHeldOutChecks('the ninth held-out questions', HELD_OUT, {
  atLeast: 80,
  earlier: heldOutTablesBefore(9),
});

// Written blind by H23h (2026-11-30, 23:37-23:45 UTC). First measure on main as it stood (ask of 4e6e06a), before anyone
// read a row: 63 of 89 right, 1 ANSWERED while wrong (bioproduction firms "tied" to a campus only by its city). The lead
// then read the misses and mended by mechanism (ties not walked through a shared place or domain, a known name a list
// left over, a seat or offices asked, a period on figures): 69, 0 wrong; A23j (blind to this table) merged: 70 of 89,
// 0 ANSWERED while wrong (dev API, 01:02 UTC 2026-12-01); then shapes for investment and membership verbs, texted `koi`,
// ties kept through domains other than the one asked: 74 of 89, 0 wrong (01:37 UTC). Floor two below.
describeHeldOutEvaluation('ninth held-out questions', HELD_OUT, { atLeastRight: 72 });
