import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Loaders } from '../../src/db/loaders';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { warmAskStatements } from '../../src/services/ask/warmUp';
import { launchChromium } from '../support/browser';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * The explorer in headless Chromium (the system's, else the npm package's: see support/browser.ts) over the real API and Neo4j: examples run,
 * graphs are drawn and expand, actor pages show ties with sources, and nothing leaves the machine.
 * Screenshots go to tests/artifacts (git-ignored).
 */

const artifacts = join(__dirname, '..', 'artifacts');

// A cold ask on a busy machine can take longer than jest's default minute.
jest.setTimeout(150_000);

let api: TestApi;
let browser: Browser;
let page: Page;
/** Every request the page made that was not to the API's own origin. */
let foreignRequests: string[];

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  api = await startTestApi();
  // As `npm start` does before it says it is ready: every statement ask can run is planned, so the page's first
  // question does not pay for a dozen plans at once on a loaded machine.
  await warmAskStatements({ db: api.db, loaders: new Loaders(api.db), vocabulary: loadVocabulary(), limits: { maxPageSize: 100 } });
  browser = await launchChromium();
}, 600_000); // the warm-up plans some 200 statements: a minute and a half on a quiet machine, more under load
afterAll(async () => {
  await browser?.close();
  await api?.close();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  foreignRequests = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(api.url) && !url.startsWith('data:')) foreignRequests.push(url);
  });
});
afterEach(async () => {
  await page.close();
});

const nodeCount = async () => Number(await page.locator('#graph').getAttribute('data-node-count'));
// These functions run in the page (Playwright serialises them); the tests compile without the DOM types.
declare const document: any;
declare const window: any;
/** Waits until the graph view holds at least (or exactly) so many nodes, or has expanded a node. */
const graphHas = (want: { atLeast?: number; exactly?: number; expanded?: string }) =>
  page.waitForFunction((w) => {
    const g = document.getElementById('graph').dataset;
    const count = Number(g.nodeCount);
    if (w.atLeast !== undefined && count < w.atLeast) return false;
    if (w.exactly !== undefined && count !== w.exactly) return false;
    return w.expanded === undefined || (g.expanded ?? '').split(' ').includes(w.expanded);
  }, want);
const positionOf = (id: string): Promise<{ x: number; y: number } | null> =>
  page.evaluate((node) => window.explorer.graph.positionOf(node), id);

async function runTab(title: string): Promise<void> {
  // GraphiQL marks a tab clicked before its editor has mounted as active yet keeps showing the first
  // query; wait for the editor to show a query first.
  await page.locator('.graphiql-query-editor').getByText('query ').first().waitFor();
  await page.locator('.graphiql-tab', { hasText: title }).click();
  // Execute only once the tab is shown, or the previous tab's query would run.
  await page.locator('.graphiql-tab-active', { hasText: title }).waitFor();
  await page.locator('.graphiql-query-editor').getByText(title).first().waitFor();
  await page.locator('.graphiql-execute-button').click();
}

const PLAYGROUND = () => `${api.url}/playground`;

describe('explorer', () => {
  it('serves the playground at /playground with the example queries as tabs, loading nothing from the internet', async () => {
    const response = await page.goto(PLAYGROUND());
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.locator('.graphiql-tab', { hasText: 'FirmsInBioproductionTiedToMedVallee' }).waitFor();
    const tabs = await page.locator('.graphiql-tab').allTextContents();
    for (const name of [
      'FirmsInBioproductionTiedToMedVallee',
      'HealthAgeFunding',
      'InitsToChuMontpellier',
      'DiappyMedPartners',
      'Immun4CureNeighbourhood',
      'AskInPlainWords',
    ]) {
      expect(tabs.join(' ')).toContain(name);
    }
    // The schema docs come from the API's own introspection.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await page.screenshot({ path: join(artifacts, 'explorer-home.png') });
    expect(foreignRequests).toEqual([]);
  });

  it('runs the MedVallée example, shows the result and draws the paths that tie the firms, Inits among them', async () => {
    await page.goto(PLAYGROUND());
    await runTab('FirmsInBioproductionTiedToMedVallee');
    // LFB ranks first now; the result pane only renders its visible lines, so wait for the first result.
    await page.locator('.result-window').getByText('"lfb"').first().waitFor();
    // Six firms in the grown graph (LFB, Evotec, Flash Therapeutics, Cell-Easy, Inits, Just – Evotec Biologics): their paths
    // share MedVallée, the État and Biothérapies, 13 distinct nodes and 12 distinct ties in all.
    await graphHas({ atLeast: 13 });
    expect(await nodeCount()).toBe(13);
    expect(Number(await page.locator('#graph').getAttribute('data-edge-count'))).toBe(12);
    expect(await positionOf('inits')).not.toBeNull();
    await page.screenshot({ path: join(artifacts, 'explorer-tied-to.png') });
    expect(foreignRequests).toEqual([]);
  });

  it('shows the source of a tie on hover, and expands a node on click', async () => {
    await page.goto(PLAYGROUND());
    await runTab('InitsToChuMontpellier');
    // Four shortest paths through Biothérapies (via Medxcell Science, the IRMB, Immun4Cure and Cyborg): 7 nodes.
    await graphHas({ exactly: 7 });

    // Hover the middle of the Inits → biothérapies tie, as Cytoscape draws it.
    const middle = await page.evaluate(() => window.explorer.graph.midpointOf('inits', 'biotherapies'));
    expect(middle).not.toBeNull();
    await page.mouse.move(middle.x, middle.y);
    await page.locator('#tie-source blockquote').first().waitFor();
    expect(await page.locator('#tie-source cite').first().textContent()).toMatch(/\S/);

    const before = await nodeCount();
    const where = await positionOf('chu-montpellier');
    expect(where).not.toBeNull();
    await page.mouse.click(where!.x, where!.y);
    await graphHas({ expanded: 'chu-montpellier' });
    expect(await nodeCount()).toBeGreaterThan(before);
    await page.screenshot({ path: join(artifacts, 'explorer-expanded.png') });
  });

  it('answers a plain-words question from the search box with ask, and draws it', async () => {
    await page.goto(PLAYGROUND());
    await page.fill('#ask-input', 'entreprises en bioproduction liées à MedVallée');
    await page.click('#ask-form button');
    await page.locator('#ask-answer .reading').getByText('TIED_TO').waitFor({ timeout: 60_000 });
    expect(await page.locator('#ask-answer .results a').allTextContents()).toEqual([
      'LFB',
      'Evotec',
      'Flash Therapeutics',
      'Cell-Easy',
      'Inits',
      'Just – Evotec Biologics',
    ]);
    await graphHas({ exactly: 13 });

    await page.fill('#ask-input', 'Montpellier');
    await page.click('#ask-form button');
    await page.locator('#ask-answer .ambiguity button').first().waitFor();
    expect((await page.locator('#ask-answer .ambiguity button').allTextContents()).sort()).toEqual([
      'Montpellier',
      'Montpellier Méditerranée Métropole',
      'SIRIC Montpellier Cancer',
      'Sanofi Montpellier',
      'Université de Montpellier',
    ]);
    await page.screenshot({ path: join(artifacts, 'explorer-ask.png') });
    expect(foreignRequests).toEqual([]);
  });

  it('shows a shareable actor page with its ties, their sources, and its neighbourhood drawn', async () => {
    const response = await page.goto(`${api.url}/actors/immun4cure`);
    expect(response?.status()).toBe(200);
    await page.locator('.actor-card h1').getByText('Immun4Cure').waitFor();
    await page.locator('.ties li', { hasText: 'CHU de Montpellier' }).first().waitFor();
    expect(await page.locator('.ties li a.ref').count()).toBeGreaterThan(0);
    expect(await page.locator('.sources blockquote').count()).toBeGreaterThan(0);
    await graphHas({ atLeast: 4 });
    await page.screenshot({ path: join(artifacts, 'explorer-actor-page.png') });
    expect(foreignRequests).toEqual([]);
  });

  it('says so when an actor page names no actor, with a 404', async () => {
    const response = await page.goto(`${api.url}/actors/nobody`);
    expect(response?.status()).toBe(404);
    await page.getByText('No actor "nobody"').waitFor();
  });

  it('serves the explorer to a browser opening /graphql, and GraphQL to API clients there', async () => {
    const html = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toContain('<main id="app">');
    const json = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ actor(id: "inits") { name } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await json.json()).toEqual({ data: { actor: { name: 'Inits' } } });
  });
});
