import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * The example front end (examples/apollo-directory: Apollo Client's normalised cache with the API's
 * published possibleTypes) in headless Chromium, served from its own origin as a front end would be,
 * against the API with that origin allowed by CORS_ORIGINS: it lists, pages with the cursor, narrows
 * by a facet and opens an actor with its ties, and the console shows no cache warning and no error.
 */

const exampleDist = join(__dirname, '..', '..', 'examples', 'apollo-directory', 'dist');
const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A plain static server for the built example (no proxy: the page calls the API across origins). */
function serveExample(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = join(exampleDist, path);
    if (!file.startsWith(exampleDist) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

let api: TestApi;
let example: { server: Server; origin: string };
let browser: Browser;
let page: Page;
/** Warnings and errors the page logged, and uncaught exceptions. */
const consoleProblems: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(exampleDist, 'index.html')))
    throw new Error('The example is not built: run `npm run build:example` (npm test does it before jest).');
  example = await serveExample();
  // The facets of the whole graph are the first statement a cold test database runs: a busy machine may need more than 5 s.
  api = await startTestApi({}, { CORS_ORIGINS: example.origin });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') consoleProblems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleProblems.push(`pageerror: ${error.message}`));
  await page.goto(`${example.origin}/?api=${encodeURIComponent(`${api.url}/graphql`)}`);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await new Promise((resolve) => example?.server.close(resolve));
});

// Runs in the page (Playwright serialises it); the tests compile without the DOM types.
declare const document: any;

const listedIds = () => page.locator('#actors button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-id')));
const total = async () => Number((await page.locator('#total').textContent())?.replace(/\D/g, ''));
/** Waits until the list is drawn and no request is under way. */
const listSettled = () => page.locator('#status:empty').waitFor({ state: 'attached' });

describe('the Apollo Client example', () => {
  it('lists the first page of actors with the whole list’s total and its facets', async () => {
    // The page says "Failed: ..." when a request fails: stop waiting then, and show why.
    await page.waitForFunction(
      () => document.querySelector('#actors button') || document.querySelector('#status').textContent.startsWith('Failed'),
    );
    expect([await page.locator('#status').textContent(), ...consoleProblems]).toEqual(['']);
    await listSettled();
    expect(await listedIds()).toHaveLength(10);
    expect(await total()).toBeGreaterThan(10);
    expect(await page.locator('[data-facet=kinds] button').count()).toBeGreaterThan(1);
    expect(await page.locator('[data-facet=departments] button').count()).toBeGreaterThan(1);
  });

  it('shows the next page with the cursor: other actors, after the first page’s in name order', async () => {
    const firstPage = await listedIds();
    const lastName = await page.locator('#actors button').last().textContent();
    await page.locator('#next-page').click();
    await page.waitForFunction((first) => document.querySelector('#actors button')?.getAttribute('data-id') !== first, firstPage[0]);
    await listSettled();
    const secondPage = await listedIds();
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    const firstName = await page.locator('#actors button').first().textContent();
    expect(firstName!.localeCompare(lastName!, 'fr', { sensitivity: 'base' })).toBeGreaterThanOrEqual(0);
    expect(await page.locator('#first-page').isEnabled()).toBe(true);
  });

  it('narrows the list to the count a département facet showed, from the first page', async () => {
    const hérault = page.locator('[data-facet=departments] button[data-value="34"]');
    const shown = Number((await hérault.locator('.count').textContent())?.trim());
    await hérault.click();
    await page.locator('[data-facet=departments] button[data-value="34"][aria-pressed=true]').waitFor();
    await listSettled();
    expect(await total()).toBe(shown);
    expect(await page.locator('#first-page').isEnabled()).toBe(false);
  });

  it('opens an actor with a page of its ties from the ties connection, and the next page of them', async () => {
    // A second facet on top of the first: excellence hubs of the Hérault, MedVallée among them.
    await page.locator('[data-facet=kinds] button[data-value="EXCELLENCE_HUB"]').click();
    await page.locator('[data-facet=kinds] button[data-value="EXCELLENCE_HUB"][aria-pressed=true]').waitFor();
    await page.locator('#actors button[data-id="medvallee"]').click();
    await page.locator('#actor h2[data-id="medvallee"]').waitFor();
    await listSettled();
    const firstTies = await page.locator('#ties li').evaluateAll((items) => items.map((li) => li.getAttribute('data-tie')));
    expect(firstTies).toHaveLength(5);
    expect(firstTies.every((id) => id?.startsWith('medvallee|'))).toBe(true);
    expect(Number((await page.locator('#actor h3').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(5);
    await page.locator('#more-ties').click();
    await page.waitForFunction((first) => document.querySelector('#ties li')?.getAttribute('data-tie') !== first, firstTies[0]);
    const nextTies = await page.locator('#ties li').evaluateAll((items) => items.map((li) => li.getAttribute('data-tie')));
    expect(nextTies.filter((id) => firstTies.includes(id))).toEqual([]);
  });

  it('logs no Apollo cache warning ("Cache data may be lost") and no error along the way', async () => {
    // Back to the first page and the same actor again: answers already in the cache are written over.
    await page.locator('[data-facet=departments] button[data-value="34"]').click();
    await page.locator('[data-facet=departments] button[data-value="34"][aria-pressed=false]').waitFor();
    await listSettled();
    expect(consoleProblems).toEqual([]);
  });
});
