/**
 * The UI words of the field tables (shared/plan/fields.ts,
 * shared/project/fields.ts): a field's label, its shorter column label, and
 * the words for its choices. The tables hold catalogue keys as strings
 * (shared/ cannot import the catalogue's types); tests/unit/renderer/field-labels.test.ts
 * checks that every one of them is a key of the Swedish and English catalogues.
 */
import type { ActivityStatus } from '#shared/domain/plan.ts';
import type { FieldDescriptor } from '#shared/fields/field-descriptor.ts';
import { findField, type AnyFieldTable } from '#shared/fields/fields.ts';
import { activityFields } from '#shared/plan/fields.ts';
import type { Translate } from './i18n.tsx';
import type { MessageKey } from './sv.ts';

type Labelled = Pick<FieldDescriptor<never>, 'uiLabel' | 'columnLabel' | 'choiceLabel'>;

/** A key a field table names; the test above keeps the cast honest. */
export function fieldKey(key: string): MessageKey {
  return key as MessageKey;
}

export function fieldLabel(t: Translate, field: Labelled): string {
  return t(fieldKey(field.uiLabel));
}

/** The label of the field a problem, a completeness item or a version diff names; the name itself when the table has no such field. */
export function namedFieldLabel(t: Translate, table: AnyFieldTable, name: string): string {
  const field = findField(table, name);
  return field ? fieldLabel(t, field) : name;
}

/** The key of a table header's label: the shorter one when the field has one. */
export function columnLabelKey(field: Labelled): MessageKey {
  return fieldKey(field.columnLabel ?? field.uiLabel);
}

/** A choice in words, as inside a sentence or a table cell (`pågår`); the stored value for a field without worded choices. */
export function choiceText(t: Translate, field: Labelled, choice: string): string {
  return field.choiceLabel === undefined ? choice : t(fieldKey(`${field.choiceLabel}${choice}`));
}

/** Words that stand on their own, as a list's option or the last part of a line: `Pågår`. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const statusField = activityFields.find((f) => f.key === 'status');

/** An activity's status as the activity table writes it (`pågår`): the one wording every view uses. */
export function activityStatusText(t: Translate, status: ActivityStatus): string {
  return statusField ? choiceText(t, statusField, status) : status;
}
