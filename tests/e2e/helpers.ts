import type { Locator, Page } from 'playwright-core';
import type { ActionPlan } from '#shared/domain/plan.ts';
import { FirstRunPage, type ProfileInput } from './pages/first-run-page.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { storedRecords } from './pages/stored-records.ts';
import { typeInto } from './pages/keyboard.ts';

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

/**
 * In the example plan, turns the third strategy's indicator into one Kolada measures (share of
 * 20–64-year-olds in work, %, baseline 2019: 78,5, target 2028: 82), typed field by field as a MOA
 * would. Its Kolada id is the test's to type; returns the indicator's row.
 */
export async function typeExampleIndicatorForKolada(plans: PlanEditorPage): Promise<Locator> {
  await plans.rowInput('Strategi 3').focus();
  const indicator = plans.details().getByRole('group', { name: 'Indikator 1' });
  await typeInto(indicator.getByLabel('Namn'), 'Förvärvsarbetande 20–64 år');
  await typeInto(indicator.getByLabel('Enhet'), '%');
  await typeInto(indicator.getByLabel('Basår'), '2019');
  await typeInto(indicator.getByLabel('Basvärde'), '78,5');
  await typeInto(indicator.getByLabel('Målår'), '2028');
  await typeInto(indicator.getByLabel('Målvärde'), '82');
  return indicator;
}
