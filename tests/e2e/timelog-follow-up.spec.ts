import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GoalArea } from '#shared/domain/plan.ts';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { TimelogFollowUpPage } from './pages/timelog-follow-up-page.ts';
import { writeIntoWorkbook } from './seed-workbook.ts';
import { typeInto } from './pages/keyboard.ts';

const goalArea: GoalArea = { id: 'ga-ie', code: 'IE', name: 'Innovationer och entreprenörskap', description: '', effectGoals: [], owner: 'Anna Lindqvist', reviewers: [] };

const entry = (id: string, date: string, categoryId: string, minutes: number, extra: Partial<TimeEntry> = {}): TimeEntry => ({
  id,
  date,
  minutes,
  categoryId,
  goalAreaId: null,
  activityId: null,
  projectId: null,
  note: '',
  ...extra,
});

/**
 * 2026: v. 2 has 10 h MOA time (2 over an 8-hour mandate) and 5 h project leading, v. 3 has 6 h
 * (2 under), v. 28 has 12 h, and the last day of the year 1,5 h of reviewing. 28 h MOA time in all.
 */
const entries: TimeEntry[] = [
  entry('t-1', '2026-01-05', 'moa', 360, { goalAreaId: goalArea.id, note: 'Dialogmöte; Kumla' }),
  entry('t-2', '2026-01-06', 'projektledning', 300),
  entry('t-3', '2026-01-07', 'moa', 240),
  entry('t-4', '2026-01-12', 'moa', 360),
  entry('t-5', '2026-07-06', 'moa', 720),
  entry('t-6', '2026-12-31', 'granskning', 90),
  entry('t-7', '2027-01-04', 'moa', 600), // next year: in neither 2026 export
];

async function openWithEntries(page: Page, baseUrl: string): Promise<TimelogFollowUpPage> {
  await startWithProfile(page, baseUrl);
  await writeIntoWorkbook(page, { goalAreas: [goalArea], timeEntries: entries });
  const followUp = new TimelogFollowUpPage(page);
  await followUp.open(baseUrl);
  await followUp.chooseYear(2026);
  await followUp.waitForRange('2025-12-29', '2027-01-03');
  return followUp;
}

/** axe-core over the week tables (about 1 500 cells) takes 15–20 s on a busy two-core machine. */
const withAxeOverTables = 120_000;

const lines = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).split('\r\n');

describe('Tidlogg: uppföljning mot mandatet', () => {
  const e2e = useBrowser();

  it('visar MOA-tiden mot mandatet per vecka och månad, och ett nytt mandat mitt i året flyttar mandatlinjen', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1400, height: 1000 });
    const followUp = await openWithEntries(page, baseUrl);
    await page.getByText('Inget mandat gäller under perioden').waitFor();

    // 8 hours a week from Monday 5 January (v. 2): 52 weeks × 8 = 416 h for the ISO year 2026.
    await followUp.addMandate({ validFrom: '2026-01-05', hoursPerWeek: '8' });
    await page.getByText('Inget mandat gäller under perioden').waitFor({ state: 'detached' });
    expect(await followUp.figure('MOA-uppdraget')).toEqual({ shown: '28 h', spoken: '28 h' });
    expect(await followUp.figure('Mandat')).toEqual({ shown: '416 h', spoken: '416 h' });
    expect(await followUp.figure('Över/under mandatet')).toEqual({ shown: '−388 h', spoken: '388 timmar under mandatet' });
    expect(await followUp.figure('Andel projektledning')).toEqual({ shown: '14\u00a0%', spoken: '14\u00a0%' }); // 5 of 34,5 hours

    const week2 = await followUp.summaryRow('v. 2');
    expect([week2['MOA-uppdraget']?.shown, week2['Projektledning']?.shown, week2['Totalt']?.shown, week2['MOA-tid']?.shown, week2['Mandat']?.shown]).toEqual(['10', '5', '15', '10', '8']);
    expect(week2['Över/under']).toEqual({ shown: '+2', spoken: '2 timmar över mandatet' });
    expect((await followUp.summaryRow('v. 3'))['Över/under']).toEqual({ shown: '−2', spoken: '2 timmar under mandatet' });
    expect((await followUp.summaryRow('v. 28'))['Över/under']?.shown).toBe('+4');
    expect((await followUp.summaryRow('v. 53'))['Granskning']?.shown).toBe('1,5');
    expect(await followUp.chartDescription('cumulative')).toContain('Mandatet för alla veckorna: 416 timmar.');
    expect((await followUp.chartTableRow('cumulative', 'v. 27'))['Mandat hittills i år']?.shown).toBe('208');
    expect((await followUp.chartTableRow('cumulative', 'v. 53'))['Mandat hittills i år']?.shown).toBe('416');
    const lineBefore = await followUp.chart('cumulative').locator('path[data-line="mandate"]').getAttribute('d');

    // From Monday 6 July (v. 28), half of a 40-hour week: 26 × 8 + 26 × 20 = 728 h.
    await followUp.addMandate({ validFrom: '2026-07-06', percentOfFullTime: '50', fullTimeHoursPerWeek: '40' });
    expect(await followUp.mandateRows()).toEqual([
      ['2026-01-05', '8 timmar per vecka', '8'],
      ['2026-07-06', '50 % av heltid (40 timmar per vecka)', '20'],
    ]);
    expect(await followUp.figure('Mandat')).toEqual({ shown: '728 h', spoken: '728 h' });
    expect((await followUp.figure('Över/under mandatet')).spoken).toBe('700 timmar under mandatet');
    expect((await followUp.summaryRow('v. 28'))['Över/under']).toEqual({ shown: '−8', spoken: '8 timmar under mandatet' });
    expect((await followUp.chartTableRow('cumulative', 'v. 27'))['Mandat hittills i år']?.shown).toBe('208');
    expect((await followUp.chartTableRow('cumulative', 'v. 53'))['Mandat hittills i år']?.shown).toBe('728');
    expect(await followUp.chartDescription('cumulative')).toContain('Mandatet för alla veckorna: 728 timmar.');
    const lineAfter = await followUp.chart('cumulative').locator('path[data-line="mandate"]').getAttribute('d');
    expect(lineAfter).not.toBe(lineBefore);

    // Per month on the calendar year: January has 20 working days from the 5th at 1,6 h.
    await followUp.choosePeriod('Månad');
    await followUp.waitForRange('2026-01-01', '2026-12-31');
    const january = await followUp.summaryRow('2026-01');
    expect([january['MOA-tid']?.shown, january['Mandat']?.shown, january['Över/under']?.spoken]).toEqual(['16', '32', '16 timmar under mandatet']);
    await followUp.showChartTable('weekly-bars');
    await expectAccessible(page, 'uppföljningen per månad med båda diagramtabellerna öppna');
  }, withAxeOverTables);

  it('vägrar felaktiga mandat med ett meddelande vid fältet och sparar inget fel', async () => {
    const { page, baseUrl } = e2e;
    const followUp = await openWithEntries(page, baseUrl);

    await followUp.choosePeriod('Kvartal'); // a short table: axe-core here is about the form
    await followUp.waitForRange('2026-01-01', '2026-12-31');
    await followUp.fillMandate({ validFrom: '2026-01-05', hoursPerWeek: '75' });
    await followUp.submitMandate();
    const hours = followUp.mandateField('Timmar per vecka');
    const error = followUp.fieldError('Timmar per vecka: ange mellan 0 och 60 timmar.');
    await error.waitFor();
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    expect((await hours.getAttribute('aria-describedby')) ?? '').toContain((await error.getAttribute('id')) ?? 'saknas');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await expectAccessible(page, 'mandatformuläret med fel');
    expect(await followUp.storedMandates()).toEqual([]);

    await typeInto(hours, '7,5');
    await followUp.submitMandate();
    await followUp.mandateSection().getByRole('status').filter({ hasText: 'Mandatet från 2026-01-05 är sparat.' }).waitFor();
    expect((await followUp.storedMandates()).map((m) => ('hoursPerWeek' in m ? m.hoursPerWeek : null))).toEqual([7.5]);

    await followUp.fillMandate({ validFrom: '2026-01-05', percentOfFullTime: '20' });
    await followUp.submitMandate();
    await followUp.fieldError('det finns redan ett mandat som gäller från 2026-01-05').waitFor();

    await followUp.fillMandate({ validFrom: '2026-02-02', percentOfFullTime: '120' });
    await followUp.submitMandate();
    await followUp.fieldError('Procent av heltid: ange mellan 0 och 100 procent.').waitFor();

    await followUp.fillMandate({ validFrom: '2026-02-02', percentOfFullTime: 'tjugo' });
    await followUp.submitMandate();
    await followUp.fieldError('Procent av heltid: ange ett tal med siffror, till exempel 20.').waitFor();
    expect(await followUp.storedMandates()).toHaveLength(1);

    // A custom range: a To before From is refused at the field, and the figures stay as they were.
    await followUp.chooseCustomRange('2026-03-01', '2026-02-01');
    await followUp.rangeError('Till: datumet måste vara samma dag som Från eller senare.').waitFor();
    expect(await followUp.view().getByLabel('Till', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await followUp.chooseCustomRange('', '2026-05-31');
    await followUp.waitForRange('2026-03-01', '2026-05-31');
    expect(await followUp.periodLabels()).toEqual(['2026 K1', '2026 K2']);
    expect((await followUp.summaryRow('2026 K1'))['Mandat']?.shown).toBe('33'); // 22 working days in March at 1,5 h (7,5 a week)
  });

  it('exporterar årets poster och veckosammanställningen som CSV för Excel', async () => {
    const { page, baseUrl } = e2e;
    const followUp = await openWithEntries(page, baseUrl);
    await followUp.addMandate({ validFrom: '2026-01-05', hoursPerWeek: '8' });

    const posts = await followUp.exportCsv('Exportera poster (CSV)');
    expect(posts.name).toBe('Tidlogg_2026-01-01_2026-12-31.csv');
    expect([...posts.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines(posts.bytes)).toEqual([
      '\uFEFFDatum;Vecka;Timmar;Kategori;Målområde;Aktivitet;Projekt;Anteckning',
      '2026-01-05;2;6;MOA-uppdraget;Innovationer och entreprenörskap;;;"Dialogmöte; Kumla"',
      '2026-01-06;2;5;Projektledning;;;;',
      '2026-01-07;2;4;MOA-uppdraget;;;;',
      '2026-01-12;3;6;MOA-uppdraget;;;;',
      '2026-07-06;28;12;MOA-uppdraget;;;;',
      '2026-12-31;53;1,5;Granskning;;;;',
      '',
    ]);
    await followUp.exportStatus().filter({ hasText: 'Sparat som Tidlogg_2026-01-01_2026-12-31.csv.' }).waitFor();

    const weeks = await followUp.exportCsv('Exportera veckosammanställning (CSV)');
    expect(weeks.name).toBe('Tidlogg_veckor_2026.csv');
    expect([...weeks.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const weekLines = lines(weeks.bytes);
    expect(weekLines[0]).toBe('\uFEFFÅr;Vecka;Från;Kategori;Timmar');
    expect(weekLines).toContain('2026;2;2026-01-05;MOA-uppdraget;10');
    expect(weekLines).toContain('2026;2;2026-01-05;Projektledning;5');
    expect(weekLines).toContain('2026;53;2026-12-28;Granskning;1,5');
    expect(weekLines).toHaveLength(1 + 53 * 6 + 1);
    await followUp.exportStatus().filter({ hasText: 'Sparat som Tidlogg_veckor_2026.csv.' }).waitFor();

    const logged = (await followUp.storedExportLog()).sort((a, b) => a.exportedAt.localeCompare(b.exportedAt));
    expect(logged.map((e) => [e.kind, e.fileName, e.sizeBytes])).toEqual([
      ['tidlogg-csv', 'Tidlogg_2026-01-01_2026-12-31.csv', posts.bytes.byteLength],
      ['tidlogg-csv', 'Tidlogg_veckor_2026.csv', weeks.bytes.byteLength],
    ]);
  });

  it('klarar axe-core med tom tidlogg och visar diagrammen som tabell med tangentbordet', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const followUp = new TimelogFollowUpPage(page);
    await followUp.open(baseUrl);
    await page.getByRole('img', { name: /^Staplat stapeldiagram: timmar per vecka och kategori/u }).waitFor();
    await page.getByRole('img', { name: /^Linjediagram: MOA-tid hittills i år mot mandatet/u }).waitFor();
    const toggle = followUp.chartSection('weekly-bars').getByRole('button', { name: 'Visa som tabell' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await followUp.chartSection('weekly-bars').getByRole('button', { name: 'Dölj tabellen', expanded: true }).waitFor();
    await followUp.chartSection('weekly-bars').locator('table').waitFor();
    await expectAccessible(page, 'uppföljningen utan tid');
  }, withAxeOverTables);
});
