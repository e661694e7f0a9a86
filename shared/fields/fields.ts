/**
 * Reading the field tables: finding a field by the name a problem, a
 * completeness item or a version diff gives it, and the checks every field
 * of a kind gets (required, length, a real date, a storable amount).
 */
import type { FieldProblem } from '../plan/validation.ts';
import type { FieldDescriptor, FieldTable } from './field-descriptor.ts';
import { isPlausibleIsoDate, maxOre } from './limits.ts';

/** Any record type's table, for code that reads only keys, kinds, labels and flags. */
export type AnyFieldTable = FieldTable<never>;

/**
 * The field a name refers to: its key, or for a group of dotted keys
 * (`who` for `who.text`, `who.responsibleContactId` …) the group's first
 * field, which carries the group's label.
 */
export function findField<R>(table: FieldTable<R>, name: string): FieldDescriptor<R> | undefined {
  return table.find((f) => f.key === name) ?? table.find((f) => f.key.startsWith(`${name}.`));
}

/** The table's field with that key; the key's type makes sure the table has it. */
export function fieldOf<T extends AnyFieldTable, K extends T[number]['key']>(table: T, key: K): Extract<T[number], { key: K }> {
  const field = table.find((f) => f.key === key);
  if (!field) throw new Error(`The field table has no field ${key}`);
  return field as Extract<T[number], { key: K }>;
}

/** The field's value in a record; dotted keys (`who.text`) read into nested objects. */
export function fieldValue(record: unknown, key: string): unknown {
  let value: unknown = record;
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** Nothing there for a reader: whitespace alone, no choice, an empty list. */
export function isBlankValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The checks the field's kind and limits ask for, then its own `validate`. Text is never trimmed or rewritten. */
export function checkField<R>(field: FieldDescriptor<R>, value: unknown, record: R): FieldProblem | null {
  const problem = checkKind(field, value);
  return problem ?? field.validate?.(record) ?? null;
}

function checkKind<R>(field: FieldDescriptor<R>, value: unknown): FieldProblem | null {
  const name = field.key;
  switch (field.kind) {
    case 'shortText':
    case 'longText': {
      const text = typeof value === 'string' ? value : '';
      if (field.required && text.trim() === '') return { field: name, code: 'required' };
      if (field.maxLength !== undefined && text.length > field.maxLength) return { field: name, code: 'tooLong', max: field.maxLength };
      return null;
    }
    case 'date':
      return typeof value === 'string' && isPlausibleIsoDate(value) ? null : { field: name, code: 'invalidDate' };
    case 'kronor':
      if (typeof value !== 'number' || !Number.isInteger(value)) return { field: name, code: 'notANumber' };
      if (value < 0) return { field: name, code: 'negative' };
      if (value > maxOre) return { field: name, code: 'tooLarge', max: maxOre };
      return null;
    default:
      return null;
  }
}

/**
 * The `expected` fields a row leaves blank, in the table's order. The parts
 * of a group (`who.text`, `who.responsibleContactId`) are asked for as one,
 * by the group's name (`who`): it is missing when all of them are blank.
 */
export function missingFields(table: AnyFieldTable, row: object): string[] {
  const groups = new Map<string, boolean>();
  for (const field of table) {
    if (!field.expected) continue;
    const group = field.key.split('.')[0] ?? field.key;
    groups.set(group, (groups.get(group) ?? true) && isBlankValue(fieldValue(row, field.key)));
  }
  return [...groups].filter(([, blank]) => blank).map(([group]) => group);
}
