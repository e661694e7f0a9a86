/**
 * The one running timer. Every operation is a Dexie transaction on the single record with the
 * fixed id TIMER_ID, so two tabs (or two windows) can never run two timers: the second start
 * finds the first and is refused. Elapsed time comes from the wall clock (shared/timelog/timer.ts), so the
 * timer survives a reload, a restart and a laptop asleep overnight.
 */
import { newId } from '../../db/new-id.ts';
import { TIMER_ID, type TimeEntry, type TimerState } from '#shared/domain/timelog.ts';
import { noteProblem, type Clock } from '#shared/timelog/entry-rules.ts';
import type { TimelogProblem } from '#shared/timelog/problems.ts';
import { newTimer, refusedWith, stopPlan, type TimerOutcome, type TimerTask } from '#shared/timelog/timer.ts';
import { rowKeyOf } from '#shared/timelog/week-grid.ts';
import { defineSaveOperation } from '../../saving/save-operation.ts';
import { db } from '../../db/database.ts';
import { entryProblems, entryTables, rowKeyProblems, systemClock } from './entry-repository.ts';

export interface StopOptions {
  now?: Clock;
  /** The minutes the user confirmed or corrected after a long run. */
  confirmedMinutes?: number;
}

function timerTables() {
  return [db().timer, ...entryTables()];
}

export async function loadTimer(): Promise<TimerState | null> {
  return (await db().timer.get(TIMER_ID)) ?? null;
}

/** Inside a transaction: what is wrong with a task before a timer starts on it. */
async function taskProblems(task: TimerTask): Promise<TimelogProblem[]> {
  const problems = await rowKeyProblems(task, true);
  const note = noteProblem(task.note);
  if (note) problems.push(note);
  return problems;
}

async function runningProblem(timer: TimerState): Promise<TimelogProblem> {
  const category = await db().timeCategories.get(timer.categoryId);
  return { field: 'timer', code: 'alreadyRunning', name: category?.name ?? '' };
}

export async function startTimer(task: TimerTask, now: Clock = systemClock): Promise<TimerOutcome> {
  const database = db();
  return database.transaction('rw', timerTables(), async (): Promise<TimerOutcome> => {
    const existing = await database.timer.get(TIMER_ID);
    if (existing) return refusedWith(await runningProblem(existing));
    const problems = await taskProblems(task);
    if (problems.length > 0) return refusedWith(...problems);
    // add, not put: should a second start ever get this far, the fixed id makes it fail rather than replace the first.
    await database.timer.add(newTimer(task, now()));
    return { kind: 'started' };
  });
}

export async function pauseTimer(now: Clock = systemClock): Promise<TimerOutcome> {
  const database = db();
  return database.transaction('rw', database.timer, async (): Promise<TimerOutcome> => {
    const timer = await database.timer.get(TIMER_ID);
    if (!timer) return refusedWith({ field: 'timer', code: 'none' });
    if (timer.state !== 'running' || timer.runningSince === null) return refusedWith({ field: 'timer', code: 'notRunning' });
    const ran = Math.max(0, now().getTime() - Date.parse(timer.runningSince));
    await database.timer.put({ ...timer, state: 'paused', runningSince: null, accumulatedMs: timer.accumulatedMs + ran });
    return { kind: 'paused' };
  });
}

export async function resumeTimer(now: Clock = systemClock): Promise<TimerOutcome> {
  const database = db();
  return database.transaction('rw', database.timer, async (): Promise<TimerOutcome> => {
    const timer = await database.timer.get(TIMER_ID);
    if (!timer) return refusedWith({ field: 'timer', code: 'none' });
    if (timer.state !== 'paused') return refusedWith({ field: 'timer', code: 'notPaused' });
    await database.timer.put({ ...timer, state: 'running', runningSince: now().toISOString() });
    return { kind: 'resumed' };
  });
}

/** Inside a transaction: stops the timer into entries, or leaves it as it is and says why. */
async function stopInside(timer: TimerState, now: Date, confirmedMinutes: number | undefined): Promise<TimerOutcome> {
  const database = db();
  const plan = stopPlan(timer, now, confirmedMinutes);
  if (!('days' in plan)) {
    if (plan.kind === 'tooShort') await database.timer.delete(TIMER_ID);
    return plan;
  }
  const entries: TimeEntry[] = plan.days.map((day) => ({ id: newId(), date: day.date, minutes: day.minutes, ...rowKeyOf(timer), note: timer.note }));
  const problems: TimelogProblem[] = [];
  for (const entry of entries) {
    // The work is done: a category archived while the timer ran still takes the time.
    problems.push(...(await entryProblems(entry, { now, requireActiveCategory: false, replacing: [] })));
  }
  if (problems.length > 0) return refusedWith(...problems);
  await database.timeEntries.bulkAdd(entries);
  await database.timer.delete(TIMER_ID);
  return { kind: 'stored', entries, switched: false };
}

/**
 * *Stopp*: the run becomes one entry per day (split at midnight), in whole minutes. Under a
 * minute stores nothing; over 12 hours waits for `confirmedMinutes`; a day over 24 hours is refused.
 */
export async function stopTimer(options: StopOptions = {}): Promise<TimerOutcome> {
  const now = options.now ?? systemClock;
  const database = db();
  return database.transaction('rw', timerTables(), async (): Promise<TimerOutcome> => {
    const timer = await database.timer.get(TIMER_ID);
    if (!timer) return refusedWith({ field: 'timer', code: 'none' });
    return stopInside(timer, now(), options.confirmedMinutes);
  });
}

/** *Byt uppgift*: stops the current run into entries and starts the new task, in one transaction; with no timer it just starts. */
export async function switchTimer(task: TimerTask, options: StopOptions = {}): Promise<TimerOutcome> {
  const now = options.now ?? systemClock;
  const database = db();
  return database.transaction('rw', timerTables(), async (): Promise<TimerOutcome> => {
    const problems = await taskProblems(task);
    if (problems.length > 0) return refusedWith(...problems);
    const moment = now();
    const timer = await database.timer.get(TIMER_ID);
    const stopped = timer ? await stopInside(timer, moment, options.confirmedMinutes) : null;
    if (stopped && stopped.kind !== 'stored' && stopped.kind !== 'tooShort') return stopped;
    await database.timer.add(newTimer(task, moment));
    if (!stopped) return { kind: 'started' };
    return { ...stopped, switched: true };
  });
}

/** *Kasta*: removes the timer without storing anything. */
export async function discardTimer(): Promise<TimerOutcome> {
  const database = db();
  return database.transaction('rw', database.timer, async (): Promise<TimerOutcome> => {
    if (!(await database.timer.get(TIMER_ID))) return refusedWith({ field: 'timer', code: 'none' });
    await database.timer.delete(TIMER_ID);
    return { kind: 'discarded' };
  });
}

/** The running timer's note, typed while it runs (autosaved). */
export async function updateTimerNote(note: string): Promise<TimerOutcome> {
  const database = db();
  return database.transaction('rw', database.timer, async (): Promise<TimerOutcome> => {
    const timer = await database.timer.get(TIMER_ID);
    if (!timer) return refusedWith({ field: 'timer', code: 'none' });
    const problem = noteProblem(note);
    if (problem) return refusedWith(problem);
    await database.timer.put({ ...timer, note });
    return { kind: 'noteSaved' };
  });
}

/** The running timer's note as it is typed, journaled (see saving/save-operation.ts); a timer stopped meanwhile drops it. */
export const timerNoteEdit = defineSaveOperation('timelog.timerNote', async (note: string) => {
  const outcome = await updateTimerNote(note);
  if (outcome.kind === 'noteSaved') return 'applied';
  if (outcome.kind === 'refused' && outcome.problems.some((p) => p.field === 'timer')) return 'gone';
  throw new Error(`Anteckningen sparades inte: ${JSON.stringify(outcome)}`);
});
