import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { headerMapOf, searchOf, sendApolloResponse } from './graphqlPost';

export interface GraphqlGetOptions<TContext extends object> {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  /** The graph's version, changed by every commit (Database.graphVersion); undefined: answers go untagged. */
  graphVersion: () => Promise<string | undefined>;
  /** Runs first, as on the other routes (CORS). */
  before: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
  /** Answers an unexpected failure, as the app's other HTTP failures are answered. */
  fail: (error: unknown, res: ServerResponse) => void;
}

/** What a cacheable answer may be kept as: by anyone, but revalidated (If-None-Match) before each use. */
const REVALIDATE = 'public, no-cache';
/** Headers an answer depends on besides its URL. */
const VARY = 'Accept, Accept-Encoding, Authorization, Origin';

/**
 * GET /graphql: a query in the URL (or a persisted query's hash). An anonymous request's answer carries
 * an ETag made of the graph's version and a digest of the request, so it stays valid until the next
 * write; If-None-Match with that ETag is answered 304 without running the query. Requests with an API
 * key get `no-store`: what a curator sees (history, drafts) is theirs alone.
 */
export function graphqlGetHandler<TContext extends object>(options: GraphqlGetOptions<TContext>) {
  const { apollo, context, graphVersion, before, fail } = options;
  return (req: IncomingMessage, res: ServerResponse): void => {
    before(req, res, (error) => {
      if (error) return fail(error, res);
      answer(req, res).catch((failure: unknown) => fail(failure, res));
    });
  };

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const search = searchOf(req.url);
    const etag = req.headers.authorization === undefined ? await etagOf(req, search) : undefined;
    res.setHeader('Vary', VARY);
    if (etag !== undefined && passesCsrfCheck(req) && matches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, { ETag: etag, 'Cache-Control': REVALIDATE }).end();
      return;
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'GET', headers: headerMapOf(req), search, body: undefined },
      context: () => context(req),
    });
    // Only a whole, error-free answer is worth revalidating: a time-out or a refusal must be asked again.
    const cacheable =
      etag !== undefined && (response.status ?? 200) === 200 && response.body.kind === 'complete' && !hasErrors(response.body.string);
    if (cacheable) {
      response.headers.set('etag', etag);
      response.headers.set('cache-control', REVALIDATE);
    } else {
      response.headers.set('cache-control', 'no-store');
    }
    await sendApolloResponse(res, response);
  }

  /** W/"<graph version>-<digest of the URL's query and the Accept header>"; undefined when the database cannot say its version. */
  async function etagOf(req: IncomingMessage, search: string): Promise<string | undefined> {
    const version = await graphVersion().catch(() => undefined);
    if (version === undefined) return undefined;
    const digest = createHash('sha256')
      .update(`${search}\n${req.headers.accept ?? ''}`)
      .digest('base64url')
      .slice(0, 22);
    return `W/"${version}-${digest}"`;
  }
}

/** True when If-None-Match names this ETag (weak comparison, as RFC 9110 requires for If-None-Match) or is `*`. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Content types a browser may send cross-origin without a preflight. */
const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/**
 * Apollo's CSRF prevention (csrfPrevention: true), checked before a 304 that skips Apollo: a request
 * must carry a header a browser sends only after a preflight (apollo-require-preflight,
 * x-apollo-operation-name, or a content type that is not a simple one).
 */
function passesCsrfCheck(req: IncomingMessage): boolean {
  if (req.headers['apollo-require-preflight'] !== undefined || req.headers['x-apollo-operation-name'] !== undefined) return true;
  const contentType = req.headers['content-type'];
  return contentType !== undefined && !SIMPLE_CONTENT_TYPES.has(contentType.split(';')[0]!.trim().toLowerCase());
}

/** Whether a JSON answer holds top-level errors (answers are small enough here: GET queries fit in a URL). */
function hasErrors(body: string): boolean {
  try {
    return (JSON.parse(body) as { errors?: unknown }).errors !== undefined;
  } catch {
    return true;
  }
}
