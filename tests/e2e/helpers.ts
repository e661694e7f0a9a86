import type { Page } from 'playwright-core';
import type { ActionPlan } from '#shared/domain/plan.ts';
import { FirstRunPage, type ProfileInput } from './pages/first-run-page.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { storedRecords } from './pages/stored-records.ts';

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

/**
 * Starts with the profile and loads the example workbook in Planer: the example plan as stored,
 * and the years of the period after it (what Ny period makes).
 */
export async function startWithExamplePlan(page: Page, baseUrl: string): Promise<{ plans: PlanEditorPage; example: ActionPlan; next: { start: number; end: number } }> {
  await startWithProfile(page, baseUrl);
  const plans = new PlanEditorPage(page);
  await plans.openList();
  await plans.loadExample();
  const [example] = await storedRecords<ActionPlan>(page, 'actionPlans');
  if (!example) throw new Error('the example plan is stored');
  const years = example.periodEnd - example.periodStart + 1;
  return { plans, example, next: { start: example.periodStart + years, end: example.periodEnd + years } };
}
