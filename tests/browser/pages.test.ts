import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, browserSessionForThisFile } from '../support/browserSession';
import type { TestApi } from '../support/testApi';

/**
 * Every page of the explorer at a 390 px phone's width and a 1440 px desktop's: nothing wider than the
 * screen, every button within reach, no serious or critical axe-core violation. And actor pages as the
 * server sends them, read with JavaScript off.
 */

const artifacts = ARTIFACTS;
const session = browserSessionForThisFile();
let api: TestApi;
let browser: Browser;

jest.setTimeout(150_000);

beforeAll(() => {
  ({ api, browser } = session);
});

declare function getComputedStyle(element: any): any;
// These functions run in the page (Playwright serialises them); the tests compile without the DOM types.
declare const document: any;
declare const window: any;

/** Each page and what shows it is ready. */
const PAGES: { name: string; path: string; ready: string }[] = [
  { name: 'the landing page', path: '/', ready: '#app[data-directory="ready"][data-facets="ready"]' },
  { name: 'an actor page', path: '/actors/immun4cure', ready: '.actor-card h1' },
  { name: 'the review page', path: `/review/${'a'.repeat(64)}`, ready: '#key-form' },
  // GraphiQL's own markup included: explorer/src/graphiqlAccess.ts and explorer.css mend what axe-core finds in it.
  { name: 'the playground', path: '/playground', ready: '.graphiql-query-editor' },
];

describe.each([390, 1440])('at %i px wide', (width) => {
  let page: Page;
  beforeEach(async () => {
    // axe-core's Playwright builder wants a page of a context made with newContext().
    const context = await browser.newContext({ viewport: { width, height: 844 } });
    page = await context.newPage();
  });
  afterEach(async () => {
    await page.context().close();
  });

  it.each(PAGES)(
    '$name fits the screen, keeps its buttons within reach and has no serious or critical axe-core violation',
    async ({ name, path, ready }) => {
      await page.goto(`${api.url}${path}`);
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
      expect(widths.document).toBeLessThanOrEqual(widths.viewport);
      // A button beyond the screen's edge is out of reach unless a box around it scrolls sideways (GraphiQL's tab bar).
      const outOfReach = await page.evaluate(() =>
        [...document.querySelectorAll('button')]
          .filter((b: any) => b.offsetParent !== null)
          .filter((b: any) => {
            for (let box = b.parentElement; box && box !== document.body; box = box.parentElement) {
              if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX) && box.scrollWidth > box.clientWidth) return false;
            }
            return true;
          })
          .map((b: any) => ({ text: b.textContent || b.getAttribute('aria-label'), box: b.getBoundingClientRect() }))
          .filter(({ box }: any) => box.left < 0 || box.right > window.innerWidth + 0.5)
          .map(({ text }: any) => text),
      );
      expect(outOfReach).toEqual([]);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      await page.screenshot({ path: join(artifacts, `${name.replaceAll(' ', '-')}-${width}.png`), fullPage: true });
    },
  );
});

describe('an actor page read without JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await page.context().close();
  });
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');

  it('has its title, description and link-preview tags in the page the server sent', async () => {
    const response = await page.goto(`${api.url}/actors/immun4cure`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Immun4Cure — Occitanie Health Graph');
    expect(await meta('name="description"')).toMatch(/\S{10}/);
    expect(await meta('property="og:title"')).toBe('Immun4Cure');
    expect(await meta('property="og:description"')).toBe(await meta('name="description"'));
    expect(await meta('property="og:url"')).toBe(`${api.url}/actors/immun4cure`);
  });

  it('shows the card, the ties with links to their sources, and each passage once', async () => {
    await page.goto(`${api.url}/actors/immun4cure`);
    expect(await page.locator('.actor-card h1').textContent()).toBe('Immun4Cure');
    await page.locator('.ties li', { hasText: 'CHU de Montpellier' }).first().waitFor();
    const refs = await page.locator('.ties a.ref').evaluateAll((links) => links.map((a: any) => a.getAttribute('href')));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(await page.locator(`.sources ${ref}`).count()).toBe(1);
    const quotes = await page.locator('.sources blockquote').allTextContents();
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('shows partner suggestions, the timeline and fundings with their dates', async () => {
    await page.goto(`${api.url}/actors/healthage`);
    expect(await page.locator('.fundings li').count()).toBeGreaterThan(0);
    expect(await page.locator('.fundings li').first().textContent()).toMatch(/€ from \S/);
    await page.goto(`${api.url}/actors/diappymed`);
    expect(await page.locator('.partners li a').count()).toBeGreaterThan(0);
    // ThermoFisher's funding from the State is dated (April 2023): on the fundings list and on the timeline.
    await page.goto(`${api.url}/actors/thermofisher`);
    expect(await page.locator('.fundings li', { hasText: 'État' }).first().textContent()).toMatch(/800\s000\s€.*\(2023-04\)/);
    expect(await page.locator('.timeline li time').count()).toBeGreaterThan(0);
  });

  it('answers 404 with a page saying so for an unknown actor, the id escaped', async () => {
    const response = await page.goto(`${api.url}/actors/${encodeURIComponent('<b>x</b>')}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('No actor "<b>x</b>"');
    expect(await page.locator('h1 b').count()).toBe(0);
  });
});
