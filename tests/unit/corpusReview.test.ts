import { join } from 'node:path';
import { readReviewLedgers, reviewLedgerProblems } from '../../src/services/seeding/corpusReview';
import { readSeedDirectory, type SeedSet } from '../../src/services/seeding/readSeeds';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seeds = readSeedDirectory(SEEDS);
const ledgers = readReviewLedgers(SEEDS);

/** A summarised document's first passage: what a fact added by hand would cite. */
function aSummaryPassage(set: SeedSet): string {
  const source = set.sources.find((s) => s.kind === 'SUMMARY')!;
  return Object.keys(source.passages)[0]!;
}

describe('the corpus review ledger', () => {
  it('lists every fact that cites a summarised document as matched, accepted or missed, and names only ids of the seeds', () => {
    expect(ledgers.length).toBeGreaterThan(0);
    expect(reviewLedgerProblems(seeds, ledgers)).toEqual([]);
  });

  it('covers every summarised document of the corpus', () => {
    const reviewed = new Set(ledgers.flatMap(({ ledger }) => ledger.sources.map((s) => s.source)));
    const summaries = seeds.sources.filter((s) => s.kind === 'SUMMARY').map((s) => s.id);
    expect(summaries.filter((id) => !reviewed.has(id))).toEqual([]);
  });

  it('refuses a tie added to the seeds without a review', () => {
    const [from, to] = [seeds.actors[0]!.id, seeds.actors[1]!.id];
    const grown = { ...seeds, ties: [...seeds.ties, { type: 'PARTNERS_WITH' as const, from, to, cite: [aSummaryPassage(seeds)] }] };
    expect(reviewLedgerProblems(grown, ledgers)).toEqual([
      expect.stringContaining(`fact tie:PARTNERS_WITH:${from}:${to} cites it but its review does not list it`),
    ]);
  });

  it('refuses a figure added to an actor without a review', () => {
    const [first, ...others] = seeds.actors;
    const figure = {
      metric: 'EMPLOYEES' as const,
      value: 12345,
      qualifier: 'EXACT' as const,
      date: '2020',
      cite: [aSummaryPassage(seeds)],
    };
    const grown = { ...seeds, actors: [{ ...first!, figures: [...first!.figures, figure] }, ...others] };
    expect(reviewLedgerProblems(grown, ledgers)).toEqual([expect.stringContaining(`fact figure:${first!.id}:EMPLOYEES:12345:2020`)]);
  });

  it('refuses a ledger that names an actor the seeds do not have', () => {
    const [first, ...rest] = ledgers;
    const entry = first!.ledger.sources[0]!;
    const broken = {
      ...entry,
      proposals: [...entry.proposals, { kind: 'LOCATION', actor: 'no-such-actor', place: 'toulouse', decision: 'NEW' as const }],
    };
    const edited = { file: first!.file, ledger: { ...first!.ledger, sources: [broken, ...first!.ledger.sources.slice(1)] } };
    expect(reviewLedgerProblems(seeds, [edited, ...rest])).toEqual([expect.stringContaining('actor no-such-actor is no id of the seeds')]);
  });

  it('refuses a matched fact that does not cite the document it is reviewed under', () => {
    const [first, ...rest] = ledgers;
    const entry = first!.ledger.sources[0]!;
    const broken = {
      ...entry,
      proposals: [...entry.proposals, { kind: 'ACTOR', name: 'X', decision: 'MATCHED' as const, fact: 'actor:no-such-actor' }],
    };
    const edited = { file: first!.file, ledger: { ...first!.ledger, sources: [broken, ...first!.ledger.sources.slice(1)] } };
    expect(reviewLedgerProblems(seeds, [edited, ...rest])).toEqual([
      expect.stringContaining('MATCHED fact actor:no-such-actor is not a fact citing this source'),
    ]);
  });
});
