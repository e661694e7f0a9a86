/**
 * What the overview's "what needs me now" reads: the plans that still count and only their
 * activities (on the planId index), this week's time entries (on the date index), the mandates
 * . The selection itself is shared/plan/needs-attention.ts.
 */
import { currentPlans, needsAttention, type NeedsAttention } from '#shared/plan/needs-attention.ts';
import { moaCategoryId } from '#shared/timelog/follow-up.ts';
import { isoWeekOf, weekDays } from '#shared/timelog/weeks.ts';
import { db } from '../../db/database.ts';

export async function loadNeedsAttention(today: string): Promise<NeedsAttention> {
  const database = db();
  const week = isoWeekOf(today);
  const days = weekDays(week.year, week.week);
  const [goalAreas, plans, mandates, timeEntries] = await Promise.all([
    database.goalAreas.toArray(),
    database.actionPlans.toArray(),
    database.mandates.toArray(),
    database.timeEntries.where('date').between(days[0] ?? today, days[6] ?? today, true, true).toArray(),
  ]);
  const planIds = currentPlans(plans, today).map((p) => p.id);
  const activities = planIds.length === 0 ? [] : await database.activities.where('planId').anyOf(planIds).toArray();
  return needsAttention({ today, goalAreas, plans, activities, timeEntries, mandates, moaCategoryId });
}
