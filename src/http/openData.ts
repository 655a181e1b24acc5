import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import express, { type Request, type Response } from 'express';
import { AppError, ErrorCode, InvalidInputError } from '../domain/errors';
import { checkText } from '../graphql/arguments';
import { type AppDependencies, createContext } from '../graphql/context';
import { actorFilterFromUrl } from '../graphql/urlInputs';
import { ACTOR_DOWNLOAD_COLUMNS, type ActorDownloadRecord, downloadActors } from '../services/openData';
import type { ActorOrder } from '../services/directory';

/** How a list cell of a CSV download joins its values. */
export const CSV_LIST_SEPARATOR = ' | ';

const FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', body: csvBody },
  json: { contentType: 'application/json; charset=utf-8', body: jsonBody },
} as const;
type Format = keyof typeof FORMATS;

const ORDERS: readonly ActorOrder[] = ['NAME_ASC', 'NAME_DESC'];

/**
 * GET /data/actors.csv and /data/actors.json: the whole list `actors(filter:)` pages through, or with
 * `q` every actor `search(text:)` would find (best first), streamed from Neo4j to the client. A bad
 * parameter is answered 400 with the code and message GraphQL would give; a list over MAX_DOWNLOAD_ROWS
 * 400 QUERY_TOO_COMPLEX; both before any row is sent. `X-Total-Count` and `X-Row-Limit` say the sizes.
 */
export function openDataRouter(
  deps: AppDependencies,
  cors: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void,
) {
  const router = express.Router();
  for (const format of Object.keys(FORMATS) as Format[]) {
    router.get(`/data/actors.${format}`, cors, (req, res) => void sendDownload(deps, format, req, res));
  }
  return router;
}

async function sendDownload(deps: AppDependencies, format: Format, req: Request, res: Response): Promise<void> {
  const { maxDownloadRows, downloadTimeoutMs } = deps.config.limits;
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Row-Limit', String(maxDownloadRows));
  let download: Awaited<ReturnType<typeof downloadActors>>;
  try {
    const search = checkText(single(req.query.q, 'q'), 'q')?.trim() || undefined;
    download = await downloadActors(createContext(deps).services, {
      filter: actorFilterFromUrl(single(req.query.filter, 'filter'), 'filter'),
      search,
      order: orderOf(single(req.query.orderBy, 'orderBy')),
      maxRows: maxDownloadRows,
      timeoutMs: downloadTimeoutMs,
    });
  } catch (error) {
    return refuse(deps, error, res);
  }
  res.status(200);
  res.setHeader('Content-Type', FORMATS[format].contentType);
  res.setHeader('Content-Disposition', `attachment; filename="actors.${format}"`);
  res.setHeader('X-Total-Count', String(download.total));
  try {
    await pipeline(FORMATS[format].body(download.records), res);
  } catch (error) {
    // Headers are gone: the connection is cut (pipeline destroyed it), so the client sees an incomplete download, not a short file.
    if (!res.writableFinished) deps.log.warn({ err: error }, 'download broken off');
  }
}

/** The records as CSV: a header row of the columns (also when no actor matches), then one row per actor. */
function csvBody(records: AsyncIterable<ActorDownloadRecord>): NodeJS.ReadableStream {
  const rows = async function* () {
    // Written here rather than by csv-stringify's `header`, which writes none for an empty list.
    yield [...ACTOR_DOWNLOAD_COLUMNS];
    for await (const record of records) {
      yield ACTOR_DOWNLOAD_COLUMNS.map((column) => {
        const value = record[column];
        return Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : value;
      });
    }
  };
  return Readable.from(rows()).pipe(stringify());
}

/** The records as one JSON array, an actor per line, written as they come. */
function jsonBody(records: AsyncIterable<ActorDownloadRecord>): NodeJS.ReadableStream {
  const text = async function* () {
    let separator = '[\n';
    for await (const record of records) {
      yield `${separator}${JSON.stringify(record)}`;
      separator = ',\n';
    }
    yield separator === '[\n' ? '[]\n' : '\n]\n';
  };
  return Readable.from(text(), { objectMode: false });
}

/** A URL parameter given once (or not at all). */
function single(value: unknown, parameter: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new InvalidInputError(`${parameter} must be given once, as text.`, parameter);
}

function orderOf(value: string | undefined): ActorOrder {
  if (value === undefined) return 'NAME_ASC';
  if ((ORDERS as readonly string[]).includes(value)) return value as ActorOrder;
  throw new InvalidInputError(`orderBy must be one of ${ORDERS.join(', ')} (got "${value.slice(0, 40)}").`, 'orderBy');
}

/** HTTP statuses of the codes a download can be refused with (others: 400 when the client's, else 500). */
const STATUS_OF_CODE: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 503,
};

/** A refusal before any row was sent: GraphQL-shaped JSON with its code (and field), as the API answers elsewhere. */
function refuse(deps: AppDependencies, error: unknown, res: Response): void {
  if (!(error instanceof AppError) || error.code === ErrorCode.INTERNAL_SERVER_ERROR) {
    deps.log.error({ err: error }, 'download failed');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
    return;
  }
  res.status(error.httpStatus ?? STATUS_OF_CODE[error.code] ?? 400);
  res.json({
    errors: [{ message: error.publicMessage, extensions: { code: error.code, ...(error.field ? { field: error.field } : {}) } }],
  });
}
