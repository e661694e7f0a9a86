import type { Locator, Page } from 'playwright-core';

/**
 * Types an ISO date into a date input as a Swedish user does with the
 * keyboard (the browser runs with a Swedish locale, so the segments are
 * year, month, day): focus, the year's four digits, → to the month, then
 * month and day. The input's value passes through every intermediate
 * state a person's typing produces (0002-…, 0020-…, 0202-…).
 */
export async function typeDate(page: Page, input: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await input.focus();
  await page.keyboard.type(year ?? '');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(month ?? '');
  await page.keyboard.type(day ?? '');
}
