import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startTestApi, type TestApi } from './testApi';

/** Where browser tests write their screenshots (git-ignored). */
export const ARTIFACTS = join(__dirname, '..', 'artifacts');

/** The API over the test Neo4j and a headless Chromium, started once for a test file and closed after it. */
export interface BrowserSession {
  api: TestApi;
  browser: Browser;
}

/** Registers the file's beforeAll/afterAll that start and close the session; read its fields inside tests. */
export function browserSessionForThisFile(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session.api = await startTestApi();
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.api?.close();
  });
  return session;
}
