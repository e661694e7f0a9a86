import type { Locator, Page } from 'playwright-core';

/**
 * Types an ISO date into a date input as a Swedish user does (the browser
 * runs with a Swedish locale, so the segments are year, month, day): a
 * click on the year, its four digits, → to the month, then month and day.
 * The input's value passes through every intermediate state a person's
 * typing produces (0002-…, 0020-…, 0202-…). Focus alone would return to
 * whichever segment was edited last.
 */
export async function typeDate(page: Page, input: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const box = await input.boundingBox();
  await input.click({ position: { x: 14, y: (box?.height ?? 20) / 2 } });
  await page.keyboard.type(year ?? '');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(month ?? '');
  await page.keyboard.type(day ?? '');
}

/**
 * Replaces a field's content the way a person does: click into it, select
 * everything, and type the new text key by key (a date input segment by
 * segment). Every editing path in the browser tests goes through here
 * rather than `fill`, which sets the value in one step no user can take.
 */
export async function typeInto(input: Locator, text: string): Promise<void> {
  const page = input.page();
  if ((await input.getAttribute('type')) === 'date' && text !== '') {
    await typeDate(page, input, text);
    return;
  }
  await input.click();
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(text);
}
