import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { TIMER_ID } from '#shared/domain/timelog.ts';
import { db } from '../../../../renderer/db/database.ts';
import { archiveCategory, deleteCategory } from '../../../../renderer/features/timelog/category-repository.ts';
import { discardTimer, loadTimer, pauseTimer, resumeTimer, startTimer, stopTimer, switchTimer } from '../../../../renderer/features/timelog/timer-repository.ts';
import type { TimerOutcome, TimerTask } from '#shared/timelog/timer.ts';
import { allEntries, freshWorkbook, stored } from './records.ts';

const task: TimerTask = { categoryId: 'moa', goalAreaId: 'ga-ie', activityId: null, projectId: null, note: 'Dialogmöte' };
const projectTask: TimerTask = { categoryId: 'projektledning', goalAreaId: null, activityId: null, projectId: 'p-1', note: '' };

/** A clock the test moves: local time on a November day of 2026. */
function clock(day: number, hour: number, minute = 0, second = 0) {
  let now = new Date(2026, 10, day, hour, minute, second);
  return {
    now: () => now,
    set: (d: number, h: number, m = 0, s = 0) => {
      now = new Date(2026, 10, d, h, m, s);
    },
  };
}

const kinds = (outcome: TimerOutcome) => (outcome.kind === 'refused' ? outcome.problems.map((p) => `${p.field}:${p.code}`) : outcome.kind);
const entryDays = async () => (await allEntries()).map((e) => [e.date, e.minutes, e.categoryId, e.goalAreaId, e.note]);

beforeEach(freshWorkbook);

describe('the timer', () => {
  it('starts, pauses, resumes and stops into one entry of whole minutes', async () => {
    const c = clock(27, 9);
    expect(await startTimer(task, c.now)).toEqual({ kind: 'started' });
    expect(await loadTimer()).toMatchObject({ id: TIMER_ID, state: 'running', date: '2026-11-27', accumulatedMs: 0 });
    c.set(27, 9, 40);
    expect(kinds(await pauseTimer(c.now))).toBe('paused');
    expect(await loadTimer()).toMatchObject({ state: 'paused', runningSince: null, accumulatedMs: 40 * 60_000 });
    expect(kinds(await pauseTimer(c.now))).toEqual(['timer:notRunning']);
    c.set(27, 13); // the lunch break is not counted
    expect(kinds(await resumeTimer(c.now))).toBe('resumed');
    expect(kinds(await resumeTimer(c.now))).toEqual(['timer:notPaused']);
    c.set(27, 13, 25, 31);
    const stopped = await stopTimer({ now: c.now });
    expect(stopped.kind).toBe('stored');
    expect(await entryDays()).toEqual([['2026-11-27', 66, 'moa', 'ga-ie', 'Dialogmöte']]);
    expect(await loadTimer()).toBeNull();
  });

  it('never runs twice: a second start (another tab) is refused and names the running task', async () => {
    const c = clock(27, 9);
    const [first, second] = await Promise.all([startTimer(task, c.now), startTimer(projectTask, c.now)]);
    const outcomes = [first, second].map((o) => o.kind).sort();
    expect(outcomes).toEqual(['refused', 'started']);
    const refusal = [first, second].find((o) => o.kind === 'refused');
    expect(refusal?.kind === 'refused' && refusal.problems[0]?.code).toBe('alreadyRunning');
    expect(await db().timer.count()).toBe(1);
  });

  it('stores nothing for a run under a minute, and says so', async () => {
    const c = clock(27, 9);
    await startTimer(task, c.now);
    c.set(27, 9, 0, 59);
    expect(await stopTimer({ now: c.now })).toEqual({ kind: 'tooShort', switched: false });
    expect(await db().timeEntries.count()).toBe(0);
    expect(await loadTimer()).toBeNull();
  });

  it('splits a run across midnight into one entry per day', async () => {
    const c = clock(26, 22, 30);
    await startTimer(task, c.now);
    c.set(27, 1, 15);
    expect(kinds(await stopTimer({ now: c.now }))).toBe('stored');
    expect(await entryDays()).toEqual([
      ['2026-11-26', 90, 'moa', 'ga-ie', 'Dialogmöte'],
      ['2026-11-27', 75, 'moa', 'ga-ie', 'Dialogmöte'],
    ]);
  });

  it('asks before storing more than 12 hours (a laptop asleep overnight), and stores the corrected time from the first day on', async () => {
    const c = clock(26, 16);
    await startTimer(task, c.now);
    c.set(27, 7, 30);
    expect(await stopTimer({ now: c.now })).toEqual({ kind: 'needsConfirmation', minutes: 15 * 60 + 30, startDate: '2026-11-26' });
    expect(await db().timeEntries.count()).toBe(0);
    expect(await loadTimer()).not.toBeNull();
    expect(kinds(await stopTimer({ now: c.now, confirmedMinutes: 150 }))).toBe('stored');
    expect(await entryDays()).toEqual([['2026-11-26', 150, 'moa', 'ga-ie', 'Dialogmöte']]);
  });

  it('stores a confirmed long run as measured, split per day', async () => {
    const c = clock(26, 16);
    await startTimer(task, c.now);
    c.set(27, 7, 30);
    await stopTimer({ now: c.now, confirmedMinutes: 15 * 60 + 30 });
    expect((await allEntries()).map((e) => [e.date, e.minutes])).toEqual([
      ['2026-11-26', 8 * 60],
      ['2026-11-27', 7 * 60 + 30],
    ]);
  });

  it('refuses a stop that would put a day over 24 hours, keeping the timer', async () => {
    await stored('2026-11-27', 23 * 60, { categoryId: 'projektledning' });
    const c = clock(27, 9);
    await startTimer(task, c.now);
    c.set(27, 10, 30);
    expect(kinds(await stopTimer({ now: c.now }))).toEqual(['duration:dayFull']);
    expect(await db().timeEntries.count()).toBe(1);
    expect(await loadTimer()).not.toBeNull();
    expect(kinds(await stopTimer({ now: c.now, confirmedMinutes: 60 }))).toBe('stored');
  });

  it('switches task in one step: the current run becomes an entry and the new task starts', async () => {
    const c = clock(27, 9);
    expect(kinds(await switchTimer(task, { now: c.now }))).toBe('started');
    c.set(27, 10);
    const switched = await switchTimer(projectTask, { now: c.now });
    expect(switched.kind === 'stored' && switched.switched).toBe(true);
    expect(await entryDays()).toEqual([['2026-11-27', 60, 'moa', 'ga-ie', 'Dialogmöte']]);
    expect(await loadTimer()).toMatchObject({ state: 'running', categoryId: 'projektledning', projectId: 'p-1', runningSince: new Date(2026, 10, 27, 10).toISOString() });
  });

  it('does not switch to a task it would refuse, nor past a long run awaiting confirmation', async () => {
    const c = clock(26, 8);
    await startTimer(task, c.now);
    await archiveCategory('granskning');
    expect(kinds(await switchTimer({ ...projectTask, categoryId: 'granskning' }, { now: c.now }))).toEqual(['category:archived']);
    c.set(27, 8);
    expect(kinds(await switchTimer(projectTask, { now: c.now }))).toBe('needsConfirmation');
    expect(await loadTimer()).toMatchObject({ categoryId: 'moa' });
    expect(await db().timeEntries.count()).toBe(0);
  });

  it('refuses to start on an archived category or a removed link', async () => {
    const c = clock(27, 9);
    await archiveCategory('granskning');
    expect(kinds(await startTimer({ ...task, categoryId: 'granskning' }, c.now))).toEqual(['category:archived']);
    expect(kinds(await startTimer({ ...task, activityId: 'act-borta' }, c.now))).toEqual(['activity:notFound']);
    expect(await loadTimer()).toBeNull();
  });

  it('keeps a category in use by the timer from being deleted, and stores into it even if archived meanwhile', async () => {
    const c = clock(27, 9);
    await startTimer({ ...task, categoryId: 'kompetens' }, c.now);
    const deletion = await deleteCategory('kompetens');
    expect(deletion.ok ? [] : deletion.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['category:inUse']);
    expect(await db().timeCategories.get('kompetens')).toBeDefined();
    await archiveCategory('kompetens');
    c.set(27, 10);
    expect(kinds(await stopTimer({ now: c.now }))).toBe('stored');
    expect((await allEntries()).map((e) => e.categoryId)).toEqual(['kompetens']);
  });

  it('discards without storing anything', async () => {
    const c = clock(27, 9);
    await startTimer(task, c.now);
    expect(await discardTimer()).toEqual({ kind: 'discarded' });
    expect(await loadTimer()).toBeNull();
    expect(await db().timeEntries.count()).toBe(0);
    expect(kinds(await stopTimer({ now: c.now }))).toEqual(['timer:none']);
  });
});
