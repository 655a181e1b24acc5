import { z } from 'zod';
import { notAfterDate, today } from './dates';
import {
  ACTOR_KINDS,
  FIGURE_METRICS,
  FUNDING_INSTRUMENTS,
  FUNDING_STATUSES,
  PLACE_KINDS,
  PROGRAMME_KINDS,
  QUALIFIERS,
  SLUG_PATTERN,
  SOURCE_KINDS,
  CURATED_TIE_TYPES,
  type TieType,
} from './model';
import { LIMITS, WEB_PROTOCOLS } from './limits';

/** The record schemas of the seed files (and of curator imports). Unknown fields are errors: they are usually typos. */

/** At most `max` characters, said in the refusal. */
const atMost = (max: number) => `must be at most ${max} characters`;
/** At most `max` items, said in the refusal. */
const atMostItems = (max: number) => `must list at most ${max} items`;

export const slug = z
  .string()
  .max(LIMITS.maxIdLength, atMost(LIMITS.maxIdLength))
  .regex(SLUG_PATTERN, 'must be a slug: lower-case letters and digits joined by single hyphens, e.g. "chu-toulouse"');
/** Non-empty text (trimmed) of at most `max` characters. */
export const boundedText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, atMost(max));
/** A list of at most LIMITS.maxListLength items. */
export const boundedList = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.maxListLength, atMostItems(LIMITS.maxListLength));
const text = boundedText(LIMITS.maxNoteLength);
export const nameText = boundedText(LIMITS.maxNameLength);
export const descriptionText = boundedText(LIMITS.maxDescriptionLength);
export const quoteText = boundedText(LIMITS.maxQuoteLength);
/** A public web address: http or https only (a javascript: or data: link would run in a reader's browser). */
export const webUrl = z
  .string()
  .trim()
  .max(LIMITS.maxUrlLength, atMost(LIMITS.maxUrlLength))
  .pipe(z.url({ protocol: WEB_PROTOCOLS, error: 'must be an http:// or https:// address, e.g. "https://www.example.org"' }));
/** Amounts in euros: finite, more than 0 and at most LIMITS.maxAmountEur, so sums of them stay finite. */
export const amountEur = z
  .number()
  .positive('must be a positive number of euros')
  .max(LIMITS.maxAmountEur, `must be at most ${LIMITS.maxAmountEur.toExponential()} euros (${LIMITS.maxAmountEur.toLocaleString('en')})`);
const cite = boundedList(slug).min(1, 'must cite at least one passage id from sources.yaml');
/** 2023, 2023-05 or 2023-05-14: dates as precise as the source says. */
export const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a year or date: 2023, 2023-05 or 2023-05-14');
/** 2024-2028 or 2017- (open-ended). */
const period = z
  .union([z.number().int(), z.string()])
  .transform(String)
  .pipe(z.string().regex(/^\d{4}(-(\d{4})?)?$/, 'must be a year or a span of years: 2024-2028, or 2017- when open-ended'));
export const aliases = z
  .array(boundedText(LIMITS.maxAliasLength))
  .max(LIMITS.maxAliases, `must list at most ${LIMITS.maxAliases} aliases`)
  .default([]);

/** A figure of an actor or programme (seeds, and accepted ingestion proposals). */
export const figure = z
  .object({
    metric: z.enum(FIGURE_METRICS),
    value: z
      .number()
      .nonnegative('must be zero or more')
      .max(LIMITS.maxFigureValue, `must be at most ${LIMITS.maxFigureValue.toExponential()}`),
    qualifier: z.enum(QUALIFIERS).default('EXACT'),
    period: text.optional(),
    /** The date the figure refers to, as precise as the source says. */
    date: partialDate.optional(),
    cite,
  })
  .strict();
export type FigureSeed = z.infer<typeof figure>;

export const sourceSeed = z
  .object({
    id: slug,
    kind: z.enum(SOURCE_KINDS),
    title: nameText,
    publisher: nameText,
    url: webUrl.optional(),
    file: text.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be a two-letter language code such as "fr"')
      .default('fr'),
    published: partialDate.optional(),
    note: text.optional(),
    passages: z.record(slug, quoteText).refine((p) => Object.keys(p).length > 0, 'must list at least one passage'),
  })
  .strict()
  .refine((s) => s.kind !== 'DOCUMENT' || s.file, { message: 'a DOCUMENT source needs "file", its text under seeds/', path: ['file'] })
  .refine((s) => s.kind !== 'REFERENCE' || s.url, { message: 'a REFERENCE source needs "url"', path: ['url'] })
  .refine((s) => s.kind !== 'SUMMARY' || (s.url && s.published), {
    message: 'a SUMMARY source (a public document we summarise, never quote) needs "url" and "published"',
    path: ['url'],
  })
  .refine((s) => s.kind !== 'SUMMARY' || !s.file, {
    message: 'a SUMMARY source keeps no text of the document: remove "file"',
    path: ['file'],
  })
  .refine((s) => s.kind !== 'SYNTHETIC', {
    message: 'SYNTHETIC sources are made only by npm run synth, never loaded with real data',
    path: ['kind'],
  });
export type SourceSeed = z.infer<typeof sourceSeed>;

export const placeSeed = z
  .object({
    id: slug,
    name: nameText,
    kind: z.enum(PLACE_KINDS),
    code: z.union([text, z.number()]).transform(String).optional(),
    within: slug.optional(),
    aliases,
    cite,
  })
  .strict();
export type PlaceSeed = z.infer<typeof placeSeed>;

export const domainSeed = z
  .object({ id: slug, name: nameText, nameEn: nameText, parent: slug.optional(), excellence: z.boolean().default(false), aliases, cite })
  .strict();
export type DomainSeed = z.infer<typeof domainSeed>;

export const actorSeed = z
  .object({
    id: slug,
    name: nameText,
    kind: z.enum(ACTOR_KINDS),
    aliases,
    description: descriptionText.optional(),
    website: webUrl.optional(),
    /**
     * When it was founded or created, as precise as the cited passages say. Never after today: a founding
     * is a fact a document reports, not a plan; lists read as of today rely on it (db/directory.ts).
     */
    founded: partialDate
      .refine((value) => notAfterDate(value, today()), { message: 'must not be after today: record a founding once it has happened' })
      .optional(),
    figures: boundedList(figure).default([]),
    cite,
  })
  .strict();
export type ActorSeed = z.infer<typeof actorSeed>;

export const programmeSeed = z
  .object({
    id: slug,
    name: nameText,
    kind: z.enum(PROGRAMME_KINDS),
    aliases,
    description: descriptionText.optional(),
    period: period.optional(),
    since: partialDate.optional(),
    figures: boundedList(figure).default([]),
    cite,
  })
  .strict();
export type ProgrammeSeed = z.infer<typeof programmeSeed>;

export const fundingSeed = z
  .object({
    id: slug,
    funder: slug,
    /** Other funders of the same amount (co-investors of a round): the amount is the total, counted once. */
    cofunders: boundedList(slug).default([]),
    recipients: boundedList(slug).default([]),
    programme: slug.optional(),
    domains: boundedList(slug).default([]),
    amountEur: amountEur.optional(),
    amountText: text.optional(),
    qualifier: z.enum(QUALIFIERS).default('EXACT'),
    period: period.optional(),
    /** When it was granted, announced or raised, as precise as the source says. */
    date: partialDate.optional(),
    instrument: z.enum(FUNDING_INSTRUMENTS).optional(),
    status: z.enum(FUNDING_STATUSES),
    partOf: slug.optional(),
    shared: z.boolean().default(false),
    note: text.optional(),
    cite,
  })
  .strict()
  .refine((f) => f.recipients.length > 0 || f.programme || f.domains.length > 0, {
    message: 'a funding needs at least one of recipients, programme or domains: say where the money goes',
    path: ['recipients'],
  });
export type FundingSeed = z.infer<typeof fundingSeed>;

export const tieSeed = z
  .object({
    type: z.enum(CURATED_TIE_TYPES as [TieType, ...TieType[]]),
    from: slug,
    to: slug,
    since: partialDate.optional(),
    /** When it ended (a site sold, a label that lapsed); absent while it holds. */
    until: partialDate.optional(),
    cite,
  })
  .strict();
export type TieSeed = z.infer<typeof tieSeed>;

/** The seed files, in load order, with the schema of their records. */
export const SEED_FILES = [
  { file: 'sources.yaml', schema: sourceSeed },
  { file: 'places.yaml', schema: placeSeed },
  { file: 'domains.yaml', schema: domainSeed },
  { file: 'actors.yaml', schema: actorSeed },
  { file: 'programmes.yaml', schema: programmeSeed },
  { file: 'fundings.yaml', schema: fundingSeed },
  { file: 'ties.yaml', schema: tieSeed },
] as const;
