import { describe, expect, it } from 'vitest';
import { dateProblem, dayFullProblem, entryFieldsOf, latestLoggableDate, noteProblem, withDurationProblem } from '#shared/timelog/entry-rules.ts';
import { NOTE_MAX } from '#shared/timelog/fields.ts';

const row = { categoryId: 'moa', goalAreaId: null, activityId: null, projectId: 'p-1' };

describe('the rules every entry is held to', () => {
  it('allows dates up to 31 days ahead of the local day, across a month and a year end', () => {
    expect(latestLoggableDate(new Date(2026, 11, 15, 23, 59))).toBe('2027-01-15');
    expect(dateProblem('2027-01-15', new Date(2026, 11, 15, 8))).toBeNull();
    expect(dateProblem('2027-01-16', new Date(2026, 11, 15, 8))).toEqual({ field: 'date', code: 'tooFarAhead', date: '2027-01-16', latest: '2027-01-15' });
    expect(dateProblem('2026-02-30', new Date(2026, 11, 15, 8))).toEqual({ field: 'date', code: 'invalid', text: '2026-02-30' });
  });

  it('holds a day to 24 hours over all its entries', () => {
    expect(dayFullProblem('2026-11-27', 20 * 60, 4 * 60)).toBeNull();
    expect(dayFullProblem('2026-11-27', 20 * 60, 4 * 60 + 1)).toEqual({ field: 'duration', code: 'dayFull', date: '2026-11-27', otherMinutes: 20 * 60 });
  });

  it('limits the note', () => {
    expect(noteProblem('x'.repeat(NOTE_MAX))).toBeNull();
    expect(noteProblem('x'.repeat(NOTE_MAX + 1))).toEqual({ field: 'note', code: 'tooLong', max: NOTE_MAX });
  });

  it('reads a draft: minutes from the typed duration, the note trimmed, only the row key kept', () => {
    const draft = { ...row, date: '2026-11-27', duration: '1,5 h', note: ' Möte ', extra: 'dropped' };
    expect(entryFieldsOf(draft)).toEqual({ fields: { ...row, date: '2026-11-27', minutes: 90, note: 'Möte' }, durationProblem: null });
    expect(entryFieldsOf({ ...draft, duration: 'en stund' }).durationProblem).toEqual({ field: 'duration', code: 'unreadable', text: 'en stund' });
  });

  it('shows an unreadable duration instead of a full day, which had no minutes to go on', () => {
    const dayFull = dayFullProblem('2026-11-27', 24 * 60, 1);
    const note = noteProblem('x'.repeat(NOTE_MAX + 1));
    const unreadable = entryFieldsOf({ ...row, date: '2026-11-27', duration: '?', note: '' }).durationProblem;
    expect(withDurationProblem(unreadable, [dayFull, note].filter((p) => p !== null))).toEqual([unreadable, note]);
    expect(withDurationProblem(null, [dayFull, note].filter((p) => p !== null))).toEqual([dayFull, note]);
  });
});
