/** Headless Chromium over the test API, with screenshots kept as test artefacts. */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { ensureChromium } from './chromium';

const ARTIFACTS_DIR = join(PROJECT_ROOT, 'test-artifacts');
const DOCS_SCREENSHOTS = join(PROJECT_ROOT, 'docs', 'screenshots');

export function assertDashboardBuilt(): void {
  if (!existsSync(join(PROJECT_ROOT, 'dashboard', 'dist', 'index.html'))) {
    throw new Error('dashboard/dist is missing: `npm run build` builds it (npm test does so first).');
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), headless: true });
}

export async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/**
 * Saves test-artifacts/<name>.png; with ONTOCASE_UPDATE_SCREENSHOTS=1 also copies it to
 * docs/screenshots/ (the README's pictures), so ordinary runs leave the tree clean.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  if (process.env.ONTOCASE_UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(path, join(DOCS_SCREENSHOTS, `${name}.png`));
  }
  return path;
}
