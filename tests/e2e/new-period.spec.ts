import { describe, expect, it } from 'vitest';
import type { ActionPlan, Activity } from '#shared/domain/plan.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithExamplePlan } from './helpers.ts';
import { storedRecords } from './pages/stored-records.ts';
import type { Page } from 'playwright-core';

/** `YYYY-MM-DD` + whole years, as a person would count on a calendar (the example has no 29 February). */
const plusYears = (date: string, years: number): string => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

const planWith = async (page: Page, periodStart: number): Promise<ActionPlan | undefined> =>
  (await storedRecords<ActionPlan>(page, 'actionPlans')).find((p) => p.periodStart === periodStart);

const activitiesOf = async (page: Page, planId: string): Promise<Activity[]> =>
  (await storedRecords<Activity>(page, 'activities')).filter((a) => a.planId === planId).sort((a, b) => a.title.localeCompare(b.title, 'sv'));

describe('ny period', () => {
  const e2e = useBrowser();

  it('frågar först, räknar aktiviteterna, flyttar datumen eller visar dem som ligger utanför perioden, med tangentbordet', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1366, height: 768 });
    const { plans, example, next } = await startWithExamplePlan(page, baseUrl);
    const years = next.start - example.periodStart;
    const exampleActivities = await activitiesOf(page, example.id);
    const open = exampleActivities.filter((a) => a.status !== 'done' && a.status !== 'cancelled');
    expect([exampleActivities.length, open.length]).toEqual([12, 9]);

    const newPeriodButton = page.getByRole('button', { name: 'Ny period' });
    const dialog = page.getByRole('dialog', { name: `Ny period: ${next.start}–${next.end}` });
    const moveDates = dialog.getByRole('checkbox', { name: 'Flytta aktiviteternas datum en period framåt' });
    const openDialog = async () => {
      await newPeriodButton.focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor();
    };

    // The dialog names the period and the counts, with the date move on.
    await openDialog();
    expect(await dialog.getByTestId('new-period-counts').innerText()).toBe(
      '9 aktiviteter följer med (de som inte är klara eller strukna).\n3 aktiviteter stannar kvar i den här planen (klara eller strukna).',
    );
    expect(await moveDates.isChecked()).toBe(true);
    const earliest = open.map((a) => a.startDate).sort()[0] ?? '';
    expect(await dialog.innerText()).toContain(`Datumen flyttas ${years} år framåt, så att till exempel ${earliest} blir ${plusYears(earliest, years)}.`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    await expectAccessible(page, 'ny period, bekräftelsen');

    // Esc and Avbryt create nothing, and focus comes back to Ny period.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ny period');
    await page.getByRole('status').filter({ hasText: 'Ingen ny period skapades.' }).waitFor();
    await openDialog();
    await page.keyboard.press('Space'); // the checkbox is not focused: Space on Avbryt cancels
    await dialog.waitFor({ state: 'hidden' });
    expect(await storedRecords<ActionPlan>(page, 'actionPlans')).toHaveLength(1);

    // Confirmed with the date move on: the carried activities' dates move by the period's length.
    await openDialog();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skapa ny period');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: `Handlingsplan Innovationer och entreprenörskap ${next.start}–${next.end}` }).waitFor();
    const moved = await planWith(page, next.start);
    if (!moved) throw new Error('the new plan is stored');
    const movedActivities = await activitiesOf(page, moved.id);
    expect(movedActivities.map((a) => [a.title, a.startDate, a.endDate, a.status])).toEqual(
      open.map((a) => [a.title, plusYears(a.startDate, years), plusYears(a.endDate, years), a.status]),
    );
    expect(await plans.completeness().innerText()).not.toContain('utanför planens period');
    // The old plan keeps its dates.
    expect((await activitiesOf(page, example.id)).map((a) => a.startDate)).toEqual(exampleActivities.map((a) => a.startDate));

    // From the new plan, once more with the move off: the activities keep their dates and the list flags each one.
    const later = { start: next.start + years, end: next.end + years };
    await newPeriodButton.focus();
    await page.keyboard.press('Enter');
    const laterDialog = page.getByRole('dialog', { name: `Ny period: ${later.start}–${later.end}` });
    await laterDialog.waitFor();
    expect(await laterDialog.getByTestId('new-period-counts').innerText()).toContain('9 aktiviteter följer med');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await laterDialog.getByRole('checkbox').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    expect(await laterDialog.getByRole('checkbox').isChecked()).toBe(false);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: `Handlingsplan Innovationer och entreprenörskap ${later.start}–${later.end}` }).waitFor();
    const kept = await planWith(page, later.start);
    if (!kept) throw new Error('the later plan is stored');
    const keptActivities = await activitiesOf(page, kept.id);
    expect(keptActivities.map((a) => [a.title, a.startDate, a.endDate])).toEqual(movedActivities.map((a) => [a.title, a.startDate, a.endDate]));

    const flagged = plans.completeness().getByRole('button', { name: /ligger utanför planens period/u });
    const expectFlags = async () => {
      await flagged.first().waitFor();
      const texts = await flagged.allInnerTexts();
      expect(texts).toHaveLength(9);
      for (const activity of keptActivities) {
        expect(texts.some((text) => text.includes(activity.title) && text.includes(`datumen ${activity.startDate} – ${activity.endDate} ligger utanför planens period ${later.start}–${later.end}.`))).toBe(true);
      }
    };
    await expectFlags();
    await expectAccessible(page, 'det här saknas, aktiviteter utanför perioden');

    // Each flag leads to its activity.
    const target = keptActivities[0];
    if (!target) throw new Error('activities');
    await plans.completeness().getByRole('button', { name: new RegExp(target.title, 'u') }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((title) => document.activeElement instanceof HTMLInputElement && document.activeElement.value === title, target.title);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: `Handlingsplan Innovationer och entreprenörskap ${later.start}–${later.end}` }).waitFor();
    await expectFlags();
    expect(await storedRecords<ActionPlan>(page, 'actionPlans')).toHaveLength(3);
  });
});
