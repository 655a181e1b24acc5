import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { ErrorCode } from '../errors';

/** What a client is told to wait before retrying while the database is down (the breaker probes every second). */
export const RETRY_AFTER_SECONDS = 2;

const RETRY_LATER = new Set<unknown>([ErrorCode.DATABASE_UNAVAILABLE, ErrorCode.WRITE_OUTCOME_UNKNOWN]);

/**
 * An answer that failed because the database did not answer is HTTP 503 with Retry-After, on the fast
 * path and through Express alike (both send Apollo's status), so load balancers and clients back off.
 */
export function unavailableStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (!response.body.singleResult.errors?.some((error) => RETRY_LATER.has(error.extensions?.code))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
