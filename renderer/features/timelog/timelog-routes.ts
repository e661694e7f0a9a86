/** The time log's sub-routes: `#/tidlogg/vecka/2026-W48`, `#/tidlogg/dag/2026-11-27`. */
import { isoDateSchema } from '../../../shared/domain/common.ts';
import { isoWeekOf, weekKey, weekMonday, type IsoWeek } from '../../../shared/timelog/weeks.ts';

export const weekHref = (week: IsoWeek): string => `#/tidlogg/vecka/${weekKey(week)}`;

export const dayHref = (date: string): string => `#/tidlogg/dag/${date}`;

/** `2026-W48` as a week, or null when it is not a real ISO week (2027-W53 is not: 2027 has 52 weeks). */
export function parseWeekKey(text: string | undefined): IsoWeek | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(text ?? '');
  if (!match) return null;
  const week = { year: Number(match[1]), week: Number(match[2]) };
  if (week.week < 1) return null;
  // A week that does not come back from its own Monday does not exist.
  return weekKey(isoWeekOf(weekMonday(week.year, week.week))) === text ? week : null;
}

/** A `YYYY-MM-DD` from the route, or null when it is not a real date. */
export function parseDay(text: string | undefined): string | null {
  return text !== undefined && isoDateSchema.safeParse(text).success ? text : null;
}
