import type { Page } from 'playwright-core';
import { FirstRunPage, type ProfileInput } from './pages/first-run-page.ts';

/**
 * The profile most tests start from. Without goal areas: the first run turns
 * the profile's goal areas into goal areas, and most tests want an empty
 * workbook to build their own in (first-run.spec.ts tests that path).
 */
export const anna: ProfileInput = {
  name: 'Anna Lindqvist',
  organisation: 'Örebro kommun',
  email: 'anna.lindqvist@orebro.se',
  goalAreas: [],
};

/** Opens the app and completes the first-run profile, landing on Översikt. */
export async function startWithProfile(page: Page, baseUrl: string, profile: ProfileInput = anna): Promise<void> {
  await page.goto(baseUrl);
  const firstRun = new FirstRunPage(page);
  await firstRun.heading().waitFor();
  await firstRun.fill(profile);
  await firstRun.submit();
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
}
