import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type EntityLabel, TIE_TYPES } from '../../domain/model';
import {
  type ActorSeed,
  type DomainSeed,
  type FundingSeed,
  type PlaceSeed,
  type ProgrammeSeed,
  SEED_FILES,
  type SourceSeed,
  type TieSeed,
} from '../../domain/records';

/** Everything the seed folder says, validated and cross-checked. */
export interface SeedSet {
  sources: SourceSeed[];
  places: PlaceSeed[];
  domains: DomainSeed[];
  actors: ActorSeed[];
  programmes: ProgrammeSeed[];
  fundings: FundingSeed[];
  ties: TieSeed[];
  /** Full text of each DOCUMENT source, by source id. */
  documentTexts: Map<string, string>;
  /** Where each passage starts in its document (character offset), for DOCUMENT sources. */
  passageOffsets: Map<string, number>;
}

/** One thing wrong in a seed file, located precisely enough to fix it. */
export interface SeedProblem {
  file: string;
  line?: number;
  record?: number;
  id?: string;
  field?: string;
  message: string;
}

export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed data is invalid; nothing was written.\n${problems.slice(0, 50).map(formatProblem).join('\n')}` +
        (problems.length > 50 ? `\n... and ${problems.length - 50} more` : ''),
    );
  }
}

export function formatProblem(p: SeedProblem): string {
  const where = [p.line ? `${p.file}:${p.line}` : p.file];
  if (p.record !== undefined) where.push(`record ${p.record}${p.id ? ` (id "${p.id}")` : ''}`);
  if (p.field) where.push(`field "${p.field}"`);
  return `  ${where.join(', ')}: ${p.message}`;
}

interface ParsedFile<T> {
  /** The file record i comes from (several files of one kind are read as one list). */
  fileOf: (index: number) => string;
  records: T[];
  /** Line of record i, or of one of its fields. */
  lineOf: (index: number, path?: (string | number)[]) => number | undefined;
}

/** Sub-folders of the seed folder whose files of the same names add records: one folder a body of documents. */
export const CORPUS_FOLDER = 'corpus';

/** The seed folders: the seed folder itself, then every folder under corpus/, in name order. */
function seedFolders(dir: string): string[] {
  const corpus = join(dir, CORPUS_FOLDER);
  if (!existsSync(corpus)) return [dir];
  const parts = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return [dir, ...parts.map((name) => join(corpus, name))];
}

/** Several parsed files of one kind as one list, each record still located in its own file. */
function concatenated<T>(files: ParsedFile<T>[]): ParsedFile<T> {
  const starts: number[] = [];
  const records: T[] = [];
  for (const file of files) {
    starts.push(records.length);
    records.push(...file.records);
  }
  const locate = (index: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > index) i--;
    return { file: files[i]!, local: index - starts[i]! };
  };
  return {
    records,
    fileOf: (index) => {
      const { file, local } = locate(index);
      return file.fileOf(local);
    },
    lineOf: (index, path) => {
      const { file, local } = locate(index);
      return file.lineOf(local, path);
    },
  };
}

/** Reads and validates every seed file in `dir`; throws SeedValidationError listing every problem found. */
export function readSeedDirectory(dir: string): SeedSet {
  const problems: SeedProblem[] = [];
  const [main, ...corpus] = seedFolders(dir);
  const parsed = SEED_FILES.map(({ file, schema }) =>
    concatenated([
      parseSeedFile(main!, file, schema as z.ZodType, problems),
      ...corpus
        .filter((folder) => existsSync(join(folder, file)))
        .map((folder) => parseSeedFile(folder, file, schema as z.ZodType, problems)),
    ]),
  );
  if (problems.length > 0) throw new SeedValidationError(problems);
  const [sources, places, domains, actors, programmes, fundings, ties] = parsed;
  const set = crossCheck(
    dir,
    {
      sources: sources as ParsedFile<SourceSeed>,
      places: places as ParsedFile<PlaceSeed>,
      domains: domains as ParsedFile<DomainSeed>,
      actors: actors as ParsedFile<ActorSeed>,
      programmes: programmes as ParsedFile<ProgrammeSeed>,
      fundings: fundings as ParsedFile<FundingSeed>,
      ties: ties as ParsedFile<TieSeed>,
    },
    problems,
  );
  if (problems.length > 0) throw new SeedValidationError(problems);
  return set;
}

function parseSeedFile(dir: string, file: string, schema: z.ZodType, problems: SeedProblem[]): ParsedFile<unknown> {
  const path = join(dir, file);
  const shown = relative(process.cwd(), path) || path;
  const empty: ParsedFile<unknown> = { fileOf: () => shown, records: [], lineOf: () => undefined };
  if (!existsSync(path)) {
    problems.push({ file: shown, message: 'file is missing' });
    return empty;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.push({ file: shown, line: lineCounter.linePos(error.pos[0]).line, message: `YAML syntax: ${error.message.split('\n')[0]}` });
    }
    return empty;
  }
  const lineOf = (index: number, fieldPath: (string | number)[] = []): number | undefined => {
    const node = document.getIn([index, ...fieldPath], true) ?? document.getIn([index], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  if (document.contents === null) return { ...empty, lineOf };
  if (!isSeq(document.contents)) {
    problems.push({ file: shown, line: 1, message: 'expected a list of records (each starting with "- ")' });
    return empty;
  }
  const raw = document.toJS() as unknown[];
  const records: unknown[] = [];
  raw.forEach((value, index) => {
    const item = document.contents && isSeq(document.contents) ? document.contents.items[index] : undefined;
    const id = isMap(item) ? String(item.get('id') ?? '') || undefined : undefined;
    const result = schema.safeParse(value);
    if (result.success) {
      records.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || undefined;
      const received = issue.path.length > 0 ? valueAt(value, issue.path) : undefined;
      problems.push({
        file: shown,
        line: lineOf(index, issue.path as (string | number)[]),
        record: index + 1,
        id,
        field,
        message: received === undefined ? issue.message : `${issue.message} (got ${JSON.stringify(received)})`,
      });
    }
  });
  return { fileOf: () => shown, records, lineOf };
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

interface ParsedSeeds {
  sources: ParsedFile<SourceSeed>;
  places: ParsedFile<PlaceSeed>;
  domains: ParsedFile<DomainSeed>;
  actors: ParsedFile<ActorSeed>;
  programmes: ParsedFile<ProgrammeSeed>;
  fundings: ParsedFile<FundingSeed>;
  ties: ParsedFile<TieSeed>;
}

/** References between records: ids unique, every id cited exists with the right label, quotes verbatim. */
function crossCheck(dir: string, seeds: ParsedSeeds, problems: SeedProblem[]): SeedSet {
  const report = (parsed: ParsedFile<object>, index: number, field: string, message: string, path: (string | number)[] = [field]) =>
    problems.push({
      file: parsed.fileOf(index),
      line: parsed.lineOf(index, path),
      record: index + 1,
      id: (parsed.records[index] as { id?: string } | undefined)?.id,
      field,
      message,
    });

  // Passages and documents.
  const passages = new Map<string, string>(); // passage id -> source id
  const documentTexts = new Map<string, string>();
  const passageOffsets = new Map<string, number>();
  const sourceIds = new Set<string>();
  seeds.sources.records.forEach((source, index) => {
    if (sourceIds.has(source.id)) report(seeds.sources, index, 'id', `duplicate source id "${source.id}"`);
    sourceIds.add(source.id);
    let documentText: string | undefined;
    if (source.kind === 'DOCUMENT' && source.file) {
      const path = join(dir, source.file);
      if (!existsSync(path)) report(seeds.sources, index, 'file', `no such file: ${path}`);
      else documentTexts.set(source.id, (documentText = readFileSync(path, 'utf8')));
    }
    for (const [passageId, quote] of Object.entries(source.passages)) {
      if (passages.has(passageId))
        report(seeds.sources, index, `passages.${passageId}`, `duplicate passage id "${passageId}"`, ['passages', passageId]);
      passages.set(passageId, source.id);
      if (documentText !== undefined) {
        const offset = findQuote(documentText, quote);
        if (offset < 0) {
          report(
            seeds.sources,
            index,
            `passages.${passageId}`,
            `this quote is not in ${source.file} word for word: "${quote.slice(0, 80)}..."`,
            ['passages', passageId],
          );
        } else passageOffsets.set(passageId, offset);
      }
    }
  });

  // Entity ids are unique across actors, programmes, domains, places and fundings.
  const labelOf = new Map<string, EntityLabel>();
  const entityFiles: [ParsedFile<{ id: string; cite: string[] }>, EntityLabel][] = [
    [seeds.places, 'Place'],
    [seeds.domains, 'Domain'],
    [seeds.actors, 'Actor'],
    [seeds.programmes, 'Programme'],
    [seeds.fundings, 'Funding'],
  ];
  for (const [parsed, label] of entityFiles) {
    parsed.records.forEach((record, index) => {
      const existing = labelOf.get(record.id);
      if (existing)
        report(
          parsed,
          index,
          'id',
          `id "${record.id}" is already used by a ${existing}; ids are unique across actors, programmes, domains, places and fundings`,
        );
      else labelOf.set(record.id, label);
    });
  }

  const checkCites = (parsed: ParsedFile<{ cite: string[] }>, index: number, cites: string[], path: (string | number)[]) =>
    cites.forEach((passageId, i) => {
      if (!passages.has(passageId))
        report(parsed, index, [...path, i].join('.'), `unknown passage "${passageId}": add it to sources.yaml or fix the id`, [...path, i]);
    });
  const expect = (
    parsed: ParsedFile<object>,
    index: number,
    field: string,
    id: string | undefined,
    allowed: readonly string[],
    path: (string | number)[] = [field],
  ) => {
    if (id === undefined) return;
    const label = labelOf.get(id);
    if (!label) report(parsed, index, field, `unknown id "${id}" (expected ${allowed.join(' or ')})`, path);
    else if (!allowed.includes(label)) report(parsed, index, field, `"${id}" is a ${label}; expected ${allowed.join(' or ')}`, path);
  };

  for (const [parsed] of entityFiles) {
    parsed.records.forEach((record, index) => checkCites(parsed, index, record.cite, ['cite']));
  }
  for (const parsed of [seeds.actors, seeds.programmes] as ParsedFile<ActorSeed | ProgrammeSeed>[]) {
    parsed.records.forEach((record, index) => {
      // Two documents may disagree on a figure: both stay, each with its date; the same metric at the same date is a repeat.
      const metrics = new Set<string>();
      record.figures.forEach((figure, i) => {
        checkCites(parsed, index, figure.cite, ['figures', i, 'cite']);
        const key = `${figure.metric} ${figure.date ?? figure.period ?? ''} ${figure.value}`;
        if (metrics.has(key))
          report(parsed, index, `figures.${i}.metric`, `${figure.metric} is given twice for "${record.id}" with the same date and value`, [
            'figures',
            i,
            'metric',
          ]);
        metrics.add(key);
      });
    });
  }
  seeds.places.records.forEach((place, index) => {
    expect(seeds.places, index, 'within', place.within, ['Place']);
    if (hasCycle(place.id, (id) => seeds.places.records.find((p) => p.id === id)?.within))
      report(seeds.places, index, 'within', `"${place.id}" ends up within itself`);
  });
  seeds.domains.records.forEach((domain, index) => {
    expect(seeds.domains, index, 'parent', domain.parent, ['Domain']);
    if (hasCycle(domain.id, (id) => seeds.domains.records.find((d) => d.id === id)?.parent))
      report(seeds.domains, index, 'parent', `"${domain.id}" ends up its own parent`);
  });
  seeds.fundings.records.forEach((funding, index) => {
    expect(seeds.fundings, index, 'funder', funding.funder, ['Actor']);
    funding.cofunders.forEach((id, i) => expect(seeds.fundings, index, `cofunders.${i}`, id, ['Actor'], ['cofunders', i]));
    if (funding.cofunders.includes(funding.funder))
      report(seeds.fundings, index, 'cofunders', `"${funding.funder}" is the lead funder; list only the others as cofunders`);
    funding.recipients.forEach((id, i) => expect(seeds.fundings, index, `recipients.${i}`, id, ['Actor'], ['recipients', i]));
    expect(seeds.fundings, index, 'programme', funding.programme, ['Programme']);
    funding.domains.forEach((id, i) => expect(seeds.fundings, index, `domains.${i}`, id, ['Domain'], ['domains', i]));
    expect(seeds.fundings, index, 'partOf', funding.partOf, ['Funding']);
    if (funding.partOf === funding.id) report(seeds.fundings, index, 'partOf', 'a funding cannot be part of itself');
  });
  const tieKeys = new Set<string>();
  seeds.ties.records.forEach((tie, index) => {
    const definition = TIE_TYPES[tie.type];
    expect(seeds.ties, index, 'from', tie.from, definition.from);
    expect(seeds.ties, index, 'to', tie.to, definition.to);
    checkCites(seeds.ties, index, tie.cite, ['cite']);
    if (tie.from === tie.to) report(seeds.ties, index, 'to', 'a tie cannot join a node to itself');
    if (tie.since && tie.until && tie.until < tie.since)
      report(seeds.ties, index, 'until', `ends (${tie.until}) before it begins (${tie.since})`);
    const key = `${tie.type} ${tie.from} ${tie.to}`;
    if (tieKeys.has(key)) report(seeds.ties, index, 'type', `duplicate tie ${tie.from} -${tie.type}-> ${tie.to}`);
    tieKeys.add(key);
  });

  return {
    sources: seeds.sources.records,
    places: seeds.places.records,
    domains: seeds.domains.records,
    actors: seeds.actors.records,
    programmes: seeds.programmes.records,
    fundings: seeds.fundings.records,
    ties: seeds.ties.records,
    documentTexts,
    passageOffsets,
  };
}

function hasCycle(start: string, parentOf: (id: string) => string | undefined): boolean {
  const seen = new Set<string>([start]);
  for (let id = parentOf(start); id !== undefined; id = parentOf(id)) {
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}

/** Offset of `quote` in `text`, comparing with runs of white space folded and both apostrophe styles equal; -1 if absent. */
export function findQuote(text: string, quote: string): number {
  const fold = (s: string) => s.replace(/[’‘]/g, "'");
  const pattern = fold(quote)
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const match = new RegExp(pattern).exec(fold(text));
  return match ? match.index : -1;
}
