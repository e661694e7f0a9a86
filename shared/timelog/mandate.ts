/** The MOA mandate over time: which mandate applies to a week, and how many minutes it gives. */
import type { Mandate } from '../domain/timelog.ts';

export { mandateSchema } from '../domain/timelog.ts';
export type { Mandate, MandateInput } from '../domain/timelog.ts';

/** Whole minutes per week that a mandate gives. */
export function mandateWeeklyMinutes(mandate: Mandate): number {
  const hours = 'hoursPerWeek' in mandate ? mandate.hoursPerWeek : (mandate.percentOfFullTime / 100) * mandate.fullTimeHoursPerWeek;
  return Math.round(hours * 60);
}

/** Mandates ordered by validFrom; among equal dates the later one in the list wins. */
export function sortMandates(mandates: readonly Mandate[]): Mandate[] {
  return mandates
    .map((mandate, index) => ({ mandate, index }))
    .sort((a, b) => (a.mandate.validFrom < b.mandate.validFrom ? -1 : a.mandate.validFrom > b.mandate.validFrom ? 1 : a.index - b.index))
    .map(({ mandate }) => mandate);
}

/** The mandate in force on a date: the latest validFrom on or before it, or null before the first. */
export function mandateOn(mandates: readonly Mandate[], isoDate: string): Mandate | null {
  let found: Mandate | null = null;
  for (const mandate of sortMandates(mandates)) {
    if (mandate.validFrom > isoDate) break;
    found = mandate;
  }
  return found;
}
