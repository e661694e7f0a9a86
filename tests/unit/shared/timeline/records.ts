/** Small timeline records: two goal areas, a plan each, three projects and plan activities, some linked to projects. */
import type { Activity, ActionPlan, GoalArea } from '#shared/domain/plan.ts';
import type { Project, ProjectActivity } from '#shared/domain/project.ts';
import type { TimelineRecords } from '#shared/timeline/rows.ts';

const stamp = '2026-11-27T08:00:00.000Z';

export function goalArea(id: string, code: string, name: string): GoalArea {
  return { id, code, name, description: '', effectGoals: [], owner: '', reviewers: [] };
}

export function plan(id: string, goalAreaId: string, title: string, periodStart = 2026, periodEnd = 2028): ActionPlan {
  return { id, goalAreaId, periodStart, periodEnd, title, status: 'draft', sections: [], version: 1, updatedAt: stamp, templateRef: null };
}

export function projectActivity(id: string, title: string, startDate: string, endDate: string, extra: Partial<ProjectActivity> = {}): ProjectActivity {
  return { id, workPackageId: null, title, responsible: 'Anna', startDate, endDate, status: 'planned', milestone: false, ...extra };
}

export function project(id: string, goalAreaId: string, title: string, startDate: string, endDate: string, activities: ProjectActivity[] = []): Project {
  return {
    id,
    goalAreaId,
    title,
    status: 'ongoing',
    startDate,
    endDate,
    strategyIds: [],
    tacticIds: [],
    sections: [],
    goals: [],
    targetGroups: { primary: '', secondary: '' },
    stakeholders: '',
    organisation: { ownerContactId: null, leaderContactId: null, steeringGroupContactIds: [], referenceGroupContactIds: [], partnerContactIds: [] },
    workPackages: [],
    activities,
    budget: [],
    financiers: [],
    risks: [],
    principles: [],
    changeTheory: { challenge: '', activities: '', results: '', effects: '' },
    updatedAt: stamp,
    templateRef: null,
  };
}

export function planActivity(id: string, planId: string, title: string, startDate: string, endDate: string, projectId: string | null = null, extra: Partial<Activity> = {}): Activity {
  return {
    id,
    planId,
    tacticId: `${planId}-t`,
    title,
    responsible: 'Lars',
    startDate,
    endDate,
    status: 'ongoing',
    costOre: 0,
    projectId,
    relatedGoalAreaIds: [],
    notes: '',
    order: 0,
    ...extra,
  };
}

/**
 * IE (MO1): plan-ie, projects p-uf (with two activities and a milestone) and p-almi.
 * KB (MO2): plan-kb, project p-lax.
 * Plan activities: a-ie1 in plan-ie linked to p-uf, a-ie2 unlinked, a-kb1 unlinked,
 * a-kb2 in plan-kb linked to p-uf (across goal areas), a-ghost linked to a project that does not exist.
 */
export function timelineRecords(): TimelineRecords {
  return {
    goalAreas: [goalArea('ga-kb', 'MO2', 'Kunskapslyft för barn och unga'), goalArea('ga-ie', 'MO1', 'Innovationer och entreprenörskap')],
    actionPlans: [plan('plan-kb', 'ga-kb', 'Handlingsplan Kunskapslyft 2026–2028'), plan('plan-ie', 'ga-ie', 'Handlingsplan Innovationer 2026–2028')],
    projects: [
      project('p-almi', 'ga-ie', 'Almi-samverkan', '2026-09-01', '2027-08-31'),
      project('p-uf', 'ga-ie', 'UF-satsning i Kumla', '2026-02-01', '2027-06-30', [
        projectActivity('pa-2', 'Mässa', '2026-05-10', '2026-05-12'),
        projectActivity('pa-1', 'Rekrytera skolor', '2026-02-01', '2026-03-31', { status: 'done' }),
        projectActivity('pa-ms', 'Beslut om fortsättning', '2026-12-15', '2026-12-15', { milestone: true }),
      ]),
      project('p-lax', 'ga-kb', 'Läxhjälp i Hallsberg', '2026-01-15', '2026-12-31'),
    ],
    activities: [
      planActivity('a-ie2', 'plan-ie', 'Dialogmöte med Almi', '2026-04-01', '2026-04-01'),
      planActivity('a-ie1', 'plan-ie', 'Workshop om UF-företag', '2026-03-05', '2026-03-05', 'p-uf'),
      planActivity('a-kb1', 'plan-kb', 'Sommarskola i matematik', '2026-06-15', '2026-08-10'),
      planActivity('a-kb2', 'plan-kb', 'Lärarfortbildning om entreprenörskap', '2026-10-01', '2026-10-02', 'p-uf'),
      planActivity('a-ghost', 'plan-ie', 'Kartläggning av innovationsstöd', '2026-01-10', '2026-02-20', 'p-finns-inte'),
    ],
  };
}
