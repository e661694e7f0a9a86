import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumEnv } from '../harness/chromium.ts';
import { acceptDialogs } from './settle.ts';

export interface ModelPage {
  page: Page;
  dialogs: ReturnType<typeof acceptDialogs>;
  /** Errors the page threw or logged during the run. */
  errors: string[];
  close: () => Promise<void>;
}

/**
 * One Chromium for the file and a fresh profile for every run of the
 * property (fast-check runs and shrinks many sequences in one test, each
 * needing an empty workbook), where the shared fixture gives one per test.
 */
export function useModelBrowser(): { baseUrl: string; open: () => Promise<ModelPage> } {
  let browser: Browser | undefined;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: chromiumArgs, env: chromiumEnv() });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl,
    open: async () => {
      if (!browser) throw new Error('Chromium är inte startad');
      const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      return { page, dialogs: acceptDialogs(page), errors, close: () => context.close() };
    },
  };
}
