import type { Page } from 'playwright-core';
import type { Contact } from '#shared/domain/plan.ts';
import type { ExportLogEntry } from '#shared/domain/export-log.ts';
import type { BudgetLine, Financier, Project, ProjectActivity, Risk } from '#shared/domain/project.ts';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import { buildExampleWorkbook } from '#shared/examples/example-workbook.ts';
import { newProject } from '#shared/project/defaults.ts';
import { writeIntoWorkbook } from './seed-workbook.ts';

/**
 * The workbook the screen tests look at: the example workbook (*Läs in exempel*) with a filled
 * project plan (long texts, four risks, budget over three years, three financiers), this week's and
 * last week's time entries, and an export in the log. Ids are fixed so tests can open a plan or a
 * project by its route.
 */
export const screenIds = { planId: 'id-2', projectId: 'p-screens' } as const;

/** A long free text: printed in full, wrapped on screen. */
export const longSummary =
  'Företagsakuten ger nya företagare i Bergslagens kommuner rådgivning och mikrolån, nära dem och tidigt. ' +
  'Rådgivarna finns på plats varannan vecka i Lindesberg, Nora, Hällefors och Ljusnarsberg, och mikrolånen beviljas inom två veckor. ' +
  'Projektet bygger på erfarenheterna från förstudien 2025, där nio av tio tillfrågade företagare sa att avståndet till rådgivning var det största hindret. ' +
  'Under projekttiden prövas också digital rådgivning för dem som bor långt från tätorterna, och metoden dokumenteras så att andra delar av länet kan ta den över. ' +
  'Sista meningen i sammanfattningen slutar här med ordet slutklämmen.';

const kr = (kronor: number): number => kronor * 100;
const years = (pairs: [number, number][]) => pairs.map(([year, kronor]) => ({ year, ore: kr(kronor) }));

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The Mondays of this and last week, as the browser (same machine, Europe/Stockholm) sees them. */
function recentMondays(): [string, string] {
  const today = new Date();
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  const before = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7);
  return [localDate(monday), localDate(before)];
}

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return localDate(new Date(y ?? 2026, (m ?? 1) - 1, (d ?? 1) + days));
}

export function screensWorkbook(now = new Date()) {
  let n = 0;
  const example = buildExampleWorkbook(() => `id-${String((n += 1))}`, now.toISOString(), 'Anna Lindqvist');
  const year = now.getFullYear();
  const goalArea = example.goalAreas[0];
  if (!goalArea) throw new Error('exemplet har ett målområde');
  const contactNamed = (name: string) => example.contacts.find((c: Contact) => c.name === name)?.id ?? null;
  const activity = (id: string, workPackageId: string | null, title: string, startDate: string, endDate: string, extra: Partial<ProjectActivity> = {}): ProjectActivity => ({
    id,
    workPackageId,
    title,
    responsible: 'Lars Nilsson',
    startDate,
    endDate,
    status: 'planned',
    milestone: false,
    ...extra,
  });
  const line = (id: string, category: BudgetLine['category'], description: string, amounts: [number, number][]): BudgetLine => ({ id, category, description, amounts: years(amounts) });
  const financier = (id: string, name: string, cash: [number, number][], inKind: [number, number][] = []): Financier => ({ id, name, contactId: null, cash: years(cash), inKind: years(inKind) });
  const risk = (id: string, description: string, likelihood: number, consequence: number, mitigation = '', responsible = ''): Risk => ({ id, description, likelihood, consequence, mitigation, responsible });
  const base = newProject({ id: screenIds.projectId, goalAreaId: goalArea.id, title: 'Företagsakuten i Bergslagen', startDate: `${String(year)}-01-01`, endDate: `${String(year + 2)}-12-31`, now: now.toISOString() });
  const tactic = example.tactics[0];
  const project: Project = {
    ...base,
    status: 'ongoing',
    tacticIds: tactic ? [tactic.id] : [],
    strategyIds: tactic ? [tactic.strategyId] : [],
    sections: base.sections.map((s) => ({ ...s, text: s.key === 'sammanfattning' ? longSummary : `${s.title}: text som en MOA har skrivit om projektet.` })),
    goals: [
      { id: 'g-1', level: 'overall', text: 'Fler nystartade företag per 1 000 invånare i norra länet.', indicator: 'Nystartade företag per 1 000 invånare', baseline: '6,1', target: '8,0', targetDate: `${String(year + 4)}-12-31` },
      { id: 'g-2', level: 'project', text: '120 företagare har fått rådgivning.', indicator: 'Antal rådgivna', baseline: '0', target: '120', targetDate: `${String(year + 2)}-12-31` },
    ],
    targetGroups: { primary: 'Nya företagare i Lindesberg, Nora, Hällefors och Ljusnarsberg.', secondary: 'Kommunernas näringslivsenheter.' },
    stakeholders: 'Almi, bankerna, Ung Företagsamhet.',
    organisation: {
      ownerContactId: contactNamed('Karin Berg'),
      leaderContactId: contactNamed('Lars Nilsson'),
      steeringGroupContactIds: [contactNamed('Almi Företagspartner Mälardalen') ?? ''].filter((id) => id !== ''),
      referenceGroupContactIds: [],
      partnerContactIds: [],
    },
    workPackages: [
      { id: 'wp-1', title: 'Förankring i kommunerna', description: 'Avtal med de fyra kommunerna om lokaler och kontaktpersoner.' },
      { id: 'wp-2', title: 'Rådgivning och mikrolån', description: '' },
    ],
    activities: [
      activity('a-1', 'wp-1', 'Avtal med kommunerna', `${String(year)}-01-15`, `${String(year)}-04-30`, { status: 'done' }),
      activity('a-2', 'wp-1', 'Alla kommuner anslutna', `${String(year)}-05-15`, `${String(year)}-05-15`, { milestone: true, status: 'done' }),
      activity('a-3', 'wp-2', 'Rådgivningsdagar varannan vecka', `${String(year)}-09-01`, `${String(year + 2)}-11-30`, { status: 'ongoing', responsible: 'Almi Företagspartner Mälardalen' }),
    ],
    budget: [
      line('b-1', 'personal', 'Projektledare 50 %', [[year, 300_000], [year + 1, 310_000], [year + 2, 320_000]]),
      line('b-2', 'travel', 'Resor till kommunerna', [[year, 20_000], [year + 1, 20_000], [year + 2, 20_000]]),
      line('b-3', 'externalServices', 'Följeforskning', [[year + 1, 150_000], [year + 2, 200_000]]),
    ],
    financiers: [
      financier('f-1', 'Region Örebro län', [[year, 200_000], [year + 1, 240_000], [year + 2, 300_000]]),
      financier('f-2', 'Tillväxtverket', [[year + 1, 200_000], [year + 2, 160_000]]),
      financier('f-3', 'Kommunerna i Bergslagen', [], [[year, 120_000], [year + 1, 40_000], [year + 2, 40_000]]),
    ],
    risks: [
      risk('r-1', 'Kommunerna drar sig ur samarbetet under projekttiden', 2, 4, 'Avtal med uppsägningstid och en kontaktperson i varje kommun.', 'Karin Berg'),
      risk('r-2', 'Projektledaren slutar', 3, 5, 'Dokumentera löpande, dubbelbemanna rådgivningen.', 'Karin Berg'),
      risk('r-3', 'Få söker rådgivning', 2, 3, 'Marknadsför via bankerna.', 'Lars Nilsson'),
    ],
    principles: base.principles.map((p, i) => ({ ...p, how: i === 0 ? 'Hälften av mikrolånen till kvinnor.' : '', rating: i === 0 ? 'active' : null })),
    changeTheory: { challenge: 'Få startar företag i norra länet.', activities: 'Rådgivning och mikrolån nära företagarna.', results: '120 rådgivna, 40 lån.', effects: '' },
  };

  const [thisMonday, lastMonday] = recentMondays();
  const entry = (id: string, date: string, categoryId: string, minutes: number, extra: Partial<TimeEntry> = {}): TimeEntry => ({
    id,
    date,
    minutes,
    categoryId,
    goalAreaId: null,
    activityId: null,
    projectId: null,
    note: '',
    ...extra,
  });
  const timeEntries: TimeEntry[] = [
    entry('t-1', thisMonday, 'moa', 240, { goalAreaId: goalArea.id, note: 'Dialogmöte med kommunernas näringslivschefer i Kumla' }),
    entry('t-2', addDays(thisMonday, 1), 'projektledning', 180, { projectId: project.id }),
    entry('t-3', addDays(thisMonday, 2), 'granskning', 90),
    entry('t-4', lastMonday, 'moa', 360, { goalAreaId: goalArea.id }),
    entry('t-5', addDays(lastMonday, 3), 'moten', 120, { note: 'RUS-forum' }),
  ];
  const exportLog: ExportLogEntry[] = [
    {
      id: 'e-1',
      kind: 'handlingsplan',
      subject: 'Handlingsplan Innovationer och entreprenörskap',
      sourceId: screenIds.planId,
      version: 1,
      draft: true,
      exportedAt: now.toISOString(),
      fileName: `Handlingsplan_IE_${String(year)}_utkast.docx`,
      sizeBytes: 48_213,
      sha256: 'a'.repeat(64),
    },
  ];
  return { ...example, projects: [project], timeEntries, mandates: [{ id: 'm-1', validFrom: `${String(year - 1)}-01-01`, percentOfFullTime: 20, fullTimeHoursPerWeek: 40 }], exportLog };
}

/** Writes the screen workbook into the app's database (after the first-run form) and reloads. */
export async function seedScreensWorkbook(page: Page): Promise<ReturnType<typeof screensWorkbook>> {
  const workbook = screensWorkbook();
  await writeIntoWorkbook(page, workbook);
  await page.reload();
  return workbook;
}
