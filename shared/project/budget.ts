/**
 * Budget and financing sums. Every sum is over integer öre, so totals are
 * exact (up to 2^53 öre, some 90 000 miljarder kronor); only a share is a
 * floating-point division, made last. An amount for a year outside the
 * project period is still money in the plan: it is counted in every total
 * and gets its own year row, so the user sees it and can move it.
 */
import { budgetCategories, type BudgetCategory, type Project, type YearAmount } from '../domain/project.ts';
import { isIsoDate } from '../plan/validation.ts';
import { numberFormat } from '../locale.ts';

type Period = Pick<Project, 'startDate' | 'endDate'>;

/** The calendar years the project period touches, in order; none while a date is unreadable or the end is before the start. */
export function projectYears(project: Period): number[] {
  if (!isIsoDate(project.startDate) || !isIsoDate(project.endDate)) return [];
  const first = Number(project.startDate.slice(0, 4));
  const last = Number(project.endDate.slice(0, 4));
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) years.push(year);
  return years;
}

/** Whether a year lies in the project period (false while the period is unreadable). */
export function isProjectYear(project: Period, year: number): boolean {
  const years = projectYears(project);
  return years.length > 0 && year >= (years[0] ?? 0) && year <= (years[years.length - 1] ?? 0);
}

/** The amount for a year (summed, should a list hold the year twice). */
export function yearAmount(amounts: readonly YearAmount[], year: number): number {
  let sum = 0;
  for (const a of amounts) if (a.year === year) sum += a.ore;
  return sum;
}

/** The sum of a list of year amounts. */
export function sumAmounts(amounts: readonly YearAmount[]): number {
  let sum = 0;
  for (const a of amounts) sum += a.ore;
  return sum;
}

/**
 * The list with one year's amount set: any entries for the year are replaced
 * by one, 0 removes the year, and the list comes back sorted by year.
 */
export function setYearAmount(amounts: readonly YearAmount[], year: number, ore: number): YearAmount[] {
  const rest = amounts.filter((a) => a.year !== year);
  if (ore !== 0) rest.push({ year, ore });
  return rest.sort((a, b) => a.year - b.year);
}

/** The project's years and every other year that has an amount, ascending, each with 0. */
function yearKeys(project: Period, lists: readonly (readonly YearAmount[])[]): number[] {
  const years = new Set(projectYears(project));
  for (const list of lists) for (const a of list) years.add(a.year);
  return [...years].sort((a, b) => a - b);
}

export interface BudgetTotals {
  /** Project years and any other year with an amount, ascending. */
  byYear: Map<number, number>;
  byCategory: Record<BudgetCategory, number>;
  /** In the budget's own order. */
  byLine: { id: string; total: number }[];
  total: number;
}

export function budgetTotals(project: Pick<Project, 'startDate' | 'endDate' | 'budget'>): BudgetTotals {
  const byYear = new Map<number, number>(yearKeys(project, project.budget.map((l) => l.amounts)).map((y) => [y, 0]));
  const byCategory = Object.fromEntries(budgetCategories.map((c) => [c, 0])) as Record<BudgetCategory, number>;
  const byLine: { id: string; total: number }[] = [];
  let total = 0;
  for (const line of project.budget) {
    const lineTotal = sumAmounts(line.amounts);
    for (const a of line.amounts) byYear.set(a.year, (byYear.get(a.year) ?? 0) + a.ore);
    byCategory[line.category] += lineTotal;
    byLine.push({ id: line.id, total: lineTotal });
    total += lineTotal;
  }
  return { byYear, byCategory, byLine, total };
}

export interface FinancingAmounts {
  cash: number;
  inKind: number;
  total: number;
}

export interface FinancierTotals extends FinancingAmounts {
  id: string;
  name: string;
  /** Share of the total financing, 0–1; null when there is no financing at all. */
  share: number | null;
}

export interface FinancingTotals extends FinancingAmounts {
  /** In the plan's own order. */
  financiers: FinancierTotals[];
  /** Project years and any other year with an amount, ascending. */
  byYear: Map<number, FinancingAmounts>;
}

export function financingTotals(project: Pick<Project, 'startDate' | 'endDate' | 'financiers'>): FinancingTotals {
  const years = yearKeys(project, project.financiers.flatMap((f) => [f.cash, f.inKind]));
  const byYear = new Map<number, FinancingAmounts>(years.map((y) => [y, { cash: 0, inKind: 0, total: 0 }]));
  const add = (year: number, kind: 'cash' | 'inKind', ore: number) => {
    const row = byYear.get(year);
    if (!row) return; // every year was added above
    row[kind] += ore;
    row.total += ore;
  };
  let cash = 0;
  let inKind = 0;
  const rows = project.financiers.map((f) => {
    for (const a of f.cash) add(a.year, 'cash', a.ore);
    for (const a of f.inKind) add(a.year, 'inKind', a.ore);
    const c = sumAmounts(f.cash);
    const k = sumAmounts(f.inKind);
    cash += c;
    inKind += k;
    return { id: f.id, name: f.name, cash: c, inKind: k, total: c + k };
  });
  const total = cash + inKind;
  const financiers = rows.map((r) => ({ ...r, share: total === 0 ? null : r.total / total }));
  return { financiers, byYear, cash, inKind, total };
}

export interface BalanceYear {
  year: number;
  budget: number;
  financing: number;
  /** financing − budget: negative when financing is missing. */
  difference: number;
  outsidePeriod: boolean;
}

export interface FinancingBalance {
  /** Project years and any other year with a cost or financing, ascending. */
  byYear: BalanceYear[];
  budget: number;
  financing: number;
  /** financing − budget: negative when financing is missing, positive when there is more than the budget needs. */
  difference: number;
  balanced: boolean;
}

/** Budget against financing per year and in total. Balanced means equal totals; years may still differ. */
export function financingBalance(project: Pick<Project, 'startDate' | 'endDate' | 'budget' | 'financiers'>): FinancingBalance {
  const budget = budgetTotals(project);
  const financing = financingTotals(project);
  const years = new Set(projectYears(project));
  const allYears = [...new Set([...budget.byYear.keys(), ...financing.byYear.keys()])].sort((a, b) => a - b);
  const byYear = allYears.map((year) => {
    const cost = budget.byYear.get(year) ?? 0;
    const funded = financing.byYear.get(year)?.total ?? 0;
    return { year, budget: cost, financing: funded, difference: funded - cost, outsidePeriod: !years.has(year) };
  });
  const difference = financing.total - budget.total;
  return { byYear, budget: budget.total, financing: financing.total, difference, balanced: difference === 0 };
}

/**
 * A financier's contribution (cash and in kind) as a share of the total
 * budget: 0.25 for a quarter, above 1 when it alone exceeds the budget.
 * Null when the budget is zero or there is no such financier.
 */
export function coFinancingShare(project: Pick<Project, 'budget' | 'financiers'>, financierId: string): number | null {
  const financier = project.financiers.find((f) => f.id === financierId);
  if (!financier) return null;
  let budget = 0;
  for (const line of project.budget) budget += sumAmounts(line.amounts);
  if (budget === 0) return null;
  return (sumAmounts(financier.cash) + sumAmounts(financier.inKind)) / budget;
}

/** A share as a Swedish percentage: 1/3 → `33,3 %` (no-break space before %); null → `–`. */
export function formatPercent(share: number | null, decimals = 1): string {
  if (share === null || !Number.isFinite(share)) return '–';
  const format = numberFormat('sv', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'negative' });
  // signDisplay 'negative': a share that rounds to zero never shows as "−0,0 %".
  return `${format.format(share * 100)}\u00a0%`;
}
