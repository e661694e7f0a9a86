import { describe, expect, it } from 'vitest';
import { maxOre } from '#shared/plan/validation.ts';
import {
  parseYearAmountInput,
  projectFieldLabel,
  projectProblemMessage,
  projectProblemText,
  validateBudgetLine,
  validateFinancier,
  validateGoal,
  validateProject,
  validateProjectActivity,
  validateProjectFields,
  validateRisk,
  validateWorkPackage,
  type ProjectFieldsDraft,
  type ProjectProblem,
} from '#shared/project/validation.ts';
import { activity, budgetLine, completeProject, financier, goal, kr, period, risk } from './helpers.ts';

const nbsp = '\u00a0';
const outside: Omit<ProjectProblem, 'field'> = { code: 'outsidePeriod', params: { from: '2026-01-01', to: '2027-12-31' } };

describe('validateProjectFields', () => {
  const ok: ProjectFieldsDraft = { title: 'Företagsakuten', ...period };

  it('accepts a title and a period in order, even a single day', () => {
    expect(validateProjectFields(ok)).toEqual([]);
    expect(validateProjectFields({ ...ok, endDate: ok.startDate })).toEqual([]);
  });

  it.each<[string, Partial<ProjectFieldsDraft>, ProjectProblem[]]>([
    ['an empty title', { title: '' }, [{ field: 'title', code: 'required' }]],
    ['a title of spaces', { title: ' \n ' }, [{ field: 'title', code: 'required' }]],
    ['a title that is too long', { title: 'x'.repeat(501) }, [{ field: 'title', code: 'tooLong', params: { max: 500 } }]],
    ['the end before the start', { startDate: '2027-01-01', endDate: '2026-12-31' }, [{ field: 'endDate', code: 'endBeforeStart' }]],
    ['an unreal date', { startDate: '2026-02-29' }, [{ field: 'startDate', code: 'invalidDate' }]],
    ['a date written the other way', { endDate: '31/12/2027' }, [{ field: 'endDate', code: 'invalidDate' }]],
    ['an empty date', { startDate: '' }, [{ field: 'startDate', code: 'invalidDate' }]],
    ['a year no amount can have', { startDate: '1999-12-31' }, [{ field: 'startDate', code: 'yearOutOfRange' }]],
    ['too long a stakeholder text', { stakeholders: 'x'.repeat(50_001) }, [{ field: 'stakeholders', code: 'tooLong', params: { max: 50_000 } }]],
  ])('refuses %s', (_, patch, problems) => {
    expect(validateProjectFields({ ...ok, ...patch })).toEqual(problems);
  });
});

describe('validateProjectActivity', () => {
  it('accepts an activity and a milestone inside the period, on its first and last day too', () => {
    expect(validateProjectActivity(period, activity('a', { startDate: '2026-01-01', endDate: '2027-12-31' }))).toEqual([]);
    expect(validateProjectActivity(period, activity('m', { startDate: '2027-12-31', endDate: '2027-12-31', milestone: true }))).toEqual([]);
  });

  it.each<[string, Parameters<typeof activity>[1], ProjectProblem[]]>([
    ['no title', { title: '' }, [{ field: 'title', code: 'required' }]],
    ['a start before the period', { startDate: '2025-12-31' }, [{ field: 'startDate', ...outside }]],
    ['an end after the period', { endDate: '2028-01-01' }, [{ field: 'endDate', ...outside }]],
    [
      'both dates after the period',
      { startDate: '2028-02-01', endDate: '2028-03-01' },
      [{ field: 'startDate', ...outside }, { field: 'endDate', ...outside }],
    ],
    ['the end before the start', { startDate: '2026-05-01', endDate: '2026-04-30' }, [{ field: 'endDate', code: 'endBeforeStart' }]],
    ['an unreadable date', { startDate: '2026-13-01' }, [{ field: 'startDate', code: 'invalidDate' }]],
    ['a milestone of more than one day', { milestone: true, startDate: '2026-05-01', endDate: '2026-05-02' }, [{ field: 'endDate', code: 'milestoneOneDay' }]],
    ['too long a responsible', { responsible: 'x'.repeat(501) }, [{ field: 'responsible', code: 'tooLong', params: { max: 500 } }]],
  ])('refuses %s', (_, patch, problems) => {
    expect(validateProjectActivity(period, activity('a', patch))).toEqual(problems);
  });

  it('judges no dates against a period that is not readable yet', () => {
    expect(validateProjectActivity({ startDate: '2027-01-01', endDate: '2026-01-01' }, activity('a', { startDate: '2030-01-01', endDate: '2030-01-02' }))).toEqual([]);
  });
});

describe('validateGoal', () => {
  it('accepts a goal without indicator or date (the completeness list asks for them)', () => {
    expect(validateGoal(period, goal('g', { indicator: '', target: '', targetDate: null }))).toEqual([]);
  });

  it.each<[string, Parameters<typeof goal>[1], ProjectProblem[]]>([
    ['a project goal due after the period', { targetDate: '2028-06-30' }, [{ field: 'targetDate', ...outside }]],
    ['a sub-goal due before the period', { level: 'sub', targetDate: '2025-06-30' }, [{ field: 'targetDate', ...outside }]],
    ['an overall goal due before the period', { level: 'overall', targetDate: '2025-06-30' }, [{ field: 'targetDate', ...outside }]],
    ['an unreadable target date', { targetDate: '2026-6-30' }, [{ field: 'targetDate', code: 'invalidDate' }]],
    ['too long an indicator', { indicator: 'x'.repeat(501) }, [{ field: 'indicator', code: 'tooLong', params: { max: 500 } }]],
  ])('refuses %s', (_, patch, problems) => {
    expect(validateGoal(period, goal('g', patch))).toEqual(problems);
  });

  it('lets an overall goal be reached after the project: it is the long-term change', () => {
    expect(validateGoal(period, goal('g', { level: 'overall', targetDate: '2030-12-31' }))).toEqual([]);
  });
});

describe('validateWorkPackage', () => {
  it('needs a title', () => {
    expect(validateWorkPackage({ title: 'AP1 Rådgivning', description: '' })).toEqual([]);
    expect(validateWorkPackage({ title: ' ', description: '' })).toEqual([{ field: 'title', code: 'required' }]);
  });
});

describe('amounts per year', () => {
  it('accepts amounts in the period, 0 included', () => {
    expect(validateBudgetLine(period, budgetLine('b', 'travel', [[2026, 0], [2027, kr(12_500)]]))).toEqual([]);
    expect(validateFinancier(financier('f', 'Region Örebro län', [[2026, maxOre]], [[2027, 1]]), period)).toEqual([]);
  });

  it.each<[string, [number, number][], ProjectProblem[]]>([
    ['a negative amount', [[2026, -100]], [{ field: 'amounts.2026', code: 'negative' }]],
    ['a fraction of an öre', [[2026, 0.5]], [{ field: 'amounts.2026', code: 'notANumber' }]],
    ['an amount that is not a number', [[2026, Number.NaN]], [{ field: 'amounts.2026', code: 'notANumber' }]],
    ['too large an amount', [[2026, maxOre + 1]], [{ field: 'amounts.2026', code: 'tooLarge', params: { max: 1_000_000_000_000 } }]],
    ['a year after the period', [[2028, 100]], [{ field: 'amounts.2028', code: 'yearOutsidePeriod', params: { year: 2028, from: '2026-01-01', to: '2027-12-31' } }]],
    ['a year before the period', [[2025, 100]], [{ field: 'amounts.2025', code: 'yearOutsidePeriod', params: { year: 2025, from: '2026-01-01', to: '2027-12-31' } }]],
    ['a year no amount can have', [[1999, 100]], [{ field: 'amounts.1999', code: 'yearOutOfRange' }]],
    ['a year twice', [[2026, 100], [2026, 200]], [{ field: 'amounts.2026', code: 'duplicateYear', params: { year: 2026 } }]],
  ])('refuses %s on a cost line', (_, amounts, problems) => {
    expect(validateBudgetLine(period, budgetLine('b', 'travel', amounts))).toEqual(problems);
  });

  it('checks cash and in-kind amounts apart, and years only when given the project', () => {
    const f = financier('f', 'Region Örebro län', [[2028, 100]], [[2026, -1]]);
    expect(validateFinancier(f, period)).toEqual([
      { field: 'cash.2028', code: 'yearOutsidePeriod', params: { year: 2028, from: '2026-01-01', to: '2027-12-31' } },
      { field: 'inKind.2026', code: 'negative' },
    ]);
    expect(validateFinancier(f)).toEqual([{ field: 'inKind.2026', code: 'negative' }]);
  });

  it('needs a financier’s name', () => {
    expect(validateFinancier(financier('f', '', []))).toEqual([{ field: 'name', code: 'required' }]);
    expect(validateFinancier(financier('f', '  ', []))).toEqual([{ field: 'name', code: 'required' }]);
  });
});

describe('parseYearAmountInput', () => {
  it.each([
    ['12 500', { ok: true, ore: kr(12_500) }],
    ['1 234,50 kr', { ok: true, ore: 123_450 }],
    ['', { ok: true, ore: 0 }],
    ['  ', { ok: true, ore: 0 }],
    ['-5', { ok: false, code: 'negative' }],
    ['tolv', { ok: false, code: 'notANumber' }],
    ['1,234', { ok: false, code: 'notANumber' }],
    ['10000000000000', { ok: false, code: 'tooLarge' }],
  ])('reads %j', (text, result) => {
    expect(parseYearAmountInput(text)).toEqual(result);
  });
});

describe('validateRisk', () => {
  it('accepts every point of the scale', () => {
    for (const l of [1, 2, 3, 4, 5]) for (const c of [1, 2, 3, 4, 5]) expect(validateRisk(risk('r', l, c))).toEqual([]);
  });

  it.each<[string, ReturnType<typeof risk>, ProjectProblem[]]>([
    ['no description', risk('r', 3, 3, ''), [{ field: 'description', code: 'required' }]],
    ['likelihood 0', risk('r', 0, 3), [{ field: 'likelihood', code: 'notOnRiskScale' }]],
    ['likelihood 6', risk('r', 6, 3), [{ field: 'likelihood', code: 'notOnRiskScale' }]],
    ['consequence 2,5', risk('r', 3, 2.5), [{ field: 'consequence', code: 'notOnRiskScale' }]],
    ['consequence NaN', risk('r', 3, Number.NaN), [{ field: 'consequence', code: 'notOnRiskScale' }]],
    [
      'both off the scale',
      risk('r', -1, 10),
      [
        { field: 'likelihood', code: 'notOnRiskScale' },
        { field: 'consequence', code: 'notOnRiskScale' },
      ],
    ],
  ])('refuses %s', (_, r, problems) => {
    expect(validateRisk(r)).toEqual(problems);
  });
});

describe('messages', () => {
  it('names the project period', () => {
    expect(projectProblemMessage('outsidePeriod', { from: '2026-01-01', to: '2027-12-31' })).toBe('Datumet ligger utanför projektperioden 2026-01-01–2027-12-31.');
    expect(projectProblemMessage('yearOutsidePeriod', { year: 2028, from: '2026-01-01', to: '2027-12-31' })).toMatch(/^Året 2028 ligger utanför projektperioden 2026-01-01–2027-12-31\./u);
  });

  it('says what is expected, in Swedish by default and in English on request', () => {
    expect(projectProblemMessage('negative')).toBe('Beloppet kan inte vara negativt. Ange 0 eller mer.');
    expect(projectProblemMessage('tooLarge', { max: 1_000_000_000_000 })).toBe(`Beloppet är för stort: högst 1${nbsp}000${nbsp}000${nbsp}000${nbsp}000 kr.`);
    expect(projectProblemMessage('notOnRiskScale')).toBe('Ange ett heltal från 1 till 5.');
    expect(projectProblemMessage('tooLong', { max: 500 }, 'en')).toBe('At most 500 characters.');
  });

  it('has a message for every code in both languages', () => {
    const codes = ['required', 'tooLong', 'invalidDate', 'endBeforeStart', 'outsidePeriod', 'milestoneOneDay', 'yearOutOfRange', 'yearOutsidePeriod', 'duplicateYear', 'notANumber', 'negative', 'tooLarge', 'notOnRiskScale'] as const;
    for (const code of codes) for (const locale of ['sv', 'en'] as const) expect(projectProblemMessage(code, {}, locale)).toMatch(/^\p{Lu}.*\.$/u);
  });

  it('labels fields in Swedish', () => {
    const project = completeProject();
    expect(projectFieldLabel('cash.2027', project)).toBe('kontant 2027');
    expect(projectFieldLabel('sections.syfte', project)).toBe('avsnittet ”Syfte”');
    expect(projectFieldLabel('principles.genderEquality', project)).toBe('principen ”Jämställdhet”');
    expect(projectFieldLabel('likelihood', project)).toBe('sannolikhet');
  });
});

describe('validateProject', () => {
  it('finds nothing wrong in a sound project', () => {
    expect(validateProject(completeProject())).toEqual([]);
  });

  it('finds every problem, in document order, with the row it is on', () => {
    const base = completeProject();
    const project = completeProject({
      title: '',
      goals: [goal('g-1', { targetDate: '2029-01-01' })],
      activities: [activity('a-1', { title: 'Uppstart', startDate: '2025-11-01' }), activity('a-2', { title: 'Slutkonferens', milestone: true, startDate: '2028-01-10', endDate: '2028-01-10' })],
      budget: [...base.budget, budgetLine('b-3', 'travel', [[2028, kr(5_000)]], 'Studieresa')],
      financiers: [...base.financiers, financier('f-3', '', [[2026, -1]])],
      risks: [risk('r-1', 6, 1, 'Få företag hittar till rådgivningen')],
    });
    const problems = validateProject(project);
    expect(problems.map((p) => [p.kind, p.id, p.field, p.code])).toEqual([
      ['project', null, 'title', 'required'],
      ['goal', 'g-1', 'targetDate', 'outsidePeriod'],
      ['activity', 'a-1', 'startDate', 'outsidePeriod'],
      ['activity', 'a-2', 'startDate', 'outsidePeriod'],
      ['activity', 'a-2', 'endDate', 'outsidePeriod'],
      ['budgetLine', 'b-3', 'amounts.2028', 'yearOutsidePeriod'],
      ['financier', 'f-3', 'name', 'required'],
      ['financier', 'f-3', 'cash.2026', 'negative'],
      ['risk', 'r-1', 'likelihood', 'notOnRiskScale'],
    ]);
    const texts = problems.map((p) => projectProblemText(p, project));
    expect(texts[0]).toBe('Projektet, titel: fyll i det här fältet.');
    expect(texts[1]).toBe('Projektmål 1, måldatum: datumet ligger utanför projektperioden 2026-01-01–2027-12-31.');
    expect(texts[2]).toBe('Aktiviteten ”Uppstart”, startdatum: datumet ligger utanför projektperioden 2026-01-01–2027-12-31.');
    expect(texts[3]).toMatch(/^Milstolpen ”Slutkonferens”, startdatum: /u);
    expect(texts[5]).toMatch(/^Kostnadsraden ”Resor: Studieresa”, belopp 2028: året 2028 ligger utanför projektperioden/u);
    expect(texts[6]).toBe('Finansiären (utan namn), namn: fyll i det här fältet.');
    expect(texts[8]).toBe('Risken ”Få företag hittar till rådgivningen”, sannolikhet: ange ett heltal från 1 till 5.');
  });

  it('finds a too-long section text', () => {
    const base = completeProject();
    const project = completeProject({ sections: base.sections.map((s) => (s.key === 'syfte' ? { ...s, text: 'x'.repeat(50_001) } : s)) });
    expect(validateProject(project)).toEqual([{ kind: 'project', id: null, field: 'sections.syfte', code: 'tooLong', params: { max: 50_000 } }]);
  });
});
