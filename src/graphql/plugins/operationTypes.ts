import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../../domain/errors';
import { requestError } from '../errors';

/**
 * Queries and mutations only: a subscription is refused before execution with OPERATION_NOT_SUPPORTED
 * (HTTP 400; 200 to a client that accepts only application/json), where graphql-js would fail inside
 * execution with an error that has no public code.
 */
export function operationTypesPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw requestError(
            new AppError(
              ErrorCode.OPERATION_NOT_SUPPORTED,
              'This API serves queries and mutations over HTTP, not subscriptions; send the operation as a query and poll it (GET answers carry an ETag, so an unchanged answer costs a 304).',
              { httpStatus: 400 },
            ),
          );
        },
      };
    },
  };
}
