import { z } from 'zod';
import { ACTOR_KINDS, CURATED_TIE_TYPES, TieType } from '../../domain/model';
import { fundingSeed, slug } from '../../domain/records';

/**
 * The directory's exchange format, for regional agencies who keep their lists in spreadsheets.
 * CSV: one actor a row (the columns below; lists separated by " | "). JSON: { actors, ties, fundings },
 * the whole directory. Export writes exactly what import reads, so a file round-trips unchanged.
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
  'places',
  'domains',
  'passages',
  'source_url',
  'source_title',
  'source_publisher',
  'quote',
] as const;

const optionalText = z.string().trim().min(1).optional();

export const actorRow = z
  .object({
    id: slug.optional(),
    name: z.string().trim().min(1, 'must not be empty'),
    kind: z.enum(ACTOR_KINDS),
    aliases: z.array(z.string().trim().min(1)).default([]),
    description: optionalText,
    website: z.url().optional(),
    places: z.array(slug).max(5).default([]),
    domains: z.array(slug).default([]),
    passages: z.array(slug).default([]),
    source: z
      .object({ url: z.url(), title: z.string().trim().min(1, 'source_title must not be empty'), publisher: optionalText, quote: z.string().trim().min(1, 'quote must not be empty') })
      .strict()
      .optional(),
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
    since: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a year or date: 2023, 2023-05 or 2023-05-14').optional(),
    passages: z.array(slug).min(1, 'must cite at least one passage'),
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

/** A CSV record (strings) as the row object actorRow validates: lists split, empty cells absent. */
export function csvRecordToRow(record: Record<string, string>): Record<string, unknown> {
  const text = (column: string) => (record[column]?.trim() ? record[column]!.trim() : undefined);
  const list = (column: string) => (text(column) ?? '').split('|').map((item) => item.trim()).filter(Boolean);
  const source = text('source_url') || text('quote') || text('source_title')
    ? Object.fromEntries(
        Object.entries({ url: text('source_url'), title: text('source_title'), publisher: text('source_publisher'), quote: text('quote') }).filter(([, v]) => v !== undefined),
      )
    : undefined;
  const row: Record<string, unknown> = {
    id: text('id'),
    name: record.name ?? '',
    kind: text('kind'),
    aliases: list('aliases'),
    description: text('description'),
    website: text('website'),
    places: list('places'),
    domains: list('domains'),
    passages: list('passages'),
    source,
  };
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
}

/** The CSV cells of an exported actor. */
export function rowToCsvRecord(row: ExportedActor): Record<string, string> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    aliases: row.aliases.join(LIST_SEPARATOR),
    description: row.description ?? '',
    website: row.website ?? '',
    places: row.places.join(LIST_SEPARATOR),
    domains: row.domains.join(LIST_SEPARATOR),
    passages: row.passages.join(LIST_SEPARATOR),
    source_url: '',
    source_title: '',
    source_publisher: '',
    quote: '',
  };
}

export interface ExportedActor {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  description?: string;
  website?: string;
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
