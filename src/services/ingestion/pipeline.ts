import { createHash } from 'node:crypto';
import type { Database } from '../../db/database';
import { INGESTION_ACTOR_NAMES, INGESTION_DOMAIN_NAMES, INGESTION_PLACE_NAMES, INGESTION_PROGRAMME_NAMES } from '../../db/cypher/ingestion';
import { InvalidInputError } from '../../domain/errors';
import type { GraphNames } from './linking/names';
import type { DocumentDescription, IngestionResult } from './proposals/contract';
import { proposeFromText } from './proposals/propose';
import { htmlToText } from './reading/document';
import { detectLanguage } from './reading/language';

export type { GraphNames } from './linking/names';

/** The longest text a document may have, in characters. */
export const MAX_DOCUMENT_CHARACTERS = 500_000;

/** How a document's text is written (the GraphQL enum DocumentFormat says them in capitals). */
export const DOCUMENT_FORMATS = ['text', 'html'] as const;

/** A document as given: its text (or HTML) and what is known of it. */
export interface DocumentInput {
  text: string;
  format?: (typeof DOCUMENT_FORMATS)[number];
  url?: string;
  title?: string;
  publisher?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
  /** fr or en; detected when not given. */
  language?: string;
}

/** A document checked and normalised: its description (id = sha256 of the text) and the text quotes point into. */
export interface PreparedDocument extends DocumentDescription {
  text: string;
}

/** A document refused before anything is read or written: BAD_USER_INPUT, naming the field to fix. */
export class DocumentRefusedError extends InvalidInputError {
  override name = 'DocumentRefusedError';
}

const LANGUAGE_NAMES: Record<string, string> = {
  fr: 'French',
  en: 'English',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
};

/**
 * Reduces HTML to text, normalises (NFC, \n line ends), checks the document and gives it its id.
 * Throws DocumentRefusedError for an empty, oversized or binary text, a language other than French
 * or English, a publication date that is not a real date, or a URL that is not http(s).
 */
export function prepareDocument(input: DocumentInput): PreparedDocument {
  if (typeof input.text !== 'string' || input.text.trim() === '')
    throw new DocumentRefusedError('The document has no text: give its text or HTML.', 'text');
  if (input.text.length > MAX_DOCUMENT_CHARACTERS * 4 && input.format === 'html')
    throw new DocumentRefusedError(
      `The HTML is too long (${input.text.length} characters); give at most ${MAX_DOCUMENT_CHARACTERS * 4}.`,
      'text',
    );
  if (isBinary(input.text))
    throw new DocumentRefusedError(
      'The document looks binary (NUL bytes or mostly unprintable characters): give its text or HTML.',
      'text',
    );
  const raw = input.format === 'html' ? htmlToText(input.text) : input.text;
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new DocumentRefusedError('The document has no text once its HTML is reduced to text.', 'text');
  if (text.length > MAX_DOCUMENT_CHARACTERS)
    throw new DocumentRefusedError(
      `The text is too long (${text.length} characters); split it into documents of at most ${MAX_DOCUMENT_CHARACTERS}.`,
      'text',
    );
  return {
    id: createHash('sha256').update(text, 'utf8').digest('hex'),
    url: checkedUrl(input.url),
    title: cleanText(input.title),
    publisher: cleanText(input.publisher),
    published: checkedDate(input.published),
    language: checkedLanguage(text, input.language),
    length: text.length,
    text,
  };
}

/** NUL bytes, or more than one character in ten that is neither printable nor white space. */
function isBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 20_000);
  let unprintable = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 127 || code === 0xfffd) unprintable++;
  }
  return unprintable > sample.length / 10;
}

function cleanText(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function checkedUrl(url: string | undefined): string | null {
  const given = cleanText(url);
  if (given === null) return null;
  let parsed: URL | undefined;
  try {
    parsed = new URL(given);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
    throw new DocumentRefusedError(`The URL "${given}" is not an http(s) address; give one like https://www.laregion.fr/...`, 'url');
  return given;
}

/** YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists (2023-02-30 is refused). */
function checkedDate(date: string | undefined): string | null {
  const given = cleanText(date);
  if (given === null) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(given);
  const [year, month, day] = match ? [Number(match[1]), match[2] ? Number(match[2]) : 1, match[3] ? Number(match[3]) : 1] : [0, 0, 0];
  const real = match && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!real)
    throw new DocumentRefusedError(
      `The publication date "${given}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (a real day).`,
      'published',
    );
  return given;
}

/** The language given (checked), else the one detected; French when the text is too short to tell. */
function checkedLanguage(text: string, given: string | undefined): 'fr' | 'en' {
  const wanted = cleanText(given)?.toLowerCase();
  if (wanted !== undefined) {
    if (wanted === 'fr' || wanted === 'en') return wanted;
    throw new DocumentRefusedError(`The language "${given}" is not read: give fr (French) or en (English).`, 'language');
  }
  const detected = detectLanguage(text);
  if (detected === undefined || detected === 'fr' || detected === 'en') return (detected as 'fr' | 'en' | undefined) ?? 'fr';
  throw new DocumentRefusedError(
    `The text reads as ${LANGUAGE_NAMES[detected] ?? detected} (${detected}); only French (fr) and English (en) documents are read.`,
    'language',
  );
}

/** Reading every name of a large graph (100k actors) is a batch read, not a request: it gets a batch's time. */
const GRAPH_NAMES_TIMEOUT_MS = 60_000;

/** The graph's actors, places, programmes and domains, as linking needs them (four reads in one transaction). */
export async function loadGraphNames(db: Database): Promise<GraphNames> {
  return db.readTransaction(
    async (tx) => ({
      actors: await tx.run<GraphNames['actors'][number]>(INGESTION_ACTOR_NAMES),
      places: await tx.run<GraphNames['places'][number]>(INGESTION_PLACE_NAMES),
      programmes: await tx.run<GraphNames['programmes'][number]>(INGESTION_PROGRAMME_NAMES),
      domains: await tx.run<GraphNames['domains'][number]>(INGESTION_DOMAIN_NAMES),
    }),
    GRAPH_NAMES_TIMEOUT_MS,
  );
}

/** The facts a prepared document states, as proposals linked to the graph's names: pure and deterministic, no database. */
export function proposeFacts({ document, names }: { document: PreparedDocument; names: GraphNames }): IngestionResult {
  const { text, ...description } = document;
  return { document: description, proposals: proposeFromText({ text, language: document.language, published: document.published, names }) };
}
