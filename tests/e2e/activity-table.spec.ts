import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activityWorkbook } from '../fixtures/activity-workbook.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { ActivityTablePage, plain } from './pages/activity-table-page.ts';
import { writeIntoWorkbook } from './seed-workbook.ts';
import { typeInto } from './pages/keyboard.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';

const readingOrder = [
  'Workshop om UF-företag i Kumla',
  'UF-mässa i Örebro',
  'Lärarfortbildning i entreprenöriellt lärande',
  'Kartläggning av innovationsstöd',
  'Dialogmöte med Almi',
  'Läxhjälp på biblioteket i Hallsberg',
  'Sommarskola i matematik',
  'Uppföljning av skolresultat',
];

/** A user with a profile and the small workbook, looking at Planer › Alla aktiviteter. */
async function openWithWorkbook(page: Page, baseUrl: string): Promise<ActivityTablePage> {
  await startWithProfile(page, baseUrl);
  const w = activityWorkbook();
  await writeIntoWorkbook(page, { goalAreas: w.goalAreas, actionPlans: w.actionPlans, strategies: w.strategies, tactics: w.tactics, activities: w.activities });
  const table = new ActivityTablePage(page);
  await table.open(baseUrl);
  await page.reload();
  await table.grid().waitFor();
  return table;
}

describe('alla aktiviteter', () => {
  const e2e = useBrowser();

  it('visar alla aktiviteter i läsordning och söker och filtrerar', async () => {
    const { page, baseUrl } = e2e;
    const table = await openWithWorkbook(page, baseUrl);
    expect(await table.count()).toBe('8 aktiviteter');
    expect(await table.titles()).toEqual(readingOrder);
    expect(plain(await table.cell('Kartläggning av innovationsstöd', 'cost').innerText())).toBe('150 000 kr');
    expect(await table.cell('Kartläggning av innovationsstöd', 'status').innerText()).toBe('försenad');
    expect(await table.cell('Kartläggning av innovationsstöd', 'end').innerText()).toBe('2026-06-30');
    expect(await table.grid().getAttribute('aria-rowcount')).toBe('9');
    await expectAccessible(page, 'alla aktiviteter');

    await typeInto(table.searchBox(), 'kumla');
    await table.waitForCount('2 av 8 aktiviteter');
    expect(await table.titles()).toEqual(['Workshop om UF-företag i Kumla', 'Sommarskola i matematik']);

    await typeInto(table.searchBox(), '');
    await table.showOnlyStatuses(['planerad']);
    await table.waitForCount('3 av 8 aktiviteter');
    expect(await table.titles()).toEqual(['Lärarfortbildning i entreprenöriellt lärande', 'Dialogmöte med Almi', 'Uppföljning av skolresultat']);

    await page.getByRole('button', { name: 'Rensa sökning och filter' }).click();
    await table.waitForCount('8 aktiviteter');
  });

  it('grupperar efter status med antal och summa, och fäller ihop en grupp', async () => {
    const { page, baseUrl } = e2e;
    const table = await openWithWorkbook(page, baseUrl);
    await table.groupBy().selectOption({ label: 'status' });
    await table.group('planerad').waitFor();
    const headers = (await table.groupToggles().allInnerTexts()).map(plain);
    expect(headers).toEqual([
      '▾ planerad 3 aktiviteter · 85 000 kr',
      '▾ pågår 2 aktiviteter · 105 000 kr',
      '▾ klar 1 aktivitet · 12 000 kr',
      '▾ försenad 1 aktivitet · 150 000 kr',
      '▾ struken 1 aktivitet · 35 000 kr',
    ]);
    expect(await table.titles()).toEqual([
      'Lärarfortbildning i entreprenöriellt lärande',
      'Dialogmöte med Almi',
      'Uppföljning av skolresultat',
      'UF-mässa i Örebro',
      'Läxhjälp på biblioteket i Hallsberg',
      'Workshop om UF-företag i Kumla',
      'Kartläggning av innovationsstöd',
      'Sommarskola i matematik',
    ]);
    await expectAccessible(page, 'alla aktiviteter grupperade efter status');

    await table.group('planerad').click();
    expect(await table.group('planerad').getAttribute('aria-expanded')).toBe('false');
    expect(await table.titles()).not.toContain('Dialogmöte med Almi');
    expect(await table.titles()).toHaveLength(5);
    await expectAccessible(page, 'en grupp hopfälld');
    await page.keyboard.press('Enter');
    expect(await table.titles()).toHaveLength(8);
  });

  it('ändrar en kostnad med tangentbordet och vägrar ett negativt belopp', async () => {
    const { page, baseUrl } = e2e;
    const table = await openWithWorkbook(page, baseUrl);
    // Into the grid from the search box: Tab lands on the active cell (the first column header).
    await table.searchBox().focus();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await table.sortButton('Aktivitet').evaluate((el) => el === document.activeElement)) break;
    }
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Workshop om UF-företag i Kumla');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-column'))).toBe('cost');

    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: 'Kostnad för Workshop om UF-företag i Kumla' });
    await editor.waitFor();
    expect(plain(await editor.inputValue())).toBe('12 000');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12 500');
    await page.keyboard.press('Enter');
    await table.saveStatus().filter({ hasText: 'Sparat' }).waitFor();
    expect(plain(await table.cell('Workshop om UF-företag i Kumla', 'cost').innerText())).toBe('12 500 kr');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-column'))).toBe('cost');

    await page.keyboard.press('F2');
    await editor.waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'Kostnad' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Kostnad: beloppet kan inte vara negativt\. Ange 0 eller mer\.$/u);
    // The refused value is marked as not stored, in words.
    await alert.getByText('Inte sparat').waitFor();
    expect(await editor.getAttribute('data-unsaved')).toBe('true');
    expect(await editor.getAttribute('aria-invalid')).toBe('true');
    expect(await editor.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
    await expectAccessible(page, 'kostnad med fel');
    await page.keyboard.press('Escape');
    expect(plain(await table.cell('Workshop om UF-företag i Kumla', 'cost').innerText())).toBe('12 500 kr');

    await page.reload();
    await table.grid().waitFor();
    expect(plain(await table.cell('Workshop om UF-företag i Kumla', 'cost').innerText())).toBe('12 500 kr');
  });

  it('ändrar status och datum i cellen, och vägrar ett slut före start', async () => {
    const { page, baseUrl } = e2e;
    const table = await openWithWorkbook(page, baseUrl);
    await table.cell('Dialogmöte med Almi', 'status').dblclick();
    await page.getByRole('combobox', { name: 'Status för Dialogmöte med Almi' }).selectOption({ label: 'klar' });
    await page.keyboard.press('Enter');
    await table.saveStatus().filter({ hasText: 'Sparat' }).waitFor();
    expect(await table.cell('Dialogmöte med Almi', 'status').innerText()).toBe('klar');

    await table.cell('Dialogmöte med Almi', 'end').click();
    await page.keyboard.press('Enter');
    await typeInto(page.getByLabel('Slut för Dialogmöte med Almi'), '2026-11-01');
    await page.keyboard.press('Tab');
    await page.getByRole('alert').filter({ hasText: 'Slut: slutdatumet kan inte ligga före startdatumet.' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await table.cell('Dialogmöte med Almi', 'end').innerText()).toBe('2026-11-27');
  });

  it('minns sökning, filter, sortering, gruppering och kolumner efter omladdning', async () => {
    const { page, baseUrl } = e2e;
    const table = await openWithWorkbook(page, baseUrl);
    await typeInto(table.searchBox(), 'uf');
    await table.showOnlyStatuses(['planerad', 'pågår', 'klar']);
    await table.sortButton('Kostnad').click();
    await table.sortButton('Kostnad').click();
    await table.groupBy().selectOption({ label: 'kvartal' });
    await (await table.columnToggle('Taktik')).setChecked(false);
    await (await table.columnToggle('Anteckningar')).setChecked(true);
    await table.waitForCount('3 av 8 aktiviteter');
    await table.waitForViewSaved({ query: 'uf', groupBy: 'quarter', sorting: [{ id: 'cost', desc: true }], hiddenColumns: ['tactic'] });

    await page.reload();
    await table.grid().waitFor();
    expect(await table.searchBox().inputValue()).toBe('uf');
    expect(await table.statusFilter('försenad').isChecked()).toBe(false);
    expect(await table.statusFilter('pågår').isChecked()).toBe(true);
    expect(await table.groupBy().inputValue()).toBe('quarter');
    expect(await table.columnHeader('Kostnad').getAttribute('aria-sort')).toBe('descending');
    expect(await table.columnHeader('Taktik').count()).toBe(0);
    expect(await table.columnHeader('Anteckningar').count()).toBe(1);
    await table.waitForCount('3 av 8 aktiviteter');
    // "uf" also finds the activities under the tactic "UF i alla kommuner".
    expect((await table.groupToggles().allInnerTexts()).map(plain)).toEqual(['▾ 2026 K1 2 aktiviteter · 57 000 kr', '▾ 2026 K3 1 aktivitet · 80 000 kr']);
    expect(await table.titles()).toEqual(['UF-mässa i Örebro', 'Workshop om UF-företag i Kumla', 'Lärarfortbildning i entreprenöriellt lärande']);
  });

  it('visar en ändring gjord i planeditorn när man kommer tillbaka till tabellen, utan omladdning och utan gamla rader', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    const table = new ActivityTablePage(page);
    const tabs = page.getByRole('navigation', { name: 'Planer', exact: true });
    // The first visit reads the rows; they are then kept in memory while the plan is edited elsewhere.
    await tabs.getByRole('link', { name: 'Alla aktiviteter' }).click();
    await table.grid().waitFor();
    expect(await table.titles()).toContain('Kickoff för UF-lärare');

    await page.goBack();
    await typeInto(plans.rowInput('Aktivitet 1.1.1'), 'Kickoff, flyttad till hösten');
    await plans.waitSaved();
    await tabs.getByRole('link', { name: 'Alla aktiviteter' }).click();
    await table.grid().waitFor();
    // Read at once, not polled: the first rows shown already hold the change.
    const titles = await table.titles();
    expect(titles).toContain('Kickoff, flyttad till hösten');
    expect(titles).not.toContain('Kickoff för UF-lärare');
  });

  it('säger hur man lägger till aktiviteter när det inte finns några', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const table = new ActivityTablePage(page);
    await table.open(baseUrl);
    const empty = page.getByText('Det finns inga aktiviteter ännu.', { exact: false });
    await empty.waitFor();
    expect(await empty.innerText()).toContain('under Planer');
    await expectAccessible(page, 'inga aktiviteter');
  });
});
