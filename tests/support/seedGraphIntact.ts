import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { graphFingerprint } from './graphFingerprint';

/**
 * Runs before each integration test file: the shared graph must be as globalSetup seeded it, so that
 * no test depends on which files ran before it. A file that leaves a change behind is named here,
 * in the file that runs next, whatever the order.
 */
const stateDir = process.env.TEST_STATE_DIR;
const lastFile = stateDir ? join(stateDir, 'last-test-file') : undefined;

beforeAll(async () => {
  const expected = process.env.TEST_SEED_FINGERPRINT;
  if (!expected) return;
  const db = new Database(
    createDriver({ uri: process.env.TEST_NEO4J_URI!, user: process.env.TEST_NEO4J_USER!, password: process.env.TEST_NEO4J_PASSWORD! }),
    { database: 'neo4j', timeoutMs: 60_000 },
  );
  try {
    const seeded = JSON.parse(expected) as Record<string, number>;
    const now = await graphFingerprint(db);
    const changed = [...new Set([...Object.keys(seeded), ...Object.keys(now)])]
      .filter((key) => seeded[key] !== now[key])
      .map((key) => `${key}: ${seeded[key] ?? 0} seeded, ${now[key] ?? 0} now`);
    if (changed.length > 0) {
      let previous = 'an earlier test file';
      try {
        previous = readFileSync(lastFile!, 'utf8');
      } catch {}
      throw new Error(`${previous} left the shared seed graph changed (${changed.join('; ')}); restore it in that file's afterAll`);
    }
  } finally {
    await db.close();
  }
});

afterAll(() => {
  if (lastFile) writeFileSync(lastFile, expect.getState().testPath ?? 'an earlier test file');
});
