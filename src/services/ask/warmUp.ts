import type { ActorFilterInput } from '../../db/directory';
import { Loaders } from '../../db/loaders';
import { type WarmUpNodes, warmUpNodes } from '../../db/warmUp';
import { listEntityNames, listNamedNodes, searchEntities } from '../../db/graphSearch';
import type { EntityRow, FundingRow } from '../../db/rows';
import { ACTOR_FIGURES, ACTOR_TIES, PROGRAMME_FIGURES } from '../../db/ties';
import { PAGE_SIZE, PATH_HOPS } from '../../domain/limits';
import { FUNDING_INSTRUMENTS, SEARCHABLE_TIE_TYPES, type TieType } from '../../domain/model';
import type { ServiceContext } from '../context';
import { actorsMatching } from '../directory';
import { fundingOverview, fundingProgramme, fundingSharing } from '../funding';
import { findPartners, findPaths, findTied, type SearchLabel } from '../graphSearch';
import { placesNamed } from '../ingestion/reading/places';
import { ORGANISATION_TIES, PLACE_TIES, programmeRelation, TIED_HOPS, WIDENED_HOPS } from './answering';
import { graphNames } from './graphNames';
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

/** Every subset of the filter parts (by default ids that match nothing), as filters. */
export function everyActorFilter(parts: ActorFilterInput = FILTER_PARTS): ActorFilterInput[] {
  const keys = (Object.keys(FILTER_PARTS) as (keyof typeof FILTER_PARTS)[]).filter((key) => parts[key] !== undefined);
  return Array.from({ length: 2 ** keys.length }, (_, mask) =>
    Object.fromEntries(keys.filter((_, bit) => mask & (1 << bit)).map((key) => [key, parts[key]])),
  );
}

/** The excluded tie types of every relation a RELATED question can ask about (shapes and intents), each set once. */
export function relationExclusions(sc: ServiceContext): TieType[][] {
  const model = intentModelJson as unknown as IntentModel;
  const relations: Relation[] = [
    ...shapesOf(sc.vocabulary).flatMap((shape) => (shape.relation ? [shape.relation] : [])),
    ...model.classes.flatMap((intent) => (intent.ties ? [{ ties: intent.ties, direction: 'IN' as const, reversed: intent.reversed }] : [])),
    // A known name a list left over (ask.ts): any tie between organisations.
    { ties: ORGANISATION_TIES, direction: 'BOTH' },
  ];
  const sets = new Map<string, TieType[]>();
  // A relation asked of a programme may widen to its runners or participants (answering.ts programmeRelation).
  for (const relation of [...relations, ...relations.map((relation) => programmeRelation(relation, { composition: false }))]) {
    const asked: string[] = [...relation.ties, ...(relation.reversed ?? [])];
    const excluded = SEARCHABLE_TIE_TYPES.filter((type) => !asked.includes(type));
    sets.set(excluded.join('|'), excluded);
  }
  return [...sets.values()];
}

/** How long one warmed statement may run: planning a traversal takes seconds on a loaded machine. */
const WARM_UP_STATEMENT_TIMEOUT_MS = 60_000;

/** Statements warmed at once. */
const WARM_UP_CONCURRENCY = 4;

const ALL_LABELS: SearchLabel[] = ['Actor', 'Programme', 'Domain', 'Place'];

/** What the warm-up ran: the statements planned from ids that match nothing, then the rounds run from real nodes. */
export interface StatementsWarmUp {
  calls: number;
  failed: number;
  ms: number;
  /** Service calls from real nodes, per round, and the time of each round. */
  realCalls: number;
  roundsMs: number[];
}

/** Actors the warm-up runs the answers' statements from (the best-connected ones). */
const REAL_ACTORS = 3;
/** Rounds of the statements run from real nodes: the JVM compiles the operators that produce rows after a few runs. */
const REAL_ROUNDS = 3;

/**
 * Runs every statement ask can build once from ids that match nothing (each text planned), then runs them again,
 * REAL_ROUNDS times, from real nodes of the graph: a statement planned but never run over real rows was planned
 * again on its first real question, which paid for it (docs/ASK.md, Latency).
 */
export async function warmAskStatements(requestContext: ServiceContext): Promise<StatementsWarmUp> {
  const started = performance.now();
  // A plan that takes longer than a request may run is never kept (the statement is cancelled while planned), so every
  // later request would pay for it again and time out: here, where planning is the point, statements may run longer.
  const db = requestContext.db.withTimeout(Math.max(requestContext.db.options.timeoutMs, WARM_UP_STATEMENT_TIMEOUT_MS));
  const sc: ServiceContext = { ...requestContext, db, loaders: new Loaders(db) };
  const planned = await runCalls(plannedCalls(sc));
  const real = realCalls(sc, await warmUpNodes(sc.db, REAL_ACTORS));
  const roundsMs: number[] = [];
  let failed = planned.failed;
  for (let round = 0; round < REAL_ROUNDS; round++) {
    const roundStarted = performance.now();
    failed += (await runCalls(real)).failed;
    roundsMs.push(Math.round(performance.now() - roundStarted));
  }
  // The names every question reads, read and indexed once here: the first question finds them built (graphNames.ts).
  await graphNames(sc).catch(() => failed++);
  // The communes of France, read when a question names a place the graph lacks (`start-ups à Bordeaux`): built here once.
  placesNamed('Toulouse');
  return { calls: planned.calls, failed, ms: Math.round(performance.now() - started), realCalls: real.length, roundsMs };
}

/** Runs the calls WARM_UP_CONCURRENCY at a time; says how many there were and how many failed. */
async function runCalls(calls: (() => Promise<unknown>)[]): Promise<{ calls: number; failed: number }> {
  let failed = 0;
  let next = 0;
  // A few at a time: Neo4j plans statements on several threads. One failure does not stop the others: a
  // statement that fails here fails again when asked, and is reported then.
  const worker = async () => {
    while (next < calls.length) await calls[next++]!().catch(() => failed++);
  };
  await Promise.all(Array.from({ length: WARM_UP_CONCURRENCY }, worker));
  return { calls: calls.length, failed };
}

/** Every statement ask can build, from ids that match nothing: each text and parameter types planned once. */
function plannedCalls(sc: ServiceContext): (() => Promise<unknown>)[] {
  const node = (label: string): EntityRow => ({ id: NO_NODE, _labels: [label] }) as EntityRow;
  // Every filter part set: the one text of a traversal's filter (cypher/search.ts TRAVERSAL_FILTER).
  const fullFilter = everyActorFilter().at(-1)!;
  return [
    () => listNamedNodes(sc.db),
    // The compact-name index every question reads (nameIndex.ts).
    () => listEntityNames(sc.db),
    () => searchEntities(sc.db, { text: 'warm up', labels: ALL_LABELS, filter: {}, first: 10 }),
    () => sc.loaders.entity.load(NO_NODE),
    // Where an actor is: read to tell whether a place said beside its name is its own (reading.ts).
    () => sc.loaders.location.load(NO_NODE),
    ...everyActorFilter().map((filter) => () => actorsMatching(sc, { filter, first: 10 })),
    ...[...new Set([TIED_HOPS, WIDENED_HOPS])].map(
      (maxHops) => () => findTied(sc, { anchor: NO_NODE, filter: fullFilter, maxHops, first: 10 }),
    ),
    // Actors tied to an organisation, not through the city it is in (answering.ts placeNotTying).
    () => findTied(sc, { anchor: NO_NODE, filter: fullFilter, excludeTies: PLACE_TIES, maxHops: TIED_HOPS, first: 10 }),
    ...relationExclusions(sc).map(
      (excludeTies) => () => findTied(sc, { anchor: NO_NODE, filter: fullFilter, excludeTies, maxHops: 1, first: 10 }),
    ),
    () => findPaths(sc, { from: NO_NODE, to: `${NO_NODE}:2`, maxHops: PATH_HOPS.default, hubLimit: null, first: 10 }),
    () => findPartners(sc, { actor: NO_NODE, filter: fullFilter, first: 10 }),
    ...fundingCalls(sc, node, NO_NODE),
    () => fundingSharing(sc, { id: NO_NODE } as FundingRow),
    // The programme of each funding, read when a question names one (`dans le cadre de France 2030`).
    () => fundingProgramme(sc, { id: NO_NODE }),
    ...[ACTOR_FIGURES, PROGRAMME_FIGURES, ACTOR_TIES.partOf].map((spec) => () => sc.loaders.ties(spec, PAGE_SIZE.ties).load(NO_NODE)),
  ];
}

/**
 * The same statements from real nodes (the best-connected actors, place, programme, domain, funder), with no
 * filter on traversals (their filter is one text whatever it holds) and each list filter from real ids. Loaders
 * are fresh per call: a loader answers an id it has seen from memory.
 */
function realCalls(sc: ServiceContext, nodes: WarmUpNodes): (() => Promise<unknown>)[] {
  const fresh = () => ({ ...sc, loaders: new Loaders(sc.db) });
  const anchors = [...nodes.actors.map((actor) => actor.id), nodes.place, nodes.programme, nodes.domain].filter((id) => id !== undefined);
  const [first, second] = nodes.actors;
  const parts: ActorFilterInput = {
    kinds: FILTER_PARTS.kinds,
    domains: nodes.domain ? [nodes.domain] : undefined,
    place: nodes.place,
    programme: nodes.programme,
    fundedBy: nodes.funder,
  };
  const labelled: [string | undefined, string][] = [
    [first?.id, 'Actor'],
    [nodes.programme, 'Programme'],
    [nodes.domain, 'Domain'],
  ];
  return [
    ...(first ? [() => searchEntities(sc.db, { text: first.name, labels: ALL_LABELS, filter: {}, first: 10 })] : []),
    () => listEntityNames(sc.db),
    ...anchors.map((id) => () => fresh().loaders.entity.load(id)),
    ...nodes.actors.map(
      ({ id }) =>
        () =>
          fresh().loaders.location.load(id),
    ),
    ...everyActorFilter(parts).map((filter) => () => actorsMatching(sc, { filter, first: 10 })),
    ...anchors.flatMap((anchor) =>
      [...new Set([TIED_HOPS, WIDENED_HOPS])].map((maxHops) => () => findTied(sc, { anchor, filter: {}, maxHops, first: 10 })),
    ),
    ...nodes.actors.flatMap(({ id }) =>
      relationExclusions(sc).map((excludeTies) => () => findTied(sc, { anchor: id, filter: {}, excludeTies, maxHops: 1, first: 40 })),
    ),
    ...(first && second
      ? [() => findPaths(sc, { from: first.id, to: second.id, maxHops: PATH_HOPS.default, hubLimit: null, first: 10 })]
      : []),
    ...nodes.actors.map(
      ({ id }) =>
        () =>
          findPartners(sc, { actor: id, filter: {}, first: 10 }),
    ),
    ...labelled.flatMap(([id, label]) =>
      id ? fundingCalls(sc, () => ({ id, _labels: [label] }) as EntityRow, nodes.funder ?? NO_NODE) : [],
    ),
    ...(nodes.funding ? [() => fundingSharing(fresh(), { id: nodes.funding } as FundingRow)] : []),
    ...(nodes.funding ? [() => fundingProgramme(fresh(), { id: nodes.funding! })] : []),
    ...nodes.actors.map(
      ({ id }) =>
        () =>
          fresh().loaders.ties(ACTOR_FIGURES, PAGE_SIZE.ties).load(id),
    ),
    // A list of sites (`usines dans le Tarn`) reads the groups its companies are part of.
    ...nodes.actors.map(
      ({ id }) =>
        () =>
          fresh().loaders.ties(ACTOR_TIES.partOf, PAGE_SIZE.ties).load(id),
    ),
    ...(nodes.programme ? [() => fresh().loaders.ties(PROGRAMME_FIGURES, PAGE_SIZE.ties).load(nodes.programme!)] : []),
  ];
}

/** The funding reads of every kind of node with and without a funder, a period and instruments, and an actor's grants given. */
function fundingCalls(sc: ServiceContext, node: (label: string) => EntityRow, funderId: string): (() => Promise<unknown>)[] {
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
      variants.map((v) => () => fundingOverview(sc, { ...constrained(v), node: node(label), funder: v.funder ? funderId : undefined })),
    ),
    ...variants.filter((v) => !v.funder).map((v) => () => fundingOverview(sc, { ...constrained(v), node: node('Actor'), given: true })),
  ];
}
