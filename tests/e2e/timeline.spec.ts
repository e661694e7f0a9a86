import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { timelineRecords } from '../unit/shared/timeline/records.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { TimelinePage } from './pages/timeline-page.ts';
import { writeIntoWorkbook } from './seed-workbook.ts';

/** Every row with nothing filtered or folded: project groups by start, then plan groups (records.ts describes the data). */
const allRows = [
  'Läxhjälp i Hallsberg',
  'UF-satsning i Kumla',
  '  Rekrytera skolor',
  '  Workshop om UF-företag',
  '  Mässa',
  '  Lärarfortbildning om entreprenörskap',
  '  Beslut om fortsättning',
  'Almi-samverkan',
  'Handlingsplan Innovationer 2026–2028',
  '  Kartläggning av innovationsstöd',
  '  Dialogmöte med Almi',
  'Handlingsplan Kunskapslyft 2026–2028',
  '  Sommarskola i matematik',
];

/** A user with two goal areas, three projects and five plan activities, on 2026-11-27, looking at Projekt › Tidslinje. */
async function openWithProjects(page: Page, baseUrl: string): Promise<TimelinePage> {
  // A fixed day, so the today line and the default scroll position are the same on every run.
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00+01:00'));
  await startWithProfile(page, baseUrl);
  const records = timelineRecords();
  await writeIntoWorkbook(page, { goalAreas: records.goalAreas, actionPlans: records.actionPlans, activities: records.activities, projects: records.projects });
  const timeline = new TimelinePage(page);
  await timeline.open(baseUrl);
  await page.reload();
  await timeline.chart().waitFor();
  await timeline.loaded();
  return timeline;
}

const box = async (locator: { boundingBox: () => Promise<{ x: number; y: number; width: number; height: number } | null> }) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('elementet syns inte');
  return found;
};

describe('tidslinje', () => {
  const e2e = useBrowser();

  it('visar projekt, projektaktiviteter, milstolpar och planaktiviteter på en axel, med en idag-linje', async () => {
    const { page, baseUrl } = e2e;
    const timeline = await openWithProjects(page, baseUrl);
    expect(await timeline.count()).toBe('Projekt: 3 · Projektaktiviteter: 2 · Milstolpar: 1 · Planaktiviteter: 5');
    expect(await timeline.rowTitles()).toEqual(allRows);
    await expectAccessible(page, 'tidslinjen');

    // The project's bar runs from its start to its end; a later project's bar starts further right.
    const uf = timeline.bar('Projekt', 'UF-satsning i Kumla');
    expect(await uf.getAttribute('data-start')).toBe('2026-02-01');
    expect(await uf.getAttribute('data-end')).toBe('2027-06-30');
    const ufBox = await box(uf);
    const almiBox = await box(timeline.bar('Projekt', 'Almi-samverkan'));
    expect(almiBox.x).toBeGreaterThan(ufBox.x);
    // Quarter zoom: 2 px a day, so 2026-02-01 to 2026-09-01 (212 days) apart.
    expect(almiBox.x - ufBox.x).toBeCloseTo(212 * 2, 0);
    expect(ufBox.width).toBeCloseTo(515 * 2, 0);
    // A milestone is a diamond, not a bar.
    expect(await timeline.row('Milstolpe', 'Beslut om fortsättning').locator('.timeline-milestone').count()).toBe(1);
    expect(await timeline.row('Milstolpe', 'Beslut om fortsättning').locator('.timeline-bar').count()).toBe(0);

    // The today line is labelled with the date and stands inside Almi's period (2026-09-01 – 2027-08-31).
    expect(await timeline.todayLabel().innerText()).toBe('Idag 2026-11-27');
    const line = await box(timeline.todayLine());
    expect(line.x).toBeGreaterThan(almiBox.x + 87 * 2 - 2);
    expect(line.x).toBeLessThan(almiBox.x + 88 * 2 + 2);
    expect(await timeline.chart().getAttribute('aria-label')).toMatch(/^Tidslinje 2026-01-01 – 2028-12-31, idag 2026-11-27, antal rader: 13$/u);
  });

  it('filtrerar på målområde och projekt', async () => {
    const { page } = e2e;
    const timeline = await openWithProjects(page, e2e.baseUrl);

    await timeline.goalAreaFilter().selectOption({ label: 'MO2 Kunskapslyft för barn och unga' });
    await timeline.waitForCount('Projekt: 1 · Projektaktiviteter: 0 · Milstolpar: 0 · Planaktiviteter: 2');
    // The UF project is not in MO2, so its linked activity in MO2's plan shows under the plan.
    expect(await timeline.rowTitles()).toEqual(['Läxhjälp i Hallsberg', 'Handlingsplan Kunskapslyft 2026–2028', '  Sommarskola i matematik', '  Lärarfortbildning om entreprenörskap']);
    expect(await timeline.projectFilter().locator('option').allInnerTexts()).toEqual(['Alla', 'Läxhjälp i Hallsberg']);
    await expectAccessible(page, 'tidslinjen filtrerad på målområde');

    await timeline.goalAreaFilter().selectOption({ label: 'MO1 Innovationer och entreprenörskap' });
    await timeline.projectFilter().selectOption({ label: 'UF-satsning i Kumla' });
    await timeline.waitForCount('Projekt: 1 · Projektaktiviteter: 2 · Milstolpar: 1 · Planaktiviteter: 2');
    expect(await timeline.rowTitles()).toEqual(allRows.slice(1, 7));
    await expectAccessible(page, 'tidslinjen filtrerad på projekt');

    // A goal area the chosen project is not in sets the project back to all.
    await timeline.goalAreaFilter().selectOption({ label: 'MO2 Kunskapslyft för barn och unga' });
    expect(await timeline.projectFilter().inputValue()).toBe('');
    await timeline.goalAreaFilter().selectOption({ label: 'Alla' });
    await timeline.waitForCount('Projekt: 3 · Projektaktiviteter: 2 · Milstolpar: 1 · Planaktiviteter: 5');
    expect(await timeline.rowTitles()).toEqual(allRows);
  });

  it('zoomar med knapparna och med + och −, och Idag visar dagens datum', async () => {
    const { page } = e2e;
    const timeline = await openWithProjects(page, e2e.baseUrl);
    expect(await timeline.zoomButton('Kvartal').getAttribute('aria-pressed')).toBe('true');
    expect(await timeline.columnLabels()).toEqual(['2026 K1', '2026 K2', '2026 K3', '2026 K4', '2027 K1', '2027 K2', '2027 K3', '2027 K4', '2028 K1', '2028 K2', '2028 K3', '2028 K4']);
    const quarterWidth = (await box(timeline.bar('Projekt', 'UF-satsning i Kumla'))).width;

    await timeline.zoomButton('År').click();
    expect(await timeline.zoomButton('År').getAttribute('aria-pressed')).toBe('true');
    expect(await timeline.zoomButton('Kvartal').getAttribute('aria-pressed')).toBe('false');
    expect(await timeline.columnLabels()).toEqual(['2026', '2027', '2028']);
    // A year is 0.6 px a day against the quarter's 2.
    expect((await box(timeline.bar('Projekt', 'UF-satsning i Kumla'))).width / quarterWidth).toBeCloseTo(0.3, 2);
    await expectAccessible(page, 'tidslinjen, zoom år');

    await timeline.chart().focus();
    await page.keyboard.press('+');
    expect(await timeline.zoomButton('Kvartal').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('+');
    expect(await timeline.zoomButton('Månad').getAttribute('aria-pressed')).toBe('true');
    expect((await timeline.columnLabels()).slice(0, 3)).toEqual(['januari 2026', 'februari 2026', 'mars 2026']);
    expect(await timeline.zoomAnnouncement()).toBe('Zoomnivå: Månad');
    await expectAccessible(page, 'tidslinjen, zoom månad');
    await page.keyboard.press('-');
    expect(await timeline.zoomButton('Kvartal').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('+');

    // Away to the start of the axis, then Idag brings today back into the visible time area.
    await timeline.scrollBox().evaluate((el) => {
      el.scrollLeft = 0;
    });
    const visibleArea = async () => {
      const scroll = await box(timeline.scrollBox());
      const names = await box(timeline.namesHeader());
      return { from: names.x + names.width, to: scroll.x + scroll.width };
    };
    let area = await visibleArea();
    expect((await box(timeline.todayLine())).x).toBeGreaterThan(area.to);
    await timeline.todayButton().click();
    area = await visibleArea();
    const line = await box(timeline.todayLine());
    expect(line.x).toBeGreaterThan(area.from);
    expect(line.x).toBeLessThan(area.to);
  });

  it('går att använda med bara tangentbordet: till en rad, fäll ihop och ut, och öppna', async () => {
    const { page } = e2e;
    const timeline = await openWithProjects(page, e2e.baseUrl);
    await timeline.tabToChart();
    expect(await timeline.focusedRowName()).toBe('Projekt: Läxhjälp i Hallsberg, 2026-01-15 – 2026-12-31, pågår, målområde Kunskapslyft för barn och unga, antal rader under: 0');
    await page.keyboard.press('ArrowDown');
    expect(await timeline.focusedRowName()).toBe('Projekt: UF-satsning i Kumla, 2026-02-01 – 2027-06-30, pågår, målområde Innovationer och entreprenörskap, antal rader under: 5');
    await page.keyboard.press('ArrowRight');
    expect(await timeline.focusedRowName()).toBe('Projektaktivitet: Rekrytera skolor, 2026-02-01 – 2026-03-31, klar, projekt UF-satsning i Kumla');
    await page.keyboard.press('ArrowDown');
    expect(await timeline.focusedRowName()).toBe('Planaktivitet: Workshop om UF-företag, 2026-03-05, pågår, projekt UF-satsning i Kumla, plan Handlingsplan Innovationer 2026–2028');
    await expectAccessible(page, 'tidslinjen med fokus på en rad');

    // ← goes up to the project, ← again folds it, → unfolds it.
    await page.keyboard.press('ArrowLeft');
    expect(await timeline.focusedRowName()).toMatch(/^Projekt: UF-satsning i Kumla,/u);
    await page.keyboard.press('ArrowLeft');
    expect(await timeline.row('Projekt', 'UF-satsning i Kumla').getAttribute('aria-expanded')).toBe('false');
    expect(await timeline.rowTitles()).toEqual([allRows[0], allRows[1], ...allRows.slice(7)]);
    await page.keyboard.press('ArrowRight');
    expect(await timeline.row('Projekt', 'UF-satsning i Kumla').getAttribute('aria-expanded')).toBe('true');
    expect(await timeline.rowTitles()).toEqual(allRows);

    // Enter opens the project.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'UF-satsning i Kumla' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/projekt/p-uf');

    // Back on the timeline, End goes to the last row, a plan activity; Enter opens its plan.
    await timeline.open(e2e.baseUrl);
    await timeline.tabToChart();
    await page.keyboard.press('End');
    expect(await timeline.focusedRowName()).toBe('Planaktivitet: Sommarskola i matematik, 2026-06-15 – 2026-08-10, pågår, plan Handlingsplan Kunskapslyft 2026–2028');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan Kunskapslyft 2026–2028' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/planer/plan/plan-kb');
  });

  it('visar samma rader som en tabell', async () => {
    const { page } = e2e;
    const timeline = await openWithProjects(page, e2e.baseUrl);
    await timeline.tableToggle().click();
    expect(await timeline.tableToggle().getAttribute('aria-pressed')).toBe('true');
    expect(await timeline.chart().count()).toBe(0);
    const rows = await timeline.tableRows();
    expect(rows.map((r) => r[0])).toEqual(allRows.map((title) => title.trim()));
    expect(rows[1]).toEqual(['UF-satsning i Kumla', 'Projekt', 'Innovationer och entreprenörskap', '2026-02-01', '2027-06-30', 'pågår']);
    expect(rows[5]).toEqual(['Lärarfortbildning om entreprenörskap', 'Planaktivitet', 'UF-satsning i Kumla (Handlingsplan Kunskapslyft 2026–2028)', '2026-10-01', '2026-10-02', 'pågår']);
    expect(rows[6]).toEqual(['Beslut om fortsättning', 'Milstolpe', 'UF-satsning i Kumla', '2026-12-15', '2026-12-15', 'planerad']);
    expect(rows[11]).toEqual(['Handlingsplan Kunskapslyft 2026–2028', 'Handlingsplan', 'Kunskapslyft för barn och unga', '2026-01-01', '2028-12-31', 'utkast']);
    await expectAccessible(page, 'tidslinjen som tabell');

    // The filter applies to the table too.
    await timeline.projectFilter().selectOption({ label: 'Almi-samverkan' });
    await timeline.waitForCount('Projekt: 1 · Projektaktiviteter: 0 · Milstolpar: 0 · Planaktiviteter: 0');
    expect((await timeline.tableRows()).map((r) => r[0])).toEqual(['Almi-samverkan']);

    await timeline.tableToggle().click();
    await timeline.chart().waitFor();
    expect(await timeline.table().count()).toBe(0);
  });
});
