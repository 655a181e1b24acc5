import { randomUUID } from 'node:crypto';
import type { ApiKeyOwner, Config } from './config';
import type { Database } from './db/database';
import type { Vocabulary } from './graph/vocabulary';
import { Loaders } from './loaders';
import type { Logger } from './logger';

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
  requestId: string;
  /** Who sent the request (from its API key); absent for anonymous, read-only requests. */
  viewer?: ApiKeyOwner;
}

export function createContext(deps: AppDependencies, request: { requestId?: string; viewer?: ApiKeyOwner } = {}): Context {
  const requestId = request.requestId ?? randomUUID();
  return { ...deps, loaders: new Loaders(deps.db), requestId, viewer: request.viewer, log: deps.log.child({ requestId, viewer: request.viewer?.name }) };
}
