import { describe, expect, it } from 'vitest';
import type { AnyFieldTable } from '#shared/fields/fields.ts';
import { planFieldTables } from '#shared/plan/fields.ts';
import { projectFieldTables } from '#shared/project/fields.ts';
import { en } from '../../../renderer/i18n/en.ts';
import { sv } from '../../../renderer/i18n/sv.ts';

const tables: Record<string, AnyFieldTable> = {
  ...planFieldTables,
  ...Object.fromEntries(Object.entries(projectFieldTables).map(([kind, table]) => [`project ${kind}`, table])),
};

/** Every UI key a table names: labels, column labels, help, and each choice's words. */
function uiKeys(table: AnyFieldTable): string[] {
  return table.flatMap((field) => [
    field.uiLabel,
    ...(field.columnLabel === undefined ? [] : [field.columnLabel]),
    ...(field.uiHelp === undefined ? [] : [field.uiHelp]),
    ...(field.choiceLabel === undefined ? [] : (field.choices ?? []).map((choice) => `${field.choiceLabel ?? ''}${choice}`)),
  ]);
}

describe('the field tables’ UI words', () => {
  it.each(Object.entries(tables))('%s: every label, help and choice is in the Swedish and English catalogues', (_name, table) => {
    const keys = uiKeys(table);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !Object.hasOwn(sv, key))).toEqual([]);
    expect(keys.filter((key) => !Object.hasOwn(en, key))).toEqual([]);
  });

  it('gives every choice field its choices', () => {
    for (const table of Object.values(tables)) for (const field of table) if (field.choiceLabel !== undefined) expect(field.choices?.length, field.key).toBeGreaterThan(0);
  });

  it('names each document label field.<record>.<key>', () => {
    for (const table of Object.values(tables)) for (const field of table) if (field.documentLabel !== null) expect(field.documentLabel).toMatch(/^field\.[a-zA-Z]+\.[a-zA-Z]+$/u);
  });
});
