import { z } from 'zod';
import { ACTOR_KINDS, CURATED_TIE_TYPES, type TieType } from '../../domain/model';
import { aliases, boundedList, descriptionText, fundingSeed, nameText, partialDate, quoteText, slug, webUrl } from '../../domain/records';

/**
 * The directory's exchange format, for regional agencies who keep their lists in spreadsheets.
 * CSV: one actor a row (the columns below; lists separated by " | "). JSON: { actors, ties, fundings },
 * the whole directory. Export writes exactly what import reads, so a file round-trips unchanged; CSV
 * cells that a spreadsheet would run as formulas are neutralised on export and restored on import.
 */

export const FORMAT_VERSION = 'occitanie-health-graph/1';
export const LIST_SEPARATOR = ' | ';

/** CSV columns, in order. A row cites existing `passages`, or a public source (source_url, source_title, quote). */
export const ACTOR_COLUMNS = [
  'id',
  'name',
  'kind',
  'aliases',
  'description',
  'website',
  'founded',
  'places',
  'domains',
  'passages',
  'source_url',
  'source_title',
  'source_publisher',
  'quote',
] as const;

/** A row's public source: the same bounds as a mutation's citation (citedSource). */
export const citedSource = z.object({ url: webUrl, title: nameText, publisher: nameText.optional(), quote: quoteText }).strict();

/** An actor row, with the bounds of the seed schema (actorSeed) on every field. */
export const actorRow = z
  .object({
    id: slug.optional(),
    name: nameText,
    kind: z.enum(ACTOR_KINDS),
    aliases,
    description: descriptionText.optional(),
    website: webUrl.optional(),
    founded: partialDate.optional(),
    places: z.array(slug).max(5).default([]),
    domains: boundedList(slug).default([]),
    passages: boundedList(slug).default([]),
    source: citedSource.optional(),
  })
  .strict()
  .refine((row) => row.passages.length > 0 || row.source, {
    message: 'say where the row comes from: passages (ids), or source_url, source_title and quote',
    path: ['passages'],
  });
export type ActorRowInput = z.infer<typeof actorRow>;

export const tieRow = z
  .object({
    kind: z.enum(CURATED_TIE_TYPES as [TieType, ...TieType[]]),
    from: slug,
    to: slug,
    since: partialDate.optional(),
    /** When the tie ended. */
    until: partialDate.optional(),
    passages: boundedList(slug).min(1, 'must cite at least one passage'),
  })
  .strict();
export type TieRowInput = z.infer<typeof tieRow>;

/** A funding as in fundings.yaml, citing `passages` instead of `cite`. */
export const fundingRow = z.preprocess((value) => {
  if (!value || typeof value !== 'object' || !('passages' in value)) return value;
  const { passages, ...rest } = value as { passages: unknown };
  return { ...rest, cite: passages };
}, fundingSeed);
export type FundingRowInput = z.infer<typeof fundingRow>;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with = + - @ TAB or CR is run
 * as a formula by Excel, LibreOffice and Google Sheets. Export prefixes such cells with a single quote
 * (the spreadsheet shows the text, quote hidden); so that the prefix can be told from a quote that is
 * part of the value, a value made of quotes followed by one of those characters gets one quote more.
 * Import removes exactly one quote from a cell of that shape, so export -> import gives back every value,
 * a legitimate leading '-' ("-20 % d'émissions") included. The CSV has no numeric columns (amounts are
 * in the JSON format, where nothing is neutralised).
 */
const FORMULA_CELL = /^'*[=+\-@\t\r]/;
const NEUTRALISED_CELL = /^'+[=+\-@\t\r]/;

/** A cell as exported: a leading formula character made inert by a single quote. */
export function neutraliseCell(value: string): string {
  return FORMULA_CELL.test(value) ? `'${value}` : value;
}

/** The inverse of neutraliseCell, for imported cells. */
export function restoreCell(value: string): string {
  return NEUTRALISED_CELL.test(value) ? value.slice(1) : value;
}

/** A CSV record (strings) as the row object actorRow validates: cells restored (restoreCell), lists split, empty cells absent. */
export function csvRecordToRow(raw: Record<string, string>): Record<string, unknown> {
  const record = Object.fromEntries(Object.entries(raw).map(([column, value]) => [column, restoreCell(value)]));
  const text = (column: string) => (record[column]?.trim() ? record[column]!.trim() : undefined);
  const list = (column: string) =>
    (text(column) ?? '')
      .split('|')
      .map((item) => item.trim())
      .filter(Boolean);
  const source =
    text('source_url') || text('quote') || text('source_title')
      ? Object.fromEntries(
          Object.entries({
            url: text('source_url'),
            title: text('source_title'),
            publisher: text('source_publisher'),
            quote: text('quote'),
          }).filter(([, v]) => v !== undefined),
        )
      : undefined;
  const row: Record<string, unknown> = {
    id: text('id'),
    name: record.name ?? '',
    kind: text('kind'),
    aliases: list('aliases'),
    description: text('description'),
    website: text('website'),
    founded: text('founded'),
    places: list('places'),
    domains: list('domains'),
    passages: list('passages'),
    source,
  };
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
}

/** The CSV cells of an exported actor, neutralised for spreadsheets (neutraliseCell). */
export function rowToCsvRecord(row: ExportedActor): Record<string, string> {
  const cells: Record<string, string> = {
    id: row.id,
    name: row.name,
    kind: row.kind,
    aliases: row.aliases.join(LIST_SEPARATOR),
    description: row.description ?? '',
    website: row.website ?? '',
    founded: row.founded ?? '',
    places: row.places.join(LIST_SEPARATOR),
    domains: row.domains.join(LIST_SEPARATOR),
    passages: row.passages.join(LIST_SEPARATOR),
    source_url: '',
    source_title: '',
    source_publisher: '',
    quote: '',
  };
  return Object.fromEntries(Object.entries(cells).map(([column, value]) => [column, neutraliseCell(value)]));
}

export interface ExportedActor {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  description?: string;
  website?: string;
  founded?: string;
  places: string[];
  domains: string[];
  passages: string[];
}

export interface DirectoryFile {
  format: typeof FORMAT_VERSION;
  actors: ExportedActor[];
  ties: TieRowInput[];
  fundings: Record<string, unknown>[];
}
