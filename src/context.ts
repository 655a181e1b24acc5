import { randomUUID } from 'node:crypto';
import type { Config } from './config';
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

/** A curator identified by an API key; absent for anonymous (read-only) requests. */
export interface Curator {
  name: string;
}

/** What one request sees: fresh DataLoaders (no cache shared between requests), its id and its viewer. */
export interface Context extends AppDependencies {
  loaders: Loaders;
  requestId: string;
  curator?: Curator;
}

export function createContext(deps: AppDependencies, request: { requestId?: string; curator?: Curator } = {}): Context {
  const requestId = request.requestId ?? randomUUID();
  return { ...deps, loaders: new Loaders(deps.db), requestId, curator: request.curator, log: deps.log.child({ requestId }) };
}
