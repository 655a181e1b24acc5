import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { z } from 'zod';
import type { Database, Transaction } from '../../db/database';
import {
  ACTOR_RECORDS,
  CLEAR_ACTOR_FIELDS,
  ENTITIES_BY_ID,
  EXISTING_TIES,
  FUNDING_COFUNDERS,
  PASSAGES_BY_ID,
  removeTiesQuery,
} from '../../db/cypher/curation';
import type { ActorRow, FundingRow } from '../../db/rows';
import { toGraphBatch } from '../seeding/graphBatch';
import { type EntityLabel, slugify, TIE_TYPES } from '../../domain/model';
import type { ActorSeed, FundingSeed, SourceSeed, TieSeed } from '../../domain/records';
import { writeBatchIn } from '../../db/writeGraph';
import { type ChangeRecord, changeOf, recordChanges } from './changes';
import { resolveCitation } from './citations';
import { ACTOR_COLUMNS, type ActorRowInput, actorRow, csvRecordToRow, fundingRow, tieRow, type TieRowInput } from './directoryFormat';
import { InvalidInputError } from '../../domain/errors';
import { excerpt } from '../../domain/excerpt';
import { seedSetOf } from './records';

/** One thing wrong in an import file: its section, row (1-based) and column. */
export interface ImportProblem {
  section: 'actors' | 'ties' | 'fundings' | 'file';
  row?: number;
  /** Line in the file, for CSV. */
  line?: number;
  column?: string;
  message: string;
}

export class ImportValidationError extends Error {
  override name = 'ImportValidationError';
  constructor(readonly problems: ImportProblem[]) {
    super(
      `The import file is invalid; nothing was written.\n${problems.slice(0, 100).map(formatImportProblem).join('\n')}${problems.length > 100 ? `\n... and ${problems.length - 100} more` : ''}`,
    );
  }
}

export function formatImportProblem(p: ImportProblem): string {
  const where = [
    p.section,
    p.row !== undefined ? `row ${p.row}${p.line ? ` (line ${p.line})` : ''}` : undefined,
    p.column ? `column "${p.column}"` : undefined,
  ];
  return `  ${where.filter(Boolean).join(', ')}: ${p.message}`;
}

export interface ParsedImport {
  actors: (ActorRowInput & { id: string })[];
  ties: TieRowInput[];
  fundings: FundingSeed[];
  /** Row number and CSV line of each actor, for messages found later against the database. */
  actorLines: { row: number; line?: number }[];
}

/** Reads a .csv (actors) or .json (actors, ties, fundings) file and validates every row; throws ImportValidationError listing all problems. */
export function parseImportFile(path: string): ParsedImport {
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.json') {
    throw new ImportValidationError([{ section: 'file', message: `${path}: expected a .csv or .json file` }]);
  }
  const text = readFileSync(path, 'utf8');
  return extension === '.csv' ? parseCsvText(text) : parseJsonText(text);
}

export function parseCsvText(text: string): ParsedImport {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text.replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      info: true,
      trim: false,
      relax_column_count: false,
    }) as typeof records;
  } catch (error) {
    throw new ImportValidationError([{ section: 'file', message: `CSV syntax: ${(error as Error).message}` }]);
  }
  const problems: ImportProblem[] = [];
  const unknown = records.length ? Object.keys(records[0]!.record).filter((c) => !KNOWN_COLUMNS.has(c)) : [];
  if (unknown.length)
    problems.push({ section: 'file', message: `unknown columns: ${unknown.join(', ')} (expected ${[...KNOWN_COLUMNS].join(', ')})` });
  const actors = records.map(({ record, info }, i) => validate(actorRow, csvRecordToRow(record), 'actors', i + 1, problems, info.lines));
  return finish(
    actors,
    records.map((r, i) => ({ row: i + 1, line: r.info.lines })),
    [],
    [],
    problems,
  );
}

const KNOWN_COLUMNS = new Set<string>(ACTOR_COLUMNS);

export function parseJsonText(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportValidationError([{ section: 'file', message: `JSON syntax: ${(error as Error).message}` }]);
  }
  const problems: ImportProblem[] = [];
  const file = (Array.isArray(data) ? { actors: data } : data) as { actors?: unknown; ties?: unknown; fundings?: unknown };
  const list = (value: unknown, section: ImportProblem['section']) => {
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    problems.push({ section, message: `"${section}" must be a list` });
    return [];
  };
  const actors = list(file.actors, 'actors').map((value, i) => validate(actorRow, value, 'actors', i + 1, problems));
  const ties = list(file.ties, 'ties').map((value, i) => validate(tieRow, value, 'ties', i + 1, problems));
  const fundings = list(file.fundings, 'fundings').map((value, i) => validate(fundingRow, value, 'fundings', i + 1, problems));
  return finish(
    actors,
    actors.map((_, i) => ({ row: i + 1 })),
    ties,
    fundings,
    problems,
  );
}

function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  section: ImportProblem['section'],
  row: number,
  problems: ImportProblem[],
  line?: number,
): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ section, row, line, column: issue.path.map(String).join('.') || undefined, message: issue.message });
  }
  return undefined;
}

function finish(
  actors: (ActorRowInput | undefined)[],
  actorLines: { row: number; line?: number }[],
  ties: (TieRowInput | undefined)[],
  fundings: (FundingSeed | undefined)[],
  problems: ImportProblem[],
): ParsedImport {
  const seen = new Map<string, number>();
  const withIds = actors.map((actor, i) => {
    if (!actor) return undefined;
    const id = actor.id ?? slugify(actor.name);
    const first = seen.get(id);
    if (first !== undefined)
      problems.push({
        section: 'actors',
        row: i + 1,
        line: actorLines[i]?.line,
        column: 'id',
        message: `id "${id}" is already used by row ${first}`,
      });
    else seen.set(id, i + 1);
    return { ...actor, id };
  });
  if (problems.length > 0) throw new ImportValidationError(problems);
  return { actors: withIds as ParsedImport['actors'], ties: ties as TieRowInput[], fundings: fundings as FundingSeed[], actorLines };
}

export type PlanStatus = 'new' | 'changed' | 'unchanged';
export interface PlannedItem {
  id: string;
  status: PlanStatus;
  /** What differs from the database, for changed items. */
  changes: string[];
}

export interface ImportReport {
  dryRun: boolean;
  actors: PlannedItem[];
  ties: PlannedItem[];
  fundings: PlannedItem[];
  /** True when something was (or, in a dry run, would be) written. */
  changesAnything: boolean;
}

interface Plan {
  report: ImportReport;
  write: (tx: Transaction, curator: string) => Promise<void>;
}

/**
 * Plans the import against the database and, unless dryRun, applies it in the same transaction: all
 * rows or none. A file whose content is already in the database writes nothing.
 */
export async function runImport(db: Database, parsed: ParsedImport, options: { dryRun: boolean; curator: string }): Promise<ImportReport> {
  if (options.dryRun) return db.readTransaction(async (tx) => (await plan(tx, parsed, true)).report, 60_000);
  return db.writeTransaction(async (tx) => {
    const planned = await plan(tx, parsed, false);
    if (planned.report.changesAnything) await planned.write(tx, options.curator);
    return planned.report;
  }, 300_000);
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) => sameList([...a].sort(), [...b].sort());
/** True when every item of `items` is in `known`. */
const allIn = (items: readonly string[], known: ReadonlySet<string>) => items.every((item) => known.has(item));
/** The plan of one item: new when not stored, else changed when something differs. */
const planned = (id: string, stored: boolean, changes: (string | false)[]): PlannedItem =>
  !stored ? { id, status: 'new', changes: [] } : { id, ...statusOf(changes.filter((c): c is string => !!c)) };
const statusOf = (changes: string[]): Pick<PlannedItem, 'status' | 'changes'> => ({
  status: changes.length ? 'changed' : 'unchanged',
  changes,
});
/** The ids of the items to write. */
const pending = (plans: PlannedItem[]) => new Set(plans.filter((p) => p.status !== 'unchanged').map((p) => p.id));
const tieKey = (t: { kind?: string; type?: string; from: string; to: string }) => `${t.from}|${t.kind ?? t.type}|${t.to}`;

type StoredActor = { actor: ActorRow; places: string[]; domains: string[] };
type StoredTie = { from: string; type: string; to: string; since: string | null; until: string | null; passageIds: string[] };

/** What the file refers to as the database holds it: the label of each id and the passages that exist. */
interface References {
  /** Labels of the ids already stored. */
  stored: Map<string, EntityLabel>;
  /** The label of an id, from the file first (its actors and fundings), then from the database. */
  labelOf: (id: string) => EntityLabel | undefined;
  knownPassages: Set<string>;
}

async function readReferences(tx: Transaction, parsed: ParsedImport): Promise<References> {
  const referenced = [
    ...parsed.actors.flatMap((a) => [a.id, ...a.places, ...a.domains]),
    ...parsed.ties.flatMap((t) => [t.from, t.to]),
    ...parsed.fundings.flatMap((f) => [
      f.id,
      f.funder,
      ...f.cofunders,
      ...f.recipients,
      ...(f.programme ? [f.programme] : []),
      ...f.domains,
      ...(f.partOf ? [f.partOf] : []),
    ]),
  ];
  const labelRows = await tx.run<{ id: string; label: EntityLabel }>(ENTITIES_BY_ID, { ids: [...new Set(referenced)] });
  const stored = new Map(labelRows.map((row) => [row.id, row.label]));
  const fileActors = new Set(parsed.actors.map((a) => a.id));
  const fileFundings = new Set(parsed.fundings.map((f) => f.id));
  const labelOf = (id: string): EntityLabel | undefined =>
    fileActors.has(id) ? 'Actor' : fileFundings.has(id) ? 'Funding' : stored.get(id);
  const cited = [
    ...parsed.actors.flatMap((a) => a.passages),
    ...parsed.ties.flatMap((t) => t.passages),
    ...parsed.fundings.flatMap((f) => f.cite),
  ];
  const knownPassages = new Set((await tx.run<{ id: string }>(PASSAGES_BY_ID, { ids: [...new Set(cited)] })).map((r) => r.id));
  return { stored, labelOf, knownPassages };
}

/** Checks of one row's references, adding a problem for each id that is unknown or of the wrong label. */
function referenceChecker(
  refs: References,
  problems: ImportProblem[],
  at: { section: ImportProblem['section']; row: number; line?: number },
) {
  return {
    expect(column: string, id: string, labels: readonly string[]): void {
      const label = refs.labelOf(id);
      if (!label) problems.push({ ...at, column, message: `unknown id "${id}" (expected ${labels.join(' or ').toLowerCase()})` });
      else if (!labels.includes(label))
        problems.push({ ...at, column, message: `"${id}" is a ${label.toLowerCase()}; expected ${labels.join(' or ').toLowerCase()}` });
    },
    expectPassages(ids: string[]): void {
      ids
        .filter((id) => !refs.knownPassages.has(id))
        .forEach((id) => problems.push({ ...at, column: 'passages', message: `unknown passage "${id}"` }));
    },
    /** The row's own id must not be stored under another label. */
    expectOwnLabel(id: string, label: EntityLabel, message: (stored: string) => string): void {
      const stored = refs.stored.get(id);
      if (stored !== undefined && stored !== label) problems.push({ ...at, column: 'id', message: message(stored.toLowerCase()) });
    },
  };
}

/** Every reference of every row: ids of the right label, passages that exist. */
function checkReferences(parsed: ParsedImport, refs: References, problems: ImportProblem[]): void {
  parsed.actors.forEach((actor, i) => {
    const check = referenceChecker(refs, problems, { section: 'actors', ...parsed.actorLines[i]! });
    check.expectOwnLabel(actor.id, 'Actor', (stored) => `"${actor.id}" is a ${stored}, not an actor`);
    actor.places.forEach((id) => check.expect('places', id, ['Place']));
    actor.domains.forEach((id) => check.expect('domains', id, ['Domain']));
    check.expectPassages(actor.passages);
  });
  parsed.ties.forEach((tie, i) => {
    const check = referenceChecker(refs, problems, { section: 'ties', row: i + 1 });
    check.expect('from', tie.from, TIE_TYPES[tie.kind].from);
    check.expect('to', tie.to, TIE_TYPES[tie.kind].to);
    check.expectPassages(tie.passages);
  });
  parsed.fundings.forEach((funding, i) => {
    const check = referenceChecker(refs, problems, { section: 'fundings', row: i + 1 });
    check.expectOwnLabel(funding.id, 'Funding', (stored) => `"${funding.id}" is a ${stored}`);
    check.expect('funder', funding.funder, ['Actor']);
    funding.cofunders.forEach((id) => check.expect('cofunders', id, ['Actor']));
    funding.recipients.forEach((id) => check.expect('recipients', id, ['Actor']));
    if (funding.programme) check.expect('programme', funding.programme, ['Programme']);
    funding.domains.forEach((id) => check.expect('domains', id, ['Domain']));
    if (funding.partOf) check.expect('partOf', funding.partOf, ['Funding']);
    check.expectPassages(funding.cite);
  });
}

/** The passages each actor row cites, with those of the public sources rows name (same URL and quote: same ids, so re-imports are stable). */
async function citedPassages(
  tx: Transaction,
  parsed: ParsedImport,
  problems: ImportProblem[],
): Promise<{ rowPassages: Map<string, string[]>; sources: SourceSeed[] }> {
  const sources: SourceSeed[] = [];
  const rowPassages = new Map<string, string[]>();
  for (const [i, actor] of parsed.actors.entries()) {
    const passages = [...actor.passages];
    if (actor.source) {
      try {
        const citation = await resolveCitation(tx, actor.source, 'source');
        passages.push(citation.passageId);
        if (citation.source) sources.push(citation.source);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        problems.push({ section: 'actors', row: i + 1, line: parsed.actorLines[i]?.line, column: 'source_url', message: error.message });
      }
    }
    rowPassages.set(actor.id, [...new Set(passages)]);
  }
  return { rowPassages, sources };
}

/** Each actor row against the stored actor: new, unchanged, or changed with the fields that differ. */
async function planActors(
  tx: Transaction,
  parsed: ParsedImport,
  rowPassages: Map<string, string[]>,
): Promise<{ plans: PlannedItem[]; existing: Map<string, StoredActor> }> {
  const rows = await tx.run<StoredActor>(ACTOR_RECORDS, { ids: parsed.actors.map((a) => a.id) });
  const existing = new Map(rows.map((r) => [r.actor.id, r]));
  const plans = parsed.actors.map((actor) => {
    const current = existing.get(actor.id);
    const a = current?.actor;
    return planned(actor.id, current !== undefined, [
      a?.name !== actor.name && 'name',
      a?.kind !== actor.kind && 'kind',
      !sameList(a?.aliases ?? [], actor.aliases) && 'aliases',
      (a?.description ?? undefined) !== actor.description && 'description',
      (a?.website ?? undefined) !== actor.website && 'website',
      (a?.founded ?? undefined) !== actor.founded && 'founded',
      !sameSet(current?.places ?? [], actor.places) && 'places',
      !sameSet(current?.domains ?? [], actor.domains) && 'domains',
      !allIn(rowPassages.get(actor.id)!, new Set(a?.passageIds ?? [])) && 'passages',
    ]);
  });
  return { plans, existing };
}

/** A retired actor is read-only until restored: a row that would change one is refused (restoreActor first). */
function refuseChangesToRetired(
  actors: { plans: PlannedItem[]; existing: Map<string, StoredActor> },
  parsed: ParsedImport,
  problems: ImportProblem[],
): void {
  actors.plans.forEach((plan, i) => {
    const retiredAt = actors.existing.get(plan.id)?.actor.retiredAt;
    if (plan.status !== 'changed' || !retiredAt) return;
    problems.push({
      section: 'actors',
      row: i + 1,
      line: parsed.actorLines[i]?.line,
      column: 'id',
      message: `"${excerpt(plan.id)}" was retired on ${retiredAt}; restore it first (restoreActor) to change it`,
    });
  });
}

/** Each tie row against the stored tie. */
async function planTies(tx: Transaction, parsed: ParsedImport): Promise<{ plans: PlannedItem[]; existing: Map<string, StoredTie> }> {
  const rows = await tx.run<StoredTie>(EXISTING_TIES, { rows: parsed.ties.map((t) => ({ from: t.from, type: t.kind, to: t.to })) });
  const existing = new Map(rows.map((r) => [tieKey(r), r]));
  const plans = parsed.ties.map((tie) => {
    const current = existing.get(tieKey(tie));
    return planned(tieKey(tie), current !== undefined, [
      (current?.since ?? undefined) !== tie.since && 'since',
      (current?.until ?? undefined) !== tie.until && 'until',
      !allIn(tie.passages, new Set(current?.passageIds ?? [])) && 'passages',
    ]);
  });
  return { plans, existing };
}

const FUNDING_FIELDS = ['amountEur', 'amountText', 'qualifier', 'period', 'date', 'instrument', 'status', 'note'] as const;

type StoredFunding = FundingRow & { cofunders?: string[] };

/** Each funding row against the stored funding (its co-funders included). */
async function planFundings(
  tx: Transaction,
  parsed: ParsedImport,
): Promise<{ plans: PlannedItem[]; existing: Map<string, StoredFunding> }> {
  const rows = await tx.run<{ funding: FundingRow; cofunders: string[] }>(FUNDING_COFUNDERS, { ids: parsed.fundings.map((f) => f.id) });
  const existing = new Map(rows.map((r) => [r.funding.id, { ...r.funding, cofunders: r.cofunders }]));
  const plans = parsed.fundings.map((funding) => {
    const current = existing.get(funding.id);
    return planned(funding.id, current !== undefined, [
      ...FUNDING_FIELDS.map((f) => (current?.[f] ?? undefined) !== (funding[f] ?? undefined) && f),
      (current?.shared ?? false) !== funding.shared && 'shared',
      !sameSet(current?.cofunders ?? [], funding.cofunders) && 'cofunders',
    ]);
  });
  return { plans, existing };
}

/** What a plan knows when it writes: the file, what was stored, and the plans. */
interface PlanState {
  parsed: ParsedImport;
  stored: Map<string, EntityLabel>;
  rowPassages: Map<string, string[]>;
  sources: SourceSeed[];
  actors: { plans: PlannedItem[]; existing: Map<string, StoredActor> };
  ties: { plans: PlannedItem[]; existing: Map<string, StoredTie> };
  fundings: { plans: PlannedItem[]; existing: Map<string, StoredFunding> };
}

async function plan(tx: Transaction, parsed: ParsedImport, dryRun: boolean): Promise<Plan> {
  const problems: ImportProblem[] = [];
  const refs = await readReferences(tx, parsed);
  checkReferences(parsed, refs, problems);
  const { rowPassages, sources } = await citedPassages(tx, parsed, problems);
  if (problems.length > 0) throw new ImportValidationError(problems);

  const state: PlanState = {
    parsed,
    stored: refs.stored,
    rowPassages,
    sources,
    actors: await planActors(tx, parsed, rowPassages),
    ties: await planTies(tx, parsed),
    fundings: await planFundings(tx, parsed),
  };
  refuseChangesToRetired(state.actors, parsed, problems);
  if (problems.length > 0) throw new ImportValidationError(problems);
  const all = [state.actors.plans, state.ties.plans, state.fundings.plans];
  const report: ImportReport = {
    dryRun,
    actors: state.actors.plans,
    ties: state.ties.plans,
    fundings: state.fundings.plans,
    changesAnything: all.some((plans) => plans.some((p) => p.status !== 'unchanged')),
  };
  return { report, write: (writeTx, curator) => writePlan(writeTx, curator, state) };
}

/** The seeds of the rows that are new or changed. */
function seedsToWrite(state: PlanState): { actors: ActorSeed[]; actorTies: TieSeed[]; ties: TieSeed[]; fundings: FundingSeed[] } {
  const { parsed, rowPassages } = state;
  const actorIds = pending(state.actors.plans);
  const tieIds = pending(state.ties.plans);
  const fundingIds = pending(state.fundings.plans);
  const changedActors = parsed.actors.filter((a) => actorIds.has(a.id));
  const actors: ActorSeed[] = changedActors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    description: a.description,
    website: a.website,
    founded: a.founded,
    figures: [],
    // Provenance only grows: passages already cited stay cited.
    cite: [...new Set([...(state.actors.existing.get(a.id)?.actor.passageIds ?? []), ...rowPassages.get(a.id)!])],
  }));
  const actorTies: TieSeed[] = changedActors.flatMap((a) => [
    ...a.places.map((to) => ({ type: 'LOCATED_IN' as const, from: a.id, to, cite: rowPassages.get(a.id)! })),
    ...a.domains.map((to) => ({ type: 'ACTIVE_IN' as const, from: a.id, to, cite: rowPassages.get(a.id)! })),
  ]);
  const ties: TieSeed[] = parsed.ties
    .filter((t) => tieIds.has(tieKey(t)))
    .map((t) => ({ type: t.kind, from: t.from, to: t.to, since: t.since, until: t.until, cite: t.passages }));
  return { actors, actorTies, ties, fundings: parsed.fundings.filter((f) => fundingIds.has(f.id)) };
}

/** The file is the truth for the fields, places and domains of the stored actors it changes: what it leaves out goes. */
async function clearWhatTheFileDrops(tx: Transaction, state: PlanState): Promise<void> {
  const actorIds = pending(state.actors.plans);
  const stale = state.parsed.actors.filter((a) => actorIds.has(a.id) && state.actors.existing.has(a.id));
  await tx.run(CLEAR_ACTOR_FIELDS, {
    rows: stale.map((a) => ({
      id: a.id,
      clear: {
        ...(a.description ? {} : { description: null }),
        ...(a.website ? {} : { website: null }),
        ...(a.founded ? {} : { founded: null }),
      },
    })),
  });
  const gone = (type: 'places' | 'domains') =>
    stale.flatMap((a) => {
      const kept = new Set(a[type]);
      return state.actors.existing
        .get(a.id)!
        [type].filter((to) => !kept.has(to))
        .map((to) => ({ from: a.id, to }));
    });
  await tx.run(removeTiesQuery('LOCATED_IN'), { rows: gone('places') });
  await tx.run(removeTiesQuery('ACTIVE_IN'), { rows: gone('domains') });
}

/** Writes the new and changed rows and their history entries. */
async function writePlan(tx: Transaction, curator: string, state: PlanState): Promise<void> {
  const { actors, actorTies, ties, fundings } = seedsToWrite(state);
  await clearWhatTheFileDrops(tx, state);
  await writeBatchIn(
    tx,
    toGraphBatch(seedSetOf({ actors, ties: [...actorTies, ...ties], fundings, sources: state.sources }), 'import', state.stored),
  );
  const rowsById = new Map(state.parsed.actors.map((a) => [a.id, a]));
  const changes: ChangeRecord[] = [
    ...actors.map((a) => changeOf(curator, 'import', a.id, { before: state.actors.existing.get(a.id), after: rowsById.get(a.id) })),
    ...ties.map((t) => changeOf(curator, 'import', tieKey(t), { before: state.ties.existing.get(tieKey(t)), after: t })),
    ...fundings.map((f) => changeOf(curator, 'import', f.id, { before: state.fundings.existing.get(f.id), after: f })),
  ];
  await recordChanges(tx, changes);
}
