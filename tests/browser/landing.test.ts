import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, browserSessionForThisFile } from '../support/browserSession';
import type { TestApi } from '../support/testApi';

/**
 * The landing page in headless Chromium over the real API: what it weighs on first load, its example
 * questions, facets, map and download links, and the graph's legend and controls.
 */

const artifacts = ARTIFACTS;
const session = browserSessionForThisFile();
let api: TestApi;
let browser: Browser;
let page: Page;

jest.setTimeout(150_000);

beforeAll(() => {
  ({ api, browser } = session);
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});
afterEach(async () => {
  await page.close();
});

// These functions run in the page (Playwright serialises them); the tests compile without the DOM types.
declare const document: any;
declare const window: any;

const directoryReady = () => page.locator('#app[data-directory="ready"][data-facets="ready"]').waitFor({ timeout: 60_000 });
const heading = () => page.locator('#directory-title').textContent();
const graphData = (name: string) => page.locator('#graph').getAttribute(`data-${name}`);

describe('the first load of the landing page', () => {
  it('weighs at most 300 KB gzipped, with neither GraphiQL nor Cytoscape in it', async () => {
    const loaded: { url: string; gzipped: number }[] = [];
    const reading: Promise<void>[] = [];
    page.on('response', (response) => {
      reading.push(
        response
          .body()
          .then((body) => void loaded.push({ url: response.url(), gzipped: gzipSync(body).length }))
          .catch(() => undefined),
      );
    });
    await page.goto(api.url);
    await directoryReady();
    await page.waitForLoadState('networkidle');
    await Promise.all(reading);
    const total = loaded.reduce((sum, r) => sum + r.gzipped, 0);
    expect(loaded.length).toBeGreaterThan(2);
    expect(total).toBeLessThanOrEqual(300 * 1024);
    expect(loaded.map((r) => r.url).filter((url) => /graphiql|playground|graphView|codemirror/i.test(url))).toEqual([]);
  });
});

describe('the landing page', () => {
  it('puts the question box first and runs an example question on click, drawing its answer', async () => {
    await page.goto(api.url);
    const first = await page.evaluate(() => document.querySelector('input, button, a[href]:not(.brand)')?.id);
    expect(first).toBe('ask-input');
    await page.locator('.examples button', { hasText: 'entreprises en bioproduction liées à MedVallée' }).click();
    await page.locator('#ask-answer .reading').getByText('TIED_TO').waitFor({ timeout: 60_000 });
    expect(await page.locator('#ask-input').inputValue()).toBe('entreprises en bioproduction liées à MedVallée');
    await page.waitForFunction(() => Number(document.getElementById('graph').dataset.nodeCount) === 13, undefined, { timeout: 60_000 });
    await page.screenshot({ path: join(artifacts, 'landing-example.png') });
  });

  it('lists actors with facets counted for the current filter, and a facet value filters the list', async () => {
    await page.goto(api.url);
    await directoryReady();
    const all = Number(/\((\d+)\)/.exec((await heading()) ?? '')?.[1]);
    expect(all).toBeGreaterThan(20);
    const company = page.locator('.facet[data-facet="kinds"] .facet-value[data-value="COMPANY"]');
    const companies = Number(/\((\d+)\)$/.exec((await company.textContent()) ?? '')?.[1]);
    expect(companies).toBeGreaterThan(0);
    expect(companies).toBeLessThan(all);
    await company.click();
    await page.waitForFunction((n) => document.getElementById('directory-title').textContent === `Actors (${n})`, companies);
    // The other facets now count companies only (they come in their own request, after the list): the
    // département counts add up to at most the companies.
    await page.waitForFunction(
      (n) => {
        const sum = [...document.querySelectorAll('.facet[data-facet="departments"] .facet-value')]
          .map((element: any) => Number(/\((\d+)\)$/.exec(element.textContent)?.[1]))
          .reduce((s: number, count: number) => s + count, 0);
        return sum > 0 && sum <= n;
      },
      companies,
      { timeout: 60_000 },
    );
    // The chip lifts the filter.
    await page.locator('.chip', { hasText: 'kinds' }).click();
    await page.waitForFunction((n) => document.getElementById('directory-title').textContent === `Actors (${n})`, all);
  });

  it('links the download of the current filter as CSV and JSON', async () => {
    await page.goto(api.url);
    await directoryReady();
    await page.locator('.facet[data-facet="departments"] .facet-value[data-value="34"]').click();
    await page.locator('.chip', { hasText: 'departmentCode' }).waitFor();
    const csv = await page.locator('.downloads a.download-csv').getAttribute('href');
    const json = await page.locator('.downloads a.download-json').getAttribute('href');
    expect(csv).toBe(`/data/actors.csv?filter=${encodeURIComponent(JSON.stringify({ departmentCode: '34' }))}`);
    expect(json).toBe(`/data/actors.json?filter=${encodeURIComponent(JSON.stringify({ departmentCode: '34' }))}`);
  });

  it('draws a map of the 13 départements with circles sized by count, and a click on one filters to it', async () => {
    await page.goto(api.url);
    await directoryReady();
    expect(await page.locator('svg.map .department').count()).toBe(13);
    const herault = page.locator('svg.map .department[data-code="34"]');
    const count = Number(await herault.getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);
    const radius = async (code: string) => Number(await page.locator(`svg.map .department[data-code="${code}"] circle`).getAttribute('r'));
    const countOf = async (code: string) =>
      Number((await page.locator(`svg.map .department[data-code="${code}"]`).getAttribute('data-count')) ?? 0);
    // The département holding the most actors has the largest circle, and a smaller count a circle no larger.
    const sized = await Promise.all(
      ['09', '31', '34', '66'].map(async (code) => ({
        count: await countOf(code),
        radius: (await page.locator(`svg.map .department[data-code="${code}"] circle`).count()) ? await radius(code) : 0,
      })),
    );
    const byCount = [...sized].sort((a, b) => b.count - a.count);
    expect(byCount[0]!.count).toBeGreaterThan(byCount[3]!.count);
    expect(byCount.map((d) => d.radius)).toEqual([...byCount.map((d) => d.radius)].sort((a, b) => b - a));
    await herault.click();
    await page.waitForFunction((n) => document.getElementById('directory-title').textContent === `Actors (${n})`, count);
    expect(await page.locator('svg.map .department.selected').getAttribute('data-code')).toBe('34');
    await page.screenshot({ path: join(artifacts, 'landing-map.png') });
  });
});

describe('the graph', () => {
  async function drawExample(): Promise<void> {
    await page.goto(api.url);
    await page.locator('.examples button', { hasText: 'entreprises en bioproduction liées à MedVallée' }).click();
    await page.waitForFunction(() => Number(document.getElementById('graph').dataset.nodeCount) === 13, undefined, { timeout: 60_000 });
  }

  it('has a legend of the node and tie kinds drawn, whose boxes hide a kind', async () => {
    await drawExample();
    const nodeKinds = await page.locator('.legend-dot .legend-item input').evaluateAll((inputs) => inputs.map((i: any) => i.value));
    expect(nodeKinds).toContain('COMPANY');
    expect(await page.locator('.legend-line .legend-item').count()).toBeGreaterThan(0);
    const companies = Number(
      /\((\d+)\)/.exec((await page.locator('.legend-dot .legend-item', { hasText: 'Company' }).textContent()) ?? '')?.[1],
    );
    await page.locator('.legend-dot input[value="COMPANY"]').uncheck();
    expect(Number(await graphData('node-count'))).toBe(13 - companies);
    await page.locator('.legend-dot input[value="COMPANY"]').check();
    expect(Number(await graphData('node-count'))).toBe(13);
    const tieKind = await page.locator('.legend-line input').first().getAttribute('value');
    const edges = Number(await graphData('edge-count'));
    await page.locator(`.legend-line input[value="${tieKind}"]`).uncheck();
    expect(Number(await graphData('edge-count'))).toBeLessThan(edges);
  });

  it('keeps labels 12 px on screen when zooming in, hides them far out, and fits again', async () => {
    await drawExample();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(Number(await graphData('label-px'))).toBeCloseTo(12, 0);
    for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(Number(await graphData('zoom'))).toBeLessThan(0.3);
    expect(Number(await graphData('label-px'))).toBe(0);
    await page.getByRole('button', { name: 'Fit' }).click();
    expect(Number(await graphData('label-px'))).toBeCloseTo(12, 0);
    // After fitting, no two nodes are drawn on top of each other.
    const overlaps = await page.evaluate(() => window.explorer.graph.overlappingNodes());
    expect(overlaps).toEqual([]);
  });

  it('is cleared, with a message, when a result has nothing to draw', async () => {
    await drawExample();
    await page.fill('#ask-input', 'Who funds HealthAge?');
    await page.click('#ask-form button');
    await page.waitForFunction(() => Number(document.getElementById('graph').dataset.nodeCount) === 0, undefined, { timeout: 60_000 });
    expect(await page.locator('.graph-message').textContent()).toContain('nothing to draw');
  });
});
