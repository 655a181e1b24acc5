import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

/**
 * A driver tuned to fail fast: when Neo4j is down a request gets DATABASE_UNAVAILABLE within
 * seconds instead of hanging, and the pool reconnects by itself when the server is back.
 */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true, // integers in this graph fit in a JS number
    maxConnectionPoolSize: 64,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    userAgent: 'occitanie-health-graph',
  });
}
