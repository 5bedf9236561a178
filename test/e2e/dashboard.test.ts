/**
 * The dashboard in headless Chromium over the real API and a seeded Neo4j (the demo
 * ontology and 200 demo reports). Each view is exercised and photographed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/database';
import { seedDemoOntology } from '../../src/seed/demo-seed';
import { startTestApi, TestApi } from '../support/api-client';
import { assertDashboardBuilt, launchBrowser, newPage, screenshot } from '../support/browser';
import { demoReports } from '../support/demo-reports';
import { openTestDatabase, resetDatabase } from '../support/integration';

// Page functions run in the browser; the test project compiles without the DOM library.
declare const document: {
  querySelector(s: string): unknown;
  querySelectorAll(s: string): Iterable<{ textContent: string | null }>;
  documentElement: { scrollWidth: number };
  body: { innerText: string };
};
declare const window: { innerWidth: number };

let db: Database;
let api: TestApi;
let browser: Browser;
let page: Page;

const QUERY_REPORT =
  'FINDINGS: Small right pleural effusion. No pneumothorax. Possible left lower lobe atelectasis. Mild cardiomegaly.\n' +
  'IMPRESSION: Right lower lobe pneumonia.';

before(async () => {
  assertDashboardBuilt();
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  api = await startTestApi(db.executor);
  const outcome = await api.services.ingest.ingest(demoReports(200));
  assert.equal(outcome.failed, 0);
  browser = await launchBrowser();
  page = await newPage(browser, api.url);
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
});
after(async () => {
  await browser?.close();
  await api?.close();
  await db?.close();
});

async function scores(): Promise<string[]> {
  await page.locator('.cases').waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  return page.locator('[data-testid="case-score"]').allTextContents();
}

describe('dashboard', () => {
  test('serves the app at / and client routes; GraphQL stays at /graphql', async () => {
    const root = await fetch(`${api.url}/concepts/D010996`);
    assert.equal(root.status, 200);
    assert.match(root.headers.get('content-type')!, /text\/html/);
    assert.equal((await api.gql('{ ontologyStats { concepts } }')).errors, undefined);
  });

  test('concept explorer: search "effusion", open the concept, its ancestors and path to the root render', async () => {
    const expected = await api.gql<{ concept: { name: string; ancestors: { concept: { name: string } }[] } }>(
      '{ concept(id: "D010996") { name ancestors { concept { name } } } }',
    );
    const { name, ancestors } = expected.data!.concept;
    assert.ok(ancestors.length > 0, 'the demo ontology gives pleural effusion ancestors');
    await page.goto('/concepts');
    await page.getByLabel('Search concepts').fill('effusion');
    await page
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click();
    await page.waitForURL(/\/concepts\/D010996$/);
    await page.getByRole('heading', { level: 2, name: new RegExp(name) }).waitFor();
    const listed = await page.locator('[data-testid="ancestors"] li a').allTextContents();
    assert.deepEqual([...listed].sort(), ancestors.map((a) => a.concept.name).sort());
    const path = page.locator('[data-testid="ancestor-path"] li');
    await path.last().waitFor();
    assert.ok((await path.count()) >= 2, 'root … concept');
    assert.equal(await path.last().textContent(), name);
    await page.locator('svg.hierarchy .node.current').waitFor();
    await screenshot(page, 'concept-explorer');
    // Click through the hierarchy: the first breadcrumb is the root, which has no ancestors.
    await path.first().locator('a').click();
    await page.getByText('A root concept (no ancestors).').waitFor();
  });

  test('similar cases: highlighted mentions, ranked cases with explanations; α changes the scores', async () => {
    await page.goto('/similar');
    await page.getByLabel('Report text').fill(QUERY_REPORT);
    await page.getByRole('button', { name: 'Find similar cases' }).click();
    const effusion = page.locator('.mention', { hasText: 'pleural effusion' });
    await effusion.waitFor();
    assert.equal(await effusion.getAttribute('data-assertion'), 'PRESENT');
    assert.match((await effusion.getAttribute('href'))!, /\/concepts\/D010996$/);
    assert.equal(await page.locator('.mention', { hasText: 'pneumothorax' }).getAttribute('data-assertion'), 'ABSENT');
    assert.equal(await page.locator('.mention', { hasText: 'atelectasis' }).first().getAttribute('data-assertion'), 'UNCERTAIN');
    const before = await scores();
    assert.ok(before.length > 0 && before.length <= 5, `k = 5 cases, got ${before.length}`);
    const numbers = before.map(Number);
    assert.deepEqual(
      [...numbers].sort((x, y) => y - x),
      numbers,
      'most similar first',
    );
    const first = page.locator('.case').first();
    await first.locator('summary').click();
    assert.ok((await first.locator('.explanation tbody tr').count()) > 0, 'matched concept pairs listed');
    await first.getByText('Only in the query').waitFor();
    assert.match((await first.locator('.terms').textContent())!, /α = 0\.5/);
    await screenshot(page, 'similar-cases');

    await page.getByLabel(/^α/).focus();
    await page.keyboard.press('End'); // α: 0.5 → 1, the query side weighs fully
    await page.waitForFunction(
      (previous) =>
        !document.querySelector('[aria-busy="true"]') &&
        JSON.stringify([...document.querySelectorAll('[data-testid="case-score"]')].map((e) => e.textContent)) !== previous,
      JSON.stringify(before),
    );
    const afterAlpha = await scores();
    assert.notDeepEqual(afterAlpha, before, 'the displayed scores follow α');
    await page.locator('.case').first().locator('summary').click();
    assert.match((await page.locator('.case').first().locator('.terms').textContent())!, /α = 1\b/);
  });

  test('stays readable on a tablet: no horizontal scrolling', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('/similar');
    await page.getByRole('button', { name: 'Find similar cases' }).click();
    await scores();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  test('labels: the prevalence chart renders every label, a label lists its reports', async () => {
    const { data } = await api.gql<{ labelPrevalence: { label: string; positive: number }[] }>(
      '{ labelPrevalence(labelSet: "chexpert") { label positive } }',
    );
    await page.goto('/labels');
    const bars = page.locator('.bar-row');
    await bars.first().waitFor();
    assert.equal(await bars.count(), data!.labelPrevalence.length);
    const label = data!.labelPrevalence
      .filter((l) => l.positive > 0 && l.label !== 'No Finding')
      .sort((x, y) => y.positive - x.positive)[0];
    await page.getByRole('button', { name: new RegExp(`^${label.label}: ${label.positive} present`) }).click();
    const reports = page.locator('[data-testid="label-reports"] li');
    await reports.first().waitFor();
    assert.ok((await reports.count()) > 0);
    await screenshot(page, 'labels');
  });

  test('training: the panel lists the runs and the taggers', async () => {
    await page.goto('/training');
    await page.getByRole('heading', { name: /Taggers/ }).waitFor();
    // The screenshot shows the loaded panels, not their spinners.
    await page.waitForFunction(() => !document.body.innerText.includes('Loading'));
    await screenshot(page, 'training');
  });

  test('an unknown API key is reported plainly, and forgetting it returns to open mode', async () => {
    await page.goto('/concepts/D010996');
    await page.getByLabel('API key').fill('not-a-key');
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.getByRole('alert').filter({ hasText: 'unknown or revoked' }).waitFor();
    await page.getByRole('button', { name: 'Forget key' }).click();
    await page.getByRole('heading', { level: 2, name: /effusion/i }).waitFor();
  });
});
