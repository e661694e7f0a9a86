/**
 * What an exported document is called: the file name suggested in the save
 * dialog (ASCII only, through ./file-name.ts) and the subject the export log
 * shows, in the words of the document's language. Pure.
 */
import type { Meeting } from '../domain/meeting.ts';
import type { ActionPlan, GoalArea } from '../domain/plan.ts';
import type { Project } from '../domain/project.ts';
import { formatPlanPeriod } from '../plan/period-dates.ts';
import { scopePeriod, type PlanScope } from '../plan/plan-scope.ts';
import type { AktivitetsplanGrouping } from './aktivitetsplan.ts';
import { fileNamePart } from './file-name.ts';
import { planInWords } from './words/format.ts';
import type { DocumentWords } from './words/index.ts';

export interface ExportNames {
  /** The file name the save dialog suggests, `.docx` included. */
  fileName: string;
  /** What the export log says the document is about. */
  subject: string;
}

function docx(parts: readonly string[]): string {
  return `${parts.filter((p) => p !== '').join('_')}.docx`;
}

/** A span of years as a file name writes it: `2027`, `2027-2029`. */
function years(start: number | string, end: number | string): string {
  return start === end ? `${start}` : `${start}-${end}`;
}

/**
 * `Handlingsplan_Innovationer-och-entreprenorskap_2012-2014_v3_2026-11-27.docx`: kind, goal area,
 * period, version and date; the plan's title is the subject.
 */
export function handlingsplanExportNames(words: DocumentWords, plan: Pick<ActionPlan, 'title' | 'periodStart' | 'periodEnd' | 'version'>, goalArea: Pick<GoalArea, 'name'>, today: string): ExportNames {
  const kind = fileNamePart(words.exportNames.handlingsplan, 40) || words.exportNames.document;
  return { fileName: docx([kind, fileNamePart(goalArea.name, 80), years(plan.periodStart, plan.periodEnd), `v${plan.version}`, fileNamePart(today, 10)]), subject: plan.title };
}

/** The handlingsplan sent for review: `Granskningsunderlag_<goal area>_<years>_v<N>_<date>.docx`, the plan's title as subject. */
export function granskningsunderlagExportNames(words: DocumentWords, plan: Pick<ActionPlan, 'title' | 'periodStart' | 'periodEnd' | 'version'>, goalArea: Pick<GoalArea, 'name'>, today: string): ExportNames {
  const kind = fileNamePart(words.exportNames.granskningsunderlag, 40) || words.exportNames.document;
  return { fileName: docx([kind, fileNamePart(goalArea.name, 80), years(plan.periodStart, plan.periodEnd), `v${plan.version}`, fileNamePart(today, 10)]), subject: plan.title };
}

/**
 * The response to a review: `Bemotande_<goal area>_<years>_v<reviewed version>_<date>.docx`, and as
 * subject the plan's title with the version reviewed, `Handlingsplan … (granskad version 2)`.
 */
export function bemotandeExportNames(words: DocumentWords, plan: Pick<ActionPlan, 'title' | 'periodStart' | 'periodEnd'>, reviewedVersion: number, goalArea: Pick<GoalArea, 'name'>, today: string): ExportNames {
  const kind = fileNamePart(words.exportNames.bemotande, 40) || words.exportNames.document;
  return {
    fileName: docx([kind, fileNamePart(goalArea.name, 80), years(plan.periodStart, plan.periodEnd), `v${reviewedVersion}`, fileNamePart(today, 10)]),
    subject: words.exportNames.reviewedPlanSubject(plan.title.trim() === '' ? words.common.untitled : plan.title, reviewedVersion),
  };
}

export interface AktivitetsplanNameChoice {
  grouping: AktivitetsplanGrouping;
  planScope: PlanScope;
  period: { from: string; to: string } | null;
}

/** The plans in the file name: `aktuell-plan`, `plan-2027-2029`, `alla-planer`. */
function scopeFileNamePart(words: DocumentWords, scope: PlanScope): string {
  const period = scopePeriod(scope);
  if (period) return words.exportNames.planPeriod(years(period.periodStart, period.periodEnd));
  return scope === 'all' ? words.exportNames.allPlans : words.exportNames.currentPlan;
}

/**
 * `Aktivitetsplan_Innovation_aktuell-plan_alla-datum_2026-11-27.docx`, and as subject
 * `Innovation (aktuell plan, per status)`; `goalArea` null for all goal areas.
 */
export function aktivitetsplanExportNames(words: DocumentWords, choice: AktivitetsplanNameChoice, goalArea: Pick<GoalArea, 'name'> | null, today: string): ExportNames {
  const n = words.exportNames;
  const scope = goalArea ? fileNamePart(goalArea.name, 80) : n.allGoalAreas;
  const range = choice.period ? `${choice.period.from}_${choice.period.to}` : n.allDates;
  const chosenPeriod = scopePeriod(choice.planScope);
  const plans = chosenPeriod ? n.plansOfPeriod(formatPlanPeriod(chosenPeriod)) : choice.planScope === 'all' ? n.allPlansSubject : n.currentPlanSubject;
  return {
    fileName: `${fileNamePart(n.aktivitetsplan, 40)}_${scope}_${scopeFileNamePart(words, choice.planScope)}_${range}_${today}.docx`,
    subject: n.aktivitetsplanSubject(goalArea ? goalArea.name : words.aktivitetsplan.allGoalAreas, plans, choice.grouping === 'status'),
  };
}

/** `Projektplan_Unga-innovatorer_2027-2028_2026-11-27.docx`; the project's title is the subject. */
export function projektplanExportNames(words: DocumentWords, project: Pick<Project, 'title' | 'startDate' | 'endDate'>, today: string): ExportNames {
  const n = words.exportNames;
  const span = `${project.startDate.slice(0, 4)}-${project.endDate.slice(0, 4)}`;
  return { fileName: `${fileNamePart(n.projektplan, 40)}_${fileNamePart(project.title, 80) || n.untitledProject}_${span}_${today}.docx`, subject: project.title };
}

/** `Tidrapport_Anna-Lindqvist_2026-11-01_2026-11-30.docx`, and as subject `November 2026 (2026-11-01 – 2026-11-30)`. */
export function tidrapportExportNames(words: DocumentWords, personName: string, period: { from: string; to: string; label: string }): ExportNames {
  const n = words.exportNames;
  return {
    fileName: `${fileNamePart(n.tidrapport, 40)}_${fileNamePart(personName, 60) || n.unnamedPerson}_${period.from}_${period.to}.docx`,
    subject: `${period.label} (${period.from} – ${period.to})`,
  };
}

/**
 * `Indikatorrapport_Innovationer-och-entreprenorskap_2027-03-02.docx`; one plan's report names its
 * period too (`…_2026-2028_2027-03-02.docx`). The goal area (and the plan) is the subject.
 */
export function indikatorrapportExportNames(words: DocumentWords, goalArea: Pick<GoalArea, 'name'>, plan: Pick<ActionPlan, 'title' | 'periodStart' | 'periodEnd'> | null, today: string): ExportNames {
  const kind = fileNamePart(words.exportNames.indikatorrapport, 40) || words.exportNames.document;
  return {
    fileName: docx([kind, fileNamePart(goalArea.name, 80), plan ? years(plan.periodStart, plan.periodEnd) : '', fileNamePart(today, 10)]),
    subject: plan ? `${goalArea.name}, ${planInWords(words, plan)}` : goalArea.name,
  };
}

/**
 * `Minnesanteckningar_Dialogmote-med-kansliet_2027-03-02.docx`: kind, the meeting's title and its
 * first day; the title and the day are the subject.
 */
export function minnesanteckningarExportNames(words: DocumentWords, meeting: Pick<Meeting, 'title' | 'startDate'>): ExportNames {
  const n = words.exportNames;
  const kind = fileNamePart(n.minnesanteckningar, 40) || n.document;
  return {
    fileName: docx([kind, fileNamePart(meeting.title, 80) || fileNamePart(n.untitledMeeting, 40), fileNamePart(meeting.startDate, 10)]),
    subject: `${meeting.title} (${meeting.startDate})`,
  };
}
