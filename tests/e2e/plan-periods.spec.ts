import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ActionPlan, Activity } from '#shared/domain/plan.ts';
import { paragraphTexts, part, unzipDocx } from '../unit/shared/documents/docx-reading.ts';
import { tables } from '../unit/shared/documents/docx-tables.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithExamplePlan } from './helpers.ts';
import { ActivityTablePage } from './pages/activity-table-page.ts';
import { storedRecords } from './pages/stored-records.ts';

/** Clicks a button that starts a download and returns the file's name and its word/document.xml. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; xml: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const parts = unzipDocx(new Uint8Array(await readFile(await file.path())));
  return { name: file.suggestedFilename(), xml: part(parts, 'word/document.xml') };
}

/** `1 234 567 kr` as the documents write it, with no-break spaces. */
const kronor = (ore: number): string => `${Math.round(ore / 100).toLocaleString('sv-SE').replace(/\s/gu, '\u00a0')} kr`;
const summaryOf = (xml: string): string => paragraphTexts(xml).find((t) => t.startsWith('Aktivitetsplanen omfattar')) ?? '';

/**
 * Starts the app with a profile, loads the example workbook and makes its plan's next period with
 * Ny period (moving the activities' dates a period on, or leaving them); resolves once the new
 * plan is open, with the example plan and the next period's years.
 */
async function exampleInNextPeriod(page: Page, baseUrl: string, moveDates: boolean): Promise<{ example: ActionPlan; next: { start: number; end: number } }> {
  const { example, next } = await startWithExamplePlan(page, baseUrl);
  await page.getByRole('button', { name: 'Ny period' }).click();
  const dialog = page.getByRole('dialog', { name: `Ny period: ${next.start}–${next.end}` });
  if (!moveDates) await dialog.getByRole('checkbox', { name: 'Flytta aktiviteternas datum en period framåt' }).uncheck();
  await dialog.getByRole('button', { name: 'Skapa ny period' }).click();
  await page.getByRole('heading', { level: 2, name: `Handlingsplan Innovationer och entreprenörskap ${next.start}–${next.end}` }).waitFor();
  return { example, next };
}

describe('två perioder av samma plan: aktivitetsplanen och alla aktiviteter visar varje aktivitet en gång', () => {
  const e2e = useBrowser();

  it('efter Ny period räknar aktivitetsplanen den aktuella planen, och alla planer eller en period går att välja', async () => {
    const { page, baseUrl } = e2e;
    // Ny period, with the dates left as they were (the case where both plans list the same rows on the same dates).
    const { example, next } = await exampleInNextPeriod(page, baseUrl, false);

    const activities = await storedRecords<Activity>(page, 'activities');
    const own = activities.filter((a) => a.planId === example.id);
    const carried = activities.filter((a) => a.planId !== example.id);
    expect([own.length, carried.length]).toEqual([12, 9]);
    const cost = (list: Activity[]) => list.filter((a) => a.status !== 'cancelled').reduce((sum, a) => sum + a.costOre, 0);
    const struken = own.filter((a) => a.status === 'cancelled').length;

    await page.goto(`${baseUrl}#/dokument`);
    const card = page.getByRole('region', { name: 'Aktivitetsplan' });
    const plansChoice = card.getByLabel('Handlingsplaner');
    expect(await plansChoice.locator('option:checked').innerText()).toBe('Aktuell plan i varje målområde');
    await expectAccessible(page, 'dokumentvyn med val av handlingsplaner');

    const current = await download(page, () => card.getByRole('button', { name: 'Exportera aktivitetsplan' }).click());
    expect(current.name).toMatch(/^Aktivitetsplan_Alla-malomraden_aktuell-plan_alla-datum_\d{4}-\d{2}-\d{2}\.docx$/u);
    expect(summaryOf(current.xml)).toBe(
      `Aktivitetsplanen omfattar 12 aktiviteter i 1 målområde, varav ${struken} struken. Den sammanlagda kostnaden är ${kronor(cost(own))} (strukna aktiviteter oräknade).`,
    );
    expect(tables(current.xml)[1]?.find((row) => row[0] === 'IE')?.[1]).toBe(`Innovationer och entreprenörskap\n${example.title}`);

    await plansChoice.selectOption({ label: 'Alla planer (överförda aktiviteter en gång per plan)' });
    const all = await download(page, () => card.getByRole('button', { name: 'Exportera aktivitetsplan' }).click());
    expect(all.name).toMatch(/_alla-planer_alla-datum_/u);
    expect(summaryOf(all.xml)).toContain(`omfattar 21 aktiviteter i 1 målområde, varav ${struken} struken. Den sammanlagda kostnaden är ${kronor(cost(own) + cost(carried))}`);
    expect(paragraphTexts(all.xml).some((t) => t.startsWith('Alla planer är med: en aktivitet som följt med till en ny period står en gång i varje plan'))).toBe(true);
    const planned = tables(all.xml).find((table) => table[0]?.[2] === 'Plan');
    expect(planned?.[0]?.slice(0, 3)).toEqual(['Aktivitet', 'Målområde', 'Plan']);
    expect(new Set(planned?.slice(1, -1).map((row) => row[2]))).toEqual(new Set([`${example.periodStart}–${example.periodEnd}`, `${next.start}–${next.end}`]));

    await card.getByLabel('Målområde').selectOption({ label: 'IE Innovationer och entreprenörskap' });
    await plansChoice.selectOption({ label: `Planerna för ${next.start}–${next.end}` });
    const later = await download(page, () => card.getByRole('button', { name: 'Exportera aktivitetsplan' }).click());
    expect(later.name).toMatch(new RegExp(`^Aktivitetsplan_Innovationer-och-entreprenorskap_plan-${next.start}-${next.end}_alla-datum_`, 'u'));
    expect(summaryOf(later.xml)).toBe(`Aktivitetsplanen omfattar 9 aktiviteter. Den sammanlagda kostnaden är ${kronor(cost(carried))}.`);
    expect(paragraphTexts(later.xml)).toContain(`Handlingsplan: Handlingsplan Innovationer och entreprenörskap ${next.start}–${next.end}`);
  });

  it('Alla aktiviteter visar den aktuella planen, har kolumnen Planperiod och minns valet av planer', async () => {
    const { page, baseUrl } = e2e;
    const { example, next } = await exampleInNextPeriod(page, baseUrl, true);

    const table = new ActivityTablePage(page);
    await table.open(baseUrl);
    await table.waitForCount('12 av 21 aktiviteter');
    const titles = await table.titles();
    expect(new Set(titles).size).toBe(titles.length);
    expect(await table.columnHeader('Planperiod').isVisible()).toBe(true);
    expect(await table.cell('Regional UF-mässa', 'plan').innerText()).toBe(`${example.periodStart}–${example.periodEnd}`);
    await expectAccessible(page, 'alla aktiviteter med planfilter');

    const choice = page.getByLabel('Handlingsplaner');
    await choice.selectOption({ label: `Planerna för ${next.start}–${next.end}` });
    await table.waitForCount('9 av 21 aktiviteter');
    expect(await table.cell('Regional UF-mässa', 'plan').innerText()).toBe(`${next.start}–${next.end}`);
    await choice.selectOption({ label: 'Alla planer' });
    await table.waitForCount('21 av 21 aktiviteter');

    // The column can be hidden like the others, and both choices survive a reload.
    await (await table.columnToggle('Planperiod')).uncheck();
    await table.columnHeader('Planperiod').waitFor({ state: 'detached' });
    await table.waitForViewSaved({ planScope: 'all', hiddenColumns: ['plan', 'notes'] });
    await page.reload();
    await table.heading().waitFor();
    await table.waitForCount('21 av 21 aktiviteter');
    expect(await page.getByLabel('Handlingsplaner').locator('option:checked').innerText()).toBe('Alla planer');
    expect(await table.columnHeader('Planperiod').count()).toBe(0);

    await page.getByRole('button', { name: 'Rensa sökning och filter' }).click();
    await table.waitForCount('12 av 21 aktiviteter');
  });
});
