import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetCategories, type BudgetLine, type Financier, type YearAmount } from '#shared/domain/project.ts';
import {
  budgetTotals,
  coFinancingShare,
  financingBalance,
  financingTotals,
  formatPercent,
  isProjectYear,
  projectYears,
  setYearAmount,
  yearAmount,
} from '#shared/project/budget.ts';
import { budgetLine, emptyProject, financier, kr } from './helpers.ts';

const nbsp = '\u00a0';

describe('projectYears', () => {
  it.each([
    ['2026-01-01', '2027-12-31', [2026, 2027]],
    ['2026-11-27', '2026-11-27', [2026]],
    ['2025-12-31', '2028-01-01', [2025, 2026, 2027, 2028]],
    ['2027-01-01', '2026-12-31', []],
    ['2026-02-30', '2027-12-31', []],
    ['', '2027-12-31', []],
  ])('%s – %s gives %j', (startDate, endDate, years) => {
    expect(projectYears({ startDate, endDate })).toEqual(years);
  });

  it('knows which years are in the period', () => {
    const p = { startDate: '2026-07-01', endDate: '2027-06-30' };
    expect([2025, 2026, 2027, 2028].map((y) => isProjectYear(p, y))).toEqual([false, true, true, false]);
    expect(isProjectYear({ startDate: 'x', endDate: '2027-06-30' }, 2027)).toBe(false);
  });
});

describe('year amounts', () => {
  const amounts: YearAmount[] = [
    { year: 2027, ore: 300 },
    { year: 2026, ore: 100 },
  ];

  it('reads a year, 0 when it has none', () => {
    expect(yearAmount(amounts, 2026)).toBe(100);
    expect(yearAmount(amounts, 2030)).toBe(0);
  });

  it('sets a year, keeps the list sorted, and removes a year set to 0', () => {
    expect(setYearAmount(amounts, 2028, 50)).toEqual([
      { year: 2026, ore: 100 },
      { year: 2027, ore: 300 },
      { year: 2028, ore: 50 },
    ]);
    expect(setYearAmount(amounts, 2027, 999)).toEqual([
      { year: 2026, ore: 100 },
      { year: 2027, ore: 999 },
    ]);
    expect(setYearAmount(amounts, 2027, 0)).toEqual([{ year: 2026, ore: 100 }]);
    expect(setYearAmount([...amounts, { year: 2026, ore: 5 }], 2026, 7)).toEqual([
      { year: 2026, ore: 7 },
      { year: 2027, ore: 300 },
    ]);
    expect(amounts).toHaveLength(2);
  });
});

describe('budgetTotals', () => {
  it('sums per year, category and line in whole öre', () => {
    const project = emptyProject({
      budget: [
        budgetLine('b-1', 'personal', [[2026, kr(400_000)], [2027, kr(420_000)]], 'Projektledare 50 %'),
        budgetLine('b-2', 'travel', [[2026, 12_345]]),
        budgetLine('b-3', 'personal', [[2027, 1]]),
      ],
    });
    const totals = budgetTotals(project);
    expect([...totals.byYear]).toEqual([
      [2026, kr(400_000) + 12_345],
      [2027, kr(420_000) + 1],
    ]);
    expect(totals.byCategory).toEqual({ personal: kr(820_000) + 1, externalServices: 0, travel: 12_345, premises: 0, investments: 0, other: 0, indirectCosts: 0 });
    expect(totals.byLine).toEqual([
      { id: 'b-1', total: kr(820_000) },
      { id: 'b-2', total: 12_345 },
      { id: 'b-3', total: 1 },
    ]);
    expect(totals.total).toBe(kr(820_000) + 12_346);
  });

  it('counts an amount outside the period and gives it its own year', () => {
    const project = emptyProject({ budget: [budgetLine('b-1', 'premises', [[2028, kr(10_000)], [2025, kr(1)]])] });
    const totals = budgetTotals(project);
    expect([...totals.byYear]).toEqual([
      [2025, kr(1)],
      [2026, 0],
      [2027, 0],
      [2028, kr(10_000)],
    ]);
    expect(totals.total).toBe(kr(10_001));
  });

  it('is all zeros without lines, with the project years present', () => {
    const totals = budgetTotals(emptyProject());
    expect([...totals.byYear]).toEqual([
      [2026, 0],
      [2027, 0],
    ]);
    expect(Object.values(totals.byCategory)).toEqual(budgetCategories.map(() => 0));
    expect(totals.byLine).toEqual([]);
    expect(totals.total).toBe(0);
  });
});

describe('financingTotals', () => {
  it('sums cash and in kind per financier and year, with each financier’s share of the financing', () => {
    const project = emptyProject({
      financiers: [
        financier('f-1', 'Region Örebro län', [[2026, kr(100_000)], [2027, kr(100_000)]]),
        financier('f-2', 'Örebro universitet', [], [[2026, kr(50_000)]]),
        financier('f-3', 'Lindesbergs kommun', [[2027, kr(25_000)]], [[2027, kr(25_000)]]),
      ],
    });
    const totals = financingTotals(project);
    expect(totals.financiers).toEqual([
      { id: 'f-1', name: 'Region Örebro län', cash: kr(200_000), inKind: 0, total: kr(200_000), share: 2 / 3 },
      { id: 'f-2', name: 'Örebro universitet', cash: 0, inKind: kr(50_000), total: kr(50_000), share: 1 / 6 },
      { id: 'f-3', name: 'Lindesbergs kommun', cash: kr(25_000), inKind: kr(25_000), total: kr(50_000), share: 1 / 6 },
    ]);
    expect([...totals.byYear]).toEqual([
      [2026, { cash: kr(100_000), inKind: kr(50_000), total: kr(150_000) }],
      [2027, { cash: kr(125_000), inKind: kr(25_000), total: kr(150_000) }],
    ]);
    expect({ cash: totals.cash, inKind: totals.inKind, total: totals.total }).toEqual({ cash: kr(225_000), inKind: kr(75_000), total: kr(300_000) });
  });

  it('has no shares when nothing is financed', () => {
    const totals = financingTotals(emptyProject({ financiers: [financier('f-1', 'Region Örebro län', [])] }));
    expect(totals.financiers[0]).toMatchObject({ total: 0, share: null });
    expect(totals.total).toBe(0);
  });

  it('counts a contribution outside the period', () => {
    const totals = financingTotals(emptyProject({ financiers: [financier('f-1', 'Region Örebro län', [[2029, kr(5)]])] }));
    expect([...totals.byYear.keys()]).toEqual([2026, 2027, 2029]);
    expect(totals.total).toBe(kr(5));
  });
});

describe('financingBalance', () => {
  it('shows what is missing, per year and in total', () => {
    const project = emptyProject({
      budget: [budgetLine('b-1', 'personal', [[2026, kr(300_000)], [2027, kr(300_000)]])],
      financiers: [financier('f-1', 'Region Örebro län', [[2026, kr(300_000)], [2027, kr(200_000)]])],
    });
    expect(financingBalance(project)).toEqual({
      byYear: [
        { year: 2026, budget: kr(300_000), financing: kr(300_000), difference: 0, outsidePeriod: false },
        { year: 2027, budget: kr(300_000), financing: kr(200_000), difference: -kr(100_000), outsidePeriod: false },
      ],
      budget: kr(600_000),
      financing: kr(500_000),
      difference: -kr(100_000),
      balanced: false,
    });
  });

  it('is balanced when the totals match, even if the years differ', () => {
    const project = emptyProject({
      budget: [budgetLine('b-1', 'personal', [[2026, kr(100)], [2027, kr(100)]])],
      financiers: [financier('f-1', 'Region Örebro län', [[2026, kr(150)]], [[2027, kr(50)]])],
    });
    const balance = financingBalance(project);
    expect(balance.balanced).toBe(true);
    expect(balance.difference).toBe(0);
    expect(balance.byYear.map((y) => y.difference)).toEqual([kr(50), -kr(50)]);
  });

  it('shows a surplus as positive', () => {
    const project = emptyProject({ budget: [budgetLine('b-1', 'other', [[2026, 1]])], financiers: [financier('f-1', 'Region Örebro län', [[2026, 2]])] });
    expect(financingBalance(project)).toMatchObject({ difference: 1, balanced: false });
  });

  it('lists amounts outside the period as their own rows and counts them', () => {
    const project = emptyProject({
      budget: [budgetLine('b-1', 'personal', [[2026, kr(100)], [2028, kr(40)]])],
      financiers: [financier('f-1', 'Region Örebro län', [[2025, kr(140)]])],
    });
    const balance = financingBalance(project);
    expect(balance.byYear).toEqual([
      { year: 2025, budget: 0, financing: kr(140), difference: kr(140), outsidePeriod: true },
      { year: 2026, budget: kr(100), financing: 0, difference: -kr(100), outsidePeriod: false },
      { year: 2027, budget: 0, financing: 0, difference: 0, outsidePeriod: false },
      { year: 2028, budget: kr(40), financing: 0, difference: -kr(40), outsidePeriod: true },
    ]);
    expect(balance).toMatchObject({ budget: kr(140), financing: kr(140), difference: 0, balanced: true });
  });

  it('is balanced at zero for an empty project', () => {
    expect(financingBalance(emptyProject())).toEqual({
      byYear: [
        { year: 2026, budget: 0, financing: 0, difference: 0, outsidePeriod: false },
        { year: 2027, budget: 0, financing: 0, difference: 0, outsidePeriod: false },
      ],
      budget: 0,
      financing: 0,
      difference: 0,
      balanced: true,
    });
  });
});

describe('coFinancingShare and formatPercent', () => {
  const project = emptyProject({
    budget: [budgetLine('b-1', 'personal', [[2026, kr(200_000)], [2027, kr(100_000)]])],
    financiers: [
      financier('f-1', 'Region Örebro län', [[2026, kr(100_000)]]),
      financier('f-2', 'Örebro kommun', [[2026, kr(50_000)]], [[2027, kr(50_000)]]),
      financier('f-3', 'Tillväxtverket', [[2027, kr(100_000) + 1]]),
      financier('f-4', 'Ideell förening', []),
    ],
  });

  it('gives each financier’s share of the budget, in kind included', () => {
    expect(coFinancingShare(project, 'f-1')).toBe(1 / 3);
    expect(coFinancingShare(project, 'f-2')).toBe(1 / 3);
    expect(coFinancingShare(project, 'f-4')).toBe(0);
    expect(coFinancingShare(project, 'okänd')).toBeNull();
    expect(formatPercent(coFinancingShare(project, 'f-1'))).toBe(`33,3${nbsp}%`);
    // One öre more than a third: the sum is exact, so only the last decimals move.
    expect(coFinancingShare(project, 'f-3')).toBe((kr(100_000) + 1) / kr(300_000));
  });

  it('has no share of a zero budget', () => {
    expect(coFinancingShare(emptyProject({ financiers: [financier('f-1', 'Region Örebro län', [[2026, 1]])] }), 'f-1')).toBeNull();
  });

  it.each([
    [1 / 3, 1, `33,3${nbsp}%`],
    [2 / 3, 1, `66,7${nbsp}%`],
    [0.5, 0, `50${nbsp}%`],
    [0.125, 2, `12,50${nbsp}%`],
    [0, 1, `0,0${nbsp}%`],
    [1, 1, `100,0${nbsp}%`],
    [12.345, 1, `1${nbsp}234,5${nbsp}%`],
    [-0.000001, 1, `0,0${nbsp}%`],
    [null, 1, '–'],
    [Number.NaN, 1, '–'],
  ])('formats %s with %i decimals as %j', (share, decimals, text) => {
    expect(formatPercent(share, decimals)).toBe(text);
  });
});

describe('properties', () => {
  const years = fc.integer({ min: 2024, max: 2030 });
  const ore = fc.integer({ min: 0, max: 100_000_000_000 });
  const amounts = fc.array(fc.record({ year: years, ore }), { maxLength: 6 });
  const line: fc.Arbitrary<BudgetLine> = fc.record({
    id: fc.uuid(),
    category: fc.constantFrom(...budgetCategories),
    description: fc.constant(''),
    amounts,
  });
  const funder: fc.Arbitrary<Financier> = fc.record({ id: fc.uuid(), name: fc.constant('Finansiär'), contactId: fc.constant(null), cash: amounts, inKind: amounts });
  const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
  const all = (lists: YearAmount[][]) => sum(lists.flat().map((a) => a.ore));

  it('budget totals equal the sum of the lines, however they are split', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (budget) => {
        const totals = budgetTotals(emptyProject({ budget }));
        const expected = all(budget.map((l) => l.amounts));
        expect(totals.total).toBe(expected);
        expect(sum(totals.byYear.values())).toBe(expected);
        expect(sum(Object.values(totals.byCategory))).toBe(expected);
        expect(sum(totals.byLine.map((l) => l.total))).toBe(expected);
        for (const y of new Set(budget.flatMap((l) => l.amounts.map((a) => a.year)))) {
          expect(totals.byYear.get(y)).toBe(all(budget.map((l) => l.amounts.filter((a) => a.year === y))));
        }
      }),
    );
  });

  it('financing totals equal the sum of the contributions, and shares add up to the whole', () => {
    fc.assert(
      fc.property(fc.array(funder, { maxLength: 8 }), (financiers) => {
        const totals = financingTotals(emptyProject({ financiers }));
        const cash = all(financiers.map((f) => f.cash));
        const inKind = all(financiers.map((f) => f.inKind));
        expect([totals.cash, totals.inKind, totals.total]).toEqual([cash, inKind, cash + inKind]);
        expect(sum(totals.financiers.map((f) => f.total))).toBe(cash + inKind);
        expect(sum([...totals.byYear.values()].map((y) => y.total))).toBe(cash + inKind);
        for (const y of totals.byYear.values()) expect(y.total).toBe(y.cash + y.inKind);
        if (totals.total > 0) expect(sum(totals.financiers.map((f) => f.share ?? Number.NaN))).toBeCloseTo(1, 9);
      }),
    );
  });

  it('the balance difference is financing − budget, per year and in total, and no amount is dropped', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.array(funder, { maxLength: 5 }), (budget, financiers) => {
        const balance = financingBalance(emptyProject({ budget, financiers }));
        const cost = all(budget.map((l) => l.amounts));
        const funded = all(financiers.flatMap((f) => [f.cash, f.inKind]));
        expect([balance.budget, balance.financing, balance.difference]).toEqual([cost, funded, funded - cost]);
        expect(balance.balanced).toBe(cost === funded);
        expect(sum(balance.byYear.map((y) => y.budget))).toBe(cost);
        expect(sum(balance.byYear.map((y) => y.financing))).toBe(funded);
        for (const y of balance.byYear) {
          expect(y.difference).toBe(y.financing - y.budget);
          expect(y.outsidePeriod).toBe(y.year < 2026 || y.year > 2027);
        }
        expect(balance.byYear.map((y) => y.year)).toEqual([...balance.byYear.map((y) => y.year)].sort((a, b) => a - b));
      }),
    );
  });
});
