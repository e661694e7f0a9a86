import { describe, expect, it } from 'vitest';
import { projectSchema } from '#shared/domain/project.ts';
import { activitySchema } from '#shared/domain/plan.ts';
import {
  buildTimelineRows,
  countTimelineRows,
  goalAreaChoices,
  projectChoices,
  visibleTimelineRows,
  type TimelineRow,
} from '#shared/timeline/rows.ts';
import { goalArea, planActivity, project, timelineRecords } from './records.ts';

const outline = (rows: TimelineRow[]) => rows.map((r) => `${r.level === 2 ? '  ' : ''}${r.title}`);

describe('timeline rows', () => {
  const records = timelineRecords();

  it('uses records the domain schemas accept', () => {
    records.projects.forEach((p) => projectSchema.parse(p));
    records.activities.forEach((a) => activitySchema.parse(a));
  });

  it('groups each project with its activities, milestones and linked plan activities, then the plans with the rest, all by start', () => {
    expect(outline(buildTimelineRows(records))).toEqual([
      'Läxhjälp i Hallsberg',
      'UF-satsning i Kumla',
      '  Rekrytera skolor',
      '  Workshop om UF-företag',
      '  Mässa',
      '  Lärarfortbildning om entreprenörskap',
      '  Beslut om fortsättning',
      'Almi-samverkan',
      // Both plans start 2026-01-01: goal-area code decides (MO1 before MO2).
      'Handlingsplan Innovationer 2026–2028',
      // Linked to a project that does not exist: stays under its plan.
      '  Kartläggning av innovationsstöd',
      '  Dialogmöte med Almi',
      'Handlingsplan Kunskapslyft 2026–2028',
      '  Sommarskola i matematik',
    ]);
  });

  it('describes each row: kind, dates, status, and the project or plan it belongs to', () => {
    const rows = buildTimelineRows(records);
    const byTitle = (title: string) => rows.find((r) => r.title === title);
    expect(byTitle('UF-satsning i Kumla')).toMatchObject({ kind: 'project', projectId: 'p-uf', start: '2026-02-01', end: '2027-06-30', status: 'ongoing', childCount: 5, goalAreaId: 'ga-ie', goalAreaName: 'Innovationer och entreprenörskap' });
    expect(byTitle('Beslut om fortsättning')).toMatchObject({ kind: 'projectActivity', milestone: true, start: '2026-12-15', end: '2026-12-15', projectTitle: 'UF-satsning i Kumla' });
    expect(byTitle('Rekrytera skolor')).toMatchObject({ kind: 'projectActivity', milestone: false, status: 'done', groupKey: 'project:p-uf' });
    expect(byTitle('Lärarfortbildning om entreprenörskap')).toMatchObject({
      kind: 'planActivity',
      planId: 'plan-kb',
      planTitle: 'Handlingsplan Kunskapslyft 2026–2028',
      projectId: 'p-uf',
      projectTitle: 'UF-satsning i Kumla',
      groupKey: 'project:p-uf',
    });
    expect(byTitle('Handlingsplan Kunskapslyft 2026–2028')).toMatchObject({ kind: 'plan', planId: 'plan-kb', start: '2026-01-01', end: '2028-12-31', goalAreaName: 'Kunskapslyft för barn och unga', status: 'draft', childCount: 1 });
    expect(byTitle('Sommarskola i matematik')).toMatchObject({ kind: 'planActivity', projectId: null, projectTitle: null, groupKey: 'plan:plan-kb' });
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('numbers groups among groups and rows within their group', () => {
    const rows = buildTimelineRows(records);
    const groups = rows.filter((r) => r.level === 1);
    expect(groups.map((r) => [r.posInSet, r.setSize])).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(rows.filter((r) => r.groupKey === 'project:p-uf' && r.level === 2).map((r) => [r.posInSet, r.setSize])).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('filters by goal area: its projects, and all its plans’ activities not under one of them', () => {
    expect(outline(buildTimelineRows(records, { goalAreaId: 'ga-ie', projectId: null }))).toEqual([
      'UF-satsning i Kumla',
      '  Rekrytera skolor',
      '  Workshop om UF-företag',
      '  Mässa',
      '  Lärarfortbildning om entreprenörskap',
      '  Beslut om fortsättning',
      'Almi-samverkan',
      'Handlingsplan Innovationer 2026–2028',
      '  Kartläggning av innovationsstöd',
      '  Dialogmöte med Almi',
    ]);
    // The UF project is not shown here, so its linked activity in this goal area's plan is shown under the plan.
    expect(outline(buildTimelineRows(records, { goalAreaId: 'ga-kb', projectId: null }))).toEqual([
      'Läxhjälp i Hallsberg',
      'Handlingsplan Kunskapslyft 2026–2028',
      '  Sommarskola i matematik',
      '  Lärarfortbildning om entreprenörskap',
    ]);
  });

  it('filters by project: the project, its own activities and the plan activities linked to it', () => {
    const rows = buildTimelineRows(records, { goalAreaId: null, projectId: 'p-uf' });
    expect(outline(rows)).toEqual([
      'UF-satsning i Kumla',
      '  Rekrytera skolor',
      '  Workshop om UF-företag',
      '  Mässa',
      '  Lärarfortbildning om entreprenörskap',
      '  Beslut om fortsättning',
    ]);
    expect(buildTimelineRows(records, { goalAreaId: 'ga-ie', projectId: 'p-uf' })).toEqual(rows);
    expect(outline(buildTimelineRows(records, { goalAreaId: null, projectId: 'p-lax' }))).toEqual(['Läxhjälp i Hallsberg']);
  });

  it('shows nothing for a project outside the chosen goal area, or one that does not exist', () => {
    expect(buildTimelineRows(records, { goalAreaId: 'ga-kb', projectId: 'p-uf' })).toEqual([]);
    expect(buildTimelineRows(records, { goalAreaId: null, projectId: 'p-finns-inte' })).toEqual([]);
    expect(buildTimelineRows({ projects: [], activities: [], actionPlans: [], goalAreas: [] })).toEqual([]);
  });

  it('keeps an activity whose plan is missing, under an untitled plan spanning its activities', () => {
    const rows = buildTimelineRows({ ...records, projects: [], activities: [planActivity('x', 'plan-borta', 'Kvarglömd', '2027-03-01', '2027-03-09')] });
    expect(rows.map((r) => [r.kind, r.title, r.start, r.end])).toEqual([
      ['plan', '', '2027-03-01', '2027-03-09'],
      ['planActivity', 'Kvarglömd', '2027-03-01', '2027-03-09'],
    ]);
  });

  it('leaves out a damaged record whose dates cannot be read', () => {
    const damaged = { ...records, activities: [planActivity('bad', 'plan-ie', 'Trasig', '2026-02-30', '2026-03-01')], projects: [project('p-bad', 'ga-ie', 'Trasigt', 'okänt', '2026-01-01')] };
    expect(buildTimelineRows(damaged)).toEqual([]);
  });

  it('sorts rows that start the same day by end, then by title in Swedish order', () => {
    const rows = buildTimelineRows({
      ...records,
      projects: [],
      activities: [
        planActivity('z', 'plan-ie', 'Örebro', '2026-05-01', '2026-05-03'),
        planActivity('y', 'plan-ie', 'Åmål', '2026-05-01', '2026-05-03'),
        planActivity('x', 'plan-ie', 'Zon', '2026-05-01', '2026-05-02'),
      ],
    });
    expect(outline(rows).slice(1)).toEqual(['  Zon', '  Åmål', '  Örebro']);
  });
});

describe('collapsing groups', () => {
  it('hides a collapsed group’s rows but keeps the group row', () => {
    const rows = buildTimelineRows(timelineRecords());
    const visible = visibleTimelineRows(rows, new Set(['project:p-uf', 'plan:plan-kb']));
    expect(outline(visible)).toEqual([
      'Läxhjälp i Hallsberg',
      'UF-satsning i Kumla',
      'Almi-samverkan',
      'Handlingsplan Innovationer 2026–2028',
      '  Kartläggning av innovationsstöd',
      '  Dialogmöte med Almi',
      'Handlingsplan Kunskapslyft 2026–2028',
    ]);
    expect(visibleTimelineRows(rows, new Set())).toEqual(rows);
  });
});

describe('filter choices and counts', () => {
  it('offers the goal area’s projects by title, or all', () => {
    const { projects } = timelineRecords();
    expect(projectChoices(projects, 'ga-ie').map((p) => p.title)).toEqual(['Almi-samverkan', 'UF-satsning i Kumla']);
    expect(projectChoices(projects, null).map((p) => p.id)).toEqual(['p-almi', 'p-lax', 'p-uf']);
  });

  it('orders goal areas by code as numbers (MO2 before MO10)', () => {
    const choices = goalAreaChoices([goalArea('a', 'MO10', 'Digitalisering'), goalArea('b', 'MO2', 'Kunskapslyft'), goalArea('c', 'MO1', 'Innovationer')]);
    expect(choices.map((g) => g.code)).toEqual(['MO1', 'MO2', 'MO10']);
  });

  it('counts projects, plans, project activities, milestones and plan activities', () => {
    expect(countTimelineRows(buildTimelineRows(timelineRecords()))).toEqual({ projects: 3, plans: 2, projectActivities: 2, milestones: 1, planActivities: 5 });
  });
});
