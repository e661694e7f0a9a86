/**
 * Word export in Node (the builders are pure, so no browser is needed): a handlingsplan with 1 000
 * activities and a projektplan with 200 budget lines, built and packed by our builders, against
 * the same content written straight with the docx library (./docx-baseline.ts: the same texts and
 * tables with the same columns and cell properties, the same sections; none of our measuring of
 * columns, choice of orientation and size, or reference styles). The ratio is the price of that work.
 *
 * Peak memory is the highest heap use above the starting point, sampled every millisecond while
 * the build and pack run (packing is asynchronous, so the sampler sees its peak; the synchronous
 * build is seen at its end).
 */
import { buildHandlingsplan } from '#shared/documents/handlingsplan.ts';
import { buildProjektplan } from '#shared/documents/projektplan.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { budgetCategories, type Project } from '#shared/domain/project.ts';
import { planCompleteness } from '#shared/plan/completeness.ts';
import { projectCompleteness } from '#shared/project/completeness.ts';
import { requiredProjectSectionKeys } from '#shared/project/defaults.ts';
import { median, round, type BenchResult } from '../harness.ts';
import { generateLargeWorkbook } from '../large-workbook.ts';
import { documentWords } from '#shared/documents/words/index.ts';
import { directHandlingsplan, directProjektplan } from './docx-baseline.ts';

const RUNS = 5;

interface Measured {
  ms: number;
  peakMiB: number;
  bytes: number;
}

async function measure(run: () => Promise<Uint8Array>): Promise<Measured> {
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 1);
  const began = performance.now();
  const bytes = await run();
  const ms = performance.now() - began;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, peakMiB: (peak - start) / 1024 / 1024, bytes: bytes.byteLength };
}

async function repeated(run: () => Promise<Uint8Array>): Promise<{ ms: number; peakMiB: number; kib: number }> {
  await run(); // warm-up: module loading and JIT are not what we measure
  const results: Measured[] = [];
  for (let i = 0; i < RUNS; i += 1) results.push(await measure(run));
  return { ms: median(results.map((r) => r.ms)), peakMiB: Math.max(...results.map((r) => r.peakMiB)), kib: (results[0]?.bytes ?? 0) / 1024 };
}

function projectWithBudget(base: Project, lines: number): Project {
  const years = [2026, 2027, 2028];
  return {
    ...base,
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    budget: Array.from({ length: lines }, (_, i) => ({
      id: `b-${i}`,
      category: budgetCategories[i % budgetCategories.length] ?? 'other',
      description: `Kostnadsrad ${i + 1}: konsulttjänster, resor och lokaler för arbetspaket ${(i % 12) + 1}`,
      amounts: years.map((year, y) => ({ year, ore: (10_000 + ((i * 37 + y * 11) % 90_000)) * 100 })),
    })),
    financiers: Array.from({ length: 6 }, (_, i) => ({ id: `f-${i}`, name: `Finansiär ${i + 1}`, contactId: null, cash: years.map((year) => ({ year, ore: 500_000_00 + i * 1000_00 })), inKind: [{ year: 2027, ore: 200_000_00 }] })),
  };
}

export async function documentsSuite(): Promise<BenchResult[]> {
  const workbook = generateLargeWorkbook();
  const plan = workbook.actionPlans.find((p) => workbook.activities.filter((a) => a.planId === p.id).length >= 1000) ?? workbook.actionPlans[0];
  if (!plan) throw new Error('the large workbook has no plan');
  const content = {
    plan,
    strategies: workbook.strategies.filter((s) => s.planId === plan.id),
    tactics: workbook.tactics.filter((t) => t.planId === plan.id),
    activities: workbook.activities.filter((a) => a.planId === plan.id),
  };
  const goalArea = workbook.goalAreas.find((g) => g.id === plan.goalAreaId) ?? null;
  if (!goalArea) throw new Error('the plan has no goal area');
  const completeness = planCompleteness(content, []);

  const ours = await repeated(async () =>
    packDocx(buildHandlingsplan({ content, goalArea, contacts: workbook.contacts, ownerName: 'Anna Lindqvist', today: '2026-11-27', draft: false, completeness }, documentWords('sv'), undefined)),
  );
  const direct = await repeated(() => directHandlingsplan(content, goalArea.reviewers, documentWords('sv')));

  const baseProject = workbook.projects[0];
  if (!baseProject) throw new Error('the large workbook has no projects');
  const project = projectWithBudget(baseProject, 200);
  const projectGoalArea = workbook.goalAreas.find((g) => g.id === project.goalAreaId) ?? null;
  const projectInput = {
    project,
    goalArea: projectGoalArea,
    contacts: workbook.contacts,
    strategies: [],
    tactics: [],
    planActivities: [],
    ownerName: 'Anna Lindqvist',
    today: '2026-11-27',
    draft: false,
    completeness: projectCompleteness(project, requiredProjectSectionKeys),
  };
  const oursProject = await repeated(async () => packDocx(buildProjektplan(projectInput, documentWords('sv'), undefined)));
  const directProject = await repeated(() => directProjektplan(project, [2026, 2027, 2028], documentWords('sv')));

  const plan1000 = `handlingsplan, ${content.activities.length} activities`;
  const project200 = `projektplan, ${project.budget.length} budget lines`;
  return [
    { name: `word: ${plan1000}: build + pack`, value: round(ours.ms), unit: 'ms' },
    { name: `word: ${plan1000}: same content straight with docx`, value: round(direct.ms), unit: 'ms' },
    { name: `word: ${plan1000}: ratio ours / docx alone`, value: round(ours.ms / direct.ms, 2), unit: '×' },
    { name: `word: ${plan1000}: peak heap while building`, value: round(ours.peakMiB), unit: 'MiB' },
    { name: `word: ${plan1000}: file size`, value: round(ours.kib), unit: 'KiB' },
    { name: `word: ${project200}: build + pack`, value: round(oursProject.ms), unit: 'ms' },
    { name: `word: ${project200}: same content straight with docx`, value: round(directProject.ms), unit: 'ms' },
    { name: `word: ${project200}: ratio ours / docx alone`, value: round(oursProject.ms / directProject.ms, 2), unit: '×' },
    { name: `word: ${project200}: peak heap while building`, value: round(oursProject.peakMiB), unit: 'MiB' },
  ];
}
