import { createHash } from 'node:crypto';
import type { Database, Transaction } from '../../db/database';
import { EXISTING_TIES } from '../../db/cypher/curation';
import { ACCEPTED_ACTORS, ACTORS_BY_NAME_KEY, CITE_ACTORS, DECIDE_PROPOSALS, LOCK_DOCUMENT, PROPOSALS_BY_ID } from '../../db/cypher/review';
import { writeBatchIn } from '../../db/writeGraph';
import { ConflictError, InvalidInputError } from '../../domain/errors';
import { excerpt } from '../../domain/excerpt';
import { LIMITS } from '../../domain/limits';
import { type ActorKind, type EntityLabel, nameKey, slugify, TIE_TYPES, type TieType } from '../../domain/model';
import {
  type ActorSeed,
  actorSeed,
  aliases as aliasList,
  type FigureSeed,
  figure as figureSchema,
  type FundingSeed,
  fundingSeed,
  type SourceSeed,
  type TieSeed,
  tieSeed,
} from '../../domain/records';
import { type ChangeRecord, changeOf, recordChanges } from '../curation/changes';
import { checkReferences, existingIds, parseRecord, type Reference, seedSetOf } from '../curation/records';
import { figureRecords, toGraphBatch } from '../seeding/graphBatch';
import { proposalKey, proposalOf, sourceIdOf, type StoredDocument, type StoredProposal } from './documents';
import type { NamedRef, Proposal } from './proposals/contract';

/**
 * Review: a curator's decisions on a document's proposals, in one transaction. Accepting (or editing)
 * writes through the import's validated path (the seed record schemas, references checked, batched
 * MERGE): every node, tie, funding and figure written cites the document as a Source and the
 * proposal's sentence as the Passage it rests on.
 */

export const REVIEW_ACTIONS = ['ACCEPT', 'EDIT', 'REJECT'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Most decisions in one review: a document's proposals fit, a pasted flood does not. */
export const MAX_DECISIONS = 500;
/** A review of hundreds of decisions is a few dozen statements: more time than one read, less than an import. */
const REVIEW_TIMEOUT_MS = 60_000;

/** A curator's corrections to a proposal before it is written: only the fields of its kind. Ids replace the names' links. */
export interface ProposalEdit {
  name?: string | null;
  actorKind?: ActorKind | null;
  place?: string | null;
  actor?: string | null;
  alias?: string | null;
  tieKind?: string | null;
  from?: string | null;
  to?: string | null;
  since?: string | null;
  funder?: string | null;
  recipients?: readonly string[] | null;
  amountEur?: number | null;
  qualifier?: string | null;
  instrument?: string | null;
  date?: string | null;
  period?: string | null;
  programme?: string | null;
  /** A funding's status (PLANNED, COMMITTED, SPENT); COMMITTED when not said. */
  fundingStatus?: string | null;
  subject?: string | null;
  metric?: string | null;
  value?: number | null;
}

export interface ReviewDecision {
  proposal: string;
  action: ReviewAction;
  edit?: ProposalEdit | null;
}

export interface ReviewOutcome {
  document: StoredDocument;
  /** The decided proposals, in the order of the decisions. */
  proposals: StoredProposal[];
  /** Ids of the actors, fundings and figures written, and `from|KIND|to` of the ties. */
  written: string[];
}

/** The edit fields each kind of proposal accepts. */
const EDITABLE: Record<Proposal['kind'], readonly (keyof ProposalEdit)[]> = {
  ACTOR: ['name', 'actorKind', 'place'],
  LOCATION: ['actor', 'place'],
  ALIAS: ['actor', 'alias'],
  TIE: ['tieKind', 'from', 'to', 'since'],
  FUNDING: ['funder', 'recipients', 'amountEur', 'qualifier', 'instrument', 'date', 'period', 'programme', 'fundingStatus'],
  FIGURE: ['subject', 'metric', 'value', 'qualifier', 'date'],
};

/** The funding status a proposal is written with when the curator does not say: announced money is committed. */
const DEFAULT_FUNDING_STATUS = 'COMMITTED';

/** A link a curator's edit makes: the id given, the name kept for messages. */
const relink = (ref: NamedRef | null | undefined, id: string): NamedRef => ({ name: ref?.name ?? id, id });

/** The proposal as it will be written: the edit's values over the proposal's. */
function applyEdit(proposal: Proposal, edit: ProposalEdit, at: string): Proposal {
  const given = Object.entries(edit).filter(([, value]) => value !== null && value !== undefined) as [keyof ProposalEdit, unknown][];
  if (given.length === 0) throw new InvalidInputError(`${at}.edit: give at least one field to change (or ACCEPT as it is).`, `${at}.edit`);
  const allowed = EDITABLE[proposal.kind];
  const stray = given.find(([field]) => !allowed.includes(field));
  if (stray) {
    throw new InvalidInputError(
      `${at}.edit.${stray[0]}: a ${proposal.kind} proposal has no such field; it takes ${allowed.join(', ')}.`,
      `${at}.edit.${stray[0]}`,
    );
  }
  const e = edit;
  switch (proposal.kind) {
    case 'ACTOR':
      return {
        ...proposal,
        ...(e.name ? { name: e.name } : {}),
        ...(e.actorKind ? { actorKind: e.actorKind } : {}),
        ...(e.place ? { place: relink(proposal.place, e.place) } : {}),
      };
    case 'LOCATION':
      return {
        ...proposal,
        ...(e.actor ? { actor: relink(proposal.actor, e.actor) } : {}),
        ...(e.place ? { place: relink(proposal.place, e.place) } : {}),
      };
    case 'ALIAS':
      return { ...proposal, ...(e.actor ? { actor: relink(proposal.actor, e.actor) } : {}), ...(e.alias ? { alias: e.alias } : {}) };
    case 'TIE':
      return {
        ...proposal,
        ...(e.tieKind ? { tieKind: e.tieKind } : {}),
        ...(e.from ? { from: relink(proposal.from, e.from) } : {}),
        ...(e.to ? { to: relink(proposal.to, e.to) } : {}),
        ...(e.since ? { since: e.since } : {}),
      };
    case 'FUNDING':
      return {
        ...proposal,
        ...(e.funder ? { funder: relink(proposal.funder, e.funder) } : {}),
        ...(e.recipients
          ? {
              recipients: e.recipients.map((id) =>
                relink(
                  proposal.recipients.find((r) => r.id === id),
                  id,
                ),
              ),
            }
          : {}),
        ...(e.amountEur !== null && e.amountEur !== undefined ? { amountEur: e.amountEur } : {}),
        ...(e.qualifier ? { qualifier: e.qualifier } : {}),
        ...(e.instrument ? { instrument: e.instrument } : {}),
        ...(e.date ? { date: e.date } : {}),
        ...(e.period ? { period: e.period } : {}),
        ...(e.programme ? { programme: relink(proposal.programme, e.programme) } : {}),
        ...(e.fundingStatus ? { fundingStatus: e.fundingStatus } : {}),
      } as Proposal;
    case 'FIGURE':
      return {
        ...proposal,
        ...(e.subject ? { subject: relink(proposal.subject, e.subject) } : {}),
        ...(e.metric ? { metric: e.metric as (Proposal & { kind: 'FIGURE' })['metric'] } : {}),
        ...(e.value !== null && e.value !== undefined ? { value: e.value } : {}),
        ...(e.qualifier ? { qualifier: e.qualifier as (Proposal & { kind: 'FIGURE' })['qualifier'] } : {}),
        ...(e.date ? { date: e.date } : {}),
      };
  }
}

/** One decision found and checked against the stored proposals. */
interface CheckedDecision {
  index: number;
  at: string;
  action: ReviewAction;
  stored: StoredProposal;
  /** What will be written: the proposal, or the proposal with the edit applied. */
  effective: Proposal;
}

type StoredRow = { proposal: Parameters<typeof proposalOf>[0]; documentId: string };

/** Finds each decision's proposal in the named document, undecided, with a usable edit; the first problem refuses the whole review. */
function checkDecisions(documentId: string, decisions: readonly ReviewDecision[], rows: StoredRow[]): CheckedDecision[] {
  const seen = new Set<string>();
  return decisions.map((decision, index) => {
    const at = `decisions.${index}`;
    if (seen.has(decision.proposal)) {
      throw new InvalidInputError(`${at}.proposal: "${excerpt(decision.proposal)}" is decided twice in this review.`, `${at}.proposal`);
    }
    seen.add(decision.proposal);
    const matches = rows.filter((row) => row.proposal.id === decision.proposal);
    const own = matches.find((row) => row.documentId === documentId);
    if (!own) {
      const elsewhere = matches[0]?.documentId;
      throw new InvalidInputError(
        elsewhere
          ? `${at}.proposal: "${excerpt(decision.proposal)}" is a proposal of document ${elsewhere}, not of ${documentId}; review it with its own document.`
          : `${at}.proposal: document ${documentId} has no proposal "${excerpt(decision.proposal)}".`,
        `${at}.proposal`,
      );
    }
    const stored = proposalOf(own.proposal);
    if (stored.status !== 'PENDING') {
      throw new InvalidInputError(
        `${at}.proposal: "${excerpt(decision.proposal)}" was already decided (${stored.status} by ${stored.decidedBy} at ${stored.decidedAt}); a decision is final.`,
        `${at}.proposal`,
      );
    }
    if (decision.action === 'EDIT' && !decision.edit) {
      throw new InvalidInputError(`${at}.edit: an EDIT decision needs the fields to change.`, `${at}.edit`);
    }
    if (decision.action !== 'EDIT' && decision.edit) {
      throw new InvalidInputError(`${at}.edit: only an EDIT decision carries an edit (this one is ${decision.action}).`, `${at}.edit`);
    }
    const effective = decision.action === 'EDIT' ? applyEdit(stored, decision.edit!, at) : stored;
    return { index, at, action: decision.action, stored, effective };
  });
}

/** The document as the Source every accepted fact cites, and the passage of each sentence. */
function documentSource(document: StoredDocument, text: string) {
  const sourceId = sourceIdOf(document.id);
  const passages: Record<string, string> = {};
  const offsets = new Map<string, number>();
  let publisher = document.publisher;
  if (!publisher && document.url) publisher = new URL(document.url).hostname;
  const source: SourceSeed = {
    id: sourceId,
    kind: 'DOCUMENT',
    title: (document.title ?? `Document ${document.id.slice(0, 12)}`).slice(0, LIMITS.maxNameLength),
    publisher: (publisher ?? 'unknown publisher').slice(0, LIMITS.maxNameLength),
    language: document.language,
    passages,
    ...(document.url ? { url: document.url } : {}),
    ...(document.published ? { published: document.published } : {}),
  };
  return {
    source,
    texts: new Map([[sourceId, text]]),
    offsets,
    /** The passage of a proposal's sentence: its words as stored, at its offsets. */
    passageOf(proposal: Proposal): string {
      const { start, end } = proposal.sentence;
      const id = `${sourceId}-p${start}-${end}`;
      passages[id] = text.slice(start, Math.min(end, start + LIMITS.maxQuoteLength));
      offsets.set(id, start);
      return id;
    },
  };
}

const fold = (name: string) => nameKey(name);
const tieKey = (t: { type: string; from: string; to: string }) => `${t.from}|${t.type}|${t.to}`;
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 8);

/** An actor the review writes or cites. */
interface ActorWrite {
  /** A new actor's record; absent for an actor already in the graph. */
  seed?: ActorSeed;
  /** Aliases and passages this review adds. */
  aliases: string[];
  passages: string[];
}

/** What the accepted decisions write, gathered before anything is written. */
class ReviewPlan {
  readonly actors = new Map<string, ActorWrite>();
  readonly ties = new Map<string, TieSeed>();
  readonly fundings: FundingSeed[] = [];
  readonly figures: { ownerId: string; figure: FigureSeed }[] = [];
  readonly references: Reference[] = [];
  /** The ids each decision wrote, by decision index. */
  readonly written = new Map<number, string[]>();

  note(index: number, id: string): void {
    this.written.set(index, [...(this.written.get(index) ?? []), id]);
  }

  tie(index: number, tie: TieSeed): void {
    const key = tieKey(tie);
    const known = this.ties.get(key);
    this.ties.set(key, known ? { ...known, cite: [...new Set([...known.cite, ...tie.cite])] } : tie);
    this.note(index, key);
  }
}

/** Finds the graph id of a name a proposal links: its id, else a new actor accepted in this review or earlier, else an actor of that name. */
class ActorResolver {
  constructor(
    private readonly byName: Map<string, string>,
    private readonly graph: Map<string, { id: string; aliases: string[]; passageIds: string[] }>,
  ) {}

  static async load(tx: Transaction, documentId: string, decisions: CheckedDecision[]): Promise<ActorResolver> {
    const earlier = await tx.run<{ nameKey: string; id: string }>(ACCEPTED_ACTORS, { documentId });
    const byName = new Map(earlier.map((row) => [row.nameKey, row.id]));
    const names = decisions.flatMap((d) => namedRefs(d.effective)).filter((ref) => !ref.id);
    const ids = [
      ...earlier.map((row) => row.id),
      ...decisions.flatMap((d) => [...namedRefs(d.effective).flatMap((ref) => (ref.id ? [ref.id] : [])), ...newActorIds(d)]),
    ];
    const rows = await tx.run<{ id: string; nameKey: string; aliases: string[] | null; passageIds: string[] | null }>(ACTORS_BY_NAME_KEY, {
      keys: [...new Set([...names.map((ref) => fold(ref.name)), ...decisions.flatMap(newActorNames)])],
      ids: [...new Set(ids)],
    });
    const graph = new Map<string, { id: string; aliases: string[]; passageIds: string[] }>();
    for (const row of rows) {
      const actor = { id: row.id, aliases: row.aliases ?? [], passageIds: row.passageIds ?? [] };
      graph.set(`id:${row.id}`, actor);
      if (!graph.has(`name:${row.nameKey}`)) graph.set(`name:${row.nameKey}`, actor);
    }
    return new ActorResolver(byName, graph);
  }

  /** A new actor accepted in this review: later decisions naming it resolve to it. */
  accept(name: string, id: string): void {
    this.byName.set(fold(name), id);
  }

  /** The stored actor of an id or a folded name, if any. */
  stored(key: { id?: string; name?: string }) {
    return key.id ? this.graph.get(`id:${key.id}`) : this.graph.get(`name:${fold(key.name!)}`);
  }

  /** The id a reference points to; a refusal naming the field when a new name was never accepted. */
  resolve(ref: NamedRef, field: string): string {
    const id = ref.id ?? this.byName.get(fold(ref.name)) ?? this.stored({ name: ref.name })?.id;
    if (!id) {
      throw new InvalidInputError(
        `${field}: "${excerpt(ref.name)}" is not in the graph; accept its ACTOR proposal in the same review (or before), or edit ${field.split('.').pop()} to an existing id.`,
        field,
      );
    }
    return id;
  }
}

/** The names a proposal links to other things. */
function namedRefs(p: Proposal): NamedRef[] {
  switch (p.kind) {
    case 'ACTOR':
      return [];
    case 'LOCATION':
      return [p.actor];
    case 'ALIAS':
      return [p.actor];
    case 'TIE':
      return [p.from, p.to];
    case 'FUNDING':
      return [p.funder, ...p.recipients];
    case 'FIGURE':
      return [p.subject];
  }
}

const isAccepted = (d: CheckedDecision) => d.action !== 'REJECT';
const newActorNames = (d: CheckedDecision) => (isAccepted(d) && d.effective.kind === 'ACTOR' ? [fold(d.effective.name)] : []);
const newActorIds = (d: CheckedDecision) =>
  isAccepted(d) && d.effective.kind === 'ACTOR' ? [d.effective.match !== 'new' ? d.effective.match : slugify(d.effective.name)] : [];

/** Plans the write of one accepted ACTOR proposal: a new actor, or a citation of the existing one. */
function planActor(plan: ReviewPlan, resolver: ActorResolver, d: CheckedDecision & { effective: { kind: 'ACTOR' } }, passage: string) {
  const p = d.effective;
  const existing =
    p.match !== 'new' ? resolver.stored({ id: p.match }) : (resolver.stored({ id: slugify(p.name) }) ?? resolver.stored({ name: p.name }));
  if (p.match !== 'new' && !existing) {
    throw new InvalidInputError(
      `${d.at}.proposal: the actor "${excerpt(p.match)}" it matched is no longer in the graph.`,
      `${d.at}.proposal`,
    );
  }
  const id = existing?.id ?? slugify(p.name);
  if (!id)
    throw new InvalidInputError(
      `${d.at}.edit.name: "${excerpt(p.name)}" makes no id; give a name with letters or digits.`,
      `${d.at}.edit.name`,
    );
  const write = plan.actors.get(id) ?? { aliases: [], passages: [] };
  write.passages = [...new Set([...write.passages, passage])];
  if (!existing && !write.seed) write.seed = parseRecord(actorSeed, { id, name: p.name, kind: p.actorKind, cite: [passage] }, d.at);
  plan.actors.set(id, write);
  resolver.accept(p.name, id);
  plan.note(d.index, id);
  if (p.place?.id) {
    plan.tie(d.index, parseRecord(tieSeed, { type: 'LOCATED_IN', from: id, to: p.place.id, cite: [passage] }, d.at));
    plan.references.push({ id: p.place.id, labels: ['Place'], field: `${d.at}.place` });
  }
}

/** Plans the write of any other accepted proposal. */
function planFact(plan: ReviewPlan, resolver: ActorResolver, d: CheckedDecision, passage: string): void {
  const p = d.effective;
  const cite = [passage];
  /** The id a link points to, checked later against the graph unless it is a new actor of this review. */
  const linked = (ref: NamedRef, field: string, labels: readonly EntityLabel[] = ['Actor']) => {
    const id = labels.includes('Actor') ? resolver.resolve(ref, `${d.at}.${field}`) : ref.id;
    if (!id) {
      throw new InvalidInputError(
        `${d.at}.${field}: "${excerpt(ref.name)}" is not in the graph; edit ${field} to an existing id.`,
        `${d.at}.${field}`,
      );
    }
    if (!plan.actors.get(id)?.seed) plan.references.push({ id, labels, field: `${d.at}.${field}`, activeOnly: true });
    return id;
  };
  switch (p.kind) {
    case 'ACTOR':
      return;
    case 'LOCATION': {
      const from = linked(p.actor, 'actor');
      if (!p.place.id)
        throw new InvalidInputError(
          `${d.at}.place: "${excerpt(p.place.name)}" is not a known place; edit place to a place id.`,
          `${d.at}.place`,
        );
      plan.references.push({ id: p.place.id, labels: ['Place'], field: `${d.at}.place` });
      plan.tie(d.index, parseRecord(tieSeed, { type: 'LOCATED_IN', from, to: p.place.id, cite }, d.at));
      return;
    }
    case 'ALIAS': {
      const id = linked(p.actor, 'actor');
      const write = plan.actors.get(id) ?? { aliases: [], passages: [] };
      // Checked with the aliases the actor has, so the bound on their number holds once they are joined.
      parseRecord(aliasList, [...new Set([...(resolver.stored({ id })?.aliases ?? []), ...write.aliases, p.alias])], `${d.at}.alias`);
      write.aliases = [...new Set([...write.aliases, p.alias])];
      write.passages = [...new Set([...write.passages, passage])];
      plan.actors.set(id, write);
      plan.note(d.index, id);
      return;
    }
    case 'TIE': {
      const type = p.tieKind as TieType;
      const definition = TIE_TYPES[type] as (typeof TIE_TYPES)[TieType] | undefined;
      if (!definition?.curated) {
        throw new InvalidInputError(`${d.at}.tieKind: "${excerpt(p.tieKind)}" is not a tie curators write.`, `${d.at}.tieKind`);
      }
      const from = linked(p.from, 'from', definition.from as readonly EntityLabel[]);
      const to = linked(p.to, 'to', definition.to as readonly EntityLabel[]);
      if (from === to) throw new InvalidInputError(`${d.at}.to: a tie joins two different nodes.`, `${d.at}.to`);
      plan.tie(d.index, parseRecord(tieSeed, { type, from, to, ...(p.since ? { since: p.since } : {}), cite }, d.at));
      return;
    }
    case 'FUNDING': {
      const funder = linked(p.funder, 'funder');
      const recipients = p.recipients.map((r, i) => linked(r, `recipients.${i}`));
      if (p.programme?.id) plan.references.push({ id: p.programme.id, labels: ['Programme'], field: `${d.at}.programme` });
      const fields = {
        funder,
        recipients,
        ...(p.programme?.id ? { programme: p.programme.id } : {}),
        ...(p.amountEur !== null ? { amountEur: p.amountEur } : {}),
        qualifier: p.qualifier,
        ...(p.instrument ? { instrument: p.instrument } : {}),
        ...(p.date ? { date: p.date } : {}),
        ...(p.period ? { period: p.period } : {}),
        status: (p as { fundingStatus?: string }).fundingStatus ?? DEFAULT_FUNDING_STATUS,
      };
      // The same fields always make the same id: accepting again writes nothing new.
      const funding = parseRecord(fundingSeed, { ...fields, id: `${funder}-funding-${digest(fields)}`, cite }, d.at);
      plan.fundings.push(funding);
      plan.note(d.index, funding.id);
      return;
    }
    case 'FIGURE': {
      const ownerId = linked(p.subject, 'subject', ['Actor', 'Programme']);
      const figure = parseRecord(
        figureSchema,
        { metric: p.metric, value: p.value, qualifier: p.qualifier, ...(p.date ? { date: p.date } : {}), cite },
        d.at,
      );
      plan.figures.push({ ownerId, figure });
      plan.note(d.index, `${ownerId}--${p.metric.toLowerCase().replace(/_/g, '-')}`);
      return;
    }
  }
}

/** Ties already stored keep the passages they cite: provenance only grows. */
async function withStoredPassages(tx: Transaction, ties: TieSeed[]): Promise<TieSeed[]> {
  const rows = await tx.run<{ from: string; type: string; to: string; since: string | null; passageIds: string[] }>(EXISTING_TIES, {
    rows: ties.map((t) => ({ from: t.from, type: t.type, to: t.to })),
  });
  const stored = new Map(rows.map((row) => [tieKey(row), row]));
  return ties.map((tie) => {
    const known = stored.get(tieKey(tie));
    if (!known) return tie;
    return { ...tie, since: tie.since ?? known.since ?? undefined, cite: [...new Set([...known.passageIds, ...tie.cite])] };
  });
}

/**
 * Decides proposals of one document in one transaction: all decisions are checked first (the proposal
 * is the document's, still pending, its edit valid, its links resolvable) and the first problem refuses
 * the whole review with nothing written; then the accepted facts are written with their citations and
 * the decisions recorded, with who and when.
 */
export async function reviewProposals(
  db: Database,
  args: { documentId: string; decisions: readonly ReviewDecision[]; curator: string },
): Promise<ReviewOutcome> {
  const { documentId, decisions, curator } = args;
  if (decisions.length === 0) throw new InvalidInputError('decisions: give at least one decision.', 'decisions');
  if (decisions.length > MAX_DECISIONS) {
    throw new InvalidInputError(`decisions: at most ${MAX_DECISIONS} in one review (got ${decisions.length}); send several.`, 'decisions');
  }
  return db.writeTransaction(async (tx) => {
    const [locked] = await tx.run<{ text: string; document: StoredDocument }>(LOCK_DOCUMENT, { id: documentId });
    if (!locked) throw new InvalidInputError(`document: there is no document "${excerpt(documentId)}".`, 'document');
    const rows = await tx.run<StoredRow>(PROPOSALS_BY_ID, { ids: [...new Set(decisions.map((d) => d.proposal))] });
    const checked = checkDecisions(documentId, decisions, rows);

    const resolver = await ActorResolver.load(tx, documentId, checked);
    const citation = documentSource(locked.document, locked.text);
    const plan = new ReviewPlan();
    const accepted = checked.filter(isAccepted);
    // Actors first, so that ties, fundings and figures of the same review can name them.
    for (const d of accepted) if (d.effective.kind === 'ACTOR') planActor(plan, resolver, d as never, citation.passageOf(d.effective));
    for (const d of accepted) if (d.effective.kind !== 'ACTOR') planFact(plan, resolver, d, citation.passageOf(d.effective));

    const newActors = [...plan.actors.values()].flatMap((w) => (w.seed ? [{ ...w.seed, aliases: w.aliases, cite: w.passages }] : []));
    const [taken] = await existingIds(
      tx,
      newActors.map((a) => a.id),
    );
    if (taken) throw new ConflictError(`The id "${excerpt(taken)}" is already taken by another node; edit the actor's name.`);
    const labels = await checkReferences(tx, plan.references);

    if (accepted.length > 0) {
      const ties = await withStoredPassages(tx, [...plan.ties.values()]);
      const seeds = {
        ...seedSetOf({ sources: [citation.source], actors: newActors, ties, fundings: plan.fundings }),
        documentTexts: citation.texts,
        passageOffsets: citation.offsets,
      };
      await writeBatchIn(tx, toGraphBatch(seeds, 'ingestion', labels));
      const figureOwners = new Map([...labels].filter(([, label]) => label === 'Actor' || label === 'Programme'));
      for (const { ownerId, figure } of plan.figures) {
        const ownerLabel = (figureOwners.get(ownerId) ?? 'Actor') as 'Actor' | 'Programme';
        await writeBatchIn(tx, figureRecords({ ownerLabel, ownerId, figures: [figure], origin: 'ingestion' }));
      }
      const cited = [...plan.actors.entries()]
        .filter(([, w]) => !w.seed)
        .map(([id, w]) => ({ id, aliases: w.aliases, passageIds: w.passages }));
      await tx.run(CITE_ACTORS, { rows: cited });
    }

    const decidedAt = new Date().toISOString();
    await tx.run(DECIDE_PROPOSALS, {
      decisions: checked.map((d) => ({
        key: proposalKey(documentId, d.stored.id),
        props: {
          status: d.action === 'ACCEPT' ? 'ACCEPTED' : d.action === 'EDIT' ? 'EDITED' : 'REJECTED',
          decidedBy: curator,
          decidedAt,
          writtenIds: plan.written.get(d.index) ?? [],
          ...(d.action === 'EDIT' ? { edited: JSON.stringify(d.effective) } : {}),
          ...(d.action !== 'REJECT' && d.effective.kind === 'ACTOR' ? { writtenId: plan.written.get(d.index)?.[0] ?? null } : {}),
        },
      })),
    });
    const changes: ChangeRecord[] = checked.map((d) =>
      changeOf(curator, `review${d.action}`, plan.written.get(d.index)?.[0] ?? d.stored.id, {
        after: d.effective,
        reason: `proposal ${d.stored.id} of document ${documentId}`,
      }),
    );
    await recordChanges(tx, changes);
    const after = await tx.run<StoredRow>(PROPOSALS_BY_ID, { ids: checked.map((d) => d.stored.id) });
    const byKey = new Map(after.filter((r) => r.documentId === documentId).map((r) => [r.proposal.id, proposalOf(r.proposal)]));
    return {
      document: locked.document,
      proposals: checked.map((d) => byKey.get(d.stored.id)!),
      written: [...new Set([...plan.written.values()].flat())],
    };
  }, REVIEW_TIMEOUT_MS);
}
