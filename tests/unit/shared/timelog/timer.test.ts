import { describe, expect, it } from 'vitest';
import type { TimerState } from '#shared/domain/timelog.ts';
import { allocateCorrected, elapsedMs, formatElapsed, newTimer, partsToMinutes, stopPlan, timerParts, timerStartedAt } from '#shared/timelog/timer.ts';

const at = (day: number, hour: number, minute = 0, second = 0) => new Date(2026, 10, day, hour, minute, second);
const running = (since: Date, accumulatedMs = 0, date = '2026-11-26') => ({ runningSince: since.toISOString(), accumulatedMs, date });

describe('timer arithmetic', () => {
  it('counts earlier runs plus the current one, never less when the clock goes back', () => {
    expect(elapsedMs(running(at(27, 9), 60_000), at(27, 10))).toBe(60 * 60_000 + 60_000);
    expect(elapsedMs({ runningSince: null, accumulatedMs: 5000 }, at(27, 10))).toBe(5000);
    expect(elapsedMs(running(at(27, 10)), at(27, 9))).toBe(0);
  });

  it('shows elapsed time as hours, minutes and seconds', () => {
    expect(formatElapsed((1 * 3600 + 5 * 60 + 12) * 1000)).toBe('1:05:12');
    expect(formatElapsed(999)).toBe('0:00:00');
    expect(formatElapsed(13 * 3600 * 1000)).toBe('13:00:00');
  });

  it('splits a run across midnight into one part per day', () => {
    expect(timerParts(running(at(26, 22, 30)), at(27, 1, 15))).toEqual([
      { date: '2026-11-26', ms: 90 * 60_000 },
      { date: '2026-11-27', ms: 75 * 60_000 },
    ]);
    // Two midnights: a whole day in between.
    expect(timerParts(running(at(25, 23)), at(27, 1)).map((p) => [p.date, p.ms / 3_600_000])).toEqual([
      ['2026-11-25', 1],
      ['2026-11-26', 24],
      ['2026-11-27', 1],
    ]);
  });

  it('counts time run before a pause to the day the timer was started', () => {
    expect(timerParts({ runningSince: at(27, 9).toISOString(), accumulatedMs: 3_600_000, date: '2026-11-26' }, at(27, 10))).toEqual([
      { date: '2026-11-26', ms: 3_600_000 },
      { date: '2026-11-27', ms: 3_600_000 },
    ]);
  });

  it('rounds to whole minutes so the days add up to the rounded total', () => {
    const days = partsToMinutes([
      { date: '2026-11-26', ms: 29_000 + 60_000 },
      { date: '2026-11-27', ms: 31_000 + 60_000 },
    ]);
    expect(days).toEqual([
      { date: '2026-11-26', minutes: 1 },
      { date: '2026-11-27', minutes: 2 },
    ]);
    expect(partsToMinutes([{ date: '2026-11-26', ms: 20_000 }, { date: '2026-11-27', ms: 5 * 60_000 }])).toEqual([{ date: '2026-11-27', minutes: 5 }]);
  });

  it('fills a corrected total from the first day on, the rest on the last day', () => {
    const measured = [
      { date: '2026-11-26', minutes: 180 },
      { date: '2026-11-27', minutes: 600 },
    ];
    expect(allocateCorrected(measured, 120)).toEqual([{ date: '2026-11-26', minutes: 120 }]);
    expect(allocateCorrected(measured, 240)).toEqual([
      { date: '2026-11-26', minutes: 180 },
      { date: '2026-11-27', minutes: 60 },
    ]);
    expect(allocateCorrected(measured, 900)).toEqual([
      { date: '2026-11-26', minutes: 180 },
      { date: '2026-11-27', minutes: 720 },
    ]);
  });
});

describe('timerStartedAt: when the timer was started, for "startade 09:14"', () => {
  const start = '2026-11-27T08:14:00.000Z';
  it('is the stored start, also after a pause and a resume', () => {
    expect(timerStartedAt({ startedAt: start, accumulatedMs: 600_000, runningSince: '2026-11-27T10:00:00.000Z' })?.toISOString()).toBe(start);
  });
  it('is the only run\'s start for a timer from before the start was kept, and unknown after a pause', () => {
    expect(timerStartedAt({ accumulatedMs: 0, runningSince: start })?.toISOString()).toBe(start);
    expect(timerStartedAt({ accumulatedMs: 600_000, runningSince: '2026-11-27T10:00:00.000Z' })).toBeNull();
    expect(timerStartedAt({ accumulatedMs: 600_000, runningSince: null })).toBeNull();
  });
});

describe('stopping: what a stop stores', () => {
  const task = { categoryId: 'moa', goalAreaId: null, activityId: 'act-1', projectId: null, note: '  Dialogmöte  ' };
  const startedAt = (since: Date): TimerState => newTimer(task, since);

  it('starts a timer on today’s local date with the task’s links and its note trimmed', () => {
    const timer = newTimer(task, at(27, 0, 30));
    expect(timer).toMatchObject({ state: 'running', date: '2026-11-27', accumulatedMs: 0, categoryId: 'moa', activityId: 'act-1', note: 'Dialogmöte' });
    expect(timer.startedAt).toBe(timer.runningSince);
  });

  it('stores nothing under a minute, waits for the user over 12 hours, and splits at midnight otherwise', () => {
    expect(stopPlan(startedAt(at(27, 9)), at(27, 9, 0, 59), undefined)).toEqual({ kind: 'tooShort', switched: false });
    expect(stopPlan(startedAt(at(26, 18)), at(27, 8), undefined)).toEqual({ kind: 'needsConfirmation', minutes: 14 * 60, startDate: '2026-11-26' });
    expect(stopPlan(startedAt(at(26, 23)), at(27, 1, 30), undefined)).toEqual({ days: [{ date: '2026-11-26', minutes: 60 }, { date: '2026-11-27', minutes: 90 }] });
  });

  it('spreads confirmed minutes from the first day on, and refuses minutes that are not a whole positive number', () => {
    expect(stopPlan(startedAt(at(26, 18)), at(27, 8), 8 * 60)).toEqual({ days: [{ date: '2026-11-26', minutes: 6 * 60 }, { date: '2026-11-27', minutes: 2 * 60 }] });
    expect(stopPlan(startedAt(at(26, 18)), at(27, 8), 0)).toEqual({ kind: 'refused', problems: [{ field: 'duration', code: 'zero', text: '0' }] });
    expect(stopPlan(startedAt(at(26, 18)), at(27, 8), 1.5)).toMatchObject({ kind: 'refused' });
  });
});
