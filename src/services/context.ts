import type { Limits } from '../config';
import type { Database } from '../db/database';
import type { Loaders } from '../db/loaders';
import type { Vocabulary } from '../domain/vocabulary';

/**
 * What a use case works with: the request's database session and its DataLoaders (so look-ups made
 * by several services in one request are batched together), the vocabulary and the server's limits.
 */
export interface ServiceContext {
  db: Database;
  loaders: Loaders;
  vocabulary: Vocabulary;
  limits: Pick<Limits, 'maxPageSize'>;
}
