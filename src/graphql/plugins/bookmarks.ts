import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/** The header that carries Neo4j bookmarks: sent after a write, sent back by clients that want to read it. */
export const BOOKMARKS_HEADER = 'neo4j-bookmarks';

/**
 * After a write, returns its Neo4j bookmarks in `extensions.bookmarks` and the `neo4j-bookmarks`
 * header. A client (or load balancer) that sends them back gets reads that include the write, from
 * any API replica and any cluster member.
 */
export function bookmarksPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const written = contextValue.bookmarks.written;
          if (written.length === 0) return;
          response.http.headers.set(BOOKMARKS_HEADER, written.join(','));
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmarks: written };
          }
        },
      };
    },
  };
}
