import { describe, expect, it } from 'vitest';
import type { TimeCategory } from '#shared/domain/timelog.ts';
import { mandateSchema } from '#shared/timelog/mandate.ts';
import { followUpCategories } from '../../../../../renderer/features/timelog/follow-up/follow-up-categories.ts';
import { formatHours, formatShare, formatSignedHours, periodName, weekNumberOf } from '../../../../../renderer/features/timelog/follow-up/follow-up-format.ts';
import { translator } from '../../../../../renderer/i18n/i18n.tsx';
import { summarise } from '#shared/timelog/summary.ts';
import { buildFollowUp } from '../../../../../renderer/features/timelog/follow-up/follow-up-model.ts';
import { entry } from '../../../shared/timelog/entries.ts';

const category = (id: string, name: string, order: number, archived = false): TimeCategory => ({ id, name, order, archived });

/** 8 h a week from Monday 5 January 2026, 50 % of 40 h from Monday 6 July. */
const mandates = [mandateSchema.parse({ id: 'm-1', validFrom: '2026-01-05', hoursPerWeek: 8 }), mandateSchema.parse({ id: 'm-2', validFrom: '2026-07-06', percentOfFullTime: 50 })];

describe('followUpCategories', () => {
  const stored = [category('moa', 'MOA-uppdraget', 0), category('projektledning', 'Projektledning', 1), category('gammal', 'Gammal kategori', 2, true), category('arkiv-tom', 'Tom arkiverad', 3, true)];

  it('shows the active categories in their order, archived ones only when they hold time, then unknown ids', () => {
    const shown = followUpCategories(stored, new Map([['gammal', 30], ['arkiv-tom', 0], ['okand', 15], ['kompetens', 60]]));
    expect(shown.map((c) => [c.id, c.name, c.archived])).toEqual([
      ['moa', 'MOA-uppdraget', false],
      ['projektledning', 'Projektledning', false],
      ['gammal', 'Gammal kategori', true],
      ['kompetens', 'Kompetensutveckling', false],
      ['okand', 'okand', false],
    ]);
  });

  it('stands in with the default categories until any is stored', () => {
    expect(followUpCategories([], new Map()).map((c) => c.name)).toEqual(['MOA-uppdraget', 'Projektledning', 'Granskning', 'Möten och nätverk', 'Kompetensutveckling', 'Övrigt']);
  });

  it('gives every shown category its own colour and pattern', () => {
    const shown = followUpCategories([], new Map());
    expect(new Set(shown.map((c) => `${c.colour}/${c.pattern}`)).size).toBe(shown.length);
  });
});

describe('buildFollowUp', () => {
  const entries = [
    entry('2025-12-30', 'moa', 120), // v. 1 of 2026, before any mandate
    entry('2026-01-05', 'moa', 600), // v. 2
    entry('2026-01-06', 'projektledning', 300),
    entry('2026-01-13', 'moa', 360), // v. 3
    entry('2026-07-07', 'moa', 1200), // v. 28, the 20-hour mandate
    entry('2027-01-01', 'ovrigt', 60), // v. 53 of 2026, but calendar 2027
  ];

  it('summarises a year by ISO week: 53 weeks from 29 December, with the mandate changing in July', () => {
    const model = buildFollowUp(entries, mandates, [], { kind: 'year', year: 2026 }, 'week');
    expect(model.rows).toHaveLength(53);
    expect(model.weeks).toBe(model.rows);
    expect(model.range).toEqual({ from: '2025-12-29', to: '2027-01-03' });
    const week = (label: string) => model.rows.find((r) => r.label === label);
    expect(week('v. 1')).toMatchObject({ moaMinutes: 120, mandateMinutes: 0, moaOverMandateMinutes: 120 });
    expect(week('v. 2')).toMatchObject({ moaMinutes: 600, mandateMinutes: 480, moaOverMandateMinutes: 120, totalMinutes: 900, projectShare: 300 / 900 });
    expect(week('v. 3')).toMatchObject({ moaMinutes: 360, mandateMinutes: 480, moaOverMandateMinutes: -120 });
    expect(week('v. 27')?.cumulativeMandateMinutes).toBe(26 * 480);
    expect(week('v. 28')).toMatchObject({ mandateMinutes: 1200, moaOverMandateMinutes: 0 });
    expect(week('v. 53')?.cumulativeMandateMinutes).toBe(26 * 480 + 26 * 1200);
    expect(model.totals).toMatchObject({ totalMinutes: 2640, moaMinutes: 2280, mandateMinutes: 26 * 480 + 26 * 1200, projectShare: 300 / 2640 });
    expect(model.hasMandate).toBe(true);
  });

  it('summarises a year by month on the calendar year, and keeps the ISO weeks for the charts', () => {
    const model = buildFollowUp(entries, mandates, [], { kind: 'year', year: 2026 }, 'month');
    expect(model.rows.map((r) => r.label)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    // January: 20 working days from the 5th at 8/5 hours; the 1st and 2nd belong to a week whose Monday has no mandate.
    expect(model.rows[0]).toMatchObject({ moaMinutes: 960, mandateMinutes: 20 * 96 });
    expect(model.weeks).toHaveLength(53);
    expect(model.totals.totalMinutes).toBe(2460); // the December 2025 and January 2027 entries are outside the calendar year
    expect(model.categories.map((c) => c.id)).toContain('ovrigt');
  });

  it('says when no mandate applies', () => {
    expect(buildFollowUp(entries, [], [], { kind: 'year', year: 2026 }, 'quarter').hasMandate).toBe(false);
    expect(buildFollowUp(entries, mandates, [], { kind: 'year', year: 2025 }, 'quarter').hasMandate).toBe(false);
  });
});

describe('follow-up formats', () => {
  it('shows hours with a decimal comma and grouped thousands in Swedish, a point in English', () => {
    expect(formatHours(90)).toBe('1,5');
    expect(formatHours(15)).toBe('0,25');
    expect(formatHours(74_100)).toBe('1\u00a0235');
    expect(formatHours(90, 'en')).toBe('1.5');
  });

  it('signs over/under and shows shares as whole percentages', () => {
    expect(formatSignedHours(150)).toBe('+2,5');
    expect(formatSignedHours(-150)).toBe('\u22122,5');
    expect(formatSignedHours(0)).toBe('0');
    expect(formatShare(0.234)).toBe('23\u00a0%');
    expect(formatShare(null)).toBe('–');
  });

  it('names periods in the UI language, from the summary rows\' keys', () => {
    const label = (period: 'week' | 'month' | 'quarter' | 'year', language: 'sv' | 'en') =>
      summarise([], { period, from: '2026-11-23', to: '2026-11-23', mandates: [] }).map((row) => periodName(row.key, translator(language)));
    expect(label('week', 'sv')).toEqual(['v. 48']);
    expect(label('week', 'en')).toEqual(['week 48']);
    expect(label('quarter', 'sv')).toEqual(['2026 K4']);
    expect(label('quarter', 'en')).toEqual(['Q4 2026']);
    expect(label('month', 'en')).toEqual(['2026-11']);
    expect(label('year', 'en')).toEqual(['2026']);
    expect(weekNumberOf('2026-W08')).toBe('8');
    expect(weekNumberOf('2026-W48')).toBe('48');
  });
});
