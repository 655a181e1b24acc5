import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { ErrorRequestHandler, RequestHandler } from 'express';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { viewerOf } from '../graphql/auth';
import { AppDependencies, Context, createContext } from '../graphql/context';
import { ErrorCode, formatError } from '../graphql/errors';
import { idempotencyKeyFromHeader, IDEMPOTENCY_KEY_HEADER } from '../graphql/idempotency';
import { explorerRouter } from './explorer';
import { graphqlPostHandler, takesGraphqlPost } from './graphqlPost';
import { BookmarkSigner, bookmarksFromHeader, bookmarksPlugin, BOOKMARKS_HEADER } from '../graphql/plugins/bookmarks';
import { unavailableStatusPlugin } from '../graphql/plugins/unavailable';
import { queryLimits } from '../graphql/plugins/queryLimits';
import { requestLogPlugin } from '../graphql/plugins/requestLog';
import { buildResolvers } from '../graphql/resolvers';
import { loadTypeDefs } from '../graphql/typeDefs';

export interface Api {
  /** What the HTTP server calls for each request: the GraphQL POST fast path, else the Express app. */
  handler: RequestListener;
  apollo: ApolloServer<Context>;
}

/** Builds the GraphQL server and its HTTP routes; starts nothing that listens (tests and index.ts call listen). */
export async function createApi(deps: AppDependencies): Promise<Api> {
  const limits = queryLimits(deps.config.limits);
  const bookmarkSigner = new BookmarkSigner(deps.config.bookmarkSecret);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers(),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // src/index.ts owns SIGINT/SIGTERM: it drains HTTP, stops Apollo, then closes the database in order.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    formatError,
    validationRules: limits.validationRules,
    // The parser stops at this many tokens, so a huge document is refused before its AST is built.
    parseOptions: { maxTokens: deps.config.limits.maxTokens },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in the schema: without the plugin, Apollo does not wrap every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(),
      bookmarksPlugin(bookmarkSigner),
      unavailableStatusPlugin(),
      ...limits.plugins,
    ],
  });
  await apollo.start();

  // No origin listed: same-origin only (no CORS headers are sent).
  const corsHeaders = cors({ origin: deps.config.corsOrigins.length > 0 ? deps.config.corsOrigins : false });
  const beforeGraphql = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) =>
    corsHeaders(req, res, (error?: unknown) => {
      // Answers follow curation: never stored by browsers or proxies (what Apollo's cache-control plugin sent).
      res.setHeader('Cache-Control', 'no-store');
      next(error);
    });
  const requestContext = async (req: IncomingMessage) =>
    createContext(deps, {
      requestId: requestIdOf(req.headers['x-request-id']),
      viewer: viewerOf(deps.config, req.headers.authorization),
      bookmarks: bookmarksFromHeader(req.headers[BOOKMARKS_HEADER], bookmarkSigner),
      idempotencyKey: idempotencyKeyFromHeader(req.headers[IDEMPOTENCY_KEY_HEADER]),
    });
  const graphqlRoute: RequestHandler[] = [
    beforeGraphql,
    express.json({ limit: deps.config.limits.maxBodyBytes }),
    expressMiddleware(apollo, { context: async ({ req }) => requestContext(req) }),
  ];

  const app = express();
  app.disable('x-powered-by');
  // Answers are never cached (no-store): an ETag would only cost a hash of every response.
  app.set('etag', false);
  // POSTs the fast path does not take (another content type or encoding): before the routes below.
  app.post('/graphql', ...graphqlRoute);
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    // At once while the circuit is open, else within a second: a frozen database must not hang the probe.
    const ready = await deps.db.ready();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', database: ready ? 'up' : 'down' });
  });
  app.use(explorerRouter());
  // GET (queries in the URL) and CORS preflights; a browser's GET went to the explorer above.
  app.use('/graphql', ...graphqlRoute);
  app.use(jsonErrors(deps));

  const graphqlPost = graphqlPostHandler({
    apollo,
    context: requestContext,
    maxBodyBytes: deps.config.limits.maxBodyBytes,
    before: beforeGraphql,
    fail: (error, res) => sendHttpFailure(deps, error, res),
  });
  const handler: RequestListener = (req, res) => (takesGraphqlPost(req) ? graphqlPost(req, res) : app(req, res));
  return { handler, apollo };
}

/** Accepts a caller's request id only if it looks like one (it ends up in logs). */
function requestIdOf(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : undefined;
}

/** Body-parser and other HTTP-level failures as GraphQL-shaped JSON, never an HTML page or a stack trace. */
function jsonErrors(deps: AppDependencies): ErrorRequestHandler {
  return (error, _req, res, _next) => sendHttpFailure(deps, error, res);
}

function sendHttpFailure(deps: AppDependencies, error: unknown, res: ServerResponse): void {
  const type = (error as { type?: string }).type;
  const send = (status: number, message: string, code: ErrorCode) => {
    if (res.headersSent) return void res.destroy();
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  };
  if (type === 'entity.too.large') return send(413, `The request body exceeds ${deps.config.limits.maxBodyBytes} bytes.`, ErrorCode.PAYLOAD_TOO_LARGE);
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return send(400, 'The request body is not valid JSON. Send {"query": "...", "variables": {...}}.', ErrorCode.BAD_REQUEST);
  }
  if (type === 'request.aborted' || type === 'request.size.invalid') return send(400, 'The request body ended before its announced length.', ErrorCode.BAD_REQUEST);
  deps.log.error({ err: error }, 'unhandled HTTP error');
  send(500, 'Internal server error', ErrorCode.INTERNAL_SERVER_ERROR);
}
