import { describe, expect, it } from 'vitest';
import { mandateSchema, type Mandate } from '#shared/timelog/mandate.ts';
import { checkMandateForm, emptyMandateForm, formFromMandate, parseDecimal, type MandateForm } from '#shared/timelog/mandate-form.ts';

const hours = (hoursPerWeek: string, validFrom = '2026-01-05'): MandateForm => ({ ...emptyMandateForm(validFrom), hoursPerWeek });
const percent = (percentOfFullTime: string, fullTimeHoursPerWeek = '40', validFrom = '2026-07-06'): MandateForm => ({ ...emptyMandateForm(validFrom), kind: 'percent', percentOfFullTime, fullTimeHoursPerWeek });
const stored: Mandate[] = [mandateSchema.parse({ id: 'm-1', validFrom: '2026-01-05', hoursPerWeek: 8 })];

const problemsOf = (id: string, form: MandateForm, others: readonly Mandate[] = []) => {
  const result = checkMandateForm(id, form, others);
  return result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`);
};

describe('parseDecimal', () => {
  it.each<[string, number | null]>([
    ['8', 8],
    ['7,5', 7.5],
    ['7.5', 7.5],
    [' 12,25 ', 12.25],
    ['1\u00a0000', 1000],
    ['-2', -2],
    ['\u22122', -2],
    ['-0', 0],
    ['', null],
    ['åtta', null],
    ['7,5 h', null],
    ['1,2,3', null],
    [',5', null],
    ['1e3', null],
  ])('reads %j as %s', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe('checkMandateForm', () => {
  it('accepts hours per week with a decimal comma and gives a stored mandate', () => {
    expect(checkMandateForm('m-2', hours('7,5', '2026-03-02'), stored)).toEqual({ ok: true, mandate: { id: 'm-2', validFrom: '2026-03-02', hoursPerWeek: 7.5 } });
  });

  it('accepts a share of full time with its full-time week', () => {
    expect(checkMandateForm('m-2', percent('50', '38,25'), stored)).toEqual({ ok: true, mandate: { id: 'm-2', validFrom: '2026-07-06', percentOfFullTime: 50, fullTimeHoursPerWeek: 38.25 } });
  });

  it.each([
    ['0', []],
    ['60', []],
    ['60,5', ['hoursPerWeek:outOfRange']],
    ['-1', ['hoursPerWeek:outOfRange']],
    ['', ['hoursPerWeek:required']],
    ['åtta', ['hoursPerWeek:notANumber']],
  ])('hours per week %j: %j', (typed, expected) => {
    expect(problemsOf('m-2', hours(typed, '2026-03-02'))).toEqual(expected);
  });

  it.each([
    ['100', '40', []],
    ['100,5', '40', ['percentOfFullTime:outOfRange']],
    ['20', '0', ['fullTimeHoursPerWeek:outOfRange']],
    ['20', '61', ['fullTimeHoursPerWeek:outOfRange']],
    ['', '', ['percentOfFullTime:required', 'fullTimeHoursPerWeek:required']],
  ])('percent %j of a %j-hour week: %j', (typed, fullTime, expected) => {
    expect(problemsOf('m-2', percent(typed, fullTime))).toEqual(expected);
  });

  it.each([
    ['', 'validFrom:required'],
    ['2026-02-30', 'validFrom:invalidDate'],
    ['5 januari', 'validFrom:invalidDate'],
    ['1999-12-31', 'validFrom:invalidDate'],
  ])('refuses the start date %j', (validFrom, expected) => {
    expect(problemsOf('m-2', hours('8', validFrom))).toEqual([expected]);
  });

  it('refuses a second mandate starting the same day, but lets a mandate keep its own date when edited', () => {
    expect(problemsOf('m-2', hours('10', '2026-01-05'), stored)).toEqual(['validFrom:duplicateDate']);
    expect(problemsOf('m-1', hours('10', '2026-01-05'), stored)).toEqual([]);
  });

  it('reads only the fields of the chosen kind', () => {
    expect(problemsOf('m-2', { ...hours('8'), percentOfFullTime: 'fel', fullTimeHoursPerWeek: '' })).toEqual([]);
    expect(problemsOf('m-2', { ...percent('20'), hoursPerWeek: 'fel' })).toEqual([]);
  });

  it('round-trips a stored mandate through the form', () => {
    const percentMandate = mandateSchema.parse({ id: 'm-3', validFrom: '2026-07-06', percentOfFullTime: 12.5, fullTimeHoursPerWeek: 40 });
    for (const mandate of [...stored, percentMandate]) {
      const form = formFromMandate(mandate);
      expect(checkMandateForm(mandate.id, form, [])).toEqual({ ok: true, mandate });
    }
    expect(formFromMandate(percentMandate).percentOfFullTime).toBe('12,5');
  });
});
