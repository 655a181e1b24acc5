/**
 * The one error model of the API: every refusal or expected failure, in any layer, is an AppError
 * whose `code` is what the client sees in `extensions.code` (src/graphql/errors.ts maps by code only).
 * Independent of GraphQL and HTTP; anything that is not an AppError reaches clients as INTERNAL_SERVER_ERROR.
 */

/** Every `extensions.code` this API sends, besides Apollo's own (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED). */
export const ErrorCode = {
  /** An argument is wrong; the message says which and how to fix it (`extensions.field` names it). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The request is too deep, too costly, has too many aliases or tokens; the message names the limit. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** No API key where one is needed, or a key that is not valid. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A valid API key whose role may not do this (a write without the curator role). */
  FORBIDDEN: 'FORBIDDEN',
  /** The write conflicts with the data (an id already taken, a tie that already exists). */
  CONFLICT: 'CONFLICT',
  /** Neo4j cannot be reached or did not answer in time; retry later (HTTP 503, Retry-After). */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** A write's commit was sent but not confirmed in time: retry with the same Idempotency-Key (HTTP 503). */
  WRITE_OUTCOME_UNKNOWN: 'WRITE_OUTCOME_UNKNOWN',
  /** The database query exceeded the per-request time limit. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** A fault of the server; the response says nothing more (the log does). */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The HTTP body is not valid JSON. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The HTTP body exceeds the size limit. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** No such file or route (static explorer assets). */
  NOT_FOUND: 'NOT_FOUND',
  /** The HTTP body did not arrive within the body time-out (BODY_TIMEOUT_MS). */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** Too many wrong API keys from this client lately; retry after the Retry-After header's seconds. */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** An operation type this API does not serve over HTTP (a subscription): send a query or a mutation. */
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface AppErrorOptions {
  /** The argument or input field at fault, e.g. `input.place` or `after`. */
  field?: string;
  /** What the client is told, when `message` holds detail for the log only. */
  publicMessage?: string;
  /** The HTTP status of a refusal made before any resolver runs (a bad API key: 401). */
  httpStatus?: number;
  /** Seconds the client should wait before trying again (sent as Retry-After). */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** An expected failure: a code for the client, a message saying what to do, and the field at fault if any. */
export class AppError extends Error {
  override name = 'AppError';
  readonly field?: string;
  /** What the client is told: the message, unless it holds internal detail. */
  readonly publicMessage: string;
  readonly httpStatus?: number;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.field = options.field;
    this.publicMessage = options.publicMessage ?? message;
    this.httpStatus = options.httpStatus;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** A wrong argument or input field: BAD_USER_INPUT, naming the field. */
export class InvalidInputError extends AppError {
  override name = 'InvalidInputError';
  constructor(message: string, field?: string, options: Omit<AppErrorOptions, 'field'> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, { ...options, field });
  }
}

/** A write that conflicts with the data: CONFLICT. */
export class ConflictError extends AppError {
  override name = 'ConflictError';
  constructor(message: string, options: AppErrorOptions = {}) {
    super(ErrorCode.CONFLICT, message, options);
  }
}

/** No valid API key where one is needed: UNAUTHENTICATED. */
export class UnauthenticatedError extends AppError {
  override name = 'UnauthenticatedError';
  constructor(message: string, options: AppErrorOptions = {}) {
    super(ErrorCode.UNAUTHENTICATED, message, options);
  }
}

/** A key whose role may not do this: FORBIDDEN. */
export class ForbiddenError extends AppError {
  override name = 'ForbiddenError';
  constructor(message: string, options: AppErrorOptions = {}) {
    super(ErrorCode.FORBIDDEN, message, options);
  }
}

/** A request over one of the query limits (depth, aliases, tokens, cost): QUERY_TOO_COMPLEX, HTTP 400. */
export class QueryTooComplexError extends AppError {
  override name = 'QueryTooComplexError';
  constructor(message: string) {
    super(ErrorCode.QUERY_TOO_COMPLEX, message, { httpStatus: 400 });
  }
}

/** A client refused for a while (too many wrong API keys): TOO_MANY_REQUESTS, HTTP 429 with Retry-After. */
export class TooManyRequestsError extends AppError {
  override name = 'TooManyRequestsError';
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.TOO_MANY_REQUESTS, message, { httpStatus: 429, retryAfterSeconds });
  }
}
