import { describeHeldOutChecks, heldOutTablesBefore, describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on an eleventh held-out table (tests/ask/heldout11.yaml): written by someone who had read neither the question
 * tables, the ask service, its vocabulary nor docs/ASK.md, from the seeds alone, as people would type into a search box
 * (French and English, typos, texting, lowercase and misspelt names, questions with context about the asker, two
 * constraints, dates and periods the seeds hold, sites and plants of groups, a journalist's or an investor's questions
 * about one company, comparisons the graph can answer, follow-up fragments that mean nothing alone, questions it must not
 * answer), spread over funding, ownership, members, sites, places, partners, paths, figures, timelines and lists, to
 * measure how far `ask` generalises.
 */

const HELD_OUT = readTable('heldout11.yaml');
describeHeldOutChecks('the eleventh held-out questions', HELD_OUT, {
  atLeast: 100,
  earlier: heldOutTablesBefore(11),
  noRepeatWithin: true,
});

// Written blind by H23j (2026-12-01). The lead sets the floor after measuring.
describeHeldOutEvaluation('eleventh held-out questions', HELD_OUT, { atLeastRight: 0 });
