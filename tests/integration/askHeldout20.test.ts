import { describeHeldOutChecks, describeHeldOutEvaluation, heldOutTablesBefore, readTable } from '../support/askTable';

/**
 * `ask` on a twentieth held-out table (tests/ask/heldout20.yaml): written blind by H21 on 2026-12-03 from the seeds,
 * the SDL and the judge alone — 100 questions (60 French, 40 English) typed as a regional journalist, a VC analyst, a
 * PhD student looking for a lab, a hospital buyer, a civil servant, a front-end developer, a foreign investor or a
 * start-up founder looking for partners would: funding (who funds whom, how much, in which year, by instrument),
 * rankings, paths, partner suggestions, lists by kind, domain, place and funder, figures (jobs, revenue, raises,
 * budgets), takeovers, owners and shareholders, members, founders, carriers, leaders, incubation, spin-offs, labels,
 * locations and programmes, with ten questions outside the graph and six with a restricting word the seeds have no
 * data for.
 */
const HELD_OUT = readTable('heldout20.yaml');

describeHeldOutChecks('the twentieth held-out questions', HELD_OUT, {
  atLeast: 100,
  earlier: heldOutTablesBefore(20),
  noRepeatWithin: true,
});

// Written blind by H21 (2026-12-03) and not measured: its writer did not run `ask` on it. The lead measures it once
// and sets the floor (and names any question answered ANSWERED while wrong) from that measure.
describeHeldOutEvaluation('twentieth held-out questions', HELD_OUT, {
  atLeastRight: 0,
});
