/** The time log's sub-routes: `#/tidlogg/vecka/2026-W48`, `#/tidlogg/dag/2026-11-27`. */
import { isoDateSchema } from '#shared/domain/common.ts';
import { weekKey, type IsoWeek } from '#shared/timelog/weeks.ts';

export const weekHref = (week: IsoWeek): string => `#/tidlogg/vecka/${weekKey(week)}`;

export const dayHref = (date: string): string => `#/tidlogg/dag/${date}`;

/** A `YYYY-MM-DD` from the route, or null when it is not a real date. */
export function parseDay(text: string | undefined): string | null {
  return text !== undefined && isoDateSchema.safeParse(text).success ? text : null;
}
