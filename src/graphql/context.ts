import { randomUUID } from 'node:crypto';
import type { ApiKeyOwner, Config } from '../config';
import type { Database, RequestBookmarks } from '../db/database';
import type { Vocabulary } from '../domain/vocabulary';
import { Loaders } from '../db/loaders';
import type { Logger } from '../logger';
import type { ServiceContext } from '../services/context';

/** What lives for the whole process: shared by every request. */
export interface AppDependencies {
  db: Database;
  config: Config;
  vocabulary: Vocabulary;
  log: Logger;
}

/** What one request sees: fresh DataLoaders (no cache shared between requests), its id and its viewer. */
export interface Context extends AppDependencies {
  loaders: Loaders;
  /** What the services of this request work with (the same database session and loaders). */
  services: ServiceContext;
  requestId: string;
  /** Who sent the request (from its API key); absent for anonymous, read-only requests. */
  viewer?: ApiKeyOwner;
  /** Bookmarks the request reads after, and those its writes produced (sent back in the response). */
  bookmarks: RequestBookmarks;
  /** The client's Idempotency-Key header: its mutations are recorded under it and not repeated on a retry. */
  idempotencyKey?: string;
}

export function createContext(
  deps: AppDependencies,
  request: { requestId?: string; viewer?: ApiKeyOwner; bookmarks?: string[]; idempotencyKey?: string } = {},
): Context {
  const requestId = request.requestId ?? randomUUID();
  const bookmarks: RequestBookmarks = { incoming: request.bookmarks ?? [], written: [] };
  const db = deps.db.forRequest(bookmarks);
  const loaders = new Loaders(db);
  const services: ServiceContext = { db, loaders, vocabulary: deps.vocabulary, limits: deps.config.limits };
  return {
    ...deps,
    db,
    loaders,
    services,
    requestId,
    viewer: request.viewer,
    bookmarks,
    idempotencyKey: request.idempotencyKey,
    log: deps.log.child({ requestId, viewer: request.viewer?.name }),
  };
}
