import { actorListSpec, type ActorFilterInput, countNodes, streamActorDownload } from '../db/directory';
import { allTermsQuery, weightedFieldsQuery } from '../db/lucene';
import type { ActorDownloadRow } from '../db/rows';
import { AppError, ErrorCode, InvalidInputError } from '../domain/errors';
import { isWebAddress } from '../domain/limits';
import { requireFilterIds } from './checks';
import type { ServiceContext } from './context';
import type { ActorOrder } from './directory';

/**
 * Open data: the actors of any list or search, whole, for a download (CSV or JSON), one record per
 * actor with the sources of its facts. The records are streamed from the database, never held whole.
 */

/** The columns of an actor download, in order (docs/API.md describes each); the JSON records have the same keys. */
export const ACTOR_DOWNLOAD_COLUMNS = [
  'id',
  'name',
  'kind',
  'city',
  'cityInseeCode',
  'departmentCode',
  'department',
  'domains',
  'website',
  'founded',
  'sourceIds',
  'sourceUrls',
] as const;

/** One actor of a download; lists are arrays (a CSV cell joins them with " | "), unknown values null. */
export type ActorDownloadRecord = {
  [column in (typeof ACTOR_DOWNLOAD_COLUMNS)[number]]: column extends 'domains' | 'sourceIds' | 'sourceUrls' ? string[] : string | null;
};

export interface ActorDownload {
  /** How many actors the download holds. */
  total: number;
  records: AsyncIterable<ActorDownloadRecord>;
}

export interface ActorDownloadRequest {
  /** The list's filter, checked as the `actors` query checks it (its `text` matches all words, as the list does). */
  filter: ActorFilterInput & { text?: string };
  /** A search's words (as `search(text:)` takes them): the actors it would find, all of them, best first. */
  search?: string;
  order: ActorOrder;
  /** A list longer than this is refused (MAX_DOWNLOAD_ROWS). */
  maxRows: number;
  /** The streamed read's server-side time-out. */
  timeoutMs: number;
}

/**
 * The actors of a list or a search for download, counted first: an unknown filter id is refused as
 * the list refuses it (when nothing matches), and a list longer than `maxRows` with QUERY_TOO_COMPLEX,
 * before anything is sent.
 */
export async function downloadActors(sc: ServiceContext, request: ActorDownloadRequest): Promise<ActorDownload> {
  const { filter, search, order, maxRows, timeoutMs } = request;
  if (search !== undefined && filter.text !== undefined) {
    throw new InvalidInputError('Give the words to look for in q or in filter.text, not in both.', 'q');
  }
  const textQuery = search !== undefined ? weightedFieldsQuery(search) : filter.text ? allTermsQuery(filter.text) : undefined;
  if (search !== undefined && !textQuery) {
    throw new InvalidInputError('q has no word to look for (only punctuation, single letters or words such as "de", "the").', 'q');
  }
  const spec = actorListSpec(filter, textQuery, order === 'NAME_DESC');
  const total = await countNodes(sc.db, spec);
  if (total === 0) await requireFilterIds(sc, filter);
  if (total > maxRows) {
    throw new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `This list holds ${total} actors and a download at most ${maxRows}: narrow it (filter kinds, domains, place, departmentCode or words).`,
      { httpStatus: 400, field: 'filter' },
    );
  }
  const rows = streamActorDownload(sc.db, spec, { ranked: search !== undefined, limit: maxRows, timeoutMs });
  return { total, records: mapRows(rows) };
}

async function* mapRows(rows: AsyncIterable<ActorDownloadRow>): AsyncGenerator<ActorDownloadRecord> {
  for await (const row of rows) yield recordOf(row);
}

function recordOf({ actor, city, department, domains, sources }: ActorDownloadRow): ActorDownloadRecord {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    city: city?.name ?? null,
    cityInseeCode: city?.code ?? null,
    departmentCode: department?.code ?? null,
    department: department?.name ?? null,
    domains,
    // As the API shows it: only http(s) links.
    website: actor.website && isWebAddress(actor.website) ? actor.website : null,
    founded: actor.founded ?? null,
    sourceIds: sources.map((source) => source.id),
    sourceUrls: sources.flatMap((source) => (source.url && isWebAddress(source.url) ? [source.url] : [])),
  };
}
