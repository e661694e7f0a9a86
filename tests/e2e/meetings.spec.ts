import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { Activity } from '#shared/domain/plan.ts';
import type { TimerState } from '#shared/domain/timelog.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { MeetingsPage } from './pages/meetings-page.ts';
import { label, storedRecords } from './pages/stored-records.ts';
import { typeInto } from './pages/keyboard.ts';

const icsFixture = (name: string) => fileURLToPath(new URL(`../fixtures/ics/${name}`, import.meta.url));

describe('Möten', () => {
  const e2e = useBrowser();

  it('ett dialogmöte med dagordning, beslut och åtgärder; en åtgärd blir en aktivitet och båda visar kopplingen; allt finns kvar efter omladdning', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    const meetings = new MeetingsPage(page);
    await meetings.openList();
    await page.getByText('Inga möten ännu.').waitFor();
    await expectAccessible(page, 'möteslistan, tom');

    // A meeting that ends before it starts is refused at the form, and nothing is stored.
    await meetings.create('Dialogmöte våren 2027', 'Dialogmöte med kansliet', 'IE Innovationer och entreprenörskap', '2027-03-02', '10:00', '09:30');
    await page.getByText('Skriv när mötet slutar').or(page.getByText('Mötet slutar innan det börjar.')).first().waitFor();
    expect(await storedRecords(page, 'meetings')).toHaveLength(0);
    await meetings.typeTime(page.getByRole('region', { name: 'Nytt möte' }).getByLabel('Slutar kl.'), '11:30');
    await page.getByRole('button', { name: 'Skapa mötet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dialogmöte våren 2027' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Mötet ”Dialogmöte våren 2027” är skapat.' }).waitFor();

    // When: a last day before the first keeps both drafts with one message and stores nothing; corrected, both are stored.
    const when = page.getByRole('group', { name: 'När' });
    await typeInto(when.getByLabel('Sista dagen'), '2027-03-01');
    await when.getByText('Sista dagen ligger före den första.').waitFor();
    await typeInto(when.getByLabel(label('Första dagen')), '2027-02-28');
    await meetings.saved();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Dialogmöte våren 2027' }).waitFor();
    let [stored] = await storedRecords<Meeting>(page, 'meetings');
    expect(stored).toMatchObject({ startDate: '2027-02-28', endDate: '2027-03-01', startTime: '10:00', endTime: '11:30', kind: 'dialogue' });
    await typeInto(page.getByRole('group', { name: 'När' }).getByLabel('Sista dagen'), '');
    await typeInto(page.getByRole('group', { name: 'När' }).getByLabel(label('Första dagen')), '2027-03-02');
    await typeInto(meetings.field(label('Plats')), 'Regionens hus, rum Vättern');

    // Participants: a contact from the register and a free name.
    await page.getByLabel('Lägg till från kontakterna').selectOption({ label: 'Karin Berg (Region Örebro län)' });
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await meetings.addByName('Eller skriv ett namn', 'Lägg till deltagare', 'Sara Ek');
    await page.getByRole('table', { name: 'Mötets deltagare' }).getByRole('rowheader', { name: 'Karin Berg' }).waitFor();

    // Agenda: two items with notes; the second moves up.
    await meetings.addByName('Ny punkt på dagordningen', 'Lägg till punkten', 'Handlingsplanen');
    await meetings.addByName('Ny punkt på dagordningen', 'Lägg till punkten', 'Indikatorer');
    await typeInto(meetings.field('Anteckningar under punkt 1'), 'Genomgång av strategierna.');
    await page.getByRole('button', { name: 'Flytta upp Punkt 2' }).click();
    await expect.poll(() => meetings.field('Punkt 1, rubrik').inputValue()).toBe('Indikatorer');
    expect(await meetings.field('Anteckningar under punkt 2').inputValue()).toBe('Genomgång av strategierna.');

    // A decision under the plan's item, and an action with who and when.
    await meetings.addByName('Nytt beslut', 'Lägg till beslutet', 'Planen lämnas in i maj.');
    await page.getByLabel('Beslut 1 hör till').selectOption({ label: '2. Handlingsplanen' });
    await meetings.addByName('Ny åtgärd', 'Lägg till åtgärden', 'Boka workshop med skolorna');
    await typeInto(meetings.field('Åtgärd 1, vem'), 'Karin Berg');
    await typeInto(meetings.field('Åtgärd 1, klart senast'), '2027-04-15');
    await meetings.saved();
    await expectAccessible(page, 'mötet, ifyllt');

    // Removing an agenda item can be undone with the app's own Ångra.
    await page.getByRole('button', { name: 'Ta bort Punkt 1' }).click();
    await page.getByRole('status').filter({ hasText: 'Punkten ”Indikatorer” togs bort.' }).waitFor();
    await expect.poll(async () => (await storedRecords<Meeting>(page, 'meetings'))[0]?.agenda.length).toBe(1);
    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => meetings.field('Punkt 1, rubrik').inputValue()).toBe('Indikatorer');

    // The action becomes an activity under a tactic of the example plan.
    await page.getByRole('button', { name: 'Gör till aktivitet Gör åtgärd 1 till en aktivitet' }).click();
    await expectAccessible(page, 'mötet, välj taktik');
    await page.getByRole('button', { name: 'Skapa aktiviteten' }).click();
    await page.getByText(/Åtgärden ”Boka workshop med skolorna” är nu aktiviteten/u).waitFor();
    const activityLink = page.getByRole('link', { name: 'Aktivitet: Boka workshop med skolorna' });
    await activityLink.waitFor();
    [stored] = await storedRecords<Meeting>(page, 'meetings');
    const activities = await storedRecords<Activity>(page, 'activities');
    const made = activities.find((a) => a.title === 'Boka workshop med skolorna');
    expect(made).toMatchObject({ responsible: 'Karin Berg', startDate: '2027-03-02', endDate: '2027-04-15', status: 'planned' });
    expect(stored?.actions[0]?.activityId).toBe(made?.id);
    expect(stored?.activityIds).toEqual([made?.id]);

    // Ta tid: the header timer runs on the action, with its activity and the meeting's goal area.
    await page.getByRole('button', { name: 'Ta tid Åtgärd 1, vad' }).click();
    await page.getByText('Tidtagningen går för ”Boka workshop med skolorna”.', { exact: false }).waitFor();
    const [timer] = await storedRecords<TimerState>(page, 'timer');
    expect(timer).toMatchObject({ state: 'running', categoryId: 'moten', activityId: made?.id, goalAreaId: stored?.goalAreaIds[0], note: 'Boka workshop med skolorna (Dialogmöte våren 2027)' });

    // What the screen shows is what is stored, after a reload.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Dialogmöte våren 2027' }).waitFor();
    [stored] = await storedRecords<Meeting>(page, 'meetings');
    expect(stored).toMatchObject({ title: 'Dialogmöte våren 2027', startDate: '2027-03-02', endDate: '2027-03-02', place: 'Regionens hus, rum Vättern' });
    expect(stored?.agenda.map((a) => [a.title, a.notes])).toEqual([
      ['Indikatorer', ''],
      ['Handlingsplanen', 'Genomgång av strategierna.'],
    ]);
    expect(stored?.decisions).toEqual([{ id: expect.any(String), text: 'Planen lämnas in i maj.', agendaItemId: stored?.agenda[1]?.id }]);
    expect(stored?.participants.map((p) => [p.name, p.contactId === null])).toEqual([
      ['Karin Berg', false],
      ['Sara Ek', true],
    ]);
    expect(await meetings.field('Punkt 2, rubrik').inputValue()).toBe('Handlingsplanen');
    expect(await meetings.field('Plats').inputValue()).toBe('Regionens hus, rum Vättern');

    // The minutes as a Word document, logged like the other exports.
    const [minutes] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Minnesanteckningar (Word)' }).click()]);
    expect(minutes.suggestedFilename()).toBe('Minnesanteckningar_Dialogmote-varen-2027_2027-03-02.docx');
    const parts = unzipSync(new Uint8Array(await readFile((await minutes.path()) ?? '')));
    const text = strFromU8(parts['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/gu, ' ');
    for (const phrase of ['Minnesanteckningar', 'Karin Berg', 'Sara Ek', 'Handlingsplanen', 'Genomgång av strategierna.', 'Planen lämnas in i maj.', 'Boka workshop med skolorna']) expect(text).toContain(phrase);
    expect((await storedRecords<{ kind: string }>(page, 'exportLog')).map((e) => e.kind)).toEqual(['minnesanteckningar']);

    // The open actions across meetings show it with the activity's status; the activity names its meeting.
    await page.getByRole('link', { name: 'Öppna åtgärder' }).click();
    const openTable = page.getByRole('table', { name: '1 öppen åtgärd' });
    await openTable.getByRole('rowheader', { name: 'Boka workshop med skolorna' }).waitFor();
    expect(await openTable.textContent()).toContain('planerad');
    await expectAccessible(page, 'öppna åtgärder');
    await page.goBack();
    await page.getByRole('link', { name: 'Aktivitet: Boka workshop med skolorna' }).click();
    await page.getByText('Beslutad på mötet').waitFor();
    await page.getByRole('link', { name: 'Dialogmöte våren 2027 (2027-03-02)' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dialogmöte våren 2027' }).waitFor();
  });

  it('sparar mötet som .ics och läser in det igen utan dubblett; en inbjudan från Outlook blir ett möte med deltagarna från kontakterna', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    // A contact whose address the Outlook invitation names.
    await page.goto(new URL('#/planer/kontakter', page.url()).href);
    await page.getByRole('radio', { name: 'Person' }).check().catch(() => undefined);
    await typeInto(page.getByLabel(label('Namn')), 'Per Öberg');
    await typeInto(page.getByLabel('E-post'), 'per.oberg@universitet.example.se');
    await page.getByRole('button', { name: 'Lägg till kontakten' }).click();
    await page.getByRole('cell', { name: 'Per Öberg' }).or(page.getByRole('rowheader', { name: 'Per Öberg' })).first().waitFor();

    const meetings = new MeetingsPage(page);
    await meetings.openList();
    await meetings.create('Nätverksträff', 'Målområdesnätverk', 'IE Innovationer och entreprenörskap', '2027-03-30', '09:00', '12:00');
    await page.getByRole('heading', { level: 2, name: 'Nätverksträff' }).waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara i kalenderformat (.ics)' }).click()]);
    const ics = await readFile((await file.path()) ?? '', 'utf8');
    expect(file.suggestedFilename()).toBe('Natverkstraff_2027-03-30.ics');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm');
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20270330T090000');
    expect(ics).toMatch(/SUMMARY:N.*tverkstr.*ff/u);
    await page.getByText(/^Sparat som /u).waitFor();

    // Read back: the same meeting, unchanged, so nothing is added.
    await meetings.openList();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Välj .ics-filer …' }).click()]);
    await chooser.setFiles([await file.path() ?? '']);
    await page.getByText('Finns redan och är oförändrat').waitFor();
    await page.getByText('Det finns inget nytt att läsa in.').waitFor();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await storedRecords(page, 'meetings')).toHaveLength(1);

    // An Outlook invitation (Windows time zone names) and a broken file together: the broken one is named, the good one previewed.
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Välj .ics-filer …' }).click()]);
    await chooser2.setFiles([icsFixture('outlook-inbjudan.ics'), icsFixture('trasig-latin1.ics')]);
    await page.getByText('«trasig-latin1.ics» gick inte att läsa in:').waitFor();
    await page.getByText(/1 från kontakterna/u).waitFor();
    await expectAccessible(page, 'inläsning av inbjudan, förhandsvisning');
    await page.getByRole('button', { name: 'Läs in mötet' }).click();
    await page.getByText('1 nya möten och 0 uppdaterade lästes in.').waitFor();
    const imported = (await storedRecords<Meeting>(page, 'meetings')).find((m) => m.title.startsWith('Dialogmöte: Innovationer'));
    expect(imported).toMatchObject({ startDate: '2027-03-30', startTime: '09:00', organizer: expect.stringContaining('Karin Sjöberg') });
    expect(imported?.participants.find((p) => p.name === 'Per Öberg')?.contactId).not.toBeNull();
    await page.getByRole('link', { name: 'Dialogmöte: Innovationer och entreprenörskap' }).click();
    await page.getByRole('table', { name: 'Mötets deltagare' }).getByRole('rowheader', { name: 'Per Öberg' }).waitFor();
    await expectAccessible(page, 'inläst möte');

    // Google's and Apple's own exports: every event becomes a meeting, in Swedish time.
    await meetings.openList();
    const [chooser3] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Välj .ics-filer …' }).click()]);
    await chooser3.setFiles([icsFixture('google-export.ics'), icsFixture('apple-kalender.ics')]);
    await page.getByText('RUS-forum', { exact: true }).waitFor();
    const confirm = page.getByRole('button', { name: /^Läs in \d+ möten$/u });
    const count = Number((await confirm.textContent())?.match(/\d+/u)?.[0]);
    await confirm.click();
    await page.getByText(`${count} nya möten och 0 uppdaterade lästes in.`).waitFor();
    const all = await storedRecords<Meeting>(page, 'meetings');
    expect(all).toHaveLength(2 + count);
    expect(all.find((m) => m.title === 'Utvärderingsforum')).toMatchObject({ startDate: '2027-05-10', startTime: '13:00' });
    expect(all.find((m) => m.title === 'Internat för målområdesansvariga')).toBeDefined();
  });

  it('Översikt påminner om möten de närmaste två veckorna och om åtgärder som passerat sitt datum; Årscykeln sparar året som .ics', async () => {
    const { page, baseUrl } = e2e;
    // Thursday 25 February 2027, 10:00 in Stockholm.
    await page.clock.setFixedTime(new Date('2027-02-25T10:00:00+01:00'));
    await startWithProfile(page, baseUrl);
    await page.getByText('Inga möten eller datum i årscykeln de närmaste 14 dagarna.').waitFor();
    const meetings = new MeetingsPage(page);
    await meetings.openList();
    await meetings.create('Nätverksträff mars', 'Målområdesnätverk', 'Inget särskilt', '2027-03-02', '13:00', '15:00');
    await page.getByRole('heading', { level: 2, name: 'Nätverksträff mars' }).waitFor();
    await meetings.addByName('Ny åtgärd', 'Lägg till åtgärden', 'Skicka underlaget');
    await typeInto(meetings.field('Åtgärd 1, klart senast'), '2027-02-20');
    await meetings.addByName('Ny åtgärd', 'Lägg till åtgärden', 'Boka lokal');
    await typeInto(meetings.field('Åtgärd 2, klart senast'), '2027-02-22');
    await page.getByRole('checkbox', { name: 'Åtgärd 2 är klar' }).check();
    await meetings.saved();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    const reminders = page.getByRole('region', { name: 'De närmaste två veckorna' });
    await reminders.getByRole('link', { name: 'Nätverksträff mars', exact: true }).waitFor();
    expect(await reminders.textContent()).toContain('2027-03-02 13:00–15:00');
    // The open action past its date is named; the one ticked done is not.
    await reminders.getByText('Skicka underlaget (klart senast 2027-02-20), från').waitFor();
    expect(await reminders.textContent()).not.toContain('Boka lokal');
    await expectAccessible(page, 'översikten med påminnelser');

    // The year as a calendar file: the meeting, and a word on the cycle's days that have only a month.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Möten' }).click();
    await page.getByRole('link', { name: 'Årscykel' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara 2027 i kalenderformat (.ics)' }).click()]);
    expect(file.suggestedFilename()).toBe('Arscykel_2027.ics');
    const ics = await readFile((await file.path()) ?? '', 'utf8');
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20270302T130000');
    expect(ics).toContain('X-WR-CALNAME:Årscykel 2027');
    await page.getByText(/^Sparat som Arscykel_2027\.ics: 1 möten och \d+ dagar ur årscykeln\./u).waitFor();
    await expectAccessible(page, 'årscykeln efter export');

    // A meeting that is a day of the annual cycle stands for it: Utvärderingsforum (May) is the meeting, not the template's "some time in May".
    await meetings.openList();
    await meetings.create('Utvärderingsforum 2027', 'Händelse i årscykeln', 'Inget särskilt', '2027-05-10', '09:00', '16:00');
    await page.getByRole('heading', { level: 2, name: 'Utvärderingsforum 2027' }).waitFor();
    await page.getByLabel('Händelse i årscykeln').selectOption({ label: 'Utvärderingsforum' });
    await meetings.saved();
    expect((await storedRecords<Meeting>(page, 'meetings')).find((m) => m.title === 'Utvärderingsforum 2027')?.cycleEventId).toBe('utvarderingsforum');
    await page.getByRole('link', { name: 'Årscykel' }).click();
    const may = page.locator('.cal-month').filter({ has: page.getByRole('heading', { level: 3, name: 'Maj 2027', exact: true }) });
    await may.getByRole('link', { name: 'Utvärderingsforum 2027' }).waitFor();
    expect(await may.textContent()).not.toContain('Någon gång i maj');

    // Removing the meeting asks first, moves it to the papperskorg and says so on the list.
    await may.getByRole('link', { name: 'Utvärderingsforum 2027' }).click();
    await page.getByRole('button', { name: 'Ta bort mötet …' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, flytta till papperskorgen' }).click();
    await page.getByRole('status').filter({ hasText: '”Utvärderingsforum 2027” ligger nu i papperskorgen.' }).waitFor();
    expect((await storedRecords<Meeting>(page, 'meetings')).map((m) => m.title)).toEqual(['Nätverksträff mars']);
    expect((await storedRecords<{ kind: string; title: string }>(page, 'trash')).map((e) => [e.kind, e.title])).toEqual([['meeting', '2027-05-10 Utvärderingsforum 2027']]);
  });
});
