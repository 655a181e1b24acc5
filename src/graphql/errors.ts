import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ConflictError, InvalidInputError } from '../domain/errors';
import { ConstraintViolationError, DatabaseUnavailableError, QueryTimeoutError, WriteOutcomeUnknownError } from '../db/errors';

/** Every `extensions.code` this API sends, besides Apollo's own (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED). */
export const ErrorCode = {
  /** An argument is wrong; the message says which and how to fix it. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The request is too deep, too costly, has too many aliases or tokens. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** The write conflicts with the data (an id already taken). */
  CONFLICT: 'CONFLICT',
  /** Neo4j cannot be reached or did not answer in time; retry later (HTTP 503, Retry-After). */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** A write's commit was sent but not confirmed in time: retry with the same Idempotency-Key (HTTP 503). */
  WRITE_OUTCOME_UNKNOWN: 'WRITE_OUTCOME_UNKNOWN',
  /** The database query exceeded the per-request time limit. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The HTTP body is not valid JSON. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The HTTP body exceeds the size limit. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A bad argument: says which one and what is expected. */
export function badInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) } });
}

export function apiError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

const USER_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

type PublicError = Pick<GraphQLFormattedError, 'message' | 'extensions'>;

/** What the client may be told about an error, or undefined when it is unexpected (a server fault). */
function publicError(formatted: GraphQLFormattedError, error: unknown): PublicError | undefined {
  const original = unwrapResolverError(error);
  if (original instanceof DatabaseUnavailableError) {
    return { message: 'The database is unavailable right now; try again in a few seconds.', extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
  }
  if (original instanceof WriteOutcomeUnknownError) {
    return {
      message:
        'The database did not confirm this write in time: it may or may not have been applied. Retry with the same Idempotency-Key header (it returns the recorded result if the write was applied); without one, read before writing again.',
      extensions: { code: ErrorCode.WRITE_OUTCOME_UNKNOWN },
    };
  }
  if (original instanceof QueryTimeoutError) {
    return { message: 'The database took too long to answer; narrow the request (fewer hops, a smaller page).', extensions: { code: ErrorCode.QUERY_TIMEOUT } };
  }
  if (original instanceof InvalidInputError) {
    return { message: original.message, extensions: { code: ErrorCode.BAD_USER_INPUT, ...(original.field ? { field: original.field } : {}) } };
  }
  if (original instanceof ConflictError) return { message: original.message, extensions: { code: ErrorCode.CONFLICT } };
  if (original instanceof ConstraintViolationError) {
    return { message: 'This write conflicts with existing data (an id already in use).', extensions: { code: ErrorCode.CONFLICT } };
  }
  // Apollo re-labels every validation error GRAPHQL_VALIDATION_FAILED; a limit's refusal keeps its own code.
  const inner = error instanceof GraphQLError ? error.originalError : undefined;
  if (inner instanceof GraphQLError && inner.extensions.code === ErrorCode.QUERY_TOO_COMPLEX) {
    return { message: inner.message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  const tokens = /Document contains more tha[nt] (\d+) tokens/.exec(formatted.message);
  if (tokens) return { message: `The query has more than ${tokens[1]} tokens; send a smaller document.`, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && USER_CODES.has(code)) {
    const { stacktrace: _drop, exception: _drop2, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, extensions };
  }
  return undefined;
}

/**
 * What a client sees of an error: user errors as they are, data-layer failures as a code and a plain
 * message, anything else as INTERNAL_SERVER_ERROR with no internal detail. Never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const base = { locations: formatted.locations, path: formatted.path };
  return { ...base, ...(publicError(formatted, error) ?? { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }) };
}

/** True for an error the client is not told about: it must be logged, with its detail, for the operators. */
export function isServerFault(error: GraphQLError): boolean {
  return publicError({ message: error.message, extensions: error.extensions }, error) === undefined;
}
