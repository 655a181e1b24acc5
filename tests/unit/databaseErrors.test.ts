import { Neo4jError } from 'neo4j-driver';
import { classifyDatabaseError, QueryTimeoutError } from '../../src/db/errors';

/** The server's codes for a transaction it stopped at its timeout all answer QUERY_TIMEOUT, never an internal error. */
describe('classifyDatabaseError', () => {
  const serverError = (code: string) => new Neo4jError('stopped', code, '50N42', 'error');

  it.each([
    'Neo.ClientError.Transaction.TransactionTimedOut',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    'Neo.TransientError.Transaction.Terminated',
    'Neo.ClientError.Transaction.LockClientStopped',
  ])('reads %s as a query timeout', (code) => {
    const classified = classifyDatabaseError(serverError(code), 'test query');
    expect(classified).toBeInstanceOf(QueryTimeoutError);
    expect((classified as QueryTimeoutError).code).toBe('QUERY_TIMEOUT');
  });

  it('leaves a syntax error as it is', () => {
    const error = serverError('Neo.ClientError.Statement.SyntaxError');
    expect(classifyDatabaseError(error, 'test query')).toBe(error);
  });
});
