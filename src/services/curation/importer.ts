import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { z } from 'zod';
import type { Database, Transaction } from '../../db/database';
import { ACTOR_RECORDS, CLEAR_ACTOR_FIELDS, ENTITIES_BY_ID, EXISTING_TIES, PASSAGES_BY_ID, removeTiesQuery } from '../../db/cypher/curation';
import { nodesByIdQuery } from '../../db/cypher/nodes';
import type { ActorRow, FundingRow } from '../../db/rows';
import { toGraphBatch } from '../seeding/graphBatch';
import { EntityLabel, slugify, TIE_TYPES } from '../../domain/model';
import type { ActorSeed, FundingSeed, SourceSeed, TieSeed } from '../../domain/records';
import { writeBatchIn } from '../../db/writeGraph';
import { ChangeRecord, changeOf, recordChanges } from './changes';
import { resolveCitation } from './citations';
import { ActorRowInput, actorRow, csvRecordToRow, fundingRow, tieRow, TieRowInput } from './directoryFormat';
import { InvalidInputError } from '../../domain/errors';
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
    super(`The import file is invalid; nothing was written.\n${problems.slice(0, 100).map(formatImportProblem).join('\n')}${problems.length > 100 ? `\n... and ${problems.length - 100} more` : ''}`);
  }
}

export function formatImportProblem(p: ImportProblem): string {
  const where = [p.section, p.row !== undefined ? `row ${p.row}${p.line ? ` (line ${p.line})` : ''}` : undefined, p.column ? `column "${p.column}"` : undefined];
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
    records = parseCsv(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, info: true, trim: false, relax_column_count: false }) as typeof records;
  } catch (error) {
    throw new ImportValidationError([{ section: 'file', message: `CSV syntax: ${(error as Error).message}` }]);
  }
  const problems: ImportProblem[] = [];
  const unknown = records.length ? Object.keys(records[0]!.record).filter((c) => !KNOWN_COLUMNS.has(c)) : [];
  if (unknown.length) problems.push({ section: 'file', message: `unknown columns: ${unknown.join(', ')} (expected ${[...KNOWN_COLUMNS].join(', ')})` });
  const actors = records.map(({ record, info }, i) => validate(actorRow, csvRecordToRow(record), 'actors', i + 1, problems, info.lines));
  return finish(actors, records.map((r, i) => ({ row: i + 1, line: r.info.lines })), [], [], problems);
}

const KNOWN_COLUMNS = new Set(['id', 'name', 'kind', 'aliases', 'description', 'website', 'places', 'domains', 'passages', 'source_url', 'source_title', 'source_publisher', 'quote']);

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
  return finish(actors, actors.map((_, i) => ({ row: i + 1 })), ties, fundings, problems);
}

function validate<S extends z.ZodType>(schema: S, value: unknown, section: ImportProblem['section'], row: number, problems: ImportProblem[], line?: number): z.infer<S> | undefined {
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
    if (first !== undefined) problems.push({ section: 'actors', row: i + 1, line: actorLines[i]?.line, column: 'id', message: `id "${id}" is already used by row ${first}` });
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

async function plan(tx: Transaction, parsed: ParsedImport, dryRun: boolean): Promise<Plan> {
  const problems: ImportProblem[] = [];
  const referenced = [
    ...parsed.actors.flatMap((a) => [a.id, ...a.places, ...a.domains]),
    ...parsed.ties.flatMap((t) => [t.from, t.to]),
    ...parsed.fundings.flatMap((f) => [f.id, f.funder, ...f.recipients, ...(f.programme ? [f.programme] : []), ...f.domains, ...(f.partOf ? [f.partOf] : [])]),
  ];
  const labelRows = await tx.run<{ id: string; label: EntityLabel }>(ENTITIES_BY_ID, { ids: [...new Set(referenced)] });
  const stored = new Map(labelRows.map((row) => [row.id, row.label]));
  const labelOf = (id: string): EntityLabel | undefined =>
    parsed.actors.some((a) => a.id === id) ? 'Actor' : parsed.fundings.some((f) => f.id === id) ? 'Funding' : stored.get(id);
  const cited = [...parsed.actors.flatMap((a) => a.passages), ...parsed.ties.flatMap((t) => t.passages), ...parsed.fundings.flatMap((f) => f.cite)];
  const knownPassages = new Set((await tx.run<{ id: string }>(PASSAGES_BY_ID, { ids: [...new Set(cited)] })).map((r) => r.id));

  const expect = (section: ImportProblem['section'], row: number, column: string, id: string, labels: readonly string[], line?: number) => {
    const label = labelOf(id);
    if (!label) problems.push({ section, row, line, column, message: `unknown id "${id}" (expected ${labels.join(' or ').toLowerCase()})` });
    else if (!labels.includes(label)) problems.push({ section, row, line, column, message: `"${id}" is a ${label.toLowerCase()}; expected ${labels.join(' or ').toLowerCase()}` });
  };
  const expectPassages = (section: ImportProblem['section'], row: number, ids: string[], line?: number) =>
    ids.filter((id) => !knownPassages.has(id)).forEach((id) => problems.push({ section, row, line, column: 'passages', message: `unknown passage "${id}"` }));

  parsed.actors.forEach((actor, i) => {
    const { row, line } = parsed.actorLines[i]!;
    if (stored.has(actor.id) && stored.get(actor.id) !== 'Actor') problems.push({ section: 'actors', row, line, column: 'id', message: `"${actor.id}" is a ${stored.get(actor.id)!.toLowerCase()}, not an actor` });
    actor.places.forEach((id) => expect('actors', row, 'places', id, ['Place'], line));
    actor.domains.forEach((id) => expect('actors', row, 'domains', id, ['Domain'], line));
    expectPassages('actors', row, actor.passages, line);
  });
  parsed.ties.forEach((tie, i) => {
    expect('ties', i + 1, 'from', tie.from, TIE_TYPES[tie.kind].from);
    expect('ties', i + 1, 'to', tie.to, TIE_TYPES[tie.kind].to);
    expectPassages('ties', i + 1, tie.passages);
  });
  parsed.fundings.forEach((funding, i) => {
    if (stored.has(funding.id) && stored.get(funding.id) !== 'Funding') problems.push({ section: 'fundings', row: i + 1, column: 'id', message: `"${funding.id}" is a ${stored.get(funding.id)!.toLowerCase()}` });
    expect('fundings', i + 1, 'funder', funding.funder, ['Actor']);
    funding.recipients.forEach((id) => expect('fundings', i + 1, 'recipients', id, ['Actor']));
    if (funding.programme) expect('fundings', i + 1, 'programme', funding.programme, ['Programme']);
    funding.domains.forEach((id) => expect('fundings', i + 1, 'domains', id, ['Domain']));
    if (funding.partOf) expect('fundings', i + 1, 'partOf', funding.partOf, ['Funding']);
    expectPassages('fundings', i + 1, funding.cite);
  });

  // Rows citing a public source get their passage (same URL and quote: same ids, so re-imports are stable).
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
  if (problems.length > 0) throw new ImportValidationError(problems);

  // Compare with what is stored.
  const existingActors = new Map(
    (await tx.run<{ actor: ActorRow; places: string[]; domains: string[] }>(ACTOR_RECORDS, { ids: parsed.actors.map((a) => a.id) })).map((r) => [r.actor.id, r]),
  );
  const actorPlans: PlannedItem[] = parsed.actors.map((actor) => {
    const current = existingActors.get(actor.id);
    if (!current) return { id: actor.id, status: 'new', changes: [] };
    const a = current.actor;
    const changes = [
      a.name !== actor.name && 'name',
      a.kind !== actor.kind && 'kind',
      !sameList(a.aliases ?? [], actor.aliases) && 'aliases',
      (a.description ?? undefined) !== actor.description && 'description',
      (a.website ?? undefined) !== actor.website && 'website',
      !sameSet(current.places, actor.places) && 'places',
      !sameSet(current.domains, actor.domains) && 'domains',
      !rowPassages.get(actor.id)!.every((p) => (a.passageIds ?? []).includes(p)) && 'passages',
    ].filter((c): c is string => !!c);
    return { id: actor.id, status: changes.length ? 'changed' : 'unchanged', changes };
  });
  const tieKey = (t: { kind?: string; type?: string; from: string; to: string }) => `${t.from}|${t.kind ?? t.type}|${t.to}`;
  const existingTies = new Map(
    (await tx.run<{ from: string; type: string; to: string; since: string | null; passageIds: string[] }>(EXISTING_TIES, {
      rows: parsed.ties.map((t) => ({ from: t.from, type: t.kind, to: t.to })),
    })).map((r) => [tieKey(r), r]),
  );
  const tiePlans: PlannedItem[] = parsed.ties.map((tie) => {
    const current = existingTies.get(tieKey(tie));
    if (!current) return { id: tieKey(tie), status: 'new', changes: [] };
    const changes = [(current.since ?? undefined) !== tie.since && 'since', !tie.passages.every((p) => current.passageIds.includes(p)) && 'passages'].filter(
      (c): c is string => !!c,
    );
    return { id: tieKey(tie), status: changes.length ? 'changed' : 'unchanged', changes };
  });
  const existingFundings = new Map(
    (await tx.run<{ node: FundingRow }>(nodesByIdQuery('Funding'), { ids: parsed.fundings.map((f) => f.id) })).map((r) => [r.node.id, r.node]),
  );
  const fundingPlans: PlannedItem[] = parsed.fundings.map((funding) => {
    const current = existingFundings.get(funding.id);
    if (!current) return { id: funding.id, status: 'new', changes: [] };
    const fields = ['amountEur', 'amountText', 'qualifier', 'period', 'status', 'note'] as const;
    const changes: string[] = fields.filter((f) => (current[f] ?? undefined) !== (funding[f] ?? undefined));
    if ((current.shared ?? false) !== funding.shared) changes.push('shared');
    return { id: funding.id, status: changes.length ? 'changed' : 'unchanged', changes };
  });

  const pending = (plans: PlannedItem[]) => new Set(plans.filter((p) => p.status !== 'unchanged').map((p) => p.id));
  const report: ImportReport = {
    dryRun,
    actors: actorPlans,
    ties: tiePlans,
    fundings: fundingPlans,
    changesAnything: [actorPlans, tiePlans, fundingPlans].some((plans) => plans.some((p) => p.status !== 'unchanged')),
  };

  const write = async (tx: Transaction, curator: string) => {
    const actorIds = pending(actorPlans);
    const tieIds = pending(tiePlans);
    const fundingIds = pending(fundingPlans);
    const actors: ActorSeed[] = parsed.actors
      .filter((a) => actorIds.has(a.id))
      .map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        aliases: a.aliases,
        description: a.description,
        website: a.website,
        figures: [],
        // Provenance only grows: passages already cited stay cited.
        cite: [...new Set([...(existingActors.get(a.id)?.actor.passageIds ?? []), ...rowPassages.get(a.id)!])],
      }));
    const actorTies: TieSeed[] = parsed.actors
      .filter((a) => actorIds.has(a.id))
      .flatMap((a) => [
        ...a.places.map((to) => ({ type: 'LOCATED_IN' as const, from: a.id, to, cite: rowPassages.get(a.id)! })),
        ...a.domains.map((to) => ({ type: 'ACTIVE_IN' as const, from: a.id, to, cite: rowPassages.get(a.id)! })),
      ]);
    const ties: TieSeed[] = parsed.ties.filter((t) => tieIds.has(tieKey(t))).map((t) => ({ type: t.kind, from: t.from, to: t.to, since: t.since, cite: t.passages }));
    const fundings = parsed.fundings.filter((f) => fundingIds.has(f.id));

    // The file is the truth for the fields, place and domains of the actors it lists.
    const stale = parsed.actors.filter((a) => actorIds.has(a.id) && existingActors.has(a.id));
    await tx.run(CLEAR_ACTOR_FIELDS, {
      rows: stale.map((a) => ({ id: a.id, clear: { ...(a.description ? {} : { description: null }), ...(a.website ? {} : { website: null }) } })),
    });
    const gone = (type: 'places' | 'domains') =>
      stale.flatMap((a) => existingActors.get(a.id)![type].filter((to) => !a[type].includes(to)).map((to) => ({ from: a.id, to })));
    await tx.run(removeTiesQuery('LOCATED_IN'), { rows: gone('places') });
    await tx.run(removeTiesQuery('ACTIVE_IN'), { rows: gone('domains') });

    await writeBatchIn(tx, toGraphBatch(seedSetOf({ actors, ties: [...actorTies, ...ties], fundings, sources }), 'import', stored));
    const changes: ChangeRecord[] = [
      ...actors.map((a) => changeOf(curator, 'import', a.id, { before: existingActors.get(a.id), after: parsed.actors.find((x) => x.id === a.id) })),
      ...ties.map((t) => changeOf(curator, 'import', tieKey(t), { before: existingTies.get(tieKey(t)), after: t })),
      ...fundings.map((f) => changeOf(curator, 'import', f.id, { before: existingFundings.get(f.id), after: f })),
    ];
    await recordChanges(tx, changes);
  };
  return { report, write };
}
