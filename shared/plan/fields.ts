/**
 * The fields of a plan's strategies, tactics and activities, one table per
 * record type in the order the plan editor shows them. The editor, the
 * completeness list, the version diff, the activity table and validation
 * read these tables; a new field is one row here (and its words).
 */
import { activityStatuses, type Activity, type ActionPlan, type Strategy, type Tactic } from '../domain/plan.ts';
import type { FieldTable } from '../fields/field-descriptor.ts';
import { textLimits } from '../fields/limits.ts';

/** The plan's own fields (its sections are records of their own). */
export const planFields = [
  { key: 'title', kind: 'shortText', uiLabel: 'plans.field.title', documentLabel: null, required: true, maxLength: textLimits.short },
  { key: 'periodStart', kind: 'integer', uiLabel: 'plans.plan.periodStart', documentLabel: 'field.plan.period', required: true },
  { key: 'periodEnd', kind: 'integer', uiLabel: 'plans.plan.periodEnd', documentLabel: 'field.plan.period', required: true },
  { key: 'supportRequests', kind: 'list', uiLabel: 'plans.diffField.supportRequests', documentLabel: null },
] as const satisfies FieldTable<ActionPlan>;

export const planSectionFields = [
  { key: 'title', kind: 'shortText', uiLabel: 'plans.field.title', documentLabel: null, required: true, maxLength: textLimits.short },
  { key: 'text', kind: 'longText', uiLabel: 'plans.diffField.text', documentLabel: null, maxLength: textLimits.long },
] as const satisfies FieldTable<ActionPlan['sections'][number]>;

export const strategyFields = [
  { key: 'title', kind: 'shortText', uiLabel: 'plans.field.title', documentLabel: null, maxLength: textLimits.short },
  { key: 'why', kind: 'longText', uiLabel: 'plans.field.why', uiHelp: 'plans.field.whyHelp', documentLabel: 'field.strategy.why', maxLength: textLimits.long, expected: true },
  // Chosen among the goal area's effect goals, so its choices are the goal area's, not the table's.
  { key: 'effectGoal', kind: 'choice', uiLabel: 'plans.field.effectGoal', documentLabel: 'field.strategy.effectGoal', maxLength: textLimits.short },
  { key: 'what', kind: 'longText', uiLabel: 'plans.field.what', uiHelp: 'plans.field.whatHelp', documentLabel: 'field.strategy.what', maxLength: textLimits.long, expected: true },
  { key: 'target', kind: 'shortText', uiLabel: 'plans.field.target', documentLabel: 'field.strategy.target', maxLength: textLimits.short },
  { key: 'indicators', kind: 'list', uiLabel: 'plans.indicator.heading', documentLabel: 'field.strategy.indicators' },
] as const satisfies FieldTable<Strategy>;

/**
 * A tactic as its fields: *vem?* opened into its parts, named as the version
 * diff names them. The parts of a group (`who.…`) that are `expected` are
 * asked for together: the group is missing only when all of them are blank.
 */
export type TacticFields = Omit<Tactic, 'who'> & {
  'who.text': string;
  'who.responsibleContactId': string | null;
  'who.partnerContactIds': string[];
};

export const tacticFields = [
  { key: 'title', kind: 'shortText', uiLabel: 'plans.field.title', documentLabel: null, maxLength: textLimits.short },
  // Changed by moving the tactic in the outline; the version diff names the new strategy.
  { key: 'strategyId', kind: 'reference', uiLabel: 'plans.outline.kind.strategy', documentLabel: null },
  { key: 'who.text', kind: 'longText', uiLabel: 'plans.field.who', uiHelp: 'plans.field.whoHelp', documentLabel: 'field.tactic.who', maxLength: textLimits.long, expected: true },
  { key: 'who.responsibleContactId', kind: 'reference', uiLabel: 'plans.field.responsibleContact', documentLabel: 'field.tactic.responsibleContactId', expected: true },
  { key: 'who.partnerContactIds', kind: 'list', uiLabel: 'plans.field.partners', documentLabel: 'field.tactic.partnerContactIds' },
  { key: 'how', kind: 'longText', uiLabel: 'plans.field.how', uiHelp: 'plans.field.howHelp', documentLabel: 'field.tactic.how', maxLength: textLimits.long, expected: true },
  { key: 'perspectives', kind: 'list', uiLabel: 'plans.field.perspectives', documentLabel: null },
] as const satisfies FieldTable<TacticFields>;

/**
 * An activity's fields. `startDate` and `endDate` are a pair (judged
 * together, shown as one period). `columnLabel` is the all-activities
 * table's shorter header.
 */
export const activityFields = [
  {
    key: 'title',
    kind: 'shortText',
    uiLabel: 'plans.field.title',
    columnLabel: 'activities.column.title',
    documentLabel: 'field.activity.title',
    required: true,
    maxLength: textLimits.short,
    expected: true,
  },
  {
    key: 'responsible',
    kind: 'shortText',
    uiLabel: 'plans.field.responsible',
    columnLabel: 'activities.column.responsible',
    documentLabel: 'field.activity.responsible',
    maxLength: textLimits.short,
    expected: true,
  },
  { key: 'startDate', kind: 'date', uiLabel: 'plans.field.startDate', columnLabel: 'activities.column.start', documentLabel: 'field.activity.startDate', required: true },
  { key: 'endDate', kind: 'date', uiLabel: 'plans.field.endDate', columnLabel: 'activities.column.end', documentLabel: 'field.activity.endDate', required: true },
  {
    key: 'status',
    kind: 'choice',
    uiLabel: 'plans.field.status',
    columnLabel: 'activities.column.status',
    documentLabel: 'field.activity.status',
    required: true,
    choices: activityStatuses,
    choiceLabel: 'activities.status.',
  },
  { key: 'costOre', kind: 'kronor', uiLabel: 'plans.field.cost', columnLabel: 'activities.column.cost', documentLabel: 'field.activity.costOre', required: true },
  { key: 'notes', kind: 'longText', uiLabel: 'plans.field.notes', columnLabel: 'activities.column.notes', documentLabel: null, maxLength: textLimits.long },
  // Changed by moving the activity in the outline; the version diff names the new tactic.
  { key: 'tacticId', kind: 'reference', uiLabel: 'plans.outline.kind.tactic', documentLabel: null },
  {
    key: 'relatedGoalAreaIds',
    kind: 'list',
    uiLabel: 'plans.field.relatedGoalAreas',
    uiHelp: 'plans.field.relatedGoalAreasHelp',
    documentLabel: null,
  },
] as const satisfies FieldTable<Activity>;

export type ActivityFieldKey = (typeof activityFields)[number]['key'];

/** Each kind of plan record's table, by the name the version diff and the completeness list give the kind. */
export const planFieldTables = {
  plan: planFields,
  section: planSectionFields,
  strategy: strategyFields,
  tactic: tacticFields,
  activity: activityFields,
} as const;
