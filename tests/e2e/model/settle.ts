import type { Page } from 'playwright-core';

/** Waits until autosave is neither pending nor saving (the SaveIndicator's data-save-status), if the view has one. */
export async function waitForAutosave(page: Page, timeout = 5_000): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-save-status="pending"], [data-save-status="saving"]') === null,
    undefined,
    { timeout },
  );
}

/**
 * Retries `compare` until it returns no differences or the time is up, then
 * throws the last differences: the screen follows IndexedDB through live
 * queries, so it may take a moment after a write to show it.
 */
export async function eventually(what: string, compare: () => Promise<string[]>, timeout = 3_000): Promise<void> {
  const until = Date.now() + timeout;
  let differences = await compare();
  while (differences.length > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    differences = await compare();
  }
  if (differences.length > 0) throw new Error(`${what}:\n  ${differences.join('\n  ')}`);
}

/** Records every dialog (the leave warning) and accepts it, as a user who means to leave does. */
export function acceptDialogs(page: Page): { count: () => number; reset: () => void } {
  let seen = 0;
  page.on('dialog', (dialog) => {
    seen += 1;
    void dialog.accept();
  });
  return { count: () => seen, reset: () => (seen = 0) };
}
