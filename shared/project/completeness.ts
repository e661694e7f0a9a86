/**
 * What is still missing before a project plan is ready, in the manner of
 * planCompleteness: sections first, then the parts in document order
 * (tactic link, goals, organisation, activities, budget, financing, risks,
 * horizontal principles). The editor and the Word export show the same list.
 */
import { horizontalPrinciples, type HorizontalPrinciple, type Project } from '../domain/project.ts';
import { formatKronorExact } from '../format.ts';
import type { CompletenessItem } from '../plan/completeness.ts';
import { missingFields } from '../fields/fields.ts';
import { financingBalance } from './budget.ts';
import { projectGoalFields } from './fields.ts';
import { principleLabels } from './defaults.ts';
import { goalName } from './names.ts';

/**
 * The plan's CompletenessItem with the project's kinds; a section item is
 * exactly the plan's. `id` is the section key, goal id or principle, else
 * the project id (organisation: null).
 */
export interface ProjectCompletenessItem extends Omit<CompletenessItem, 'kind' | 'code'> {
  kind: 'section' | 'project' | 'goal' | 'organisation' | 'financing' | 'principle';
  code: 'empty' | 'unbalanced' | 'unrated';
  /** For 'unbalanced': financing − budget in öre (negative: financing is missing). */
  differenceOre?: number;
}

/** Whitespace alone is not content. */
function blank(text: string): boolean {
  return text.trim() === '';
}

export function projectCompleteness(project: Project, requiredSectionKeys: readonly string[]): ProjectCompletenessItem[] {
  const items: ProjectCompletenessItem[] = [];
  const required = new Set(requiredSectionKeys);
  const present = new Set<string>();
  for (const section of project.sections) {
    present.add(section.key);
    if (required.has(section.key) && blank(section.text)) items.push({ kind: 'section', id: section.key, field: 'text', code: 'empty' });
  }
  // A required section the project does not have at all is as empty as a blank one.
  for (const key of required) if (!present.has(key)) items.push({ kind: 'section', id: key, field: 'text', code: 'empty' });

  const empty = (field: string) => items.push({ kind: 'project', id: project.id, field, code: 'empty' });
  if (project.tacticIds.length === 0) empty('tacticIds');

  if (project.goals.length === 0) empty('goals');
  for (const goal of project.goals) {
    // A baseline is not asked for: a new kind of effort often has none to measure from.
    for (const field of missingFields(projectGoalFields, goal)) items.push({ kind: 'goal', id: goal.id, field, code: 'empty' });
  }

  if (project.organisation.ownerContactId === null) items.push({ kind: 'organisation', id: null, field: 'ownerContactId', code: 'empty' });
  if (project.organisation.leaderContactId === null) items.push({ kind: 'organisation', id: null, field: 'leaderContactId', code: 'empty' });

  if (project.activities.length === 0) empty('activities');
  if (project.budget.length === 0) empty('budget');
  const balance = financingBalance(project);
  if (!balance.balanced) items.push({ kind: 'financing', id: project.id, field: 'financiers', code: 'unbalanced', differenceOre: balance.difference });
  if (project.risks.length === 0) empty('risks');

  const assessments = new Map(project.principles.map((p) => [p.principle, p]));
  for (const principle of horizontalPrinciples) {
    const assessment = assessments.get(principle);
    if (!assessment || assessment.rating === null) items.push({ kind: 'principle', id: principle, field: 'rating', code: 'unrated' });
    // "Inte" needs no description; "aktivt" and "delvis" say how.
    else if (assessment.rating !== 'none' && blank(assessment.how)) items.push({ kind: 'principle', id: principle, field: 'how', code: 'empty' });
  }
  return items;
}

const kronorText = (ore: number): string => formatKronorExact(Math.abs(ore));

const projectFieldTexts: Readonly<Record<string, string>> = {
  tacticIds: 'Projektet är inte kopplat till någon taktik i handlingsplanen.',
  goals: 'Projektet har inga mål.',
  activities: 'Projektet har inga aktiviteter.',
  budget: 'Budgeten har inga kostnadsrader.',
  risks: 'Inga risker är beskrivna.',
};

const goalFieldTexts: Readonly<Record<string, string>> = { text: 'måltext', indicator: 'indikator', target: 'målvärde', targetDate: 'måldatum' };

/**
 * The item as one Swedish sentence, for the editor's list and the Word export.
 * `sectionTitles` (the template layout's) names a required section the project does not have yet.
 */
export function projectCompletenessText(item: ProjectCompletenessItem, project: Project, sectionTitles?: ReadonlyMap<string, string>): string {
  switch (item.kind) {
    case 'section': {
      const title = sectionTitles?.get(item.id ?? '') ?? project.sections.find((s) => s.key === item.id)?.title ?? item.id ?? '';
      return `Avsnittet ”${title}” saknar text.`;
    }
    case 'project':
      return projectFieldTexts[item.field] ?? `Projektet saknar ${item.field}.`;
    case 'goal':
      return `${goalName(project.goals, item.id ?? '')} saknar ${goalFieldTexts[item.field] ?? item.field}.`;
    case 'organisation':
      return item.field === 'ownerContactId' ? 'Projektägare är inte angiven.' : 'Projektledare är inte angiven.';
    case 'financing': {
      const difference = item.differenceOre ?? 0;
      return difference < 0
        ? `Finansieringen täcker inte budgeten: det saknas ${kronorText(difference)}.`
        : `Finansieringen är ${kronorText(difference)} större än budgeten.`;
    }
    case 'principle': {
      const label = principleLabels[item.id as HorizontalPrinciple] ?? item.id ?? '';
      return item.field === 'rating'
        ? `${label}: bedöm om projektet arbetar med principen aktivt, delvis eller inte.`
        : `${label}: beskriv hur projektet arbetar med principen.`;
    }
  }
}
