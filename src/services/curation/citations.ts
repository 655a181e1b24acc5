import { createHash } from 'node:crypto';
import type { Transaction } from '../../db/database';
import { PASSAGES_BY_ID, SOURCE_BY_URL } from '../../db/cypher/curation';
import { slugify } from '../../domain/model';
import { nameText, quoteText, slug, type SourceSeed } from '../../domain/records';
import { InvalidInputError } from '../../domain/errors';
import { excerpt } from '../../domain/excerpt';
import { LIMITS, WEB_PROTOCOLS } from '../../domain/limits';
import { parseRecord } from './records';

export interface CitationInput {
  passageId?: string | null;
  url?: string | null;
  title?: string | null;
  publisher?: string | null;
  quote?: string | null;
}

export interface ResolvedCitation {
  passageId: string;
  /** A reference source to write (new, or an existing one gaining this passage). */
  source?: SourceSeed;
}

/**
 * Turns a curator's citation into a passage id: an existing passage, or a new passage of a REFERENCE
 * source keyed by its URL (the same URL and quote always give the same ids, so re-imports change nothing).
 */
export async function resolveCitation(tx: Transaction, input: CitationInput | null | undefined, field: string): Promise<ResolvedCitation> {
  if (!input || (!input.passageId && !input.url)) {
    throw new InvalidInputError(`${field}: say where the fact comes from: a passageId, or a url with the quote it rests on.`, field);
  }
  if (input.passageId) {
    if (input.url || input.quote) throw new InvalidInputError(`${field}: give either passageId or url and quote, not both.`, field);
    parseRecord(slug, input.passageId, `${field}.passageId`);
    const rows = await tx.run(PASSAGES_BY_ID, { ids: [input.passageId] });
    if (rows.length === 0)
      throw new InvalidInputError(`${field}.passageId: there is no passage with id "${excerpt(input.passageId)}".`, `${field}.passageId`);
    return { passageId: input.passageId };
  }
  const url = parseUrl(input.url!, `${field}.url`);
  if (!input.quote?.trim())
    throw new InvalidInputError(`${field}.quote: quote the sentence of ${excerpt(url.href)} the fact rests on.`, `${field}.quote`);
  const quote = parseRecord(quoteText, input.quote, `${field}.quote`);
  if (!input.title?.trim()) throw new InvalidInputError(`${field}.title: give the title of the page or document.`, `${field}.title`);
  const title = parseRecord(nameText, input.title, `${field}.title`);
  const publisher = input.publisher?.trim() ? parseRecord(nameText, input.publisher, `${field}.publisher`) : url.hostname;
  const [existing] = await tx.run<{ id: string }>(SOURCE_BY_URL, { url: url.href });
  const sourceId = existing?.id ?? `ref-${slugify(`${url.hostname} ${url.pathname}`).slice(0, 48).replace(/-+$/, '')}-${digest(url.href)}`;
  const passageId = `${sourceId}-q${digest(quote)}`;
  return {
    passageId,
    source: {
      id: sourceId,
      kind: 'REFERENCE',
      title,
      publisher,
      url: url.href,
      language: 'fr',
      passages: { [passageId]: quote },
    },
  };
}

function parseUrl(value: string, field: string): URL {
  if (value.length > LIMITS.maxUrlLength)
    throw new InvalidInputError(`${field}: must be at most ${LIMITS.maxUrlLength} characters.`, field);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidInputError(`${field}: "${excerpt(value)}" is not a URL; give the public address of the source (https://...).`, field);
  }
  if (!WEB_PROTOCOLS.test(url.protocol.replace(/:$/, '')))
    throw new InvalidInputError(`${field}: must be an http:// or https:// address.`, field);
  return url;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}
