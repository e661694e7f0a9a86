/**
 * The fields of a project plan and of its parts (goals, work packages,
 * activities, budget lines, financiers, risks), one table per record type
 * in the order the project editor shows them. Validation takes its limits
 * from these tables; the editor its labels.
 */
import { activityStatuses } from '../domain/plan.ts';
import { budgetCategories, projectStatuses, type BudgetLine, type Financier, type Project, type ProjectActivity, type ProjectGoal, type Risk, type WorkPackage } from '../domain/project.ts';
import type { FieldTable } from '../fields/field-descriptor.ts';
import { textLimits } from '../fields/limits.ts';

const short = textLimits.short;
const long = textLimits.long;

export const projectFields = [
  { key: 'title', kind: 'shortText', uiLabel: 'projects.field.title', documentLabel: null, required: true, maxLength: short },
  { key: 'goalAreaId', kind: 'reference', uiLabel: 'projects.field.goalArea', documentLabel: 'field.goalArea.name', required: true },
  { key: 'status', kind: 'choice', uiLabel: 'projects.field.status', documentLabel: 'field.project.status', required: true, choices: projectStatuses, choiceLabel: 'projects.status.' },
  { key: 'startDate', kind: 'date', uiLabel: 'projects.field.startDate', documentLabel: 'field.project.period', required: true },
  { key: 'endDate', kind: 'date', uiLabel: 'projects.field.endDate', documentLabel: 'field.project.period', required: true },
  { key: 'targetGroups.primary', kind: 'longText', uiLabel: 'projects.targetGroups.primary', uiHelp: 'projects.targetGroups.primaryHelp', documentLabel: 'field.project.primaryTargetGroups', maxLength: long },
  { key: 'targetGroups.secondary', kind: 'longText', uiLabel: 'projects.targetGroups.secondary', documentLabel: 'field.project.secondaryTargetGroups', maxLength: long },
  { key: 'stakeholders', kind: 'longText', uiLabel: 'projects.targetGroups.stakeholders', uiHelp: 'projects.targetGroups.stakeholdersHelp', documentLabel: 'field.project.stakeholders', maxLength: long },
] as const satisfies FieldTable<Omit<Project, 'targetGroups'> & { 'targetGroups.primary': string; 'targetGroups.secondary': string }>;

export const projectGoalFields = [
  { key: 'text', kind: 'longText', uiLabel: 'projects.goals.text', documentLabel: 'field.projectGoal.text', maxLength: long, expected: true },
  { key: 'indicator', kind: 'shortText', uiLabel: 'projects.goals.indicator', documentLabel: 'field.projectGoal.indicator', maxLength: short, expected: true },
  { key: 'baseline', kind: 'shortText', uiLabel: 'projects.goals.baseline', documentLabel: 'field.projectGoal.baseline', maxLength: short },
  { key: 'target', kind: 'shortText', uiLabel: 'projects.goals.target', documentLabel: 'field.projectGoal.target', maxLength: short, expected: true },
  { key: 'targetDate', kind: 'date', uiLabel: 'projects.goals.targetDate', documentLabel: 'field.projectGoal.targetDate', expected: true },
] as const satisfies FieldTable<ProjectGoal>;

export const workPackageFields = [
  { key: 'title', kind: 'shortText', uiLabel: 'projects.workPackages.title', documentLabel: null, required: true, maxLength: short },
  { key: 'description', kind: 'longText', uiLabel: 'projects.workPackages.description', documentLabel: null, maxLength: long },
] as const satisfies FieldTable<WorkPackage>;

export const projectActivityFields = [
  { key: 'title', kind: 'shortText', uiLabel: 'projects.activities.title', documentLabel: 'field.projectActivity.title', required: true, maxLength: short },
  { key: 'workPackageId', kind: 'reference', uiLabel: 'projects.activities.workPackage', documentLabel: null },
  { key: 'responsible', kind: 'shortText', uiLabel: 'projects.activities.responsible', documentLabel: 'field.projectActivity.responsible', maxLength: short },
  { key: 'startDate', kind: 'date', uiLabel: 'projects.activities.start', documentLabel: 'field.projectActivity.startDate', required: true },
  { key: 'endDate', kind: 'date', uiLabel: 'projects.activities.end', documentLabel: 'field.projectActivity.endDate', required: true },
  {
    key: 'status',
    kind: 'choice',
    uiLabel: 'projects.activities.status',
    documentLabel: 'field.projectActivity.status',
    required: true,
    choices: activityStatuses,
    choiceLabel: 'activities.status.',
  },
  { key: 'milestone', kind: 'boolean', uiLabel: 'projects.activities.milestone', documentLabel: null },
] as const satisfies FieldTable<ProjectActivity>;

export const budgetLineFields = [
  { key: 'category', kind: 'choice', uiLabel: 'projects.budget.category', documentLabel: 'field.budgetLine.category', required: true, choices: budgetCategories },
  { key: 'description', kind: 'shortText', uiLabel: 'projects.budget.description', documentLabel: 'field.budgetLine.description', maxLength: short },
] as const satisfies FieldTable<BudgetLine>;

export const financierFields = [
  { key: 'name', kind: 'shortText', uiLabel: 'projects.financing.financier', documentLabel: 'field.financier.name', required: true, maxLength: short },
  { key: 'cash', kind: 'list', uiLabel: 'projects.financing.cash', documentLabel: 'field.financier.cash' },
  { key: 'inKind', kind: 'list', uiLabel: 'projects.financing.inKind', documentLabel: 'field.financier.inKind' },
] as const satisfies FieldTable<Financier>;

export const riskFields = [
  { key: 'description', kind: 'shortText', uiLabel: 'projects.risks.description', documentLabel: 'field.risk.description', required: true, maxLength: short },
  { key: 'likelihood', kind: 'integer', uiLabel: 'projects.risks.likelihood', documentLabel: 'field.risk.likelihood', required: true },
  { key: 'consequence', kind: 'integer', uiLabel: 'projects.risks.consequence', documentLabel: 'field.risk.consequence', required: true },
  { key: 'mitigation', kind: 'longText', uiLabel: 'projects.risks.mitigation', documentLabel: 'field.risk.mitigation', maxLength: long },
  { key: 'responsible', kind: 'shortText', uiLabel: 'projects.risks.responsible', documentLabel: 'field.risk.responsible', maxLength: short },
] as const satisfies FieldTable<Risk>;

/** Each kind of project record's table, by the kind a located problem (validateProject) names. */
export const projectFieldTables = {
  project: projectFields,
  goal: projectGoalFields,
  workPackage: workPackageFields,
  activity: projectActivityFields,
  budgetLine: budgetLineFields,
  financier: financierFields,
  risk: riskFields,
} as const;
