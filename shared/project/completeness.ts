/**
 * What is still missing before a project plan is ready, in the manner of
 * planCompleteness: sections first, then the parts in document order
 * (tactic link, goals, organisation, activities, budget, financing, risks,
 * horizontal principles). The editor and the Word export show the same list.
 */
import { horizontalPrinciples, type HorizontalPrinciple, type Project } from '../domain/project.ts';
import { kronorExact } from '../documents/words/format.ts';
import type { DocumentWords } from '../documents/words/index.ts';
import { sv } from '../documents/words/sv.ts';
import type { CompletenessItem } from '../plan/completeness.ts';
import { missingFields } from '../fields/fields.ts';
import { financingBalance } from './budget.ts';
import { projectGoalFields } from './fields.ts';
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

/**
 * The item as one sentence, for the editor's list and the Word export: in
 * Swedish, or in the words of the document's language.
 * `sectionTitles` (the template layout's) names a required section the project does not have yet.
 */
export function projectCompletenessText(item: ProjectCompletenessItem, project: Project, sectionTitles?: ReadonlyMap<string, string>, words: DocumentWords = sv): string {
  const m = words.projectMissing;
  const kronorText = (ore: number): string => kronorExact(words, Math.abs(ore));
  switch (item.kind) {
    case 'section': {
      const title = sectionTitles?.get(item.id ?? '') ?? project.sections.find((s) => s.key === item.id)?.title ?? item.id ?? '';
      return m.sectionEmpty(title);
    }
    case 'project':
      return m.projectField[item.field] ?? m.projectLacks(item.field);
    case 'goal':
      return m.goalLacks(goalName(project.goals, item.id ?? '', words), m.goalField[item.field] ?? item.field);
    case 'organisation':
      return item.field === 'ownerContactId' ? m.noOwner : m.noLeader;
    case 'financing': {
      const difference = item.differenceOre ?? 0;
      return difference < 0 ? m.financingShort(kronorText(difference)) : m.financingOver(kronorText(difference));
    }
    case 'principle': {
      const principles: Readonly<Record<string, string>> = words.projektplan.principle;
      const label = principles[item.id as HorizontalPrinciple] ?? item.id ?? '';
      return item.field === 'rating' ? m.rateAssessment(label) : m.describePrinciple(label);
    }
  }
}
