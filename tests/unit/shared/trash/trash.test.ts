import { describe, expect, it } from 'vitest';
import { isTrashExpired, planRestore, trashCounts, trashEntry, trashEntrySchema, trashExpiresAt, trashTables, type RestoreState, type TrashEntry, type TrashTable } from '#shared/domain/trash.ts';
import type { ActionPlan, Activity, GoalArea } from '#shared/domain/plan.ts';

const goalArea: GoalArea = { id: 'ga-ie', code: 'IE', name: 'Innovationer och entreprenörskap', description: '', effectGoals: [], owner: 'Anna', reviewers: [] };
const plan: ActionPlan = { id: 'plan-1', goalAreaId: 'ga-ie', periodStart: 2027, periodEnd: 2028, title: 'Handlingsplan 2027–2028, Innovationer', status: 'draft', sections: [], version: 1, updatedAt: '2026-11-20T13:05:00.000Z', templateRef: null };
const activity: Activity = { id: 'act-1', planId: 'plan-1', tacticId: 'tac-1', title: 'Kickoff', responsible: '', startDate: '2027-02-01', endDate: '2027-02-01', status: 'planned', costOre: 0, projectId: null, relatedGoalAreaIds: [], notes: '', order: 0 };
const now = new Date('2026-11-27T09:00:00.000Z');

const emptyIds = (): Record<TrashTable, Set<string>> => Object.fromEntries(trashTables.map((t) => [t, new Set<string>()])) as Record<TrashTable, Set<string>>;
function state(overrides: Partial<RestoreState> = {}): RestoreState {
  const ids = emptyIds();
  ids.goalAreas.add('ga-ie');
  return { ids, goalAreaCodes: new Set(), trashedGoalAreas: new Map(), unlinkedActivityIds: new Set(), unlinkedTimeEntryIds: new Set(), ...overrides };
}

const planEntry: TrashEntry = trashEntry({ id: 'e-1', kind: 'plan', title: plan.title, records: { actionPlans: [plan], activities: [activity], strategies: [] } }, now);

describe('a trash entry', () => {
  it('holds the removed records by table, leaves empty tables out, and is valid for the workbook file', () => {
    expect(planEntry).toEqual({ id: 'e-1', kind: 'plan', title: plan.title, removedAt: '2026-11-27T09:00:00.000Z', records: { actionPlans: [plan], activities: [activity] }, cutLinks: { activities: [], timeEntries: [] } });
    expect(trashEntrySchema.parse(planEntry)).toEqual(planEntry);
    expect(trashCounts(planEntry.records)).toMatchObject({ actionPlans: 1, activities: 1, strategies: 0, planVersions: 0 });
  });

  it('is removed for good 30 days after it was removed, not a moment before', () => {
    expect(trashExpiresAt(planEntry).toISOString()).toBe('2026-12-27T09:00:00.000Z');
    expect(isTrashExpired(planEntry, new Date('2026-12-27T08:59:59.999Z'))).toBe(false);
    expect(isTrashExpired(planEntry, new Date('2026-12-27T09:00:00.000Z'))).toBe(true);
  });
});

describe('what a restore writes', () => {
  it('puts the records back when nothing is in the way', () => {
    expect(planRestore(planEntry, state())).toEqual({ ok: true, records: planEntry.records, relink: { activities: [], timeEntries: [] } });
  });

  it('refuses when a record with the same id is there again, naming it', () => {
    const ids = emptyIds();
    ids.goalAreas.add('ga-ie');
    ids.actionPlans.add('plan-1');
    expect(planRestore(planEntry, state({ ids }))).toEqual({ ok: false, problem: { reason: 'idTaken', table: 'actionPlans', name: plan.title } });
  });

  it('refuses a plan whose goal area is gone, naming the goal area when it is in the trash', () => {
    const ids = emptyIds();
    expect(planRestore(planEntry, state({ ids, trashedGoalAreas: new Map([['ga-ie', 'IE Innovationer och entreprenörskap']]) }))).toEqual({ ok: false, problem: { reason: 'goalAreaMissing', goalAreaName: 'IE Innovationer och entreprenörskap' } });
    expect(planRestore(planEntry, state({ ids }))).toEqual({ ok: false, problem: { reason: 'goalAreaMissing', goalAreaName: null } });
  });

  it('restores a goal area with its own plans, and refuses one whose code another goal area has taken', () => {
    const entry = trashEntry({ id: 'e-2', kind: 'goalArea', title: 'IE Innovationer', records: { goalAreas: [goalArea], actionPlans: [plan] } }, now);
    expect(planRestore(entry, state({ ids: emptyIds() })).ok).toBe(true);
    expect(planRestore(entry, state({ ids: emptyIds(), goalAreaCodes: new Set(['IE']) }))).toEqual({ ok: false, problem: { reason: 'codeTaken', code: 'IE' } });
  });

  it('relinks only the activities and time entries that are still there with no project', () => {
    const entry = trashEntry(
      {
        id: 'e-3',
        kind: 'project',
        title: 'Unga innovatörer',
        records: {},
        cutLinks: { activities: [{ id: 'a-kept', projectId: 'p' }, { id: 'a-gone', projectId: 'p' }], timeEntries: [{ id: 't-free', projectId: 'p' }, { id: 't-relinked', projectId: 'p' }] },
      },
      now,
    );
    const plan = planRestore(entry, state({ unlinkedActivityIds: new Set(['a-kept']), unlinkedTimeEntryIds: new Set(['t-free']) }));
    expect(plan).toEqual({ ok: true, records: {}, relink: { activities: [{ id: 'a-kept', projectId: 'p' }], timeEntries: [{ id: 't-free', projectId: 'p' }] } });
  });
});
