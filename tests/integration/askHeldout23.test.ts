import { describeHeldOutChecks, describeHeldOutEvaluation, heldOutTablesBefore, readTable } from '../support/askTable';

/**
 * `ask` on a twenty-third held-out table (tests/ask/heldout23.yaml): written blind by H24 on 2026-12-03 from the
 * seeds, the SDL and the judge alone — 100 questions (60 French, 40 English) typed as a clinical research associate,
 * an engineering student looking for an internship, a business angel, a radio journalist, a deputy mayor of a small
 * town, a consultant for a foreign pharma group, a biotech founder looking for a lab or a hospital, a retired doctor
 * or a product manager building a front end would: funding (who funds whom, how much, in which year, by instrument),
 * rankings, paths, partner suggestions, lists by kind, domain, place and funder, figures (jobs, revenue, raises,
 * investments), takeovers, owners and shareholders, members, founders, carriers, leaders, locations, programmes,
 * labels and "since when" questions, with ten questions outside the graph and six with a restricting word the seeds
 * have no data for.
 */
const HELD_OUT = readTable('heldout23.yaml');

describeHeldOutChecks('the twenty-third held-out questions', HELD_OUT, {
  atLeast: 100,
  earlier: heldOutTablesBefore(23),
  noRepeatWithin: true,
});

// Written blind by H24 (2026-12-03). Measured blind by the lead, never read for tuning that day: 74 of 100 on the ask code
// of 398aae1, and 74 of 100 again on main 9668807 after family 39 (whose author never saw it), 1 ANSWERED while wrong
// (`et l'IGH, qui l'a financé en 2024 ?`, the intent classifier at confidence 0.23 reading the institute as the funder).
// Then opened to families 40 and 41 (late session): 84 of 100, none wrong (main, 18:41 UTC). Floor three below that.
describeHeldOutEvaluation('twenty-third held-out questions', HELD_OUT, { atLeastRight: 81 });
