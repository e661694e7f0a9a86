import { describe, expect, it } from 'vitest';
import type { Activity } from '#shared/domain/plan.ts';
import { draftOf, patchFromDraft, problemFor, problemMessage } from '../../../../renderer/features/activities/cell-edit.ts';
import { translator } from '../../../../renderer/i18n/i18n.tsx';
import { activityWorkbook } from '../../../fixtures/activity-workbook.ts';

const activity = (id: string): Activity => {
  const found = activityWorkbook().activities.find((a) => a.id === id);
  if (!found) throw new Error(`${id} saknas`);
  return found;
};

describe('editing a cell', () => {
  it('starts from the stored value, the cost as kronor to type', () => {
    const a = activity('a-4');
    expect(draftOf(a, 'title')).toBe('Kartläggning av innovationsstöd');
    expect(draftOf(a, 'startDate')).toBe('2026-04-01');
    expect(draftOf(a, 'status')).toBe('delayed');
    expect(draftOf(a, 'costOre').replace(/\s/gu, ' ')).toBe('150 000');
    expect(draftOf({ ...a, costOre: 123_450 }, 'costOre').replace(/\s/gu, ' ')).toBe('1 234,50');
  });

  it('reads the cost as Swedes type it', () => {
    const a = activity('a-1');
    expect(patchFromDraft(a, 'costOre', '12 500')).toEqual({ ok: true, patch: { costOre: 1_250_000 }, unchanged: false });
    expect(patchFromDraft(a, 'costOre', '12 000 kr')).toEqual({ ok: true, patch: { costOre: 1_200_000 }, unchanged: true });
    expect(patchFromDraft(a, 'costOre', '-5')).toEqual({ ok: false, problem: { field: 'costOre', code: 'negative' } });
    expect(patchFromDraft(a, 'costOre', 'tolv')).toEqual({ ok: false, problem: { field: 'costOre', code: 'notANumber' } });
  });

  it('takes the end along when the start is moved past it, keeping the length, and says by how much', () => {
    const a = { ...activity('a-1'), startDate: '2026-02-01', endDate: '2026-02-10' };
    expect(patchFromDraft(a, 'startDate', '2026-03-01')).toEqual({ ok: true, patch: { startDate: '2026-03-01', endDate: '2026-03-10' }, unchanged: false, movedEnd: { endDate: '2026-03-10', days: 9 } });
    expect(patchFromDraft(a, 'startDate', '2026-02-05')).toEqual({ ok: true, patch: { startDate: '2026-02-05' }, unchanged: false });
  });

  it('makes text, date and status changes, and knows an unchanged value', () => {
    const a = activity('a-1');
    expect(patchFromDraft(a, 'title', 'Ny titel')).toEqual({ ok: true, patch: { title: 'Ny titel' }, unchanged: false });
    expect(patchFromDraft(a, 'endDate', '2026-02-10')).toEqual({ ok: true, patch: { endDate: '2026-02-10' }, unchanged: true });
    expect(patchFromDraft(a, 'status', 'ongoing')).toEqual({ ok: true, patch: { status: 'ongoing' }, unchanged: false });
    expect(patchFromDraft(a, 'status', 'finished')).toMatchObject({ ok: false });
  });

  it('words a refused value in Swedish, naming the field and what is expected', () => {
    const t = translator('sv');
    expect(problemMessage(t, { field: 'costOre', code: 'negative' })).toBe('Kostnad: beloppet kan inte vara negativt. Ange 0 eller mer.');
    expect(problemMessage(t, { field: 'title', code: 'required' })).toBe('Aktivitet: fyll i det här fältet.');
    expect(problemMessage(t, { field: 'responsible', code: 'tooLong', max: 500 })).toBe('Ansvarig: högst 500 tecken.');
    expect(problemMessage(t, { field: 'endDate', code: 'endBeforeStart' })).toBe('Slut: slutdatumet kan inte ligga före startdatumet.');
    expect(problemMessage(t, { field: 'startDate', code: 'somethingNew' })).toBe('Start: värdet går inte att spara. Kontrollera det och försök igen.');
    expect(problemMessage(translator('en'), { field: 'costOre', code: 'negative' })).toBe('Cost: the amount cannot be negative. Enter 0 or more.');
  });

  it('shows the problem about the edited field first', () => {
    const problems = [
      { field: 'title', code: 'required' },
      { field: 'endDate', code: 'endBeforeStart' },
    ];
    expect(problemFor(problems, 'endDate')).toEqual({ field: 'endDate', code: 'endBeforeStart' });
    expect(problemFor(problems, 'startDate')).toEqual({ field: 'title', code: 'required' });
    expect(problemFor([], 'title')).toBeUndefined();
  });
});
