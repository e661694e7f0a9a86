import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateLargeWorkbook } from '../../../../bench/large-workbook.ts';
import { projectSchema } from '#shared/domain/project.ts';
import { buildTimelineRows } from '#shared/timeline/rows.ts';

describe('the large workbook’s projects (for the timeline benchmark)', () => {
  const workbook = generateLargeWorkbook();

  it('has 200 valid projects, 20 per goal area, each with activities and a milestone in its period', () => {
    expect(workbook.projects).toHaveLength(200);
    workbook.projects.forEach((p) => projectSchema.parse(p));
    expect(new Set(workbook.projects.map((p) => p.id)).size).toBe(200);
    const goalAreaIds = new Set(workbook.goalAreas.map((g) => g.id));
    for (const g of goalAreaIds) expect(workbook.projects.filter((p) => p.goalAreaId === g)).toHaveLength(20);
    for (const project of workbook.projects) {
      const plain = project.activities.filter((a) => !a.milestone);
      const milestones = project.activities.filter((a) => a.milestone);
      expect(plain.length).toBeGreaterThanOrEqual(4);
      expect(milestones).toHaveLength(1);
      expect(milestones[0]?.startDate).toBe(milestones[0]?.endDate);
      for (const a of project.activities) {
        expect(a.startDate >= project.startDate && a.endDate <= project.endDate, `${project.id} ${a.id}`).toBe(true);
      }
    }
  });

  it('links 5 plan activities to each project, in the project’s own goal area', () => {
    const projects = new Map(workbook.projects.map((p) => [p.id, p]));
    const plans = new Map(workbook.actionPlans.map((p) => [p.id, p]));
    const linked = workbook.activities.filter((a) => a.projectId !== null);
    expect(linked).toHaveLength(1000);
    for (const a of linked) {
      const project = projects.get(a.projectId ?? '');
      expect(project?.goalAreaId).toBe(plans.get(a.planId)?.goalAreaId);
    }
    const rows = buildTimelineRows(workbook);
    expect(rows.filter((r) => r.kind === 'planActivity' && r.projectId !== null)).toHaveLength(1000);
    expect(rows.filter((r) => r.kind === 'project')).toHaveLength(200);
  });

  it('is the same for the same seed', () => {
    expect(generateLargeWorkbook().projects.slice(0, 5)).toEqual(workbook.projects.slice(0, 5));
  });

  it('leaves everything generated before projects as it was (other benchmarks measure it)', () => {
    // The SHA-256 of the tables as generated before projects were added, with projectId as it was (null).
    const before = ['profile', 'goalAreas', 'actionPlans', 'strategies', 'tactics', 'activities', 'contacts', 'timeEntries'] as const;
    // Data format 3 gave plans a template reference; the plans are otherwise as they were.
    const tables = before.map((name) =>
      name === 'activities' ? workbook.activities.map((a) => ({ ...a, projectId: null })) : name === 'actionPlans' ? workbook.actionPlans.map(({ templateRef: _, ...plan }) => plan) : workbook[name],
    );
    expect(createHash('sha256').update(JSON.stringify(tables)).digest('hex')).toBe('4b35d1f137a29185369ea83a2dd7209151ec0a1fd3a2d6f6e1f735424e087940');
  });
});
