/**
 * The running timer's arithmetic: elapsed time from the wall clock, and how a stopped run becomes
 * one entry per calendar day. Pure (the clock is passed in), so tests control time.
 *
 * The stored timer keeps only the accumulated time of earlier runs, the start of the current run
 * and the day it was started. So: the current run is split exactly at each local midnight, and
 * the time of earlier runs (before a pause) counts to the day the timer was started.
 */
import type { TimerState } from '../../../shared/domain/timelog.ts';
import { localToday } from '../../ui/today.ts';

export const MINUTE_MS = 60_000;
/** A run longer than this asks the user to confirm or correct it before it is stored (a laptop asleep overnight). */
export const CONFIRM_AFTER_MS = 12 * 60 * MINUTE_MS;

/** Milliseconds run so far: earlier runs plus, while running, now − runningSince (never negative if the clock went back). */
export function elapsedMs(timer: Pick<TimerState, 'accumulatedMs' | 'runningSince'>, now: Date): number {
  if (timer.runningSince === null) return timer.accumulatedMs;
  return timer.accumulatedMs + Math.max(0, now.getTime() - Date.parse(timer.runningSince));
}

/**
 * When the timer was started: the stored start, or for a timer from before it was kept, the
 * start of its only run; null when that is not known (it was paused and resumed).
 */
export function timerStartedAt(timer: Pick<TimerState, 'startedAt' | 'accumulatedMs' | 'runningSince'>): Date | null {
  const iso = timer.startedAt ?? (timer.accumulatedMs === 0 ? timer.runningSince : null);
  if (iso === null || iso === undefined) return null;
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? null : moment;
}

/** `1:05:12`: hours, minutes and seconds, as a clock shows elapsed time. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

export interface DayPart {
  date: string;
  ms: number;
}

/** The local midnight after `moment`. Built from the calendar, so days of 23 or 25 hours (summer time) come out right. */
function nextMidnight(moment: Date): Date {
  return new Date(moment.getFullYear(), moment.getMonth(), moment.getDate() + 1);
}

/** The time run, per day, in date order. */
export function timerParts(timer: Pick<TimerState, 'accumulatedMs' | 'runningSince' | 'date'>, now: Date): DayPart[] {
  const byDate = new Map<string, number>();
  const add = (date: string, ms: number) => {
    if (ms > 0) byDate.set(date, (byDate.get(date) ?? 0) + ms);
  };
  add(timer.date, timer.accumulatedMs);
  if (timer.runningSince !== null) {
    let cursor = new Date(timer.runningSince);
    while (cursor.getTime() < now.getTime()) {
      const end = new Date(Math.min(now.getTime(), nextMidnight(cursor).getTime()));
      add(localToday(cursor), end.getTime() - cursor.getTime());
      cursor = end;
    }
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, ms]) => ({ date, ms }));
}

export interface DayMinutes {
  date: string;
  minutes: number;
}

/**
 * Whole minutes per day. Rounded cumulatively, so the days add up to the rounded total; a day
 * that rounds to nothing is left out.
 */
export function partsToMinutes(parts: readonly DayPart[]): DayMinutes[] {
  const result: DayMinutes[] = [];
  let cumulativeMs = 0;
  let roundedBefore = 0;
  for (const part of parts) {
    cumulativeMs += part.ms;
    const rounded = Math.round(cumulativeMs / MINUTE_MS);
    if (rounded > roundedBefore) result.push({ date: part.date, minutes: rounded - roundedBefore });
    roundedBefore = rounded;
  }
  return result;
}

/**
 * A corrected total spread over the days: the earliest days are filled first, as measured, and
 * what remains goes to the last day. When a laptop slept through the night the work was done at
 * the start, so a shorter correction lands on the day the work began.
 */
export function allocateCorrected(days: readonly DayMinutes[], minutes: number): DayMinutes[] {
  const result: DayMinutes[] = [];
  let remaining = minutes;
  days.forEach((day, index) => {
    const last = index === days.length - 1;
    const take = last ? remaining : Math.min(day.minutes, remaining);
    if (take > 0) result.push({ date: day.date, minutes: take });
    remaining -= take;
  });
  return result;
}
