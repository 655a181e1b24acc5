import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { cleanIngestion } from '../support/ingestion';
import { startTestApi, type TestApi } from '../support/testApi';

/**
 * The review page in headless Chromium over the real API: a document ingested through GraphQL is shown
 * with its proposals highlighted; a curator accepts one and rejects one from the keyboard, and the graph
 * has the accepted fact.
 */

const artifacts = join(__dirname, '..', 'artifacts');
const CURATOR = 'curator-review-key-0123456789';
const asCurator = { authorization: `Bearer ${CURATOR}` };
const TEXT =
  "La start-up montpelliéraine Quillabio a levé 3 millions d'euros auprès de Sanofi en mai 2024. " +
  'Quillabio emploie 25 personnes à Montpellier.';

let api: TestApi;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  api = await startTestApi({}, { API_KEYS: `camille:curator:${CURATOR}` });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await cleanIngestion(api.db);
  await api.close();
});

type Listed = { id: string; kind: string; status: string; name?: string };

describe('the review page', () => {
  it('accepts one proposal and rejects another from the keyboard, and the accepted actor is in the graph', async () => {
    const { data } = await api.query<{ ingestDocument: { document: { id: string }; proposals: Listed[] } }>(
      `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { id } proposals { id kind status ... on ActorProposal { name } } } }`,
      { input: { text: TEXT, title: 'Une levée de fonds à Montpellier' } },
      asCurator,
    );
    const { document, proposals } = data!.ingestDocument;
    const actorAt = proposals.findIndex((p) => p.kind === 'ACTOR' && p.name === 'Quillabio');
    expect(actorAt).toBeGreaterThanOrEqual(0);
    const rejectAt = actorAt === proposals.length - 1 ? actorAt - 1 : actorAt + 1;
    expect(rejectAt).toBeGreaterThanOrEqual(0);

    await page.goto(`${api.url}/review/${document.id}`);
    await page.fill('#curator-key', CURATOR);
    await page.click('#key-form button');
    await page.locator('#app[data-ready="true"]').waitFor();
    expect(await page.locator('#document-text mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#proposals li').count()).toBe(proposals.length);

    // The page selects the first pending proposal: walk to the actor, accept it, move to its neighbour, reject it.
    const press = async (key: string, times = 1) => {
      for (let i = 0; i < times; i++) await page.keyboard.press(key);
    };
    await press('j', actorAt);
    expect(await page.locator('#proposals li.selected').getAttribute('data-id')).toBe(proposals[actorAt]!.id);
    expect(await page.locator('#document-text mark.active').count()).toBeGreaterThan(0);
    await press('a');
    await press(rejectAt > actorAt ? 'j' : 'k');
    await press('r');
    await press('Enter');
    await page.locator('#review-result .decided').waitFor();
    expect(await page.locator('#review-result .decided').textContent()).toMatch(/1 accepted, 1 rejected|1 rejected, 1 accepted/);
    await page.screenshot({ path: join(artifacts, 'review-page.png') });

    const after = await api.query<{ actor: { name: string } | null; proposals: { nodes: { id: string; status: string }[] } }>(
      `{ actor(id: "quillabio") { name } proposals(document: "${document.id}") { nodes { id status } } }`,
      {},
      asCurator,
    );
    expect(after.data!.actor).toEqual({ name: 'Quillabio' });
    const statusOf = new Map(after.data!.proposals.nodes.map((p) => [p.id, p.status]));
    expect(statusOf.get(proposals[actorAt]!.id)).toBe('ACCEPTED');
    expect(statusOf.get(proposals[rejectAt]!.id)).toBe('REJECTED');
  });
});
