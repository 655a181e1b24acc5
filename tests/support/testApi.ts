import { createServer, type Server } from 'node:http';
import { type Config, loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { createLogger, type Logger } from '../../src/logger';
import { createApi } from '../../src/http/server';
import { testDatabase } from './testDatabase';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: (string | number)[] }[];
}

export interface TestApi {
  url: string;
  db: Database & { queries: { name: string }[] };
  /** POSTs a GraphQL request as a client would. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real API on a free port over the test Neo4j, spoken to through HTTP. Statements may take up to a minute
 * (DB_QUERY_TIMEOUT_MS, unless `env` says otherwise): tests check behaviour, not speed, and a first plan on a
 * loaded machine takes seconds.
 */
export async function startTestApi(
  overrides: Partial<Config> = {},
  env: NodeJS.ProcessEnv = {},
  database?: Database & { queries: { name: string }[] },
  log: Logger = createLogger({ level: 'silent' }),
): Promise<TestApi> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DB_QUERY_TIMEOUT_MS: '60000', ...env }, overrides);
  const db = database ?? testDatabase({ timeoutMs: config.limits.dbQueryTimeoutMs });
  const { handler, apollo, serverOptions } = await createApi({ db, config, vocabulary: loadVocabulary(), log });
  const server: Server = await new Promise((resolve) => {
    const listening = createServer(serverOptions, handler).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    db,
    async query(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await db.close();
    },
  };
}
