import type { ActorFilterInput } from '../../db/directory';
import { listNamedNodes, searchEntities } from '../../db/graphSearch';
import type { EntityRow, FundingRow } from '../../db/rows';
import { ACTOR_FIGURES, PROGRAMME_FIGURES } from '../../db/ties';
import { PAGE_SIZE, PATH_HOPS } from '../../domain/limits';
import { FUNDING_INSTRUMENTS, SEARCHABLE_TIE_TYPES, type TieType } from '../../domain/model';
import type { ServiceContext } from '../context';
import { actorsMatching } from '../directory';
import { fundingOverview, fundingSharing } from '../funding';
import { findPartners, findPaths, findTied, type SearchLabel } from '../graphSearch';
import { TIED_HOPS, WIDENED_HOPS } from './answering';
import { type Relation, shapesOf } from './grammar';
import type { IntentModel } from './intent';
import intentModelJson from './intentModel.json';

/**
 * Every statement `ask` can run, run once before the server says it is ready, so that no question pays for
 * Neo4j planning a statement text (and parameter types) it has not seen: 50 to 500 ms a statement on the seed
 * graph, against a few ms once planned. The statements are generated from what varies in them, through the
 * same services the answers call (so the texts are the answers' own): the actor filters a question can set,
 * the tie types of every relation a shape or an intent asks about, the hop bounds, the funding filters. The
 * ids given match nothing, so each statement is planned and then finds nothing at once.
 */

/** An id no node has: each warmed statement is planned, then matches nothing. */
const NO_NODE = 'warm-up:no-such-node';

/** The parts of an actor filter a question can set; every combination of them is its own list statement. */
const FILTER_PARTS: Required<Pick<ActorFilterInput, 'kinds' | 'domains' | 'place' | 'programme' | 'fundedBy'>> = {
  kinds: ['COMPANY'],
  domains: [NO_NODE],
  place: NO_NODE,
  programme: NO_NODE,
  fundedBy: NO_NODE,
};

/** Every subset of the filter parts, as filters. */
export function everyActorFilter(): ActorFilterInput[] {
  const keys = Object.keys(FILTER_PARTS) as (keyof typeof FILTER_PARTS)[];
  return Array.from({ length: 2 ** keys.length }, (_, mask) =>
    Object.fromEntries(keys.filter((_, bit) => mask & (1 << bit)).map((key) => [key, FILTER_PARTS[key]])),
  );
}

/** The excluded tie types of every relation a RELATED question can ask about (shapes and intents), each set once. */
export function relationExclusions(sc: ServiceContext): TieType[][] {
  const model = intentModelJson as unknown as IntentModel;
  const relations: Relation[] = [
    ...shapesOf(sc.vocabulary).flatMap((shape) => (shape.relation ? [shape.relation] : [])),
    ...model.classes.flatMap((intent) => (intent.ties ? [{ ties: intent.ties, direction: 'IN' as const, reversed: intent.reversed }] : [])),
  ];
  const sets = new Map<string, TieType[]>();
  for (const relation of relations) {
    const asked: string[] = [...relation.ties, ...(relation.reversed ?? [])];
    const excluded = SEARCHABLE_TIE_TYPES.filter((type) => !asked.includes(type));
    sets.set(excluded.join('|'), excluded);
  }
  return [...sets.values()];
}

/** Statements warmed at once. */
const WARM_UP_CONCURRENCY = 4;

const ALL_LABELS: SearchLabel[] = ['Actor', 'Programme', 'Domain', 'Place'];

/** Runs every statement ask can build once; says how many service calls that took, how many failed, and how long. */
export async function warmAskStatements(sc: ServiceContext): Promise<{ calls: number; failed: number; ms: number }> {
  const started = performance.now();
  const node = (label: string): EntityRow => ({ id: NO_NODE, _labels: [label] }) as EntityRow;
  // Every filter part set: the one text of a traversal's filter (cypher/search.ts TRAVERSAL_FILTER).
  const fullFilter = everyActorFilter().at(-1)!;
  const calls: (() => Promise<unknown>)[] = [
    () => listNamedNodes(sc.db),
    () => searchEntities(sc.db, { text: 'warm up', labels: ALL_LABELS, filter: {}, first: 10 }),
    () => sc.loaders.entity.load(NO_NODE),
    ...everyActorFilter().map((filter) => () => actorsMatching(sc, { filter, first: 10 })),
    ...[...new Set([TIED_HOPS, WIDENED_HOPS])].map(
      (maxHops) => () => findTied(sc, { anchor: NO_NODE, filter: fullFilter, maxHops, first: 10 }),
    ),
    ...relationExclusions(sc).map(
      (excludeTies) => () => findTied(sc, { anchor: NO_NODE, filter: fullFilter, excludeTies, maxHops: 1, first: 10 }),
    ),
    () => findPaths(sc, { from: NO_NODE, to: `${NO_NODE}:2`, maxHops: PATH_HOPS.default, hubLimit: null, first: 10 }),
    () => findPartners(sc, { actor: NO_NODE, filter: fullFilter, first: 10 }),
    ...fundingCalls(sc, node),
    () => fundingSharing(sc, { id: NO_NODE } as FundingRow),
    ...[ACTOR_FIGURES, PROGRAMME_FIGURES].map((spec) => () => sc.loaders.ties(spec, PAGE_SIZE.ties).load(NO_NODE)),
  ];
  let failed = 0;
  let next = 0;
  // A few at a time: Neo4j plans statements on several threads. One failure does not stop the others: a
  // statement that fails here fails again when asked, and is reported then.
  const worker = async () => {
    while (next < calls.length) await calls[next++]!().catch(() => failed++);
  };
  await Promise.all(Array.from({ length: WARM_UP_CONCURRENCY }, worker));
  return { calls: calls.length, failed, ms: Math.round(performance.now() - started) };
}

/** The funding reads of every kind of node with and without a funder, a period and instruments, and an actor's grants given. */
function fundingCalls(sc: ServiceContext, node: (label: string) => EntityRow): (() => Promise<unknown>)[] {
  const variants = [false, true].flatMap((funder) =>
    [false, true].flatMap((period) => [false, true].map((instruments) => ({ funder, period, instruments }))),
  );
  const constrained = (v: { period: boolean; instruments: boolean }) => ({
    first: 50,
    period: v.period ? { from: '2017', to: null } : undefined,
    instruments: v.instruments ? [FUNDING_INSTRUMENTS[0]] : [],
  });
  return [
    ...['Actor', 'Programme', 'Domain'].flatMap((label) =>
      variants.map((v) => () => fundingOverview(sc, { ...constrained(v), node: node(label), funder: v.funder ? NO_NODE : undefined })),
    ),
    ...variants.filter((v) => !v.funder).map((v) => () => fundingOverview(sc, { ...constrained(v), node: node('Actor'), given: true })),
  ];
}
