import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { IncomingMessage, RequestListener, ServerOptions, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Config } from '../config';
import { excerpt } from '../domain/excerpt';
import { bearsCuratorKey, viewerOf, WrongKeyThrottle } from '../graphql/auth';
import { type AppDependencies, type Context, createContext } from '../graphql/context';
import { AppError, ErrorCode } from '../domain/errors';
import { formatError, requestError } from '../graphql/errors';
import { bodyDeadline, nodeServerTimeouts } from './bodyDeadline';
import { loadActorPage } from './actorPage';
import { explorerRouter } from './explorer';
import { openDataRouter } from './openData';
import { compressAnswers } from './compression';
import { graphqlGetHandler } from './graphqlGet';
import { graphqlPostHandler, takesGraphqlPost } from './graphqlPost';
import { BookmarkSigner, bookmarksFromHeader, bookmarksPlugin, BOOKMARKS_HEADER } from '../graphql/plugins/bookmarks';
import { unavailableStatusPlugin } from '../graphql/plugins/unavailable';
import { idempotencyKeyFromHeader, IDEMPOTENCY_KEY_HEADER } from '../graphql/idempotency';
import { jsonClientStatusPlugin } from '../graphql/plugins/jsonClientStatus';
import { oneWritePerRequestPlugin } from '../graphql/plugins/oneWritePerRequest';
import { operationTypesPlugin } from '../graphql/plugins/operationTypes';
import { queryLimits } from '../graphql/plugins/queryLimits';
import { requestLogPlugin } from '../graphql/plugins/requestLog';
import { buildResolvers } from '../graphql/resolvers';
import { loadTypeDefs } from '../graphql/typeDefs';
import POSSIBLE_TYPES from '../graphql/possibleTypes.json';

export interface Api {
  /** What the HTTP server calls for each request: the GraphQL POST fast path, else the Express app. */
  handler: RequestListener;
  apollo: ApolloServer<Context>;
  /** What `http.createServer` must be given with the handler: its header and request time-outs. */
  serverOptions: ServerOptions;
  /** /health/ready answers 503 `warming-up` until `done` settles (main.ts: the start-up warm-up, which needs the server listening). */
  holdReadiness(done: Promise<unknown>): void;
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
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in the schema: without the plugin, Apollo does not wrap every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(),
      bookmarksPlugin(bookmarkSigner),
      oneWritePerRequestPlugin(),
      operationTypesPlugin(),
      jsonClientStatusPlugin(),
      unavailableStatusPlugin(),
      ...limits.plugins,
    ],
  });
  await apollo.start();

  const corsHeaders = corsFor(deps.config);
  const beforeGraphql = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) =>
    corsHeaders(req, res, (error?: unknown) => {
      // Answers follow curation: never stored by browsers or proxies (what Apollo's cache-control plugin sent).
      res.setHeader('Cache-Control', 'no-store');
      next(error);
    });
  const throttle = new WrongKeyThrottle();
  const requestContext = async (req: IncomingMessage) => {
    try {
      return await createContext(deps, {
        requestId: requestIdOf(req.headers['x-request-id']),
        viewer: viewerOf({
          config: deps.config,
          authorization: req.headers.authorization,
          client: req.socket.remoteAddress ?? 'unknown',
          throttle,
        }),
        bookmarks: bookmarksFromHeader(req.headers[BOOKMARKS_HEADER], bookmarkSigner),
        idempotencyKey: idempotencyKeyFromHeader(req.headers[IDEMPOTENCY_KEY_HEADER]),
      });
    } catch (error) {
      // Apollo answers a context failure that is not a GraphQLError as a 500 "Context creation failed".
      throw error instanceof AppError ? requestError(error) : error;
    }
  };
  const readJson = express.json({ limit: deps.config.limits.maxBodyBytes });
  const readCuratorJson = express.json({ limit: deps.config.limits.maxDocumentBodyBytes });
  const graphqlRoute: RequestHandler[] = [
    beforeGraphql,
    (req, res, next) => (bearsCuratorKey(deps.config, req.headers.authorization) ? readCuratorJson : readJson)(req, res, next),
    expressMiddleware(apollo, { context: async ({ req }) => requestContext(req) }),
  ];
  const graphqlGet = graphqlGetHandler({
    apollo,
    context: requestContext,
    graphVersion: () => deps.db.graphVersion(),
    before: corsHeaders,
    fail: (error, res) => sendHttpFailure(deps, error, res),
  });

  const app = express();
  app.disable('x-powered-by');
  // GraphQL GETs get ETags of their own (graph version + request); the rest is no-store or immutable.
  app.set('etag', false);
  app.use(compressAnswers);
  // CORS preflights: answered here, before the explorer's GET /graphql would answer them with its own Allow header.
  app.options('/graphql', (req, res, next) =>
    corsHeaders(req, res, (error?: unknown) => (error ? next(error) : void res.status(204).end())),
  );
  // POSTs the fast path does not take (another content type or encoding): before the routes below.
  app.post('/graphql', ...graphqlRoute);
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  let warming: Promise<unknown> | undefined;
  app.get('/health/ready', async (_req, res) => {
    if (warming) {
      res.status(503).json({ status: 'warming-up' });
      return;
    }
    // At once while the circuit is open, else within a second: a frozen database must not hang the probe.
    const ready = await deps.db.ready();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', database: ready ? 'up' : 'down' });
  });
  // GraphNode's implementations for clients' normalised caches (Apollo Client's possibleTypes), generated with the schema.
  app.get('/graphql/possible-types.json', corsHeaders, (_req, res) => {
    res.json(POSSIBLE_TYPES);
  });
  // Open-data downloads of any actor list or search (before the explorer, whose pages answer unknown paths).
  app.use(openDataRouter(deps, corsHeaders));
  app.use(
    explorerRouter({
      actorPage: (id, req) =>
        loadActorPage({ apollo, context: () => createContext(deps, { requestId: requestIdOf(req.headers['x-request-id']) }), id }),
    }),
  );
  // GET (queries in the URL); a browser's GET went to the explorer above.
  app.get('/graphql', (req, res) => graphqlGet(req, res));
  app.use('/graphql', ...graphqlRoute);
  app.use(jsonErrors(deps));

  const graphqlPost = graphqlPostHandler({
    apollo,
    context: requestContext,
    maxBodyBytes: (req) => bodyLimitOf(deps, req),
    before: (req, res, next) => compressAnswers(req, res, (error?: unknown) => (error ? next(error) : beforeGraphql(req, res, next))),
    fail: (error, res) => sendHttpFailure(deps, error, res),
  });
  const route: RequestListener = (req, res) => (takesGraphqlPost(req) ? graphqlPost(req, res) : app(req, res));
  const { bodyTimeoutMs } = deps.config.limits;
  const handler = bodyDeadline(route, { timeoutMs: bodyTimeoutMs, fail: (error, res) => sendHttpFailure(deps, error, res) });
  return {
    handler,
    apollo,
    serverOptions: nodeServerTimeouts(bodyTimeoutMs),
    holdReadiness: (done) => {
      const held = done.finally(() => {
        if (warming === held) warming = undefined;
      });
      held.catch(() => undefined);
      warming = held;
    },
  };
}

/** Request headers a browser on an allowed origin may send to /graphql. */
const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  BOOKMARKS_HEADER,
  'apollo-require-preflight',
  'x-apollo-operation-name',
  IDEMPOTENCY_KEY_HEADER,
  'x-request-id',
];

/** A browser app served from this machine on any port (a Vite, webpack or Next dev server). */
const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

/**
 * CORS for /graphql: an allowed origin gets the Access-Control-Allow-* headers (a preflight, 204 with
 * methods, headers and a max-age); any other origin gets none, so its browser refuses the call.
 * Allowed: the origins listed, and outside production the local ones; none listed in production: same-origin only.
 */
function corsFor({ corsOrigins, corsLocalOrigins }: Pick<Config, 'corsOrigins' | 'corsLocalOrigins'>) {
  const listed = new Set(corsOrigins);
  const allowed = (origin: string) => listed.has(origin) || (corsLocalOrigins && LOCAL_ORIGIN.test(origin));
  const options: cors.CorsOptions = {
    origin: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: [BOOKMARKS_HEADER],
    maxAge: 600,
  };
  return cors<IncomingMessage>((req, callback) => callback(null, allowed(req.headers.origin ?? '') ? options : { origin: false }));
}

/** Accepts a caller's request id only if it looks like one (it ends up in logs). */
function requestIdOf(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : undefined;
}

/** Body-parser and other HTTP-level failures as GraphQL-shaped JSON, never an HTML page or a stack trace. */
function jsonErrors(deps: AppDependencies): ErrorRequestHandler {
  return (error, _req, res, _next) => sendHttpFailure(deps, error, res);
}

/** The code each HTTP status of a refused request is sent with. */
const CODE_OF_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_REQUEST,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  408: ErrorCode.REQUEST_TIMEOUT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
};

/**
 * An HTTP-level failure (body parser, static files, body time-out) as GraphQL-shaped JSON with its own
 * status and code. A client's fault (4xx) is logged at info level; only a server fault is an error.
 */
function sendHttpFailure(deps: AppDependencies, error: unknown, res: ServerResponse): void {
  const refusal = refusalOf(deps, error, res.req);
  if (!refusal) deps.log.error({ err: error }, 'unhandled HTTP error');
  // Already answered (a body time-out, then the reader's abort): nothing more to say on this connection.
  if (res.headersSent) return void res.destroy();
  if (refusal) deps.log.info({ status: refusal.status, code: refusal.code, reason: (error as Error).message }, 'refused HTTP request');
  const { status, message, code } = refusal ?? { status: 500, message: 'Internal server error', code: ErrorCode.INTERNAL_SERVER_ERROR };
  res.statusCode = status;
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** The body limit of a request: larger for a curator's key, whose ingestDocument carries a whole document. */
function bodyLimitOf(deps: AppDependencies, req: IncomingMessage): number {
  const { maxBodyBytes, maxDocumentBodyBytes } = deps.config.limits;
  return bearsCuratorKey(deps.config, req.headers.authorization) ? maxDocumentBodyBytes : maxBodyBytes;
}

interface Refusal {
  status: number;
  message: string;
  code: ErrorCode;
}

/** What a client is told of an HTTP-level failure that is its own doing; undefined for a server fault. */
function refusalOf(deps: AppDependencies, error: unknown, req: IncomingMessage | undefined): Refusal | undefined {
  const { type, status, expose } = error as { type?: string; status?: number; expose?: boolean };
  if (type === 'entity.too.large')
    return {
      status: 413,
      message: `The request body exceeds ${req ? bodyLimitOf(deps, req) : deps.config.limits.maxBodyBytes} bytes. To ingest a long document, send it with a curator's key (up to ${deps.config.limits.maxDocumentBodyBytes} bytes) or from the command line: npm run ingest -- FILE.`,
      code: ErrorCode.PAYLOAD_TOO_LARGE,
    };
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return {
      status: 400,
      message: 'The request body is not valid JSON. Send {"query": "...", "variables": {...}}.',
      code: ErrorCode.BAD_REQUEST,
    };
  }
  if (type === 'request.aborted' || type === 'request.size.invalid')
    return { status: 400, message: 'The request body ended before its announced length.', code: ErrorCode.BAD_REQUEST };
  if (type === 'request.timeout') {
    return {
      status: 408,
      message: `The request body did not arrive within ${deps.config.limits.bodyTimeoutMs} ms; send it whole, without pauses.`,
      code: ErrorCode.REQUEST_TIMEOUT,
    };
  }
  // http-errors raised by the body parser (a body its Content-Encoding cannot decode) or by static files.
  if (typeof status !== 'number' || status < 400 || status >= 500 || expose === false) return undefined;
  const encoding = req?.headers['content-encoding'];
  if (status === 400 && encoding !== undefined && encoding !== 'identity') {
    return {
      status,
      message: `The request body cannot be decoded as ${excerpt(encoding, 16)}; send it compressed as its Content-Encoding says, or uncompressed.`,
      code: ErrorCode.BAD_REQUEST,
    };
  }
  return { status, message: `${STATUS_CODES[status] ?? 'Bad request'}.`, code: CODE_OF_STATUS[status] ?? ErrorCode.BAD_REQUEST };
}
