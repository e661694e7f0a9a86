import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Activity, ActionPlan, Strategy } from '#shared/domain/plan.ts';
import type { Project } from '#shared/domain/project.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { ProjectEditorPage } from './pages/project-editor-page.ts';
import { label, storedRecords } from './pages/stored-records.ts';

/**
 * Issue 12, defect 2: text typed just before a reload was lost. A person
 * types and presses F5 at once (50 ms after the last keystroke, well
 * inside the 300 ms autosave delay); after the reload the text is both
 * stored and shown.
 */

/** Several reloads in one test: more time than the default minute on a busy machine. */
const RELOADS_TIMEOUT_MS = 150_000;

/** What a person does: the last keystroke, a moment, then F5. */
async function reloadRightAfterTyping(page: Page): Promise<void> {
  await page.waitForTimeout(50);
  await page.reload();
}

/** Edits still waiting in the save journal (each is removed once its write has committed). */
function journalEntries(page: Page): Promise<number> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('moa.saveJournal.')).length);
}

async function strategyTitled(page: Page, title: string): Promise<Strategy | undefined> {
  return (await storedRecords<Strategy>(page, 'strategies')).find((s) => s.title === title);
}

describe('omladdning direkt efter inmatning', () => {
  const e2e = useBrowser();

  it('behåller en strategis titel, ett avsnitt och en aktivitets anteckningar i planen, och två fält skrivna inom 300 ms', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();

    // A strategy title in the outline.
    const title = plans.rowInput('Strategi 1');
    await title.focus();
    await page.keyboard.press('End');
    await title.pressSequentially(' i länet');
    await reloadRightAfterTyping(page);
    await plans.rowInput('Strategi 1').waitFor();
    expect(await plans.rowInput('Strategi 1').inputValue()).toBe('Fler unga företagare i länet');
    expect(await strategyTitled(page, 'Fler unga företagare i länet')).toBeDefined();
    await expectAccessible(page, 'planredigeraren efter omladdning');

    // A text section of the plan.
    const summary = () => plans.sections().getByRole('textbox', { name: label('Sammanfattning') });
    await summary().focus();
    await page.keyboard.press('Control+End');
    await summary().pressSequentially(' Vi satsar på unga.');
    await reloadRightAfterTyping(page);
    await summary().waitFor();
    expect(await summary().inputValue()).toMatch(/ Vi satsar på unga\.$/u);
    const [plan] = await storedRecords<ActionPlan>(page, 'actionPlans');
    expect(plan?.sections.find((s) => s.key === 'sammanfattning')?.text).toBe(await summary().inputValue());

    // An activity's Anteckningar in the details panel.
    const activityRow = plans.rowInput('Aktivitet 1.1.1');
    const activityTitle = await activityRow.inputValue();
    await activityRow.focus();
    const notes = plans.details().getByLabel('Anteckningar');
    await notes.focus();
    await page.keyboard.press('Control+End');
    await notes.pressSequentially(' Boka aulan i mars.');
    await reloadRightAfterTyping(page);
    await plans.rowInput('Aktivitet 1.1.1').focus();
    await plans.details().getByLabel('Anteckningar').waitFor();
    const shownNotes = await plans.details().getByLabel('Anteckningar').inputValue();
    expect(shownNotes).toMatch(/ Boka aulan i mars\.$/u);
    const activity = (await storedRecords<Activity>(page, 'activities')).find((a) => a.title === activityTitle);
    expect(activity?.notes).toBe(shownNotes);

    // Two fields typed within 300 ms of each other, then F5: both are kept.
    await plans.rowInput('Strategi 2').focus();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await plans.rowInput('Strategi 3').focus();
    await page.keyboard.press('End');
    await page.keyboard.type('?');
    await reloadRightAfterTyping(page);
    await plans.rowInput('Strategi 2').waitFor();
    const second = await plans.rowInput('Strategi 2').inputValue();
    const third = await plans.rowInput('Strategi 3').inputValue();
    expect(second).toMatch(/!$/u);
    expect(third).toMatch(/\?$/u);
    expect(await strategyTitled(page, second)).toBeDefined();
    expect(await strategyTitled(page, third)).toBeDefined();
    await expectAccessible(page, 'planredigeraren efter två snabba ändringar och omladdning');
    await expect.poll(() => journalEntries(page)).toBe(0);
  }, RELOADS_TIMEOUT_MS);

  it('behåller text i projektplanen', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    const projects = new ProjectEditorPage(page);
    await projects.openList();
    await projects.create('Unga innovatörer i Bergslagen', 'IE Innovationer och entreprenörskap', '2027-01-01', '2028-12-31');

    const primary = () => projects.field('Primära målgrupper');
    await primary().focus();
    await page.keyboard.type('Elever på gymnasiet');
    await reloadRightAfterTyping(page);
    await primary().waitFor();
    expect(await primary().inputValue()).toBe('Elever på gymnasiet');
    const [project] = await storedRecords<Project>(page, 'projects');
    expect(project?.targetGroups.primary).toBe('Elever på gymnasiet');

    // The project's name and a target group typed within 300 ms, then F5.
    const name = () => page.getByLabel(label('Projektets namn'));
    await name().focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' 2027');
    await projects.field('Sekundära målgrupper').focus();
    await page.keyboard.type('Lärare');
    await reloadRightAfterTyping(page);
    await projects.field('Sekundära målgrupper').waitFor();
    expect(await name().inputValue()).toBe('Unga innovatörer i Bergslagen 2027');
    expect(await projects.field('Sekundära målgrupper').inputValue()).toBe('Lärare');
    const [stored] = await storedRecords<Project>(page, 'projects');
    expect(stored?.title).toBe('Unga innovatörer i Bergslagen 2027');
    expect(stored?.targetGroups).toEqual({ primary: 'Elever på gymnasiet', secondary: 'Lärare' });
    await expectAccessible(page, 'projektredigeraren efter omladdning');
    await expect.poll(() => journalEntries(page)).toBe(0);
  }, RELOADS_TIMEOUT_MS);
});
