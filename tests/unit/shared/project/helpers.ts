/**
 * Projects for the project-logic tests: an empty one from newProject and a
 * complete one with realistic Swedish content (period 2026-01-01–2027-12-31).
 */
import type { BudgetLine, Financier, Project, ProjectActivity, ProjectGoal, Risk } from '#shared/domain/project.ts';
import { newProject } from '#shared/project/defaults.ts';

export const period = { startDate: '2026-01-01', endDate: '2027-12-31' } as const;

export function emptyProject(overrides: Partial<Project> = {}): Project {
  return {
    ...newProject({ id: 'p-1', goalAreaId: 'ga-ie', title: 'Företagsakuten', ...period, now: '2026-11-27T09:00:00.000Z' }),
    ...overrides,
  };
}

export const kr = (kronor: number) => kronor * 100;

export function budgetLine(id: string, category: BudgetLine['category'], amounts: [number, number][], description = ''): BudgetLine {
  return { id, category, description, amounts: amounts.map(([year, ore]) => ({ year, ore })) };
}

export function financier(id: string, name: string, cash: [number, number][], inKind: [number, number][] = []): Financier {
  const list = (pairs: [number, number][]) => pairs.map(([year, ore]) => ({ year, ore }));
  return { id, name, contactId: null, cash: list(cash), inKind: list(inKind) };
}

export function risk(id: string, likelihood: number, consequence: number, description = `Risk ${id}`): Risk {
  return { id, description, likelihood, consequence, mitigation: '', responsible: '' };
}

export function goal(id: string, overrides: Partial<ProjectGoal> = {}): ProjectGoal {
  return {
    id,
    level: 'project',
    text: 'Fler nystartade företag i länet överlever sina tre första år.',
    indicator: 'Andel företag som finns kvar efter tre år',
    baseline: '62 %',
    target: '70 %',
    targetDate: '2027-12-31',
    ...overrides,
  };
}

export function activity(id: string, overrides: Partial<ProjectActivity> = {}): ProjectActivity {
  return {
    id,
    workPackageId: null,
    title: 'Rådgivningsträffar i kommunerna',
    responsible: 'Anna Berg',
    startDate: '2026-02-01',
    endDate: '2026-06-30',
    status: 'planned',
    milestone: false,
    ...overrides,
  };
}

/** Nothing missing: every section, goal, organisation, budget = financing (300 000 kr), a risk, every principle rated. */
export function completeProject(overrides: Partial<Project> = {}): Project {
  const base = emptyProject();
  return {
    ...base,
    tacticIds: ['T1'],
    sections: base.sections.map((s) => ({ ...s, text: `Text för ${s.title}.` })),
    goals: [goal('g-1', { level: 'overall', targetDate: '2030-12-31' }), goal('g-2')],
    organisation: { ...base.organisation, ownerContactId: 'c-region', leaderContactId: 'c-anna' },
    activities: [activity('a-1')],
    budget: [budgetLine('b-1', 'personal', [[2026, kr(100_000)], [2027, kr(100_000)]]), budgetLine('b-2', 'travel', [[2026, kr(100_000)]])],
    financiers: [financier('f-1', 'Region Örebro län', [[2026, kr(150_000)]], [[2027, kr(50_000)]]), financier('f-2', 'Örebro kommun', [[2026, kr(100_000)]])],
    risks: [risk('r-1', 2, 3)],
    principles: base.principles.map((p) => ({ ...p, how: 'Könsuppdelad statistik i all uppföljning.', rating: 'active' })),
    ...overrides,
  };
}
