import { describeHeldOutChecks, describeHeldOutEvaluation, heldOutTablesBefore, readTable } from '../support/askTable';

/**
 * `ask` on a twenty-fifth held-out table (tests/ask/heldout25.yaml): written blind by T25 on 2026-12-03 from the
 * seeds, the SDL and the judge alone — 100 questions (60 French, 40 English) typed as a clinical-trial coordinator, a
 * master's student in bioinformatics looking for an internship, a business-angel network's analyst, a trade journalist,
 * a chamber of commerce adviser, a pharma buyer, a Canadian investor, a rare-disease patient association volunteer, a
 * front-end developer testing the API or a town-hall economic-development officer would: funding (who funds whom, how
 * much, in which year, by instrument, with the amount or the year inside the question), rankings, paths, partner
 * suggestions, lists by kind, domain, place and funder, figures, takeovers, owners and shareholders, members, founders,
 * carriers, leaders, locations, programmes, labels, "since when" questions, comparisons of two named actors and
 * follow-ups that repeat their subject or refer back with a pronoun, with ten questions outside the graph and six with
 * a restricting word the seeds have no data for.
 */
const HELD_OUT = readTable('heldout25.yaml');

describeHeldOutChecks('the twenty-fifth held-out questions', HELD_OUT, {
  atLeast: 100,
  earlier: heldOutTablesBefore(25),
  noRepeatWithin: true,
});

// Written blind by T25 (2026-12-03). Measured blind by the lead on main 3fbe7df (ask code of 10ce202): 71 of 100, 2 ANSWERED
// while wrong (the author's accidental run on the same code had printed 72, 3). After family 43, whose author never saw
// it: 73, 3 wrong. The floor keeps a margin for the loaded machine (partner suggestions time out there). Known wrong: an
// investor question answered by shareholders and funders (RELATED) where the table pins FUNDING, and a ranking of
// recipients read as a ranking of funders (docs/ASK.md, Twenty-fifth table).
describeHeldOutEvaluation('twenty-fifth held-out questions', HELD_OUT, {
  atLeastRight: 70,
  knownConfidentlyWrong: ['who invested in antabio', "top 3 des entreprises qui ont reçu le plus d'argent"],
});
