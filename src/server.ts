import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { ErrorRequestHandler, Express, RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { viewerOf } from './auth';
import { AppDependencies, Context, createContext } from './context';
import { ErrorCode, formatError } from './errors';
import { explorerRouter } from './explorer';
import { bookmarksPlugin } from './plugins/bookmarks';
import { queryLimits } from './plugins/queryLimits';
import { requestLogPlugin } from './plugins/requestLog';
import { buildResolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface Api {
  app: Express;
  apollo: ApolloServer<Context>;
}

/** Builds the GraphQL server and its HTTP routes; starts nothing that listens (tests and index.ts call listen). */
export async function createApi(deps: AppDependencies): Promise<Api> {
  const limits = queryLimits(deps.config.limits);
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
      bookmarksPlugin(),
      ...limits.plugins,
    ],
  });
  await apollo.start();

  const graphqlRoute = [
    // No origin listed: same-origin only (no CORS headers are sent).
    cors({ origin: deps.config.corsOrigins.length > 0 ? deps.config.corsOrigins : false }),
    ((_req, res, next) => {
      // Answers follow curation: never stored by browsers or proxies (what Apollo's cache-control plugin sent).
      res.set('Cache-Control', 'no-store');
      next();
    }) satisfies RequestHandler,
    express.json({ limit: deps.config.limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(deps, {
          requestId: requestIdOf(req.headers['x-request-id']),
          viewer: viewerOf(deps.config, req.headers.authorization),
          bookmarks: bookmarksOf(req.headers[BOOKMARKS_HEADER]),
        }),
    }),
  ];

  const app = express();
  app.disable('x-powered-by');
  // Answers are never cached (no-store): an ETag would only cost a hash of every response.
  app.set('etag', false);
  // Most traffic: matched before the routes below, which it would otherwise walk through.
  app.post('/graphql', ...graphqlRoute);
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const ready = await deps.db.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', database: ready ? 'up' : 'down' });
  });
  app.use(explorerRouter());
  // GET (queries in the URL) and CORS preflights; a browser's GET went to the explorer above.
  app.use('/graphql', ...graphqlRoute);
  app.use(jsonErrors(deps));
  return { app, apollo };
}

/** Bookmarks a client got from a write (on any replica) and sends back so its next reads see that write. */
export const BOOKMARKS_HEADER = 'neo4j-bookmarks';

function bookmarksOf(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  const bookmarks = (Array.isArray(header) ? header.join(',') : header).split(',').map((b) => b.trim()).filter(Boolean);
  if (bookmarks.length > 16 || bookmarks.some((b) => !/^[\w:+/=.-]{1,256}$/.test(b))) {
    throw new GraphQLError(`The ${BOOKMARKS_HEADER} header must hold the bookmarks of a previous response, separated by commas.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
    });
  }
  return bookmarks;
}

/** Accepts a caller's request id only if it looks like one (it ends up in logs). */
function requestIdOf(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : undefined;
}

/** Body-parser and other HTTP-level failures as GraphQL-shaped JSON, never an HTML page or a stack trace. */
function jsonErrors(deps: AppDependencies): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      res.status(413).json({ errors: [{ message: `The request body exceeds ${deps.config.limits.maxBodyBytes} bytes.`, extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } }] });
      return;
    }
    if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
      res.status(400).json({ errors: [{ message: 'The request body is not valid JSON. Send {"query": "...", "variables": {...}}.', extensions: { code: ErrorCode.BAD_REQUEST } }] });
      return;
    }
    deps.log.error({ err: error }, 'unhandled HTTP error');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
  };
}
