/**
 * Why the time log refused a change, as data: the repositories return these, the views word them
 * (in Swedish or English) at the field they concern. Nothing is stored when one is returned.
 */
import type { DurationError } from './duration.ts';

export type LinkField = 'goalArea' | 'activity' | 'project';

export type TimelogProblem =
  | { field: 'duration'; code: DurationError; text: string }
  /** The day would hold more than 24 hours; `otherMinutes` are already logged on it. */
  | { field: 'duration'; code: 'dayFull'; date: string; otherMinutes: number }
  /** A cell's several entries would be merged, but their notes together are longer than a note may be. */
  | { field: 'duration'; code: 'mergedNoteTooLong' }
  | { field: 'date'; code: 'invalid'; text: string }
  | { field: 'date'; code: 'tooFarAhead'; date: string; latest: string }
  | { field: 'category'; code: 'required' | 'notFound' }
  | { field: 'category'; code: 'archived'; name: string }
  | { field: 'category'; code: 'inUse'; name: string; count: number }
  | { field: LinkField; code: 'notFound' }
  | { field: 'note'; code: 'tooLong'; max: number }
  | { field: 'name'; code: 'required' }
  | { field: 'name'; code: 'tooLong'; max: number }
  | { field: 'name'; code: 'duplicate'; name: string }
  | { field: 'entry'; code: 'notFound' }
  | { field: 'timer'; code: 'alreadyRunning'; name: string }
  | { field: 'timer'; code: 'none' | 'notRunning' | 'notPaused' };

export type ProblemField = TimelogProblem['field'];

/** A refused write: nothing was stored. */
export interface Refused {
  ok: false;
  problems: TimelogProblem[];
}

export const refused = (...problems: TimelogProblem[]): Refused => ({ ok: false, problems });

/** The first problem about a field, for the message shown at it. */
export function problemAt(problems: readonly TimelogProblem[], field: ProblemField): TimelogProblem | undefined {
  return problems.find((p) => p.field === field);
}
