/**
 * What *Inför dialogmötet* reads, for each goal area of the meeting: its plans with their content
 * and submitted versions (plans feature), its indicators' Kolada values (indicators feature), the
 * earlier meetings, the mandates (time log) and the time entries since the first day counted. The
 * preparation itself is shared/meetings/dialogue-preparation.ts.
 */
import type { KoladaKpiRecord } from '#shared/domain/kolada.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { GoalArea } from '#shared/domain/plan.ts';
import { hoursFrom, prepareDialogue, type DialoguePreparation } from '#shared/meetings/dialogue-preparation.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { toIsoDate } from '#shared/timelog/weeks.ts';
import { db } from '../../../db/database.ts';
import { loadGoalAreaIndicators } from '../../indicators/indicator-queries.ts';
import { listGoalAreasWithPlans, listPlanVersions, loadPlanContent } from '../../plans/plan-repository.ts';
import { listMandates } from '../../timelog/follow-up/mandate-repository.ts';

export interface GoalAreaPreparation {
  goalArea: GoalArea;
  preparation: DialoguePreparation;
  /** The KPIs' titles as Kolada gives them, where their metadata was imported. */
  kpis: ReadonlyMap<string, KoladaKpiRecord>;
}

/** The meeting as the preparation needs it: only what decides the answer, so an edit of its notes reads nothing again. */
export type PreparedMeeting = Pick<Meeting, 'id' | 'title' | 'kind' | 'startDate' | 'startTime' | 'goalAreaIds'>;

/** The local day of a moment (a version's `submittedAt`). */
const localDayOf = (isoDateTime: string): string => toIsoDate(new Date(isoDateTime));

/** The preparation of each of the meeting's goal areas that exists, in the goal areas' order (by code). */
export async function loadDialoguePreparation(meeting: PreparedMeeting, today: string): Promise<GoalAreaPreparation[]> {
  const wanted = new Set(meeting.goalAreaIds);
  const goalAreas = (await listGoalAreasWithPlans()).filter((g) => wanted.has(g.goalArea.id));
  if (goalAreas.length === 0) return [];
  const from = goalAreas.map((g) => hoursFrom(g.plans, today)).reduce((a, b) => (b < a ? b : a));
  const [earlier, mandates, timeEntries] = await Promise.all([
    // Only meetings before this one's first day can be the previous one; edits of this meeting do not rerun the query.
    db().meetings.where('startDate').below(meeting.startDate).toArray(),
    listMandates(),
    // The time log's follow-up reads by the same date index (a range, never the whole table).
    db().timeEntries.where('date').between(from, today, true, true).toArray(),
  ]);
  return Promise.all(
    goalAreas.map(async ({ goalArea, plans }) => {
      const [contents, versions, indicators] = await Promise.all([
        Promise.all(plans.map((p) => loadPlanContent(p.id))),
        Promise.all(plans.map((p) => listPlanVersions(p.id))),
        loadGoalAreaIndicators(goalArea.id, null),
      ]);
      const preparation = prepareDialogue({
        meeting,
        goalArea,
        today,
        plans: contents.filter((c): c is PlanContent & { goalArea: GoalArea | null } => c !== null),
        versions: versions.flat(),
        meetings: [meeting, ...earlier],
        koladaValues: indicators?.values ?? new Map(),
        timeEntries,
        mandates,
        dayOf: localDayOf,
      });
      return { goalArea, preparation, kpis: indicators?.kpis ?? new Map<string, KoladaKpiRecord>() };
    }),
  );
}
