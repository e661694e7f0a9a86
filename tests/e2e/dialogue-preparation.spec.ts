/**
 * Möten › Inför dialogmötet: a MOA hands in the example plan, meets the secretariat, changes the plan,
 * follows an indicator in Kolada, logs time and sets the mandate; the next dialogue meeting's
 * preparation shows what changed since the last one, the late activity, the indicator's latest
 * value and the hours against the mandate, and adds them to the agenda once.
 */
import { fileURLToPath } from 'node:url';
import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Meeting } from '#shared/domain/meeting.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithExamplePlan, typeExampleIndicatorForKolada } from './helpers.ts';
import { MeetingsPage } from './pages/meetings-page.ts';
import { TimelogPage } from './pages/timelog-page.ts';
import { TimelogFollowUpPage } from './pages/timelog-follow-up-page.ts';
import { storedRecords } from './pages/stored-records.ts';
import { typeInto } from './pages/keyboard.ts';

const kolada = (name: string) => fileURLToPath(new URL(`../fixtures/kolada/${name}`, import.meta.url));
const goalArea = 'IE Innovationer och entreprenörskap';

async function createDialogueMeeting(page: Page, title: string, date: string): Promise<void> {
  const meetings = new MeetingsPage(page);
  await meetings.openList();
  await meetings.create(title, 'Dialogmöte med kansliet', goalArea, date, '10:00', '11:30');
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

describe('Inför dialogmötet', () => {
  const e2e = useBrowser();

  it('samlar planens ändringar sedan förra dialogmötet, försenade aktiviteter, indikatorer och tid mot mandatet, och lägger in dem som dagordning en gång', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1366, height: 768 });
    const { plans, example } = await startWithExamplePlan(page, baseUrl);
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    const lastYear = example.periodStart - 1;

    // Handed in, then met with the secretariat the same day.
    await page.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByText(/Version 1 är inlämnad/u).waitFor();
    await createDialogueMeeting(page, 'Dialogmöte i dag', today);

    // After the meeting: an activity's dates moved into the past (so it is late), and an indicator followed in Kolada.
    await plans.openList();
    await page.getByRole('link', { name: example.title }).click();
    await plans.rowInput('Aktivitet 1.1.3').focus();
    await typeInto(plans.details().getByLabel('Startdatum'), `${lastYear}-09-01`);
    await typeInto(plans.details().getByLabel('Slutdatum'), `${lastYear}-11-30`);
    await plans.waitSaved();
    const indicator = await typeExampleIndicatorForKolada(plans);
    await typeInto(indicator.getByLabel('Kolada-id'), 'N00914');
    await plans.waitSaved();
    await plans.details().getByRole('link', { name: 'Se indikatorernas värden från Kolada och bedömningen' }).click();
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Örebro län' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Läs in filer från Kolada …' }).click()]);
    await chooser.setFiles([kolada('data-N00914-2014-2023.json'), kolada('kpi-N00914-N01951.json')]);
    await page.getByRole('dialog', { name: 'Läs in från Kolada' }).getByRole('button', { name: 'Läs in' }).click();
    await page.getByRole('article', { name: 'Förvärvsarbetande 20–64 år (%)' }).getByText('På väg mot målet', { exact: true }).waitFor();

    // Two and a half hours on the assignment today, and a mandate of 8 hours a week from the year's start.
    const timelog = new TimelogPage(page);
    await timelog.open(baseUrl, `dag/${today}`);
    await typeInto(timelog.entryField('Tid'), '2,5 h');
    await timelog.entryField('Kategori').selectOption({ label: 'MOA-uppdraget' });
    await timelog.entryForm().locator('details.entry-links > summary').click();
    await timelog.entryForm().getByLabel('Målområde').selectOption({ label: 'Innovationer och entreprenörskap' });
    await page.getByRole('button', { name: 'Lägg till tidposten' }).click();
    await timelog.dayStatus().filter({ hasText: 'Tidposten på 2:30 lades till.' }).waitFor();
    const followUp = new TimelogFollowUpPage(page);
    await followUp.open(baseUrl);
    await followUp.addMandate({ validFrom: `${example.periodStart}-01-01`, hoursPerWeek: '8' });

    // The next dialogue meeting, a month ahead.
    const next = format(addDays(parseISO(today), 30), 'yyyy-MM-dd');
    await createDialogueMeeting(page, 'Dialogmöte nästa månad', next);
    const prepare = page.getByRole('region', { name: 'Inför dialogmötet' });
    await prepare.getByRole('heading', { level: 4, name: 'Tid mot uppdraget' }).waitFor();

    const changes = prepare.locator('.prepare-part').filter({ has: page.getByRole('heading', { name: 'Ändringar i handlingsplanen sedan förra dialogmötet' }) });
    await changes.getByRole('link', { name: 'Dialogmöte i dag' }).waitFor();
    await changes.getByText(`jämförd med inlämnad version 1 (${today}): 2 ändringar`, { exact: false }).waitFor();
    const changed = (await changes.getByRole('listitem').allInnerTexts()).map((text) => text.replaceAll('\u00a0', ' '));
    expect(changed).toEqual([
      `Ändrad: Aktivitet Kartläggning av UF-deltagande per skola (Startdatum: ${example.periodStart}-09-01 → ${lastYear}-09-01; Slutdatum: ${example.periodStart}-11-30 → ${lastYear}-11-30)`,
      `Ändrad: Strategi Finansiering i tidiga skeden (Indikatorer: Nystartade företag: 8,4 → 10 (${lastYear} → ${example.periodStart + 2}) → Förvärvsarbetande 20–64 år: 78,5 → 82 (2019 → 2028) · Kolada N00914)`,
    ]);

    const late = prepare.locator('.prepare-part').filter({ has: page.getByRole('heading', { name: /^Försenade aktiviteter/u }) });
    const lateLink = late.getByRole('link', { name: 'Kartläggning av UF-deltagande per skola' });
    expect(await lateLink.getAttribute('href')).toMatch(new RegExp(`^#/planer/plan/${example.id}/[^/]+$`, 'u'));
    expect(await late.getByRole('listitem').filter({ hasText: 'Kartläggning av UF-deltagande per skola' }).innerText()).toBe(`Kartläggning av UF-deltagande per skola skulle vara klar ${lastYear}-11-30 · pågår`);

    const indicators = prepare.getByRole('table', { name: 'Indikatorer med nyckeltal i Kolada' });
    expect((await indicators.getByRole('row').allInnerTexts()).map((row) => row.replaceAll('\u00a0', ' '))).toEqual([
      'Indikator\tSenaste värde i regionen\tMål\tBedömning',
      'Förvärvsarbetande 20–64 år N00914\t80,3 % (2023)\t82 % (2028)\tPå väg mot målet',
    ]);
    expect(await indicators.getByRole('link', { name: 'Förvärvsarbetande 20–64 år' }).getAttribute('href')).toMatch(new RegExp(`^#/planer/indikatorer/[^/]+/${example.id}$`, 'u'));

    const hours = prepare.getByRole('table', { name: 'MOA-tid för målområdet mot mandatet' });
    const [header, year] = await hours.getByRole('row').allInnerTexts();
    expect(header).toBe('Period\tMOA-tid\tMandat\tMot mandatet');
    expect(year?.replaceAll('\u00a0', ' ')).toMatch(new RegExp(`^I år \\(${example.periodStart}-01-01–${today}\\)\\t2,5 h\\t[\\d ,]+ h\\t([\\d ,]+ h (under|över)|som mandatet)$`, 'u'));
    await expectAccessible(page, 'inför dialogmötet');

    // Into the agenda: one item per part, the facts as notes; a second press adds nothing twice.
    await prepare.getByRole('button', { name: 'Lägg in som dagordning' }).click();
    await prepare.getByRole('status').filter({ hasText: 'Lade till 4 punkter på dagordningen: ”Ändringar i handlingsplanen sedan förra dialogmötet”, ”Försenade aktiviteter”, ”Indikatorer”, ”Tid mot uppdraget”.' }).waitFor();
    await expect.poll(async () => (await storedRecords<Meeting>(page, 'meetings')).find((m) => m.title === 'Dialogmöte nästa månad')?.agenda.length).toBe(4);
    const stored = (await storedRecords<Meeting>(page, 'meetings')).find((m) => m.title === 'Dialogmöte nästa månad');
    const notes = new Map(stored?.agenda.map((item) => [item.title, item.notes.replaceAll('\u00a0', ' ')]));
    expect(notes.get('Ändringar i handlingsplanen sedan förra dialogmötet')).toContain(`Förra dialogmötet: Dialogmöte i dag ${today}.`);
    expect(notes.get('Ändringar i handlingsplanen sedan förra dialogmötet')).toContain(`– Ändrad: Aktivitet Kartläggning av UF-deltagande per skola (Startdatum: ${example.periodStart}-09-01 → ${lastYear}-09-01; Slutdatum: ${example.periodStart}-11-30 → ${lastYear}-11-30)`);
    expect(notes.get('Försenade aktiviteter')).toContain(`– Kartläggning av UF-deltagande per skola: skulle vara klar ${lastYear}-11-30 (pågår).`);
    expect(notes.get('Indikatorer')).toBe('– Förvärvsarbetande 20–64 år: 80,3 % (2023); mål 82 % (2028); På väg mot målet.');
    expect(notes.get('Tid mot uppdraget')).toMatch(new RegExp(`^I år \\(${example.periodStart}-01-01–${today}\\): 2,5 h MOA-tid, mandat [\\d ,]+ h, `, 'u'));
    await page.getByLabel('Punkt 2, rubrik', { exact: true }).waitFor();
    expect(await page.getByLabel('Anteckningar under punkt 3', { exact: true }).inputValue()).toBe(stored?.agenda[2]?.notes);

    await prepare.getByRole('button', { name: 'Lägg in som dagordning' }).click();
    await prepare.getByRole('status').filter({ hasText: 'Punkterna finns redan på dagordningen, så inget lades till.' }).waitFor();
    expect((await storedRecords<Meeting>(page, 'meetings')).find((m) => m.title === 'Dialogmöte nästa månad')?.agenda).toHaveLength(4);
    await expectAccessible(page, 'inför dialogmötet, inlagt som dagordning');

    await page.setViewportSize({ width: 1024, height: 700 });
    await expectAccessible(page, 'inför dialogmötet, 1024 px');
  });

  it('säger vad som saknas: inget målområde valt, och inget visas för ett möte av annat slag', async () => {
    const { page, baseUrl } = e2e;
    await startWithExamplePlan(page, baseUrl);
    const meetings = new MeetingsPage(page);
    await meetings.openList();
    const form = page.getByRole('region', { name: 'Nytt möte' });
    await typeInto(form.getByLabel(/^Rubrik/u), 'Dialogmöte utan målområde');
    await form.getByLabel('Typ av möte').selectOption({ label: 'Dialogmöte med kansliet' });
    await typeInto(form.getByLabel(/^Första dagen/u), '2027-03-02');
    await form.getByRole('checkbox', { name: /Heldag/u }).check();
    await form.getByRole('button', { name: 'Skapa mötet' }).click();
    const prepare = page.getByRole('region', { name: 'Inför dialogmötet' });
    await prepare.getByText('Välj målområdet under Mötet, så samlas underlaget här.').waitFor();
    await expectAccessible(page, 'inför dialogmötet utan målområde');

    await page.getByRole('group', { name: 'Målområden som mötet gäller' }).getByRole('checkbox', { name: goalArea }).check();
    await prepare.getByRole('heading', { level: 4, name: 'Försenade aktiviteter', exact: false }).waitFor();
    // Never handed in: nothing to compare with, and where the plan stands instead.
    await prepare.getByText(/^Handlingsplan Innovationer och entreprenörskap \d{4}–\d{4}, planen har inte lämnats in än, så det finns inget att jämföra med\.$/u).waitFor();
    await prepare.getByText(/^Planen nu: utkast, version 1; 3 strategier, \d+ taktiker, \d+ aktiviteter\.$/u).waitFor();
    await prepare.getByText('Inget mandat är angivet, så tiden jämförs inte med något.', { exact: false }).waitFor();
    await page.getByLabel('Typ av möte', { exact: true }).selectOption({ label: 'Målområdesnätverk' });
    await expect.poll(() => prepare.count()).toBe(0);
  });
});
