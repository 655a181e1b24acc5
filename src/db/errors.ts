import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode } from '../domain/errors';

/** Failures of the data layer; their message keeps the driver's detail for the log, clients get the public message. */
export class DatabaseUnavailableError extends AppError {
  override name = 'DatabaseUnavailableError';
  constructor(message: string) {
    super(ErrorCode.DATABASE_UNAVAILABLE, message, { publicMessage: 'The database is unavailable right now; try again in a few seconds.' });
  }
}
export class QueryTimeoutError extends AppError {
  override name = 'QueryTimeoutError';
  constructor(message: string) {
    super(ErrorCode.QUERY_TIMEOUT, message, {
      publicMessage: 'The database took too long to answer; narrow the request (fewer hops, a smaller page).',
    });
  }
}
/**
 * The deadline passed while a write's COMMIT was on its way: it may or may not have been applied.
 * Only a retry with the same idempotency key is safe (it returns the recorded result if it was).
 */
export class WriteOutcomeUnknownError extends AppError {
  override name = 'WriteOutcomeUnknownError';
  constructor(message: string) {
    super(ErrorCode.WRITE_OUTCOME_UNKNOWN, message, {
      publicMessage:
        'The database did not confirm this write in time: it may or may not have been applied. Retry with the same Idempotency-Key header (it returns the recorded result if the write was applied); without one, read before writing again.',
    });
  }
}
/** A uniqueness constraint refused a write: CONFLICT, without the driver's message (it quotes the data). */
export class ConstraintViolationError extends AppError {
  override name = 'ConstraintViolationError';
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message, { publicMessage: 'This write conflicts with existing data (an id already in use).' });
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Translates a driver error into one of the errors above, or returns it unchanged. */
export function classifyDatabaseError(error: unknown, queryName: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (
    UNAVAILABLE_CODES.has(error.code) ||
    (/connect|acquisition|pool|ECONNREFUSED|closed/i.test(error.message) && !error.code.startsWith('Neo.ClientError'))
  ) {
    return new DatabaseUnavailableError(`The database is unavailable (${queryName}): ${error.message}`);
  }
  // A transaction the server stopped at its timeout while it held or awaited locks says LockClientStopped.
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration|Terminated|LockClientStopped/i.test(error.code)) {
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
