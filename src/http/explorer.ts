import { existsSync, readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, Router } from 'express';
import { explorerDir } from '../domain/paths';
import { type ActorPageAnswer, renderActorPage } from './actorPage';

/**
 * The explorer (built by Vite into dist/explorer) served by the API itself: the landing page at /, the
 * playground at /playground and at /graphql for a browser's GET, actor pages at /actors/:id (rendered here),
 * and the review of a document at /review/:document. Its Content-Security-Policy allows this
 * origin only, so the page cannot load anything from the internet even by mistake.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // GraphiQL and Cytoscape set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Where the explorer's built files are, and how an actor page's data is read (without it, actor pages are the bare shell). */
export interface ExplorerOptions {
  dir?: string;
  actorPage?: (id: string, req: Request) => Promise<ActorPageAnswer>;
}

export function explorerRouter({ dir = explorerDir, actorPage }: ExplorerOptions = {}): Router {
  const router = Router();
  const indexFile = join(dir, 'index.html');
  const built = existsSync(indexFile);
  const page = built ? readFileSync(indexFile, 'utf8') : null;

  const sendPage: RequestHandler = (_req, res) => {
    if (!page) {
      res
        .status(503)
        .type('text/plain')
        .send('The explorer is not built. Run `npm run build` (npm ci and npm install do it), then restart.\n');
      return;
    }
    res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY).set('Cache-Control', 'no-cache').type('html').send(page);
  };

  router.get('/', sendPage);
  router.get('/playground', sendPage);
  router.get('/actors/:id', async (req, res, next) => {
    if (!page || !actorPage) return sendPage(req, res, next);
    try {
      const id = String(req.params.id);
      const { data, unavailable } = await actorPage(id, req);
      const url = `${req.protocol}://${req.get('host') ?? 'localhost'}/actors/${encodeURIComponent(id)}`;
      res
        .status(data?.actor ? 200 : unavailable ? 503 : 404)
        .set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
        .set('Cache-Control', 'no-cache')
        .type('html')
        .send(renderActorPage({ shell: page, id, data, url, unavailable }));
    } catch (error) {
      next(error);
    }
  });
  // The review of an ingested document (its data needs a curator key, asked on the page).
  router.get('/review/:document', sendPage);
  // A browser opening /graphql gets the explorer; API clients (JSON, or GET with a query) go on to GraphQL.
  router.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') return sendPage(req, res, next);
    next();
  });
  if (built) {
    // File names carry a content hash: cache them for good.
    router.use(
      '/assets',
      express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }),
      assetRefused,
    );
  }
  return router;
}

/** A missing asset (404) or a path out of the assets folder (403): a plain answer with its status, a client's mistake, not a server error. */
const assetRefused: ErrorRequestHandler = (error, _req, res, next) => {
  const status = (error as { status?: number }).status;
  if (status === undefined || status < 400 || status >= 500) return next(error);
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .type('text/plain')
    .send(`${STATUS_CODES[status] ?? 'Bad request'}\n`);
};
