import { describe, expect, it } from 'vitest';
import { documentWords, documentLanguages } from '#shared/documents/words/index.ts';
import type { AnyFieldTable } from '#shared/fields/fields.ts';
import { planFieldTables } from '#shared/plan/fields.ts';
import { projectFieldTables } from '#shared/project/fields.ts';
import { timeEntryFields } from '#shared/timelog/fields.ts';

const tables: Record<string, AnyFieldTable> = {
  ...planFieldTables,
  ...Object.fromEntries(Object.entries(projectFieldTables).map(([kind, table]) => [`project ${kind}`, table])),
  timeEntry: timeEntryFields as AnyFieldTable,
};

/** A descriptor's document label `field.<record>.<key>` is the key `<record>.<key>` of the words' field section. */
function documentKeys(table: AnyFieldTable): string[] {
  return table.flatMap((field) => (field.documentLabel === null ? [] : [field.documentLabel]));
}

describe('the field tables’ document words', () => {
  it.each(Object.entries(tables))('%s: every document label is a field word in every document language', (_name, table) => {
    const keys = documentKeys(table);
    for (const key of keys) expect(key).toMatch(/^field\.[a-zA-Z]+\.[a-zA-Z.]+$/);
    for (const language of documentLanguages) {
      const words: Record<string, string> = documentWords(language).field;
      expect(keys.filter((key) => !Object.hasOwn(words, key.slice('field.'.length))), language).toEqual([]);
    }
  });
});
