import { describe, expect, it } from 'vitest';
import { longTextSchema, shortTextSchema } from '#shared/domain/common.ts';
import { goalAreaSchema } from '#shared/domain/plan.ts';
import {
  formatKronorInput,
  isIsoDate,
  parseKronor,
  textLimits,
  validateActivityPatch,
  validateGoalAreaDraft,
  validatePlanDraft,
} from '#shared/plan/validation.ts';
import { activityRow } from './helpers.ts';

const nbsp = '\u00a0';

describe('parseKronor', () => {
  it.each([
    ['0', 0],
    ['1234', 123_400],
    ['1 234', 123_400],
    [`1${nbsp}234`, 123_400],
    ['1\u202f234,50', 123_450],
    ['1 234,50', 123_450],
    ['1 234,5', 123_450],
    ['99,99', 9_999],
    ['1234 kr', 123_400],
    ['1234kr', 123_400],
    ['500 KR', 50_000],
    ['12 000:-', 1_200_000],
    ['12 000,-', 1_200_000],
    ['  42  ', 4_200],
    ['007', 700],
    ['1234.50', 123_450],
    // Spaces only ever group digits; a half-edited "12 00" is still 1 200.
    ['12 00', 120_000],
    ['1 000 000 000 000', 100_000_000_000_000],
  ])('reads %j as %i öre', (text, ore) => {
    expect(parseKronor(text)).toEqual({ ok: true, ore });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['-5', 'negative'],
    ['\u22125', 'negative'],
    ['- 5 kr', 'negative'],
    ['abc', 'notANumber'],
    ['-abc', 'notANumber'],
    ['1,2,3', 'notANumber'],
    ['1,234', 'notANumber'],
    ['1.234', 'notANumber'],
    ['1e5', 'notANumber'],
    ['+5', 'notANumber'],
    [',50', 'notANumber'],
    ['5,', 'notANumber'],
    ['kr', 'notANumber'],
    ['1 000 000 000 000,01', 'tooLarge'],
    ['10000000000000', 'tooLarge'],
    ['99999999999999999999999', 'tooLarge'],
  ])('refuses %j: %s', (text, code) => {
    expect(parseKronor(text)).toEqual({ ok: false, code });
  });
});

describe('formatKronorInput', () => {
  it.each([
    [0, '0'],
    [5, '0,05'],
    [123_400, `1${nbsp}234`],
    [123_450, `1${nbsp}234,50`],
    [100_000_000_000_000, `1${nbsp}000${nbsp}000${nbsp}000${nbsp}000`],
  ])('shows %i öre as %j', (ore, text) => {
    expect(formatKronorInput(ore)).toBe(text);
  });

  it('reads back what it shows', () => {
    for (const ore of [0, 1, 99, 100, 1_234_567, 1_250_000, 99_999_999_999_999]) expect(parseKronor(formatKronorInput(ore))).toEqual({ ok: true, ore });
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-11-27', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-1', false],
    ['26-01-01', false],
    ['', false],
    ['2026-11-27T10:00', false],
  ])('%j is a real date: %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});

describe('validateActivityPatch', () => {
  const activity = activityRow('A1', 'T1', 0);

  it('accepts an empty patch and texts with emoji, line breaks and the full length', () => {
    expect(validateActivityPatch(activity, {})).toEqual([]);
    expect(validateActivityPatch(activity, { title: 'Kickoff 🚀\nför lärare', notes: 'x'.repeat(textLimits.long), responsible: 'å'.repeat(500) })).toEqual([]);
    expect(validateActivityPatch(activity, { notes: '🌱\r\n'.repeat(12_000) })).toEqual([]);
  });

  it.each([
    [{ title: '' }, [{ field: 'title', code: 'required' }]],
    [{ title: ' \n ' }, [{ field: 'title', code: 'required' }]],
    [{ title: 'x'.repeat(501) }, [{ field: 'title', code: 'tooLong', max: 500 }]],
    [{ notes: 'x'.repeat(50_001) }, [{ field: 'notes', code: 'tooLong', max: 50_000 }]],
    [{ endDate: '2026-08-31' }, [{ field: 'endDate', code: 'endBeforeStart' }]],
    [{ startDate: '2026-10-01' }, [{ field: 'endDate', code: 'endBeforeStart' }]],
    [{ startDate: '2026-02-30' }, [{ field: 'startDate', code: 'invalidDate' }]],
    [{ endDate: '30/9 2026' }, [{ field: 'endDate', code: 'invalidDate' }]],
    [{ costOre: -1 }, [{ field: 'costOre', code: 'negative' }]],
    [{ costOre: 1.5 }, [{ field: 'costOre', code: 'notANumber' }]],
    [{ costOre: Number.NaN }, [{ field: 'costOre', code: 'notANumber' }]],
    [{ costOre: 100_000_000_000_001 }, [{ field: 'costOre', code: 'tooLarge', max: 100_000_000_000_000 }]],
  ])('refuses %j', (patch, problems) => {
    expect(validateActivityPatch(activity, patch)).toEqual(problems);
  });

  it('accepts a one-day activity and the largest cost', () => {
    expect(validateActivityPatch(activity, { startDate: '2026-09-30', endDate: '2026-09-30', costOre: 100_000_000_000_000 })).toEqual([]);
  });

  it('judges only the fields being changed, so a new row with an empty title can get its dates', () => {
    expect(validateActivityPatch({ ...activity, title: '' }, { startDate: '2026-09-02' })).toEqual([]);
  });

  it('lists several problems in form order', () => {
    expect(validateActivityPatch(activity, { costOre: -1, endDate: 'i morgon', title: '' })).toEqual([
      { field: 'title', code: 'required' },
      { field: 'endDate', code: 'invalidDate' },
      { field: 'costOre', code: 'negative' },
    ]);
  });
});

describe('validateGoalAreaDraft', () => {
  const existing = ['KB', 'Åä', 'IE'];
  it.each([
    [{ code: 'HU', name: 'Hållbar utveckling 🌍' }, []],
    [{ code: '', name: 'Namn' }, [{ field: 'code', code: 'required' }]],
    [{ code: '  ', name: 'Namn' }, [{ field: 'code', code: 'required' }]],
    [{ code: 'ie', name: 'Namn' }, [{ field: 'code', code: 'duplicateCode' }]],
    [{ code: ' kb ', name: 'Namn' }, [{ field: 'code', code: 'duplicateCode' }]],
    [{ code: 'ÅÄ', name: 'Namn' }, [{ field: 'code', code: 'duplicateCode' }]],
    [{ code: 'X'.repeat(21), name: 'Namn' }, [{ field: 'code', code: 'tooLong', max: 20 }]],
    [{ code: 'HU', name: '' }, [{ field: 'name', code: 'required' }]],
    [{ code: 'HU', name: 'Namn', description: 'x'.repeat(50_001) }, [{ field: 'description', code: 'tooLong', max: 50_000 }]],
    [{ code: 'HU', name: 'Namn', effectGoals: ['Fler företag', ' '] }, [{ field: 'effectGoals.1', code: 'required' }]],
    [{ code: '', name: '' }, [{ field: 'code', code: 'required' }, { field: 'name', code: 'required' }]],
  ])('%j', (draft, problems) => {
    expect(validateGoalAreaDraft(draft, existing)).toEqual(problems);
  });

  it('agrees with the schema on the longest code', () => {
    const code = 'X'.repeat(textLimits.goalAreaCode);
    expect(validateGoalAreaDraft({ code, name: 'Namn' }, [])).toEqual([]);
    expect(goalAreaSchema.shape.code.safeParse(code).success).toBe(true);
  });
});

describe('validatePlanDraft', () => {
  it.each([
    [{ title: 'Handlingsplan 2026–2028', periodStart: 2026, periodEnd: 2028 }, []],
    [{ title: 'Ettårig', periodStart: 2000, periodEnd: 2000 }, []],
    [{ title: 'Lång', periodStart: 2000, periodEnd: 2100 }, []],
    [{ title: ' ', periodStart: 2026, periodEnd: 2028 }, [{ field: 'title', code: 'required' }]],
    [{ title: 'Plan', periodStart: 1999, periodEnd: 2028 }, [{ field: 'periodStart', code: 'yearOutOfRange' }]],
    [{ title: 'Plan', periodStart: 2026, periodEnd: 2101 }, [{ field: 'periodEnd', code: 'yearOutOfRange' }]],
    [{ title: 'Plan', periodStart: 2028, periodEnd: 2026 }, [{ field: 'periodEnd', code: 'periodEndBeforeStart' }]],
    [{ title: 'Plan', periodStart: Number.NaN, periodEnd: 2026.5 }, [{ field: 'periodStart', code: 'notANumber' }, { field: 'periodEnd', code: 'notANumber' }]],
  ])('%j', (draft, problems) => {
    expect(validatePlanDraft(draft)).toEqual(problems);
  });
});

describe('text limits', () => {
  it('are the limits of the schemas', () => {
    expect(shortTextSchema.safeParse('x'.repeat(textLimits.short)).success).toBe(true);
    expect(shortTextSchema.safeParse('x'.repeat(textLimits.short + 1)).success).toBe(false);
    expect(longTextSchema.safeParse('x'.repeat(textLimits.long)).success).toBe(true);
    expect(longTextSchema.safeParse('x'.repeat(textLimits.long + 1)).success).toBe(false);
    expect(goalAreaSchema.shape.code.safeParse('X'.repeat(textLimits.goalAreaCode + 1)).success).toBe(false);
  });
});
