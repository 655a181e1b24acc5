import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import getRawBody from 'raw-body';

export interface GraphqlPostOptions<TContext extends object> {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  /** The body limit of a request (a curator's may be larger). */
  maxBodyBytes: (req: IncomingMessage) => number;
  /** Runs first, as on the Express route (CORS, cache headers). */
  before: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
  /** Answers a failure to read the body, as the Express app's error handler does. */
  fail: (error: unknown, res: ServerResponse) => void;
}

/** Media type the fast path takes: JSON in UTF-8 (the default), nothing else. */
const PLAIN_JSON = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/** True for the requests the fast path answers: POST /graphql with a plain JSON body. */
export function takesGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const encoding = req.headers['content-encoding'];
  return PLAIN_JSON.test(req.headers['content-type'] ?? '') && (encoding === undefined || encoding.toLowerCase() === 'identity');
}

/**
 * POST /graphql with a plain JSON body, straight from Node's HTTP server to Apollo: what
 * `express.json()` and Apollo's Express integration do for it, without Express's routing and
 * middleware on every request: that stack cost about a seventh of the API's CPU per request on its main
 * traffic. Any other request (GET, another content type or encoding, another path) goes to the
 * Express app unchanged.
 */
export function graphqlPostHandler<TContext extends object>(options: GraphqlPostOptions<TContext>) {
  const { apollo, context, maxBodyBytes, before, fail } = options;
  return (req: IncomingMessage, res: ServerResponse): void => {
    before(req, res, (error) => {
      if (error) return fail(error, res);
      answer(req, res).catch((failure: unknown) => fail(failure, res));
    });
  };

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await getRawBody(req, { length: req.headers['content-length'], limit: maxBodyBytes(req), encoding: 'utf-8' });
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: headerMapOf(req), search: searchOf(req.url), body: parseJsonBody(raw) },
      context: () => context(req),
    });
    await sendApolloResponse(res, response);
  }
}

/** A request's headers as Apollo takes them. */
export function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The `?...` part of a request's URL, or ''. */
export function searchOf(url: string | undefined): string {
  const query = (url ?? '').indexOf('?');
  return query < 0 ? '' : (url ?? '').slice(query);
}

/** Writes Apollo's answer (status, headers, body) to Node's response. */
export async function sendApolloResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    // Known length: an answer left uncompressed goes with Content-Length, not chunked (compression drops it when it compresses).
    res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** A JSON object or array, as `express.json()` (strict) accepts (an empty body is `{}`); anything else is a parse failure. */
function parseJsonBody(raw: string): unknown {
  const first = raw.trimStart()[0];
  if (first === undefined) return {};
  if (first !== '{' && first !== '[')
    throw Object.assign(new SyntaxError('The body is not a JSON object.'), { type: 'entity.parse.failed' });
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw Object.assign(error as Error, { type: 'entity.parse.failed' });
  }
}
