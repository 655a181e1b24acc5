import { Neo4jError } from 'neo4j-driver';

/** Errors of the data layer, independent of GraphQL; src/graphql/errors.ts maps them to GraphQL error codes. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}
export class ConstraintViolationError extends Error {
  override name = 'ConstraintViolationError';
}
/**
 * The deadline passed while a write's COMMIT was on its way: it may or may not have been applied.
 * Only a retry with the same idempotency key is safe (it returns the recorded result if it was).
 */
export class WriteOutcomeUnknownError extends Error {
  override name = 'WriteOutcomeUnknownError';
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Translates a driver error into one of the errors above, or returns it unchanged. */
export function classifyDatabaseError(error: unknown, queryName: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code) || /connect|acquisition|pool|ECONNREFUSED|closed/i.test(error.message) && !error.code.startsWith('Neo.ClientError')) {
    return new DatabaseUnavailableError(`The database is unavailable (${queryName}): ${error.message}`);
  }
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration|Terminated/i.test(error.code)) {
    return new QueryTimeoutError(`The database took too long to answer (${queryName})`);
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(error.message);
  }
  return error;
}

/** True for the failures that say the server is not answering (what the circuit breaker counts). */
export function isUnavailability(error: unknown): boolean {
  return error instanceof DatabaseUnavailableError || error instanceof WriteOutcomeUnknownError;
}
