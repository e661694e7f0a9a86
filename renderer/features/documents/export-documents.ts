/**
 * The Dokument view's exports: read what a document needs from the workbook, build it with the
 * pure builders in shared/documents (loaded on first use, so the app starts without them), and
 * save and log it (export-log.ts).
 */
import type { SaveFileResult } from '../../../shared/platform/contract.ts';
import type { AktivitetsplanGrouping } from '../../../shared/documents/aktivitetsplan.ts';
import { formatPlanPeriod } from '../../../shared/plan/period-dates.ts';
import { scopePeriod, type PlanScope } from '../../../shared/plan/plan-scope.ts';
import type { Mandate } from '../../../shared/domain/timelog.ts';
import { formatDuration } from '../../../shared/timelog/duration.ts';
import { mandateWeeklyMinutes, sortMandates } from '../../../shared/timelog/mandate.ts';
import { projectCompleteness, projectCompletenessText } from '../../../shared/project/completeness.ts';
import { flushSaves } from '../../saving/autosave.ts';
import { db } from '../../db/database.ts';
import { getProfile } from '../../db/profile.ts';
import { DOCX_MIME, saveAndLog, wordFilter } from './export-log.ts';
import { activeTemplate } from '../templates/template-repository.ts';
import { projectLayoutOf } from '../projects/project-repository.ts';

const docxRequest = (suggestedName: string, bytes: Uint8Array) => ({ suggestedName, bytes, mimeType: DOCX_MIME, filters: [wordFilter] });

async function ownerName(): Promise<string> {
  return (await getProfile())?.name ?? '';
}

async function ownerOrganisation(): Promise<string> {
  return (await getProfile())?.organisation ?? '';
}

/** The active template's reference styles, completed with what the builders need; undefined for the default look. */
async function referenceStyles(): Promise<string | undefined> {
  const [template, { referenceStylesForExport }] = await Promise.all([activeTemplate(), import('../../../shared/documents/reference-styles.ts')]);
  return referenceStylesForExport(template?.referenceStylesXml ?? undefined);
}

export interface AktivitetsplanChoice {
  goalAreaId: string | null;
  grouping: AktivitetsplanGrouping;
  /** Which plans: the current one of each goal area (the default), one period's, or all. */
  planScope: PlanScope;
  period: { from: string; to: string } | null;
}

/** The plans in the file name: `aktuell-plan`, `plan-2027-2029`, `alla-planer`. */
function scopeFileNamePart(scope: PlanScope): string {
  const period = scopePeriod(scope);
  if (period) return `plan-${period.periodStart === period.periodEnd ? period.periodStart : `${period.periodStart}-${period.periodEnd}`}`;
  return scope === 'all' ? 'alla-planer' : 'aktuell-plan';
}

export async function exportAktivitetsplan(choice: AktivitetsplanChoice, today: string): Promise<SaveFileResult> {
  await flushSaves();
  const database = db();
  const [goalAreas, actionPlans, strategies, tactics, activities, owner, modules] = await Promise.all([
    database.goalAreas.toArray(),
    database.actionPlans.toArray(),
    database.strategies.toArray(),
    database.tactics.toArray(),
    database.activities.toArray(),
    ownerName(),
    Promise.all([import('../../../shared/documents/aktivitetsplan.ts'), import('../../../shared/documents/pack.ts'), import('../../../shared/documents/file-name.ts')]),
  ]);
  const [{ buildAktivitetsplan }, { packDocx }, { fileNamePart }] = modules;
  const goalArea = goalAreas.find((g) => g.id === choice.goalAreaId) ?? null;
  const bytes = await packDocx(buildAktivitetsplan({ ...choice, goalAreas, actionPlans, strategies, tactics, activities, ownerName: owner, today, referenceStyles: await referenceStyles() }));
  const scope = goalArea ? fileNamePart(goalArea.name, 80) : 'Alla-malomraden';
  const range = choice.period ? `${choice.period.from}_${choice.period.to}` : 'alla-datum';
  const chosenPeriod = scopePeriod(choice.planScope);
  const plans = chosenPeriod ? `planer ${formatPlanPeriod(chosenPeriod)}` : choice.planScope === 'all' ? 'alla planer' : 'aktuell plan';
  const subject = `${goalArea ? goalArea.name : 'Alla målområden'} (${plans}, ${choice.grouping === 'status' ? 'per status' : 'per kvartal'})`;
  return saveAndLog(docxRequest(`Aktivitetsplan_${scope}_${scopeFileNamePart(choice.planScope)}_${range}_${today}.docx`, bytes), { kind: 'aktivitetsplan', subject, sourceId: goalArea?.id ?? null, version: null, draft: false });
}

/** What the projektplan export would list as missing, as sentences. */
export async function projectMissing(projectId: string): Promise<string[]> {
  await flushSaves();
  const project = await db().projects.get(projectId);
  if (!project) throw new Error('Projektet finns inte längre.');
  // The project's own template version decides what is required, as in the editor.
  const layout = await projectLayoutOf(project);
  return projectCompleteness(project, layout.requiredSectionKeys).map((item) => projectCompletenessText(item, project, layout.sectionTitles));
}

export async function exportProjektplan(projectId: string, today: string): Promise<SaveFileResult> {
  await flushSaves();
  const database = db();
  const project = await database.projects.get(projectId);
  if (!project) throw new Error('Projektet finns inte längre.');
  const [layout, goalArea, contacts, strategies, tactics, planActivities, owner, modules] = await Promise.all([
    projectLayoutOf(project),
    database.goalAreas.get(project.goalAreaId),
    database.contacts.toArray(),
    database.strategies.bulkGet(project.strategyIds),
    database.tactics.bulkGet(project.tacticIds),
    database.activities.where('projectId').equals(project.id).toArray(),
    ownerName(),
    Promise.all([import('../../../shared/documents/projektplan.ts'), import('../../../shared/documents/pack.ts'), import('../../../shared/documents/file-name.ts')]),
  ]);
  const [{ buildProjektplan }, { packDocx }, { fileNamePart }] = modules;
  const linkedStrategies = strategies.filter((s) => s !== undefined);
  const linkedTactics = tactics.filter((t) => t !== undefined);
  // The plans the links stand in, so the document names them and their periods.
  const planIds = [...new Set([...linkedStrategies.map((s) => s.planId), ...linkedTactics.map((t) => t.planId)])];
  const actionPlans = (await database.actionPlans.bulkGet(planIds)).filter((p) => p !== undefined);
  const completeness = projectCompleteness(project, layout.requiredSectionKeys);
  const bytes = await packDocx(
    buildProjektplan({
      project,
      goalArea: goalArea ?? null,
      contacts,
      strategies: linkedStrategies,
      tactics: linkedTactics,
      actionPlans,
      planActivities,
      ownerName: owner,
      today,
      draft: completeness.length > 0,
      completeness,
      referenceStyles: await referenceStyles(),
      layout,
    }),
  );
  const years = `${project.startDate.slice(0, 4)}-${project.endDate.slice(0, 4)}`;
  const name = `Projektplan_${fileNamePart(project.title, 80) || 'Projekt'}_${years}_${today}.docx`;
  return saveAndLog(docxRequest(name, bytes), { kind: 'projektplan', subject: project.title, sourceId: project.id, version: null, draft: completeness.length > 0 });
}

function hoursText(minutes: number): string {
  return formatDuration(minutes, 'hours');
}

/** The mandates in force during the period, in words: `8 timmar i veckan`, `20 % av heltid (8 timmar i veckan) från 2026-07-01`. */
export function mandateDescription(mandates: readonly Mandate[], from: string, to: string): string {
  const sorted = sortMandates(mandates);
  const inForce = sorted.filter((m, i) => m.validFrom <= to && (sorted[i + 1]?.validFrom ?? '9999') > from);
  return inForce
    .map((m, i) => {
      const weekly = `${hoursText(mandateWeeklyMinutes(m))} timmar i veckan`;
      const text = 'percentOfFullTime' in m ? `${String(m.percentOfFullTime).replace('.', ',')} % av heltid (${weekly})` : weekly;
      return i === 0 && m.validFrom <= from ? text : `${text} från ${m.validFrom}`;
    })
    .join('; ');
}

export async function exportTidrapport(period: { from: string; to: string; label: string }, today: string): Promise<SaveFileResult> {
  const database = db();
  const [entries, mandates, categories, owner, organisation, modules] = await Promise.all([
    database.timeEntries.where('date').between(period.from, period.to, true, true).toArray(),
    database.mandates.toArray(),
    database.timeCategories.orderBy('id').toArray(),
    ownerName(),
    ownerOrganisation(),
    Promise.all([import('../../../shared/documents/tidrapport.ts'), import('../../../shared/timelog/time-report.ts'), import('../../../shared/documents/pack.ts'), import('../../../shared/documents/file-name.ts')]),
  ]);
  const [{ buildTidrapport }, { timeReportSummary }, { packDocx }, { fileNamePart }] = modules;
  const summary = timeReportSummary(entries, mandates, period.from, period.to);
  const ordered = [...categories].sort((a, b) => a.order - b.order);
  const bytes = await packDocx(
    buildTidrapport({ summary, categories: ordered, personName: owner, organisation, periodLabel: period.label, mandateDescription: mandateDescription(mandates, period.from, period.to), today, referenceStyles: await referenceStyles() }),
  );
  const name = `Tidrapport_${fileNamePart(owner, 60) || 'MOA'}_${period.from}_${period.to}.docx`;
  return saveAndLog(docxRequest(name, bytes), { kind: 'tidrapport', subject: `${period.label} (${period.from} – ${period.to})`, sourceId: null, version: null, draft: false });
}
