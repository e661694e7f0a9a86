import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { chromiumArgs, chromiumEnv } from './chromium.ts';

export interface E2E {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Errors the page threw or logged; a test fails if any are left at its end. */
  pageErrors: string[];
}

/**
 * One Chromium per test file, a fresh browser context (own profile:
 * IndexedDB, localStorage) per test. Uncaught page errors fail the test.
 */
export function useBrowser(): E2E {
  let browser: Browser;
  const state = { pageErrors: [] as string[] } as E2E;
  state.baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: chromiumArgs, env: chromiumEnv() });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    state.pageErrors = [];
    state.context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', acceptDownloads: true });
    state.page = await state.context.newPage();
    state.page.setDefaultTimeout(10_000);
    state.page.on('pageerror', (error) => state.pageErrors.push(`pageerror: ${error.message}`));
    state.page.on('console', (message) => {
      if (message.type() === 'error') state.pageErrors.push(`console: ${message.text()}`);
    });
  });
  afterEach(async () => {
    await state.context?.close();
    expect(state.pageErrors, 'fel i sidan under testet').toEqual([]);
  });
  return state;
}

/**
 * axe-core on the page as it is now, with every rule axe runs by default: WCAG 2.0/2.1/2.2 A and AA
 * and the best practices (landmark-unique, heading-order, region …). Expects no violations of any
 * level. Only the rules axe itself marks experimental stay off.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'okänd'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe-core: ${label}`).toEqual([]);
}
