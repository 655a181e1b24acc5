import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/** One structured log line per GraphQL request: operation, duration, error codes; the request id comes from the context's logger. */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operationName, errors }) {
          const codes = errors?.map((error) => error.extensions?.code ?? 'UNKNOWN');
          contextValue.log.info({ operationName: operationName ?? null, ms: Math.round(performance.now() - started), errors: codes }, 'graphql request');
        },
      };
    },
  };
}
