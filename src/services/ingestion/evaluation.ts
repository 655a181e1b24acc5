import type { SeedSet } from '../seeding/readSeeds';
import { compactKey } from './linking/names';
import type { NamedRef, Proposal } from './proposals/contract';

/** The kinds of fact the evaluation scores, in the order of its table. */
export const SCORED_KINDS = ['ACTOR', 'LOCATION', 'TIE', 'FUNDING', 'FIGURE'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

/** Recall and precision of one kind of fact. */
export interface KindScore {
  kind: ScoredKind;
  expected: number;
  proposed: number;
  /** Expected facts some proposal states. */
  found: number;
  /** Proposals that state an expected fact. */
  correct: number;
  recall: number;
  precision: number;
  missed: string[];
  wrong: string[];
}

/** Ties that are not scored as ties: locations are their own kind; domains are not proposed. */
const UNSCORED_TIES = new Set(['LOCATED_IN', 'ACTIVE_IN']);

/**
 * Compares the proposals made from the source documents with the curated seeds that cite those
 * documents' passages: actors by folded name or alias, locations by actor and place, ties by type and
 * ends (PARTNERS_WITH either way), fundings by funder and amount, figures by subject, metric and value.
 */
export function scoreProposals({
  seeds,
  sourceIds,
  proposals,
}: {
  seeds: SeedSet;
  sourceIds: string[];
  proposals: Proposal[];
}): KindScore[] {
  const passages = new Set(seeds.sources.filter((s) => sourceIds.includes(s.id)).flatMap((s) => Object.keys(s.passages)));
  const cited = (cite: string[]) => cite.some((p) => passages.has(p));
  const idOfName = new Map<string, string>();
  for (const entity of [...seeds.actors, ...seeds.programmes, ...seeds.places])
    for (const name of [entity.name, ...entity.aliases]) if (!idOfName.has(compactKey(name))) idOfName.set(compactKey(name), entity.id);
  const idOf = (ref: NamedRef) => ref.id ?? idOfName.get(compactKey(ref.name)) ?? `new:${compactKey(ref.name)}`;

  const expected: Record<ScoredKind, Set<string>> = {
    ACTOR: new Set(seeds.actors.filter((a) => cited(a.cite)).map((a) => a.id)),
    LOCATION: new Set(seeds.ties.filter((t) => t.type === 'LOCATED_IN' && cited(t.cite)).map((t) => `${t.from}@${t.to}`)),
    TIE: new Set(seeds.ties.filter((t) => !UNSCORED_TIES.has(t.type) && cited(t.cite)).map((t) => tieKey(t.type, t.from, t.to))),
    FUNDING: new Set(seeds.fundings.filter((f) => cited(f.cite)).map((f) => `${f.funder}:${f.amountEur ?? 'none'}`)),
    FIGURE: new Set(
      [...seeds.actors, ...seeds.programmes].flatMap((owner) =>
        owner.figures.filter((f) => cited(f.cite)).map((f) => `${owner.id}:${f.metric}:${f.value}`),
      ),
    ),
  };
  const proposed: Record<ScoredKind, Set<string>> = {
    ACTOR: new Set(),
    LOCATION: new Set(),
    TIE: new Set(),
    FUNDING: new Set(),
    FIGURE: new Set(),
  };
  for (const p of proposals) {
    if (p.kind === 'ACTOR') proposed.ACTOR.add(idOf({ name: p.name, id: p.match === 'new' ? null : p.match }));
    else if (p.kind === 'LOCATION') proposed.LOCATION.add(`${idOf(p.actor)}@${idOf(p.place)}`);
    else if (p.kind === 'TIE') proposed.TIE.add(tieKey(p.tieKind, idOf(p.from), idOf(p.to)));
    else if (p.kind === 'FUNDING') proposed.FUNDING.add(`${idOf(p.funder)}:${p.amountEur ?? 'none'}`);
    else if (p.kind === 'FIGURE') proposed.FIGURE.add(`${idOf(p.subject)}:${p.metric}:${p.value}`);
  }
  return SCORED_KINDS.map((kind) => {
    const want = expected[kind];
    const got = proposed[kind];
    const found = [...want].filter((k) => got.has(k)).length;
    const correct = [...got].filter((k) => want.has(k)).length;
    return {
      kind,
      expected: want.size,
      proposed: got.size,
      found,
      correct,
      recall: want.size ? found / want.size : 1,
      precision: got.size ? correct / got.size : 1,
      missed: [...want].filter((k) => !got.has(k)).sort(),
      wrong: [...got].filter((k) => !want.has(k)).sort(),
    };
  });
}

/** PARTNERS_WITH has no direction: its ends are compared in either order. */
function tieKey(type: string, from: string, to: string): string {
  return type === 'PARTNERS_WITH' && from > to ? `${type}:${to}->${from}` : `${type}:${from}->${to}`;
}

/** The table `npm run eval:ingest` prints (and docs/INGESTION.md keeps). */
export function formatScores(scores: KindScore[]): string {
  const rows = scores.map(
    (s) => `| ${s.kind} | ${s.expected} | ${s.proposed} | ${s.found} | ${s.recall.toFixed(2)} | ${s.correct} | ${s.precision.toFixed(2)} |`,
  );
  return [
    '| kind | expected | proposed | found | recall | correct | precision |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
