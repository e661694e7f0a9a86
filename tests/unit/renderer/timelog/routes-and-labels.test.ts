import { describe, expect, it } from 'vitest';
import type { TimeCategory } from '#shared/domain/timelog.ts';
import { translator } from '../../../../renderer/i18n/i18n.tsx';
import { cellHours, dayHeading, dayName, rowLabel, rowOrder, rowText } from '../../../../renderer/features/timelog/labels.ts';
import { dayHref, parseDay, weekHref } from '../../../../renderer/features/timelog/timelog-routes.ts';
import type { LinkNames } from '../../../../renderer/features/timelog/timelog-queries.ts';
import type { RowKey } from '#shared/timelog/week-grid.ts';
import { activity, goalArea } from './records.ts';

const t = translator('sv');
const categories: TimeCategory[] = [
  { id: 'moa', name: 'MOA-uppdraget', archived: false, order: 0 },
  { id: 'gammal', name: 'Resor', archived: true, order: 1 },
];
const names: LinkNames = { goalAreas: new Map([[goalArea.id, goalArea]]), activities: new Map([[activity.id, activity]]), projects: new Map() };
const row = (extra: Partial<RowKey> = {}): RowKey => ({ categoryId: 'moa', goalAreaId: null, activityId: null, projectId: null, ...extra });

describe('time-log routes', () => {
  it('links a week by its key', () => {
    expect(weekHref({ year: 2027, week: 1 })).toBe('#/tidlogg/vecka/2027-W01');
  });

  it('reads real dates only', () => {
    expect(parseDay('2026-11-27')).toBe('2026-11-27');
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('i dag')).toBeNull();
    expect(dayHref('2026-11-27')).toBe('#/tidlogg/dag/2026-11-27');
  });
});

describe('time-log labels', () => {
  it('names days the Swedish way', () => {
    expect(dayHeading(t, '2026-11-23')).toEqual({ weekday: 'mån', date: '23/11' });
    expect(dayName(t, '2026-11-29')).toBe('söndag 29/11');
    expect(dayName(translator('en'), '2026-11-26')).toBe('Thursday 26/11');
  });

  it('shows hours with a decimal comma and nothing for an empty cell', () => {
    expect(cellHours(90)).toBe('1,5');
    expect(cellHours(435)).toBe('7,25');
    expect(cellHours(0)).toBe('');
  });

  it('labels a row with its category and links, and says when a category is archived or a link removed', () => {
    const byId = new Map(categories.map((c) => [c.id, c]));
    expect(rowText(rowLabel(t, row({ goalAreaId: 'ga-ie', activityId: 'act-1' }), byId, names))).toBe('MOA-uppdraget · Innovationer och entreprenörskap · Dialogmöte med Almi');
    expect(rowText(rowLabel(t, row({ categoryId: 'gammal', projectId: 'p-borta' }), byId, names))).toBe('Resor (arkiverad) · Borttaget projekt');
  });

  it('orders rows by category, then unlinked before linked, then by name', () => {
    const rows = [row({ categoryId: 'gammal' }), row({ activityId: 'act-1' }), row({ goalAreaId: 'ga-ie' }), row()];
    const sorted = [...rows].sort(rowOrder(t, categories, names));
    expect(sorted).toEqual([row(), row({ activityId: 'act-1' }), row({ goalAreaId: 'ga-ie' }), row({ categoryId: 'gammal' })]);
  });
});
