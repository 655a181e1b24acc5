import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Context } from '../context';
import { errorCodeOf, isServerFault } from '../errors';

/**
 * One structured log line per GraphQL request (operation, duration, error codes) and one per server
 * fault with its detail; the request id comes from the context's logger.
 */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors.filter(isServerFault)) {
            contextValue.log.error({ err: unwrapResolverError(error), path: error.path }, 'unexpected error');
          }
        },
        async willSendResponse({ contextValue, operationName, errors }) {
          const codes = errors?.map(errorCodeOf);
          contextValue.log.info(
            { operationName: operationName ?? null, ms: Math.round(performance.now() - started), errors: codes },
            'graphql request',
          );
        },
      };
    },
  };
}
