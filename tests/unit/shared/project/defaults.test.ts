import { describe, expect, it } from 'vitest';
import { activityStatuses } from '#shared/domain/plan.ts';
import {
  budgetCategories,
  horizontalPrinciples,
  principleRatings,
  projectGoalLevels,
  projectSchema,
  projectStatuses,
} from '#shared/domain/project.ts';
import {
  budgetCategoryLabels,
  defaultProjectSections,
  goalLevelLabels,
  newProject,
  principleLabels,
  principleRatingLabels,
  projectActivityStatusLabels,
  projectSectionGuidance,
  projectStatusLabels,
  requiredProjectSectionKeys,
  sectionGuidance,
} from '#shared/project/defaults.ts';
import { completeProject } from './helpers.ts';

const input = { id: 'p-1', goalAreaId: 'ga-ie', title: 'Företagsakuten 🚀', startDate: '2026-01-01', endDate: '2027-12-31', now: '2026-11-27T09:00:00.000Z' };

describe('newProject', () => {
  it('is a valid project plan as stored', () => {
    const project = newProject(input);
    expect(projectSchema.parse(project)).toEqual(project);
  });

  it('starts planned, with the default sections empty and the four principles unrated', () => {
    const project = newProject(input);
    expect(project).toMatchObject({ id: 'p-1', goalAreaId: 'ga-ie', title: 'Företagsakuten 🚀', status: 'planned', updatedAt: input.now });
    expect(project.sections).toEqual([
      { key: 'sammanfattning', title: 'Sammanfattning', text: '' },
      { key: 'bakgrund', title: 'Bakgrund och problem', text: '' },
      { key: 'syfte', title: 'Syfte', text: '' },
      { key: 'kommunikation', title: 'Kommunikation', text: '' },
      { key: 'uppfoljning', title: 'Uppföljning och utvärdering', text: '' },
    ]);
    expect(project.principles).toEqual(horizontalPrinciples.map((principle) => ({ principle, how: '', rating: null })));
    expect(project.changeTheory).toEqual({ challenge: '', activities: '', results: '', effects: '' });
    expect(project.organisation).toEqual({ ownerContactId: null, leaderContactId: null, steeringGroupContactIds: [], referenceGroupContactIds: [], partnerContactIds: [] });
    expect([project.goals, project.activities, project.budget, project.financiers, project.risks, project.tacticIds]).toEqual([[], [], [], [], [], []]);
  });

  it('gives every project its own section objects', () => {
    const a = newProject(input);
    const b = newProject(input);
    expect(a.sections[0]).not.toBe(b.sections[0]);
  });

  it('the test fixture of a complete project is valid too', () => {
    expect(() => projectSchema.parse(completeProject())).not.toThrow();
  });
});

describe('sections and labels', () => {
  it('has guidance for every default section, and none for a template section', () => {
    for (const { key } of defaultProjectSections) expect(sectionGuidance(key)?.length).toBeGreaterThan(20);
    expect(projectSectionGuidance.bakgrund).toMatch(/orsaker/u);
    expect(projectSectionGuidance.bakgrund).toMatch(/konsekvenser/u);
    expect(sectionGuidance('egetAvsnitt')).toBeNull();
    expect(sectionGuidance('toString')).toBeNull();
  });

  it('requires the default sections', () => {
    expect(requiredProjectSectionKeys).toEqual(['sammanfattning', 'bakgrund', 'syfte', 'kommunikation', 'uppfoljning']);
  });

  it('has a Swedish label for every value of every list', () => {
    expect(Object.keys(budgetCategoryLabels)).toEqual([...budgetCategories]);
    expect(Object.keys(principleLabels)).toEqual([...horizontalPrinciples]);
    expect(Object.keys(principleRatingLabels)).toEqual([...principleRatings]);
    expect(Object.keys(projectStatusLabels)).toEqual([...projectStatuses]);
    expect(Object.keys(goalLevelLabels)).toEqual([...projectGoalLevels]);
    expect(Object.keys(projectActivityStatusLabels)).toEqual([...activityStatuses]);
    expect(budgetCategoryLabels.indirectCosts).toBe('Indirekta kostnader');
    expect(principleLabels.nonDiscrimination).toBe('Icke-diskriminering');
    expect(principleRatingLabels).toEqual({ active: 'Aktivt', partial: 'Delvis', none: 'Inte' });
    expect(projectStatusLabels.cancelled).toBe('Avbrutet');
    expect(goalLevelLabels).toEqual({ overall: 'Övergripande mål', project: 'Projektmål', sub: 'Delmål' });
  });
});
