import { describeHeldOutChecks, describeHeldOutEvaluation, readTable } from '../support/askTable';

/**
 * `ask` on a second held-out table (tests/ask/heldout2.yaml): written by someone who had read neither the question
 * tables nor the ask service, as people would type into a search box, to measure how far `ask` generalises.
 */

const HELD_OUT = readTable('heldout2.yaml');
describeHeldOutChecks('the second held-out questions', HELD_OUT, { atLeast: 80 });

// 37 of 80 right on main before the A23m and A23r changes (Q23's run, 03:50 UTC 2026-11-30), 56 of 80 after (04:45 UTC), 55
// once a development row that repeated one of these questions was taken out,
// never tuned on; the target is 90 % (docs/ASK.md). Q23b (name said first, money verbs, figures, members with their kind):
// 77 of 80, 0 ANSWERED while wrong (07:15 UTC 2026-11-30); the floor is two below, for a time-out on a loaded machine.
describeHeldOutEvaluation('second held-out questions', HELD_OUT, { atLeastRight: 76 });
