/** The follow-up's categories (shared/timelog/follow-up.ts) each with its chart colour and pattern. */
import type { TimeCategory } from '#shared/domain/timelog.ts';
import { shownCategories, type ShownCategory } from '#shared/timelog/follow-up.ts';
import { seriesStyle, type SeriesStyle } from './chart-palette.ts';

export interface FollowUpCategory extends ShownCategory, SeriesStyle {}

/** The categories to show, in order, each styled by its place in the list. */
export function followUpCategories(stored: readonly TimeCategory[], minutesByCategory: ReadonlyMap<string, number>): FollowUpCategory[] {
  return shownCategories(stored, minutesByCategory).map((c, index) => ({ ...c, ...seriesStyle(index) }));
}
