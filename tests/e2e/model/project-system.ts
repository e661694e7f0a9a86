/**
 * The project editor under the model: a project for 2027–2029 with one
 * activity (its start and end, a pair that must lie inside the project)
 * and one budget line with amounts for 2027 and 2028.
 */
import type { Page } from 'playwright-core';
import type { GoalArea } from '#shared/domain/plan.ts';
import type { Project } from '#shared/domain/project.ts';
import { formatKronorInput, parseKronor } from '#shared/plan/validation.ts';
import { startWithProfile } from '../helpers.ts';
import { learnDateLayout } from '../pages/date-typing.ts';
import { ProjectEditorPage } from '../pages/project-editor-page.ts';
import { storedRecords } from '../pages/stored-records.ts';
import { writeIntoWorkbook } from '../seed-workbook.ts';
import { dateField, pairAgrees } from './fields.ts';
import type { AmountSpec, FormModel, FormSystem } from './form-model.ts';

const goalArea: GoalArea = { id: 'ga-ie', code: 'IE', name: 'Innovationer och entreprenörskap', description: '', effectGoals: [], owner: 'Anna Lindqvist', reviewers: [] };
export const projectTitle = 'UF-lyftet';
const period = { start: '2027-01-01', end: '2029-12-31' };
const activityTitle = 'Workshop';
export const activityPair = 'projektaktiviteten';
export const amountNames = ['budget 2027', 'budget 2028'];

const amount = (year: number): AmountSpec => ({
  label: `Personal, ${year}, kronor`,
  parse: (text) => {
    if (text.trim() === '') return 0;
    const parsed = parseKronor(text);
    return parsed.ok ? parsed.ore : null;
  },
  format: (ore) => (ore === 0 ? '' : formatKronorInput(ore)),
});

async function openProject(page: Page): Promise<void> {
  await page.getByRole('link', { name: projectTitle, exact: true }).click();
  await waitForProject(page);
}

async function waitForProject(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 2, name: projectTitle }).waitFor();
  await page.getByLabel(`Startdatum för ${activityTitle}`, { exact: true }).waitFor();
}

/** Profile, goal area, the project with its activity and budget line; returns the model and the system. */
export async function setUpProject(page: Page, baseUrl: string, dialogs: FormSystem['dialogs']): Promise<{ model: FormModel; system: FormSystem }> {
  await startWithProfile(page, baseUrl);
  await writeIntoWorkbook(page, { goalAreas: [goalArea] });
  await page.reload();
  const projects = new ProjectEditorPage(page);
  await projects.openList();
  const layout = await learnDateLayout(page);
  await projects.create(projectTitle, 'IE Innovationer och entreprenörskap', period.start, period.end);
  await projects.addByName('Ny aktivitet', 'Lägg till aktivitet', activityTitle);
  await page.getByRole('button', { name: 'Lägg till kostnadsrad' }).click();
  await waitForProject(page);
  await page.getByLabel(amount(2027).label, { exact: true }).waitFor();
  const projectId = decodeURIComponent(/#\/projekt\/([^/?#]+)/u.exec(page.url())?.[1] ?? '');
  const [stored] = (await storedRecords<Project>(page, 'projects')).filter((p) => p.id === projectId);
  const activity = stored?.activities[0];
  if (!stored || !activity) throw new Error('projektet eller dess aktivitet finns inte i IndexedDB efter uppläggningen');
  const inside = (start: string, end: string) => pairAgrees(start, end) && start >= period.start && end <= period.end;
  const model: FormModel = {
    pairs: new Map([[activityPair, { spec: { startLabel: `Startdatum för ${activityTitle}`, endLabel: `Slutdatum för ${activityTitle}`, agrees: inside }, start: dateField(activity.startDate), end: dateField(activity.endDate), alsoAccepted: [] }]]),
    amounts: new Map(
      [2027, 2028].map((year, i) => [amountNames[i] ?? '', { spec: amount(year), field: { stored: 0, draft: '' } }]),
    ),
  };
  const system: FormSystem = {
    page,
    layout,
    dialogs,
    ready: () => waitForProject(page),
    switchAway: async () => {
      const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
      await menu.getByRole('link', { name: 'Översikt', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
      await menu.getByRole('link', { name: 'Projekt', exact: true }).click();
      await openProject(page);
    },
    read: async () => {
      const project = (await storedRecords<Project>(page, 'projects')).find((p) => p.id === projectId);
      const a = project?.activities[0];
      const line = project?.budget[0];
      const ore = (year: number) => line?.amounts.find((y) => y.year === year)?.ore ?? 0;
      return {
        pairs: new Map([[activityPair, [a?.startDate ?? '?', a?.endDate ?? '?'] as [string, string]]]),
        amounts: new Map([
          [amountNames[0] ?? '', ore(2027)],
          [amountNames[1] ?? '', ore(2028)],
        ]),
      };
    },
  };
  return { model, system };
}
