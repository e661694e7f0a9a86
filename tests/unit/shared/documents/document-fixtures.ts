/** Inputs for the document builders' tests: the example workbook plus a second and a third goal area, and a month of time entries. */
import type { Activity, ActionPlan, GoalArea, Strategy, Tactic } from '#shared/domain/plan.ts';
import type { Mandate, TimeEntry } from '#shared/domain/timelog.ts';
import { defaultTimeCategories } from '#shared/domain/timelog.ts';
import type { AktivitetsplanInput } from '#shared/documents/aktivitetsplan.ts';
import type { HandlingsplanInput } from '#shared/documents/handlingsplan.ts';
import { planCompleteness } from '#shared/plan/completeness.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import type { TidrapportInput } from '#shared/documents/tidrapport.ts';
import { buildExampleWorkbook } from '#shared/examples/example-workbook.ts';
import { timeReportSummary } from '#shared/timelog/time-report.ts';

/** Text Word must get exactly: XML's own characters, quotes, emoji (with a zero-width joiner), line breaks and a blank line. */
export const trickyText = 'Tom & Jerry <b>fet</b> "citat" \'apostrof\' ”svenska” 🚀👩🏽‍💻 ]]> &amp;\nandra raden\n\ntredje efter tom rad  ';

/** 50 000 characters of trickyText, line breaks included. */
export const longTrickyText = (trickyText + '\n').repeat(Math.ceil(50_000 / (trickyText.length + 1))).slice(0, 50_000);

export function exampleWorkbook(): ReturnType<typeof buildExampleWorkbook> {
  let n = 0;
  return buildExampleWorkbook(() => `id-${(n += 1)}`, '2026-11-27T08:00:00.000Z', 'Anna Lindqvist');
}

/** The example workbook's plan as the handlingsplan builder takes it (complete but for `missing`, which the completeness lists as absent). */
export function exampleHandlingsplanInput(overrides: Partial<HandlingsplanInput> = {}, missing: readonly string[] = []): HandlingsplanInput {
  const example = exampleWorkbook();
  const plan = example.actionPlans[0];
  const goalArea = example.goalAreas[0];
  if (!plan || !goalArea) throw new Error('the example workbook has a plan and a goal area');
  const content: PlanContent = { plan, strategies: example.strategies, tactics: example.tactics, activities: example.activities };
  return { content, goalArea, contacts: example.contacts, ownerName: 'Anna Lindqvist', today: '2026-11-27', draft: false, completeness: planCompleteness(content, [...missing]), ...overrides };
}

/** "Kunskapslyft för barn och unga" with one strategy, one tactic and three activities, and "Hälsa" with a plan but nothing in it. */
function moreGoalAreas(): Pick<AktivitetsplanInput, 'goalAreas' | 'actionPlans' | 'strategies' | 'tactics' | 'activities'> {
  const goalAreas: GoalArea[] = [
    { id: 'kb', code: 'KB', name: 'Kunskapslyft för barn och unga', description: '', effectGoals: [], owner: 'Per Ek', reviewers: [] },
    { id: 'hf', code: 'HF', name: 'Hälsa och folkhälsa', description: '', effectGoals: [], owner: 'Sara Ali', reviewers: [] },
  ];
  const plan = (id: string, goalAreaId: string): ActionPlan => ({
    id,
    goalAreaId,
    periodStart: 2026,
    periodEnd: 2027,
    title: `Handlingsplan ${id}`,
    status: 'submitted',
    sections: [],
    version: 2,
    updatedAt: '2026-11-01T08:00:00.000Z',
    templateRef: null,
  });
  const strategies: Strategy[] = [{ id: 'kb-s', planId: 'kb-p', title: 'Fler behöriga till gymnasiet', why: '', effectGoal: '', what: '', target: '', indicators: [], order: 0 }];
  const tactics: Tactic[] = [
    { id: 'kb-t', planId: 'kb-p', strategyId: 'kb-s', title: 'Läxhjälp i alla kommuner', who: { responsibleContactId: null, partnerContactIds: [], text: '' }, how: '', perspectives: [], order: 0 },
  ];
  const activity = (id: string, title: string, startDate: string, endDate: string, status: Activity['status'], kronor: number): Activity => ({
    id,
    planId: 'kb-p',
    tacticId: 'kb-t',
    title,
    responsible: 'Per Ek',
    startDate,
    endDate,
    status,
    costOre: kronor * 100,
    projectId: null,
    relatedGoalAreaIds: [],
    notes: '',
    order: 0,
  });
  const activities = [
    activity('kb-1', 'Läxhjälpsnätverk startas', '2026-10-05', '2026-12-18', 'ongoing', 60_000),
    activity('kb-2', 'Utvärdering av läxhjälpen', '2027-05-03', '2027-06-11', 'planned', 1_234_567),
    activity('kb-3', 'Sommarskola i matematik', '2026-06-15', '2026-08-07', 'done', 90_000),
  ];
  return { goalAreas, actionPlans: [plan('kb-p', 'kb'), plan('hf-p', 'hf')], strategies, tactics, activities };
}

export function aktivitetsplanInput(overrides: Partial<AktivitetsplanInput> = {}): AktivitetsplanInput {
  const example = exampleWorkbook();
  const more = moreGoalAreas();
  return {
    goalAreaId: example.goalAreas[0]?.id ?? null,
    grouping: 'status',
    planScope: 'current',
    period: null,
    goalAreas: [...example.goalAreas, ...more.goalAreas],
    actionPlans: [...example.actionPlans, ...more.actionPlans],
    strategies: [...example.strategies, ...more.strategies],
    tactics: [...example.tactics, ...more.tactics],
    activities: [...example.activities, ...more.activities],
    ownerName: 'Anna Lindqvist',
    today: '2026-11-27',
    ...overrides,
  };
}

/** November 2026 (v. 44–49, the first and last week only in part): 20 % of 40 hours as the mandate. */
export function tidrapportInput(overrides: Partial<TidrapportInput> = {}, entries: TimeEntry[] = novemberEntries()): TidrapportInput {
  const mandates: Mandate[] = [{ id: 'm1', validFrom: '2026-01-01', percentOfFullTime: 20, fullTimeHoursPerWeek: 40 }];
  return {
    summary: timeReportSummary(entries, mandates, '2026-11-01', '2026-11-30'),
    categories: defaultTimeCategories,
    personName: 'Anna Lindqvist',
    organisation: 'Region Örebro län',
    periodLabel: 'November 2026',
    mandateDescription: '20 % av heltid (8 timmar i veckan)',
    today: '2026-11-27',
    ...overrides,
  };
}

function novemberEntries(): TimeEntry[] {
  const entry = (date: string, categoryId: string, minutes: number): TimeEntry => ({
    id: `${date}-${categoryId}`,
    date,
    minutes,
    categoryId,
    goalAreaId: null,
    activityId: null,
    projectId: null,
    note: '',
  });
  return [
    entry('2026-11-02', 'moa', 6 * 60 + 30),
    entry('2026-11-03', 'projektledning', 6 * 60),
    entry('2026-11-09', 'moa', 10 * 60 + 30),
    entry('2026-11-10', 'granskning', 90),
    entry('2026-11-16', 'moa', 9 * 60),
    entry('2026-11-17', 'moten', 4 * 60),
    entry('2026-11-18', 'projektledning', 7 * 60 + 15),
    entry('2026-11-23', 'moa', 12 * 60),
    entry('2026-11-24', 'kompetens', 3 * 60),
    entry('2026-11-30', 'moa', 2 * 60),
    entry('2026-11-30', 'ovrigt', 45),
  ];
}
