import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './domain/paths';
import { DEFAULT_MAX_DOWNLOAD_ROWS, DEFAULT_MAX_PAGE_SIZE } from './domain/limits';

/**
 * The only module that reads process.env. Everything else receives a typed Config.
 * An explicit override passed to loadConfig always wins over the environment.
 */

const boltUri = z
  .string()
  .regex(
    /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/,
    'must be a Bolt or routing URI such as bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io',
  );

const positiveInt = z.coerce.number().int().positive();

const EnvSchema = z.object({
  NEO4J_URI: boltUri.optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOCAL_NEO4J_HOME: z.string().min(1).optional(),
  LOCAL_NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SEED_ON_START: z.enum(['auto', 'always', 'never']).default('auto'),
  MAX_PAGE_SIZE: positiveInt.default(DEFAULT_MAX_PAGE_SIZE),
  MAX_QUERY_DEPTH: positiveInt.default(12),
  MAX_QUERY_COST: positiveInt.default(250_000),
  MAX_ALIASES: positiveInt.default(30),
  MAX_TOKENS: positiveInt.default(2000),
  DB_QUERY_TIMEOUT_MS: positiveInt.default(5000),
  MAX_BODY_BYTES: positiveInt.default(100_000),
  // A curator's request may carry a whole document: 500,000 characters, up to 4 bytes each once in JSON.
  MAX_DOCUMENT_BODY_BYTES: positiveInt.default(2_100_000),
  BODY_TIMEOUT_MS: positiveInt.default(10_000),
  MAX_DOWNLOAD_ROWS: positiveInt.default(DEFAULT_MAX_DOWNLOAD_ROWS),
  DOWNLOAD_TIMEOUT_MS: positiveInt.default(60_000),
  API_KEYS: z.string().optional(),
  CORS_ORIGINS: z.string().optional(),
  BOOKMARK_SECRET: z.string().min(32, 'must be at least 32 characters (the same on every replica)').optional(),
});

export type SeedOnStart = 'auto' | 'always' | 'never';

export interface Neo4jConfig {
  /** Absent: a local Neo4j is provisioned under local.home. */
  uri?: string;
  user: string;
  password?: string;
  database: string;
}

export interface Limits {
  maxPageSize: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  maxAliases: number;
  maxTokens: number;
  dbQueryTimeoutMs: number;
  maxBodyBytes: number;
  /** The body limit for a request bearing a curator's key (ingestDocument sends a whole document); never below maxBodyBytes. */
  maxDocumentBodyBytes: number;
  /** A request's headers, then its body, must each arrive within this time; else 408 (slow or stalled clients hold no socket for long). */
  bodyTimeoutMs: number;
  /** Rows an open-data download (/data/actors.csv, .json) may hold; a larger list is refused with a message to narrow it. */
  maxDownloadRows: number;
  /** The server-side time-out of a download's streamed read (a slow client keeps it open). */
  downloadTimeoutMs: number;
}

export interface Config {
  host: string;
  port: number;
  logLevel: string;
  production: boolean;
  neo4j: Neo4jConfig;
  local: { home: string; boltPort?: number };
  seedOnStart: SeedOnStart;
  limits: Limits;
  /** API keys, by the SHA-256 hex digest of the key. Empty: every write is refused. */
  apiKeys: Map<string, ApiKeyOwner>;
  /** Origins allowed by CORS; empty: same-origin only (plus local origins outside production). */
  corsOrigins: string[];
  /** Outside production, `http://localhost:*` and `http://127.0.0.1:*` are allowed too: a front end's dev server works at once. */
  corsLocalOrigins: boolean;
  /**
   * Signs the Neo4j bookmarks this API hands out, so only those are accepted back. BOOKMARK_SECRET
   * (shared by all replicas), else a random one per process (a bookmark then works on this process only).
   */
  bookmarkSecret: string;
}

export type Role = 'curator' | 'reader';
export const ROLES: readonly Role[] = ['curator', 'reader'];

/** Who an API key belongs to. */
export interface ApiKeyOwner {
  name: string;
  role: Role;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment; `overrides` win over it. Throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = EnvSchema.safeParse(emptyToUndefined(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError('Invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set');
  }
  const config: Config = {
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    local: { home: e.LOCAL_NEO4J_HOME ?? join(projectRoot, '.neo4j', 'dev'), boltPort: e.LOCAL_NEO4J_BOLT_PORT },
    seedOnStart: e.SEED_ON_START,
    limits: {
      maxPageSize: e.MAX_PAGE_SIZE,
      maxQueryDepth: e.MAX_QUERY_DEPTH,
      maxQueryCost: e.MAX_QUERY_COST,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      dbQueryTimeoutMs: e.DB_QUERY_TIMEOUT_MS,
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxDocumentBodyBytes: Math.max(e.MAX_BODY_BYTES, e.MAX_DOCUMENT_BODY_BYTES),
      bodyTimeoutMs: e.BODY_TIMEOUT_MS,
      maxDownloadRows: e.MAX_DOWNLOAD_ROWS,
      downloadTimeoutMs: e.DOWNLOAD_TIMEOUT_MS,
    },
    apiKeys: parseApiKeys(e.API_KEYS),
    corsOrigins: (e.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    corsLocalOrigins: e.NODE_ENV !== 'production',
    bookmarkSecret: e.BOOKMARK_SECRET ?? randomBytes(32).toString('hex'),
  };
  return { ...config, ...overrides };
}

/** API_KEYS="alice:curator:KEY1,bob:reader:KEY2" -> digest of key -> owner. Keys are kept only as digests. */
function parseApiKeys(raw: string | undefined): Map<string, ApiKeyOwner> {
  const keys = new Map<string, ApiKeyOwner>();
  for (const entry of (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, role, ...rest] = entry.split(':');
    const key = rest.join(':');
    if (!name || !ROLES.includes(role as Role) || key.length < 16) {
      throw new ConfigError(
        'Invalid configuration:\n  API_KEYS: expected "name:role:key" entries separated by commas, role curator or reader, each key at least 16 characters',
      );
    }
    keys.set(digestApiKey(key), { name, role: role as Role });
  }
  return keys;
}

/** What an API key is stored and compared as. */
export function digestApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Treat VAR= (empty) as unset, as shells and compose files often produce it. */
function emptyToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}
