import { describe, expect, it } from 'vitest';
import { timeCategoryField, timeEntryFields } from '#shared/timelog/fields.ts';
import { en } from '../../../../renderer/i18n/en.ts';
import { sv } from '../../../../renderer/i18n/sv.ts';

const entry = { date: '2026-11-27', minutes: 90, categoryId: 'moa', goalAreaId: null, activityId: null, projectId: null, note: '' };

describe('the time entry’s field descriptors', () => {
  it('describe every field an entry has, once, with labels in both UI catalogues', () => {
    expect(timeEntryFields.map((f) => f.key).sort()).toEqual(Object.keys(entry).sort());
    for (const field of [...timeEntryFields, timeCategoryField.name]) {
      expect(Object.hasOwn(sv, field.uiLabel), field.uiLabel).toBe(true);
      expect(Object.hasOwn(en, field.uiLabel), field.uiLabel).toBe(true);
    }
    // The documents print no time entry field by label (the tidrapport sums them); tests/unit/shared/fields checks the labels that exist.
    expect(timeEntryFields.every((f) => f.documentLabel === null)).toBe(true);
  });

  it('check a date and a note of their own', () => {
    const check = (record: typeof entry) => timeEntryFields.flatMap((f) => f.validate?.(record) ?? []);
    expect(check(entry)).toEqual([]);
    expect(check({ ...entry, date: '27/11', note: 'x'.repeat(2001) })).toEqual([
      { field: 'date', code: 'invalidDate' },
      { field: 'note', code: 'tooLong', max: 2000 },
    ]);
  });
});
