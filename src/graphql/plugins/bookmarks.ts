import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { InvalidInputError } from '../../domain/errors';

/** Bookmarks a client got from a write (on any replica) and sends back so its next reads see that write. */
export const BOOKMARKS_HEADER = 'neo4j-bookmarks';

/** Version tag of the signed form `v1.<signature>.<Neo4j bookmark>`. */
const SIGNED_PREFIX = 'v1.';

/**
 * Signs the Neo4j bookmarks this API hands out and accepts back only those it signed. A bookmark
 * makes Neo4j wait until the transaction it names exists (30 s by default), so a forged one, with a
 * transaction id that will never exist, would hold a connection that long for nothing.
 */
export class BookmarkSigner {
  constructor(private readonly secret: string) {}

  sign(bookmark: string): string {
    return `${SIGNED_PREFIX}${this.signatureOf(bookmark)}.${bookmark}`;
  }

  /** The Neo4j bookmark inside a signed one, or undefined when it was not signed here (or was altered). */
  verify(signed: string): string | undefined {
    if (!signed.startsWith(SIGNED_PREFIX)) return undefined;
    const dot = signed.indexOf('.', SIGNED_PREFIX.length);
    if (dot < 0) return undefined;
    const given = Buffer.from(signed.slice(SIGNED_PREFIX.length, dot));
    const bookmark = signed.slice(dot + 1);
    const expected = Buffer.from(this.signatureOf(bookmark));
    return given.length === expected.length && timingSafeEqual(given, expected) ? bookmark : undefined;
  }

  private signatureOf(bookmark: string): string {
    return createHmac('sha256', this.secret).update(bookmark).digest('base64url').slice(0, 32);
  }
}

/**
 * The Neo4j bookmarks of a request's `neo4j-bookmarks` header, each checked against its signature;
 * anything else is BAD_USER_INPUT (HTTP 400) naming the header.
 */
export function bookmarksFromHeader(header: string | string[] | undefined, signer: BookmarkSigner): string[] {
  if (header === undefined) return [];
  const signed = (Array.isArray(header) ? header.join(',') : header)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const bookmarks = signed.length > 16 ? [] : signed.map((b) => (b.length <= 400 ? signer.verify(b) : undefined));
  if (signed.length > 16 || bookmarks.some((b) => b === undefined)) {
    throw new InvalidInputError(
      `The ${BOOKMARKS_HEADER} header must hold the bookmarks of a previous response of this API, unchanged, separated by commas (at most 16); drop the header to read without waiting for a write.`,
      BOOKMARKS_HEADER,
      { httpStatus: 400 },
    );
  }
  return bookmarks as string[];
}

/**
 * After a write, returns its Neo4j bookmarks, signed, in `extensions.bookmarks` and the
 * `neo4j-bookmarks` header. A client (or load balancer) that sends them back gets reads that include
 * the write, from any API replica that shares the signing secret and any cluster member.
 */
export function bookmarksPlugin(signer: BookmarkSigner): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const written = contextValue.bookmarks.written.map((bookmark) => signer.sign(bookmark));
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
