/** What every benchmark suite shares: the result shape, a browser on the built web edition, statistics. */
import { preview, type PreviewServer } from 'vite';
import { buildEdition } from '../tests/e2e/harness/build.ts';
import { writeIntoWorkbook } from '../tests/e2e/seed-workbook.ts';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { LargeWorkbook } from './large-workbook.ts';
import { chromiumArgs, chromiumEnv, findChromium } from '../tests/e2e/harness/chromium.ts';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

export interface WebEdition {
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Builds the browser edition, serves it on localhost and starts headless Chromium. */
export async function startWebEdition(): Promise<WebEdition> {
  buildEdition('web');
  const server: PreviewServer = await preview({ mode: 'web', configFile: 'vite.config.ts', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('förhandsservern fick ingen port');
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs, env: chromiumEnv() });
  // The automatic backup reads the whole workbook a few seconds after a start, in the middle of
  // whatever a suite measures; every context starts with it switched off (the backup suite
  // measures the same work on its own).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(() => {
      const stored = window.localStorage.getItem('moa.settings');
      window.localStorage.setItem('moa.settings', JSON.stringify({ ...(stored ? (JSON.parse(stored) as object) : {}), autoBackup: false }));
    });
    return context;
  };
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Writes the workbook straight into the app's IndexedDB (the same writer the browser tests seed with). */
export function loadWorkbookIntoBrowser(page: Page, workbook: LargeWorkbook): Promise<void> {
  return writeIntoWorkbook(page, { ...workbook });
}

/**
 * Fills a browser profile: a page of the context opens the app, waits for the first-run form (the
 * app has created its database), writes the tables (a whole workbook, or the tables a suite needs)
 * and closes.
 */
export async function seedContext(context: BrowserContext, baseUrl: string, tables: Record<string, readonly unknown[]>): Promise<void> {
  const setup = await context.newPage();
  await setup.goto(baseUrl);
  await setup.waitForSelector('form');
  await writeIntoWorkbook(setup, tables);
  await setup.close();
}
