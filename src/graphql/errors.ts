import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { HeaderMap } from '@apollo/server';
import { AppError, ErrorCode } from '../domain/errors';
import { withQuotedValuesCut } from '../domain/excerpt';

export { ErrorCode } from '../domain/errors';

/** Codes of GraphQLErrors (Apollo's, graphql-js's) that are the client's doing: their message is shown as it is. */
const USER_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * An AppError raised before any resolver runs (a validation rule, a plugin, the context), as the
 * GraphQLError Apollo answers with: its code, and its HTTP status when it has one.
 */
export function requestError(error: AppError): GraphQLError {
  const headers = error.retryAfterSeconds === undefined ? undefined : new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]);
  const http = error.httpStatus === undefined ? {} : { http: { status: error.httpStatus, ...(headers ? { headers } : {}) } };
  return new GraphQLError(error.publicMessage, { originalError: error, extensions: { code: error.code, ...http } });
}

/** The AppError behind an error: Apollo and graphql-js wrap it (resolver, validation, context), each keeping it as originalError. */
function appErrorIn(error: unknown): AppError | undefined {
  let current: unknown = unwrapResolverError(error);
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    if (current instanceof AppError) return current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return undefined;
}

type PublicError = Pick<GraphQLFormattedError, 'message' | 'extensions'>;

/** What the client may be told about an error, or undefined when it is unexpected (a server fault). */
function publicError(formatted: GraphQLFormattedError, error: unknown): PublicError | undefined {
  const app = appErrorIn(error);
  if (app) return { message: app.publicMessage, extensions: { code: app.code, ...(app.field ? { field: app.field } : {}) } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && USER_CODES.has(code)) {
    const { stacktrace: _drop, exception: _drop2, ...extensions } = formatted.extensions ?? {};
    // graphql-js quotes a variable's value in full: a 10 kB id must not come back whole.
    return { message: withQuotedValuesCut(formatted.message), extensions };
  }
  return undefined;
}

/**
 * What a client sees of an error: an AppError as its code, public message and field; a GraphQLError
 * with a user code as it is; anything else as INTERNAL_SERVER_ERROR with no internal detail. Never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const base = { locations: formatted.locations, path: formatted.path };
  return {
    ...base,
    ...(publicError(formatted, error) ?? { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }),
  };
}

/** The code a client is sent for an error (for logs, before formatting). */
export function errorCodeOf(error: GraphQLError): string {
  const code = publicError({ message: error.message, extensions: error.extensions }, error)?.extensions?.code;
  return typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}

/** True for an error the client is not told about: it must be logged, with its detail, for the operators. */
export function isServerFault(error: GraphQLError): boolean {
  return publicError({ message: error.message, extensions: error.extensions }, error) === undefined;
}
