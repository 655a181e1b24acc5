import { createHash } from 'node:crypto';
import type { Database, Transaction } from '../../db/database';
import {
  ACTOR_RECORDS,
  FUNDING_RECORD,
  findTieQuery,
  REMOVE_FUNDING,
  removeTieQuery,
  RESTORE_ACTOR,
  RETIRE_ACTOR,
  UPDATE_ACTOR,
} from '../../db/cypher/curation';
import { nodesByIdQuery } from '../../db/cypher/nodes';
import type { ActorRow, EdgeRow, FundingRow } from '../../db/rows';
import { toGraphBatch } from '../seeding/graphBatch';
import { type ActorKind, CURATED_TIE_TYPES, type EntityLabel, nameKey, slugify, TIE_TYPES, type TieType } from '../../domain/model';
import { actorSeed, fundingSeed, tieSeed, type SourceSeed as SeedSource } from '../../domain/records';
import { writeBatchIn } from '../../db/writeGraph';
import { changeOf, recordChanges } from './changes';
import { type CitationInput, resolveCitation } from './citations';
import { ConflictError, InvalidInputError } from '../../domain/errors';
import { excerpt } from '../../domain/excerpt';
import { checkReferences, existingIds, parseRecord, seedSetOf } from './records';
import { LIMITS } from '../../domain/limits';

/**
 * Curator writes. Each runs in one write transaction: its checks read the same snapshot it writes to,
 * and the write, its citation and its history entry commit together or not at all.
 */

export interface ActorInput {
  id?: string | null;
  name: string;
  kind: ActorKind;
  aliases?: readonly string[] | null;
  description?: string | null;
  website?: string | null;
  founded?: string | null;
  place?: string | null;
  domains?: readonly string[] | null;
  source: CitationInput;
}

export interface ActorChanges {
  name?: string | null;
  kind?: ActorKind | null;
  aliases?: readonly string[] | null;
  description?: string | null;
  website?: string | null;
}

export interface TieInput {
  kind: TieType;
  from: string;
  to: string;
  since?: string | null;
  until?: string | null;
  source: CitationInput;
}

export interface FundingInput {
  id?: string | null;
  funder: string;
  cofunders?: readonly string[] | null;
  recipients?: readonly string[] | null;
  programme?: string | null;
  domains?: readonly string[] | null;
  amountEur?: number | null;
  amountText?: string | null;
  qualifier?: string | null;
  period?: string | null;
  date?: string | null;
  instrument?: string | null;
  status: string;
  shared?: boolean | null;
  partOf?: string | null;
  note?: string | null;
  source: CitationInput;
}

/** Removes null and undefined so zod defaults and "absent" mean the same thing. */
function compact<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

async function actorRecord(tx: Transaction, id: string) {
  const [row] = await tx.run<{ actor: ActorRow; places: string[]; domains: string[] }>(ACTOR_RECORDS, { ids: [id] });
  return row;
}

async function requireActor(tx: Transaction, id: string, field: string) {
  const record = await actorRecord(tx, id);
  if (!record) throw new InvalidInputError(`${field}: there is no actor with id "${excerpt(id)}".`, field);
  return record;
}

/** A retired actor is read-only: its record is kept as it was retired until restoreActor. */
async function requireActiveActor(tx: Transaction, id: string, field: string) {
  const record = await requireActor(tx, id, field);
  if (record.actor.retiredAt) {
    throw new InvalidInputError(
      `${field}: "${id}" was retired on ${record.actor.retiredAt}; restore it first (restoreActor) to change it.`,
      field,
    );
  }
  return record;
}

/** Why a curator retires or removes something: required, and bounded like any note. */
function requireReason(reason: string, what: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new InvalidInputError(`reason: say why ${what} (it is kept in the history).`, 'reason');
  if (trimmed.length > LIMITS.maxNoteLength)
    throw new InvalidInputError(`reason: must be at most ${LIMITS.maxNoteLength} characters.`, 'reason');
  return trimmed;
}

/** Writes the citation's new reference source, if any. */
async function writeCitedSource(tx: Transaction, citation: { source?: SeedSource }) {
  if (citation.source) await writeBatchIn(tx, toGraphBatch(seedSetOf({ sources: [citation.source] }), 'curation'));
}

export async function createActor(db: Database, curator: string, input: ActorInput): Promise<ActorRow> {
  return db.writeTransaction(async (tx) => {
    const citation = await resolveCitation(tx, input.source, 'input.source');
    const id = input.id ?? slugify(input.name);
    const actor = parseRecord(
      actorSeed,
      compact({
        id,
        name: input.name,
        kind: input.kind,
        aliases: input.aliases,
        description: input.description,
        website: input.website,
        founded: input.founded,
        cite: [citation.passageId],
      }),
      'input',
    );
    const domains = [...new Set(input.domains ?? [])];
    const labels = await checkReferences(tx, [
      { id: input.place, labels: ['Place'], field: 'input.place' },
      ...domains.map((domain, i) => ({ id: domain, labels: ['Domain'] as const, field: `input.domains.${i}` })),
    ]);
    if ((await existingIds(tx, [id])).size > 0) throw new ConflictError(`The id "${excerpt(id)}" is already taken; choose another id.`);
    const cite = [citation.passageId];
    const ties = [
      ...(input.place ? [{ type: 'LOCATED_IN' as const, from: id, to: input.place, cite }] : []),
      ...domains.map((domain) => ({ type: 'ACTIVE_IN' as const, from: id, to: domain, cite })),
    ];
    const seeds = seedSetOf({ actors: [actor], ties, sources: citation.source ? [citation.source] : [] });
    await writeBatchIn(tx, toGraphBatch(seeds, 'curation', labels));
    const after = await actorRecord(tx, id);
    await recordChanges(tx, [changeOf(curator, 'createActor', id, { after })]);
    return after!.actor;
  });
}

export async function updateActor(
  db: Database,
  curator: string,
  id: string,
  changes: ActorChanges,
  source: CitationInput,
): Promise<ActorRow> {
  return db.writeTransaction(async (tx) => {
    const before = await requireActiveActor(tx, id, 'id');
    const citation = await resolveCitation(tx, source, 'source');
    const { name, kind, aliases } = changes;
    const merged = { ...before.actor, ...compact({ name, kind, aliases }) };
    // Checked with the seed schema, as a whole record, so an update cannot make an actor the seeds would refuse.
    parseRecord(
      actorSeed,
      compact({
        id,
        name: merged.name,
        kind: merged.kind,
        aliases: merged.aliases,
        description: changes.description === undefined ? before.actor.description : changes.description,
        website: changes.website === undefined ? before.actor.website : changes.website,
        cite: [citation.passageId],
      }),
      'input',
    );
    const props: Record<string, unknown> = compact({ name, kind, aliases, nameKey: name ? nameKey(name) : undefined });
    if (changes.description !== undefined) props.description = changes.description; // null removes it
    if (changes.website !== undefined) props.website = changes.website;
    await writeCitedSource(tx, citation);
    await tx.run(UPDATE_ACTOR, { id, props, passageIds: [citation.passageId] });
    const after = await actorRecord(tx, id);
    await recordChanges(tx, [changeOf(curator, 'updateActor', id, { before, after })]);
    return after!.actor;
  });
}

export async function retireActor(db: Database, curator: string, id: string, reason: string): Promise<ActorRow> {
  const why = requireReason(reason, 'the actor is retired');
  return db.writeTransaction(async (tx) => {
    const before = await requireActor(tx, id, 'id');
    if (before.actor.retiredAt) throw new InvalidInputError(`id: "${excerpt(id)}" was already retired on ${before.actor.retiredAt}.`, 'id');
    const [row] = await tx.run<{ actor: ActorRow }>(RETIRE_ACTOR, { id, at: new Date().toISOString(), reason: why, curator });
    await recordChanges(tx, [changeOf(curator, 'retireActor', id, { before, after: row!.actor, reason: why })]);
    return row!.actor;
  });
}

/** Un-retires an actor: it is listed, searchable and writable again; `source` says it is active again. */
export async function restoreActor(db: Database, curator: string, id: string, source: CitationInput): Promise<ActorRow> {
  return db.writeTransaction(async (tx) => {
    const before = await requireActor(tx, id, 'id');
    if (!before.actor.retiredAt) throw new InvalidInputError(`id: "${id}" is not retired; there is nothing to restore.`, 'id');
    const citation = await resolveCitation(tx, source, 'source');
    await writeCitedSource(tx, citation);
    await tx.run(RESTORE_ACTOR, { id, passageIds: [citation.passageId] });
    const after = await actorRecord(tx, id);
    await recordChanges(tx, [
      changeOf(curator, 'restoreActor', id, { before, after, reason: `active again, per passage ${citation.passageId}` }),
    ]);
    return after!.actor;
  });
}

function curatedTie(kind: TieType): TieType {
  if (!CURATED_TIE_TYPES.includes(kind)) {
    throw new InvalidInputError(
      `kind: ${kind} ties are written with their nodes (${kind === 'GRANTS' || kind === 'GRANTED_TO' || kind === 'UNDER' || kind === 'FOR_DOMAIN' ? 'use addFunding' : 'they belong to the seed vocabulary'}); curated kinds are ${CURATED_TIE_TYPES.join(', ')}.`,
      'kind',
    );
  }
  return kind;
}

const tieId = (edge: { type: string; from: string; to: string }) => `${edge.from}|${edge.type}|${edge.to}`;

export async function addTie(db: Database, curator: string, input: TieInput): Promise<EdgeRow> {
  const type = curatedTie(input.kind);
  if (input.from === input.to) throw new InvalidInputError('input.to: a tie joins two different nodes.', 'input.to');
  return db.writeTransaction(async (tx) => {
    const definition = TIE_TYPES[type];
    const labels = await checkReferences(tx, [
      { id: input.from, labels: definition.from as readonly EntityLabel[], field: 'input.from', activeOnly: true },
      { id: input.to, labels: definition.to as readonly EntityLabel[], field: 'input.to', activeOnly: true },
    ]);
    const citation = await resolveCitation(tx, input.source, 'input.source');
    const tie = parseRecord(
      tieSeed,
      compact({ type, from: input.from, to: input.to, since: input.since, until: input.until, cite: [citation.passageId] }),
      'input',
    );
    if ((await tx.run(findTieQuery(type), { from: tie.from, to: tie.to })).length > 0) {
      throw new ConflictError(`${excerpt(tie.from)} -${type}-> ${excerpt(tie.to)} already exists.`);
    }
    await writeBatchIn(tx, toGraphBatch(seedSetOf({ ties: [tie], sources: citation.source ? [citation.source] : [] }), 'curation', labels));
    const edge: EdgeRow = { type, from: tie.from, to: tie.to, since: tie.since, until: tie.until, passageIds: tie.cite };
    await recordChanges(tx, [changeOf(curator, 'addTie', tieId(edge), { after: edge })]);
    return edge;
  });
}

export async function removeTie(db: Database, curator: string, kind: TieType, from: string, to: string, reason: string): Promise<EdgeRow> {
  const type = curatedTie(kind);
  const why = requireReason(reason, 'the tie is removed');
  return db.writeTransaction(async (tx) => {
    await checkReferences(tx, [
      { id: from, labels: TIE_TYPES[type].from as readonly EntityLabel[], field: 'from', activeOnly: true },
      { id: to, labels: TIE_TYPES[type].to as readonly EntityLabel[], field: 'to', activeOnly: true },
    ]);
    const [row] = await tx.run<{ props: { since?: string; passageIds?: string[] } }>(removeTieQuery(type), { from, to });
    if (!row) throw new InvalidInputError(`There is no tie ${excerpt(from)} -${type}-> ${excerpt(to)} to remove.`, 'kind');
    const edge: EdgeRow = { type, from, to, since: row.props.since, passageIds: row.props.passageIds ?? [] };
    await recordChanges(tx, [changeOf(curator, 'removeTie', tieId(edge), { before: edge, reason: why })]);
    return edge;
  });
}

export async function addFunding(db: Database, curator: string, input: FundingInput): Promise<FundingRow> {
  return db.writeTransaction(async (tx) => {
    const citation = await resolveCitation(tx, input.source, 'input.source');
    const { source: _source, ...fields } = input;
    const id = input.id ?? `${input.funder}-funding-${createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 8)}`;
    const funding = parseRecord(fundingSeed, compact({ ...fields, id, cite: [citation.passageId] }), 'input');
    const labels = await checkReferences(tx, [
      { id: funding.funder, labels: ['Actor'], field: 'input.funder', activeOnly: true },
      ...funding.cofunders.map((c, i) => ({ id: c, labels: ['Actor'] as const, field: `input.cofunders.${i}`, activeOnly: true })),
      ...funding.recipients.map((r, i) => ({ id: r, labels: ['Actor'] as const, field: `input.recipients.${i}`, activeOnly: true })),
      { id: funding.programme, labels: ['Programme'], field: 'input.programme' },
      ...funding.domains.map((d, i) => ({ id: d, labels: ['Domain'] as const, field: `input.domains.${i}` })),
      { id: funding.partOf, labels: ['Funding'], field: 'input.partOf' },
    ]);
    if ((await existingIds(tx, [id])).size > 0) throw new ConflictError(`The id "${excerpt(id)}" is already taken; choose another id.`);
    await writeBatchIn(
      tx,
      toGraphBatch(seedSetOf({ fundings: [funding], sources: citation.source ? [citation.source] : [] }), 'curation', labels),
    );
    const [row] = await tx.run<{ node: FundingRow }>(nodesByIdQuery('Funding'), { ids: [id] });
    await recordChanges(tx, [changeOf(curator, 'addFunding', id, { after: funding })]);
    return row!.node;
  });
}

/** Removes a funding and its ties (a duplicate, or money never granted); `source` says why. The record is kept in the history. */
export async function removeFunding(db: Database, curator: string, id: string, source: CitationInput): Promise<FundingRow> {
  return db.writeTransaction(async (tx) => {
    const [before] = await tx.run<{ funding: FundingRow; parts: string[] }>(FUNDING_RECORD, { id });
    if (!before) throw new InvalidInputError(`id: there is no funding with id "${id}".`, 'id');
    if (before.parts.length > 0) {
      throw new InvalidInputError(`id: the fundings ${before.parts.join(', ')} are part of "${id}"; remove them first.`, 'id');
    }
    const citation = await resolveCitation(tx, source, 'source');
    await writeCitedSource(tx, citation);
    await tx.run(REMOVE_FUNDING, { id });
    await recordChanges(tx, [changeOf(curator, 'removeFunding', id, { before, reason: `removed, per passage ${citation.passageId}` })]);
    return before.funding;
  });
}
