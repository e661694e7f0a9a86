/**
 * How rows, days and durations read in the time-log views: `mån 23/11`, `1,5`, a row's category
 * with its goal area, activity and project, and the order rows are shown in.
 */
import type { TimeCategory, TimerState } from '#shared/domain/timelog.ts';
import { formatDateTime, formatTimeOfDay, type Locale } from '#shared/format.ts';
import { localToday } from '../../ui/today.ts';
import { timerStartedAt } from '#shared/timelog/timer.ts';
import { formatDuration } from '#shared/timelog/duration.ts';
import { isoWeekday } from '#shared/timelog/weeks.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import type { LinkNames } from './timelog-queries.ts';
import type { RowKey } from '#shared/timelog/week-grid.ts';
import { collator } from '#shared/locale.ts';

export interface RowLabel {
  category: string;
  /** The linked goal area, activity and project, in that order, as the user reads them. */
  links: string[];
}

export function categoryName(t: Translate, category: TimeCategory | undefined): string {
  if (!category) return t('timelog.category.unknown');
  return category.archived ? t('timelog.category.archivedName', { name: category.name }) : category.name;
}

export function rowLabel(t: Translate, key: RowKey, categories: ReadonlyMap<string, TimeCategory>, names: LinkNames): RowLabel {
  const links: string[] = [];
  if (key.goalAreaId !== null) links.push(names.goalAreas.get(key.goalAreaId)?.name ?? t('timelog.link.removedGoalArea'));
  if (key.activityId !== null) {
    const activity = names.activities.get(key.activityId);
    links.push(activity ? activity.title.trim() || t('timelog.link.untitledActivity') : t('timelog.link.removedActivity'));
  }
  if (key.projectId !== null) links.push(names.projects.get(key.projectId)?.title ?? t('timelog.link.removedProject'));
  return { category: categoryName(t, categories.get(key.categoryId)), links };
}

/** `MOA-uppdraget · Innovationer och entreprenörskap`: a row in one line, for accessible names and messages. */
export function rowText(label: RowLabel): string {
  return [label.category, ...label.links].join(' · ');
}

const nameOrder = collator('names');

/** Rows by category order, then by goal area, activity and project names (no link before any link). */
export function rowOrder(t: Translate, categories: readonly TimeCategory[], names: LinkNames): (a: RowKey, b: RowKey) => number {
  const order = new Map(categories.map((c) => [c.id, c.order]));
  const byId = new Map(categories.map((c) => [c.id, c]));
  // Each link's name in a fixed slot, '' when there is none, so rows compare slot by slot.
  const slots = (key: RowKey): string[] => {
    const label = rowLabel(t, key, byId, names).links;
    let next = 0;
    return [key.goalAreaId, key.activityId, key.projectId].map((id) => (id === null ? '' : (label[next++] ?? '')));
  };
  return (a, b) => {
    const category = (order.get(a.categoryId) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.categoryId) ?? Number.MAX_SAFE_INTEGER);
    if (category !== 0) return category;
    const sa = slots(a);
    const sb = slots(b);
    for (let i = 0; i < 3; i += 1) {
      const compared = nameOrder.compare(sa[i] ?? '', sb[i] ?? '');
      if (compared !== 0) return compared;
    }
    return 0;
  };
}

const weekdayShort: Record<number, MessageKey> = {
  1: 'timelog.weekday.short.1',
  2: 'timelog.weekday.short.2',
  3: 'timelog.weekday.short.3',
  4: 'timelog.weekday.short.4',
  5: 'timelog.weekday.short.5',
  6: 'timelog.weekday.short.6',
  7: 'timelog.weekday.short.7',
};
const weekdayLong: Record<number, MessageKey> = {
  1: 'timelog.weekday.long.1',
  2: 'timelog.weekday.long.2',
  3: 'timelog.weekday.long.3',
  4: 'timelog.weekday.long.4',
  5: 'timelog.weekday.long.5',
  6: 'timelog.weekday.long.6',
  7: 'timelog.weekday.long.7',
};

const dayMonth = (date: string) => `${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}`;

/** `mån 23/11`: a week column's heading, as its two parts. */
export function dayHeading(t: Translate, date: string): { weekday: string; date: string } {
  return { weekday: t(weekdayShort[isoWeekday(date)] ?? 'timelog.weekday.short.1'), date: dayMonth(date) };
}

/** `måndag 23/11`: the day in a cell's accessible name. */
export function dayName(t: Translate, date: string): string {
  return `${t(weekdayLong[isoWeekday(date)] ?? 'timelog.weekday.long.1')} ${dayMonth(date)}`;
}

/** `måndag`: the weekday alone. */
export function weekdayName(t: Translate, date: string): string {
  return t(weekdayLong[isoWeekday(date)] ?? 'timelog.weekday.long.1');
}

/** Hours with a decimal comma for a cell: `1,5`; nothing for an empty cell. */
export function cellHours(minutes: number): string {
  return minutes === 0 ? '' : formatDuration(minutes, 'hours');
}

/** Hours for totals: `0` rather than nothing. */
export function totalHours(minutes: number): string {
  return formatDuration(minutes, 'hours');
}

/** `startade 09:14` today, `startade 2026-11-26 kl. 16:00` on another day; `startade 2026-11-26` when the time is not known. */
export function timerStartedText(t: Translate, timer: TimerState, language: Locale, now: Date = new Date()): string {
  const started = timerStartedAt(timer);
  if (!started) return t('timelog.timer.sinceDate', { date: timer.date });
  return t('timelog.timer.since', { time: localToday(started) === localToday(now) ? formatTimeOfDay(started) : formatDateTime(started, language) });
}
