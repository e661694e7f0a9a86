import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ActionPlan, GoalArea } from '#shared/domain/plan.ts';
import type { TrashEntry } from '#shared/domain/trash.ts';
import { workbookTableNames } from '#shared/workbook-file/tables.ts';
import { readWorkbookFile } from '#shared/workbook-file/workbook-file.ts';
import { fixturesByVersion } from '../unit/renderer/db/fixtures.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { AppShellPage } from './pages/app-shell-page.ts';
import { BackupPage } from './pages/backup-page.ts';
import { ContactsPage } from './pages/contacts-page.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { storedRecords } from './pages/stored-records.ts';
import { TrashPage } from './pages/trash-page.ts';
import { writeIntoWorkbook } from './seed-workbook.ts';

/** Every table but the trash, each sorted by id: what a restore must bring back exactly. */
async function workbookWithoutTrash(page: Page): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of workbookTableNames.filter((name) => name !== 'trash')) {
    all[table] = (await storedRecords<{ id: string }>(page, table)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return all;
}

/** Screenshots to look at, only when asked for (TRASH_SCREENSHOTS=<folder>). */
async function screenshots(page: Page, name: string): Promise<void> {
  const folder = process.env.TRASH_SCREENSHOTS;
  if (!folder) return;
  for (const [width, height] of [
    [1366, 768],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${folder}/${name}-${width}x${height}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

const localDate = (date: Date): string => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The example workbook, plus a second goal area with a submitted plan, a project on the example's goal area with a time entry, and an unused contact. */
async function exampleWorkbook(page: Page, baseUrl: string): Promise<{ ie: GoalArea; iePlan: ActionPlan }> {
  await startWithProfile(page, baseUrl);
  const plans = new PlanEditorPage(page);
  await plans.openList();
  await plans.loadExample();
  const [ie] = await storedRecords<GoalArea>(page, 'goalAreas');
  const [iePlan] = await storedRecords<ActionPlan>(page, 'actionPlans');
  if (!ie || !iePlan) throw new Error('exemplet saknas');
  const project = fixturesByVersion[3]?.projects?.[0] ?? {};
  const klPlan = { id: 'plan-kl', goalAreaId: 'ga-kl', periodStart: 2027, periodEnd: 2028, title: 'Handlingsplan Kunskapslyft 2027–2028', status: 'submitted', sections: [], version: 1, updatedAt: '2026-11-20T13:05:00.000Z', templateRef: null };
  const strategy = { id: 'str-kl', planId: 'plan-kl', title: 'Fler läser', why: '', effectGoal: '', what: '', target: '', indicators: [], order: 0 };
  const tactic = { id: 'tac-kl', planId: 'plan-kl', strategyId: 'str-kl', title: 'Läsombud', who: { responsibleContactId: null, partnerContactIds: [], text: '' }, how: '', perspectives: [], order: 0 };
  const activity = { id: 'act-kl', planId: 'plan-kl', tacticId: 'tac-kl', title: 'Läsfestival', responsible: '', startDate: '2027-04-15', endDate: '2027-04-15', status: 'planned', costOre: 0, projectId: null, relatedGoalAreaIds: [], notes: '', order: 0 };
  await writeIntoWorkbook(page, {
    goalAreas: [{ id: 'ga-kl', code: 'KL', name: 'Kunskapslyft för barn och unga', description: '', effectGoals: [], owner: 'Anna Lindqvist', reviewers: [] }],
    actionPlans: [klPlan],
    strategies: [strategy],
    tactics: [tactic],
    activities: [activity],
    planVersions: [{ id: 'pv-kl', planId: 'plan-kl', version: 1, submittedAt: '2026-11-20T13:05:00.000Z', snapshot: { plan: klPlan, strategies: [strategy], tactics: [tactic], activities: [activity] } }],
    projects: [{ ...project, id: 'proj-1', goalAreaId: ie.id, strategyIds: [], tacticIds: [], organisation: { ownerContactId: null, leaderContactId: null, steeringGroupContactIds: [], referenceGroupContactIds: [], partnerContactIds: [] } }],
    contacts: [{ id: 'c-kumla', kind: 'organisation', name: 'Företagsfabriken i Kumla', organisation: '', role: 'Rådgivare', municipality: 'Kumla', email: '', phone: '', networks: [] }],
    timeEntries: [{ id: 't-proj', date: '2026-11-23', minutes: 90, categoryId: 'moa', goalAreaId: null, activityId: null, projectId: 'proj-1', note: 'Styrgrupp' }],
  });
  await page.reload();
  await plans.openList();
  return { ie, iePlan };
}

/** Sends Enter to a control reached by focus, as a keyboard user does once there. */
async function pressOn(page: Page, name: string | RegExp, key = 'Enter'): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).focus();
  await page.keyboard.press(key);
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

describe('papperskorgen', () => {
  const e2e = useBrowser();

  it('tar bort en handlingsplan, ett målområde, en kontakt och ett projekt med tangentbordet, och återställer dem från Inställningar', async () => {
    const { page, baseUrl } = e2e;
    const { iePlan } = await exampleWorkbook(page, baseUrl);
    const before = await workbookWithoutTrash(page);
    const planStrategies = (before.strategies as { planId: string }[]).filter((s) => s.planId === iePlan.id).length;
    const planActivities = (before.activities as { planId: string }[]).filter((a) => a.planId === iePlan.id).length;

    // The plan: first "Nej, behåll" (a change of mind), then for real.
    await pressOn(page, `Ta bort handlingsplanen ${iePlan.title}`);
    const planConfirm = page.getByRole('alertdialog', { name: `Ta bort handlingsplanen ”${iePlan.title}”?` });
    await planConfirm.getByText(`Handlingsplanen ”${iePlan.title}”, ${planStrategies} strategier och ${planActivities} aktiviteter flyttas till papperskorgen.`).waitFor();
    await planConfirm.getByText('tas det bort för gott efter 30 dagar').waitFor();
    await expectAccessible(page, 'planer, bekräfta att handlingsplanen tas bort');
    await screenshots(page, 'plan-confirm');
    expect(await focusedName(page)).toBe('Nej, behåll');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `”${iePlan.title}” är kvar.` }).waitFor();
    expect(await focusedName(page)).toBe(`Ta bort handlingsplanen ${iePlan.title}`);
    await page.keyboard.press('Enter');
    await planConfirm.waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('Ja, flytta till papperskorgen');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `”${iePlan.title}” ligger nu i papperskorgen. Du kan återställa det under Inställningar › Papperskorg.` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await page.getByText('Ingen handlingsplan ännu.').first().waitFor();
    await expectAccessible(page, 'planer, handlingsplanen i papperskorgen');

    // The goal area, with its submitted plan.
    await pressOn(page, 'Ta bort målområdet KL Kunskapslyft för barn och unga');
    await page.getByText('Målområdet KL Kunskapslyft för barn och unga, dess 1 handlingsplan, 1 strategi, 1 aktivitet och 1 inlämnad version flyttas till papperskorgen.').waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '”KL Kunskapslyft för barn och unga” ligger nu i papperskorgen.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plans-list');
    expect(await page.getByRole('heading', { level: 3, name: /Kunskapslyft/u }).count()).toBe(0);
    await expectAccessible(page, 'planer, målområdet i papperskorgen');

    // The contact.
    const contacts = new ContactsPage(page);
    await contacts.open(baseUrl);
    await contacts.removeButton('Företagsfabriken i Kumla').focus();
    await page.keyboard.press('Enter');
    await page.getByText('Vill du ta bort kontakten Företagsfabriken i Kumla? Den flyttas till papperskorgen', { exact: false }).waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await contacts.status().filter({ hasText: 'Kontakten Företagsfabriken i Kumla ligger nu i papperskorgen.' }).waitFor();
    await expectAccessible(page, 'kontakter, kontakten i papperskorgen');

    // The project, from its editor.
    await page.goto(`${baseUrl}#/projekt/proj-1`);
    await page.getByRole('heading', { level: 2, name: 'Unga innovatörer i Bergslagen' }).waitFor();
    await pressOn(page, 'Ta bort projektet …');
    await page.getByText('Kopplingen tas bort från 0 aktiviteter i handlingsplaner och 1 tidposter; de finns kvar och kopplas tillbaka om du återställer projektet.').waitFor();
    await expectAccessible(page, 'projekt, bekräfta att projektet tas bort');
    await pressOn(page, 'Ja, flytta projektet till papperskorgen');
    await page.getByRole('heading', { level: 2, name: 'Projektplaner' }).waitFor();
    await page.getByRole('status').filter({ hasText: '”Unga innovatörer i Bergslagen” ligger nu i papperskorgen.' }).waitFor();
    await expectAccessible(page, 'projektlistan efter borttagning');

    // What IndexedDB holds now.
    const trash = await storedRecords<TrashEntry>(page, 'trash');
    expect(trash.map((e) => e.kind).sort()).toEqual(['contact', 'goalArea', 'plan', 'project']);
    expect(await storedRecords(page, 'actionPlans')).toEqual([]);
    expect((await storedRecords<GoalArea>(page, 'goalAreas')).map((g) => g.code)).toEqual(['IE']);
    expect(await storedRecords(page, 'planVersions')).toEqual([]);
    expect(await storedRecords(page, 'projects')).toEqual([]);
    expect((await storedRecords<{ name: string }>(page, 'contacts')).map((c) => c.name)).not.toContain('Företagsfabriken i Kumla');
    expect((await storedRecords<{ id: string; projectId: string | null }>(page, 'timeEntries')).find((t) => t.id === 't-proj')?.projectId).toBeNull();
    const planEntry = trash.find((e) => e.kind === 'plan');
    expect(planEntry?.records.strategies).toHaveLength(planStrategies);
    expect(planEntry?.records.activities).toHaveLength(planActivities);

    // A backup holds the trash.
    await page.reload();
    await new AppShellPage(page).goTo('Inställningar');
    const backup = await new BackupPage(page).backUp();
    const read = await readWorkbookFile(new Uint8Array(backup.bytes));
    if (!read.ok) throw new Error('säkerhetskopian gick inte att läsa');
    expect(read.tables.trash.map((e) => e.id).sort()).toEqual(trash.map((e) => e.id).sort());
    expect(read.tables.trash.find((e) => e.kind === 'goalArea')?.records.planVersions?.map((v) => v.id)).toEqual(['pv-kl']);

    // The Papperskorg in Inställningar, after a reload.
    const trashView = new TrashPage(page);
    await trashView.heading().scrollIntoViewIfNeeded();
    await trashView.section().getByText('tas bort för gott efter 30 dagar', { exact: false }).waitFor();
    const removed = new Date(trash[0]?.removedAt ?? '');
    const today = localDate(removed);
    const expires = localDate(new Date(removed.getTime() + 30 * 24 * 60 * 60 * 1000));
    const rows = await trashView.rows();
    expect(rows).toHaveLength(4);
    expect(rows).toContainEqual(['Målområde', 'KL Kunskapslyft för barn och unga', '1 handlingsplan, 1 strategi, 1 aktivitet och 1 inlämnad version', `${today} tas bort för gott ${expires}`]);
    expect(rows).toContainEqual(['Handlingsplan', iePlan.title, `${planStrategies} strategier och ${planActivities} aktiviteter`, `${today} tas bort för gott ${expires}`]);
    expect(rows).toContainEqual(['Kontakt', 'Företagsfabriken i Kumla', '', `${today} tas bort för gott ${expires}`]);
    expect(rows).toContainEqual(['Projekt', 'Unga innovatörer i Bergslagen', '', `${today} tas bort för gott ${expires}`]);
    await expectAccessible(page, 'inställningar, papperskorgen med fyra poster');
    await trashView.heading().scrollIntoViewIfNeeded();
    await screenshots(page, 'settings-trash');

    for (const [kind, title] of [
      ['målområde', 'KL Kunskapslyft för barn och unga'],
      ['handlingsplan', iePlan.title],
      ['kontakt', 'Företagsfabriken i Kumla'],
      ['projekt', 'Unga innovatörer i Bergslagen'],
    ] as const) {
      await trashView.restoreButton(kind, title).focus();
      await page.keyboard.press('Enter');
      await trashView.status().filter({ hasText: `Återställt: ${kind[0]?.toUpperCase()}${kind.slice(1)} ”${title}”.` }).waitFor();
    }
    await trashView.section().getByText('Papperskorgen är tom.').waitFor();
    await expectAccessible(page, 'inställningar, papperskorgen tömd genom återställning');

    // Everything is back as it was, the project's time entry linked again; and it stays so after a reload.
    await page.reload();
    expect(await workbookWithoutTrash(page)).toEqual(before);
    expect(await storedRecords(page, 'trash')).toEqual([]);
    expect((await storedRecords<{ id: string; projectId: string | null }>(page, 'timeEntries')).find((t) => t.id === 't-proj')?.projectId).toBe('proj-1');
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await page.getByRole('link', { name: iePlan.title }).waitFor();
    await page.getByRole('link', { name: 'Handlingsplan Kunskapslyft 2027–2028' }).waitFor();
    // Four removals, a backup and four restores, with axe at each step: longer than one edit.
  }, 240_000);

  it('tömmer papperskorgen efter en bekräftelse som nämner inlämnade versioner, och rensar poster äldre än 30 dagar vid start', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const contact = { id: 'c-old', kind: 'organisation', name: 'Gammal kontakt', organisation: '', role: '', municipality: '', email: '', phone: '', networks: [] };
    const plan = { id: 'plan-x', goalAreaId: 'ga-x', periodStart: 2027, periodEnd: 2028, title: 'Handlingsplan X', status: 'submitted', sections: [], version: 1, updatedAt: '2026-11-20T13:05:00.000Z', templateRef: null };
    const version = { id: 'pv-x', planId: 'plan-x', version: 1, submittedAt: '2026-11-20T13:05:00.000Z', snapshot: { plan, strategies: [], tactics: [], activities: [] } };
    const recent = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
    const expired = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000).toISOString();
    await writeIntoWorkbook(page, {
      trash: [
        { id: 'tr-plan', kind: 'plan', title: 'Handlingsplan X', removedAt: recent, records: { actionPlans: [plan], planVersions: [version] }, cutLinks: { activities: [], timeEntries: [] } },
        { id: 'tr-old', kind: 'contact', title: 'Gammal kontakt', removedAt: expired, records: { contacts: [contact] }, cutLinks: { activities: [], timeEntries: [] } },
      ],
    });
    await page.reload();
    await new AppShellPage(page).goTo('Inställningar');
    const trashView = new TrashPage(page);
    await trashView.heading().waitFor();
    // The purge runs at start; the list follows once it is done.
    await expect.poll(async () => (await trashView.rows()).map((row) => row[1])).toEqual(['Handlingsplan X']);
    expect((await storedRecords<TrashEntry>(page, 'trash')).map((e) => e.id)).toEqual(['tr-plan']);

    // Its goal area is gone: the restore is refused with a message naming the plan, and nothing changes.
    await trashView.restoreButton('handlingsplan', 'Handlingsplan X').focus();
    await page.keyboard.press('Enter');
    await trashView.alert().filter({ hasText: 'Det går inte att återställa ”Handlingsplan X”: dess målområde finns inte längre.' }).waitFor();
    expect(await storedRecords(page, 'actionPlans')).toEqual([]);
    await expectAccessible(page, 'inställningar, återställning nekad');

    await pressOn(page, 'Töm papperskorgen …');
    const confirm = page.getByRole('alertdialog', { name: 'Vill du ta bort allt i papperskorgen för gott? Det går inte att ångra.' });
    await confirm.getByText('Papperskorgen har 1 post.').waitFor();
    await confirm.getByText('Bland dem finns 1 inlämnad version av handlingsplaner; de försvinner också.').waitFor();
    await expectAccessible(page, 'inställningar, bekräfta tömning');
    await page.keyboard.press('Enter');
    await trashView.status().filter({ hasText: 'Papperskorgen är kvar som den var.' }).waitFor();
    expect(await storedRecords(page, 'trash')).toHaveLength(1);
    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await trashView.status().filter({ hasText: 'Papperskorgen är tömd.' }).waitFor();
    await trashView.section().getByText('Papperskorgen är tom.').waitFor();
    expect(await storedRecords(page, 'trash')).toEqual([]);
    await page.reload();
    expect(await storedRecords(page, 'trash')).toEqual([]);
  });
});
