import type { Page } from 'playwright-core';
import { FirstRunPage, type ProfileInput } from './pages/first-run-page.ts';

export const anna: ProfileInput = {
  name: 'Anna Lindqvist',
  organisation: 'Örebro kommun',
  email: 'anna.lindqvist@orebro.se',
  goalAreas: ['Innovationer och entreprenörskap', 'Kunskapslyft för barn och unga'],
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
