/**
 * Every Word document the app exports, built by the pure builders from realistic data: the example
 * workbook after *Ny period* (carried activities), long Swedish words in narrow columns
 * ("Arbetsförmedlingen", "Projektledaren"), amounts like 1 700 000 kr, portrait and landscape
 * tables; each in Swedish and in English (the words catalogue's other language, with the same
 * Swedish user data). tests/e2e/document-layout.spec.ts renders each with LibreOffice and checks its pages.
 */
import type { Document } from 'docx';
import { buildAktivitetsplan } from '#shared/documents/aktivitetsplan.ts';
import type { AktivitetsplanInput } from '#shared/documents/aktivitetsplan.ts';
import { buildHandlingsplan } from '#shared/documents/handlingsplan.ts';
import type { HandlingsplanInput } from '#shared/documents/handlingsplan.ts';
import { buildIndikatorrapport } from '#shared/documents/indikatorrapport.ts';
import type { IndikatorrapportInput } from '#shared/documents/indikatorrapport.ts';
import { buildMinnesanteckningar } from '#shared/documents/minnesanteckningar.ts';
import type { MinnesanteckningarInput } from '#shared/documents/minnesanteckningar.ts';
import { buildProjektplan } from '#shared/documents/projektplan.ts';
import type { ProjektplanInput } from '#shared/documents/projektplan.ts';
import { buildTidrapport, mandateDescription } from '#shared/documents/tidrapport.ts';
import { documentWords, type DocumentWords } from '#shared/documents/words/index.ts';
import type { TidrapportInput } from '#shared/documents/tidrapport.ts';
import { meetingSchema } from '#shared/domain/meeting.ts';
import type { Activity, ActionPlan, Contact, GoalArea, Strategy, Tactic } from '#shared/domain/plan.ts';
import type { BudgetLine, Financier, Project, ProjectActivity, Risk } from '#shared/domain/project.ts';
import type { Mandate, TimeEntry } from '#shared/domain/timelog.ts';
import { defaultTimeCategories } from '#shared/domain/timelog.ts';
import { buildExampleWorkbook } from '#shared/examples/example-workbook.ts';
import { planCompleteness } from '#shared/plan/completeness.ts';
import { contentAsShown, handlingsplanOrder, planTemplateView } from '#shared/plan/template-sections.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { newPeriod } from '#shared/plan/versions.ts';
import { projectCompleteness } from '#shared/project/completeness.ts';
import { newProject, requiredProjectSectionKeys } from '#shared/project/defaults.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import { timeReportSummary } from '#shared/timelog/time-report.ts';
import { n00914Indicator, sampleAreaTitles, sampleKoladaFigures } from '../fixtures/kolada/document-figures.ts';

export interface DocumentSample {
  /** What the sample is, for the test's name and the PDF's file name. */
  name: string;
  document: Document;
  /** Every text the user typed that the document shows: no word of it may be split across lines. */
  userText: string[];
  /** Every string of the builder's input: what the document may show besides the catalogue's words. */
  userData: string[];
}

const today = '2026-11-27';
const owner = 'Anna Lindqvist';

function example(): ReturnType<typeof buildExampleWorkbook> {
  let n = 0;
  return buildExampleWorkbook(() => `id-${(n += 1)}`, '2026-11-27T08:00:00.000Z', owner);
}

/** Every string in a value, however deep: the user's text as the builder received it. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => (key === 'referenceStyles' || key === 'id' || key.endsWith('Id') ? [] : stringsIn(v)));
  return [];
}

/** The example workbook with long Swedish words where the columns are narrow and a large amount. */
function workbookWithLongWords(): ReturnType<typeof buildExampleWorkbook> {
  const book = example();
  const rename: Record<string, Partial<Activity>> = {
    'Kickoff för UF-lärare': { responsible: 'Arbetsförmedlingen' },
    'Rådgivardagar i sex kommuner': { responsible: 'Projektledaren', costOre: 1_700_000_00 },
    'Gemensam ingång lanseras': { title: 'Kompetensförsörjningsinsatser i Bergslagen', responsible: 'Länsstyrelsen i Örebro län' },
  };
  const activities = book.activities.map((a) => ({ ...a, ...rename[a.title] }));
  const tactics = book.tactics.map((t) => (t.title === 'Mikrolån och rådgivning' ? { ...t, title: 'Mikrolånefinansiering och affärsutvecklingsrådgivning' } : t));
  const strategies = book.strategies.map((s, i) =>
    i === 2 ? { ...s, indicators: [...s.indicators, { name: 'Sysselsättningsgraden bland utrikesfödda kvinnor', unit: 'procentenheter', baselineYear: 2025, baselineValue: 61.5, targetYear: 2028, targetValue: 70 }] } : s,
  );
  return { ...book, activities, tactics, strategies };
}

function handlingsplanInput(content: PlanContent, goalArea: GoalArea, contacts: Contact[], templated: boolean): HandlingsplanInput {
  const view = planTemplateView(content.plan, templated ? defaultTemplate : null);
  const shown = contentAsShown(content, view);
  const completeness = planCompleteness(shown, view.requiredKeys);
  return {
    content: shown,
    goalArea,
    contacts,
    ownerName: owner,
    today,
    draft: completeness.length > 0,
    completeness,
    ...(templated ? { order: handlingsplanOrder(view), supportOffers: defaultTemplate.supportOffers, supportSectionKey: view.support?.sectionKey ?? null, perspectiveOrder: defaultTemplate.perspectives.map((p) => p.name) } : {}),
  };
}

function handlingsplanSamples(words: DocumentWords): DocumentSample[] {
  const book = workbookWithLongWords();
  const plan = book.actionPlans[0];
  const goalArea = book.goalAreas[0];
  if (!plan || !goalArea) throw new Error('the example workbook has a plan and a goal area');
  const content: PlanContent = { plan, strategies: book.strategies, tactics: book.tactics, activities: book.activities };
  let n = 0;
  // Ny period without moving the dates: the carried activities keep last period's dates, as a user may leave them.
  const next = newPeriod(content, { planId: 'next-plan', newId: () => `next-${(n += 1)}` }, today);
  const kolada = withKolada(words, content);
  const samples: [string, HandlingsplanInput][] = [
    ['handlingsplan, exempelarbetsboken', handlingsplanInput(content, goalArea, book.contacts, false)],
    ['handlingsplan efter standardmallen', handlingsplanInput(content, goalArea, book.contacts, true)],
    ['handlingsplan efter Ny period (överförda aktiviteter)', handlingsplanInput(next, goalArea, book.contacts, true)],
    ['handlingsplan med indikatorer från Kolada', { ...handlingsplanInput(kolada.content, goalArea, book.contacts, true), kolada: kolada.figures }],
  ];
  return samples.map(([name, input]) => ({ name, document: buildHandlingsplan(input, words, undefined), userText: stringsIn(input), userData: stringsIn(input) }));
}

/** Three municipalities to compare with besides the region and the country: the values table's widest case but two. */
const compareIds = ['1880', '1881', '1885'];

/**
 * The plan with Kolada's N00914 as an indicator of its first strategy (the region's values, women
 * and men, three municipalities and the country) and of its third (baseline and target the chart
 * has to reach up to), and the figures the renderer would gather for them.
 */
function withKolada(words: DocumentWords, content: PlanContent): { content: PlanContent; figures: NonNullable<HandlingsplanInput['kolada']> } {
  const ordered = [...content.strategies].sort((a, b) => a.order - b.order);
  const [first, , third] = ordered;
  if (!first || !third) throw new Error('the example workbook has three strategies');
  const high = { ...n00914Indicator, name: 'Förvärvsfrekvens i länet', baselineYear: 2021, baselineValue: 79.4, targetYear: 2030, targetValue: 85 };
  const strategies = content.strategies.map((s) => (s.id === first.id ? { ...s, indicators: [n00914Indicator, ...s.indicators] } : s.id === third.id ? { ...s, indicators: [...s.indicators, high] } : s));
  const figures = [
    sampleKoladaFigures(words, first.id, 0, n00914Indicator, { compareIds }),
    sampleKoladaFigures(words, third.id, third.indicators.length, high, { compareIds: ['1881'] }),
  ];
  return { content: { ...content, strategies }, figures };
}

function indikatorrapportSamples(words: DocumentWords): DocumentSample[] {
  const book = workbookWithLongWords();
  const plan = book.actionPlans[0];
  const goalArea = book.goalAreas[0];
  if (!plan || !goalArea) throw new Error('the example workbook has a plan and a goal area');
  const content: PlanContent = { plan, strategies: book.strategies, tactics: book.tactics, activities: book.activities };
  const kolada = withKolada(words, content);
  let n = 0;
  const next = newPeriod(kolada.content, { planId: 'next-plan', newId: () => `next-${(n += 1)}` }, today);
  // The new period's plan has the same indicators under new strategy ids: its own figures.
  const nextFigures = next.strategies.flatMap((s) => s.indicators.flatMap((indicator, index) => (indicator.koladaKpiId ? [sampleKoladaFigures(words, s.id, index, indicator, { compareIds })] : [])));
  const base: IndikatorrapportInput = {
    goalArea: { ...goalArea, koladaAreas: { regionId: '0018', compareIds } },
    plans: [plan],
    strategies: kolada.content.strategies,
    kolada: kolada.figures,
    regionTitle: sampleAreaTitles['0018'] ?? null,
    compareTitles: [...compareIds, '0000'].map((id) => sampleAreaTitles[id] ?? id),
    ownerName: owner,
    today,
  };
  const samples: [string, IndikatorrapportInput][] = [
    ['indikatorrapport för en plan', base],
    ['indikatorrapport för två planer', { ...base, plans: [next.plan, plan], strategies: [...next.strategies, ...kolada.content.strategies], kolada: [...nextFigures, ...kolada.figures] }],
  ];
  return samples.map(([name, input]) => ({ name, document: buildIndikatorrapport(input, words, undefined), userText: stringsIn(input), userData: stringsIn(input) }));
}

/** A second goal area with a plan of its own, so the aktivitetsplan for all goal areas has the goal area column. */
function secondGoalArea(): { goalArea: GoalArea; plan: ActionPlan; strategy: Strategy; tactic: Tactic; activities: Activity[] } {
  const goalArea: GoalArea = { id: 'kf', code: 'KF', name: 'Kompetensförsörjning och arbetsmarknad', description: '', effectGoals: [], owner: 'Per Ek', reviewers: [] };
  const plan: ActionPlan = { id: 'kf-p', goalAreaId: 'kf', periodStart: 2026, periodEnd: 2027, title: 'Handlingsplan Kompetensförsörjning', status: 'submitted', sections: [], version: 2, updatedAt: '2026-11-01T08:00:00.000Z', templateRef: null };
  const strategy: Strategy = { id: 'kf-s', planId: 'kf-p', title: 'Arbetsmarknadsutbildningar i hela länet', why: '', effectGoal: '', what: '', target: '', indicators: [], order: 0 };
  const tactic: Tactic = { id: 'kf-t', planId: 'kf-p', strategyId: 'kf-s', title: 'Yrkesintroduktionsanställningar', who: { responsibleContactId: null, partnerContactIds: [], text: '' }, how: '', perspectives: [], order: 0 };
  const activity = (id: string, title: string, responsible: string, startDate: string, endDate: string, status: Activity['status'], kronor: number): Activity => ({
    id, planId: 'kf-p', tacticId: 'kf-t', title, responsible, startDate, endDate, status, costOre: kronor * 100, projectId: null, relatedGoalAreaIds: [], notes: '', order: 0,
  });
  return {
    goalArea,
    plan,
    strategy,
    tactic,
    activities: [
      activity('kf-1', 'Branschråd för vård och omsorg', 'Arbetsförmedlingen', '2026-09-01', '2027-06-30', 'ongoing', 1_700_000),
      activity('kf-2', 'Valideringsinsatser för nyanlända', 'Projektledaren', '2027-01-10', '2027-12-20', 'planned', 2_345_678),
    ],
  };
}

function aktivitetsplanSamples(words: DocumentWords): DocumentSample[] {
  const book = workbookWithLongWords();
  const second = secondGoalArea();
  const base: AktivitetsplanInput = {
    goalAreaId: book.goalAreas[0]?.id ?? null,
    grouping: 'status',
    period: null,
    planScope: 'current',
    goalAreas: [...book.goalAreas, second.goalArea],
    actionPlans: [...book.actionPlans, second.plan],
    strategies: [...book.strategies, second.strategy],
    tactics: [...book.tactics, second.tactic],
    activities: [...book.activities, ...second.activities],
    ownerName: owner,
    today,
  };
  const samples: [string, AktivitetsplanInput][] = [
    ['aktivitetsplan för ett målområde, per status', base],
    ['aktivitetsplan för alla målområden och alla planer, per kvartal', { ...base, goalAreaId: null, grouping: 'quarter', planScope: 'all' }],
  ];
  return samples.map(([name, input]) => ({ name, document: buildAktivitetsplan(input, words, undefined), userText: stringsIn(input), userData: stringsIn(input) }));
}

const kr = (kronor: number): number => kronor * 100;
const yearAmounts = (pairs: [number, number][]) => pairs.map(([year, kronor]) => ({ year, ore: kr(kronor) }));

function projektplanInput(years: number): ProjektplanInput {
  const book = workbookWithLongWords();
  const goalArea = book.goalAreas[0];
  if (!goalArea) throw new Error('the example workbook has a goal area');
  const contactId = (name: string): string => {
    const found = book.contacts.find((c) => c.name === name);
    if (!found) throw new Error(`the example workbook has ${name}`);
    return found.id;
  };
  const loans = book.tactics.find((t) => t.title.startsWith('Mikrolånefinansiering'));
  const lastYear = 2026 + years - 1;
  const spread = (kronor: number): [number, number][] => Array.from({ length: years }, (_, i) => [2026 + i, kronor + i * 10_000]);
  const base = newProject({ id: 'p-1', goalAreaId: goalArea.id, title: 'Företagsakuten i Bergslagen', startDate: '2026-01-01', endDate: `${lastYear}-12-31`, now: '2026-11-27T08:00:00.000Z' });
  const activity = (id: string, workPackageId: string | null, title: string, responsible: string, startDate: string, endDate: string, extra: Partial<ProjectActivity> = {}): ProjectActivity => ({
    id, workPackageId, title, responsible, startDate, endDate, status: 'planned', milestone: false, ...extra,
  });
  const line = (id: string, category: BudgetLine['category'], description: string, amounts: [number, number][]): BudgetLine => ({ id, category, description, amounts: yearAmounts(amounts) });
  const financier = (id: string, name: string, cash: [number, number][], inKind: [number, number][] = []): Financier => ({ id, name, contactId: null, cash: yearAmounts(cash), inKind: yearAmounts(inKind) });
  const risk = (id: string, description: string, likelihood: number, consequence: number, mitigation: string, responsible: string): Risk => ({ id, description, likelihood, consequence, mitigation, responsible });
  const project: Project = {
    ...base,
    status: 'ongoing',
    tacticIds: loans ? [loans.id] : [],
    sections: base.sections.map((s) => ({ ...s, text: `${s.title}: Företagsakuten ger nya företagare i Bergslagens kommuner rådgivning och mikrolån, nära dem och tidigt. Arbetsförmedlingen och kommunernas näringslivsenheter är med från start.` })),
    goals: [
      { id: 'g-1', level: 'overall', text: 'Fler nystartade företag per 1 000 invånare i norra länet.', indicator: 'Nystartade företag per 1 000 invånare', baseline: '6,1', target: '8,0', targetDate: '2030-12-31' },
      { id: 'g-2', level: 'project', text: '120 företagare har fått affärsutvecklingsrådgivning.', indicator: 'Antal rådgivna', baseline: '0', target: '120', targetDate: `${lastYear}-12-31` },
      { id: 'g-3', level: 'sub', text: 'Rådgivning finns i alla fyra kommunerna.', indicator: 'Kommuner med rådgivning', baseline: '1', target: '4', targetDate: '2026-12-31' },
    ],
    targetGroups: { primary: 'Nya företagare i Lindesberg, Nora, Hällefors och Ljusnarsberg.', secondary: 'Kommunernas näringslivsenheter.' },
    stakeholders: 'Almi, bankerna, Ung Företagsamhet, Arbetsförmedlingen.',
    organisation: {
      ownerContactId: contactId('Karin Berg'),
      leaderContactId: contactId('Lars Nilsson'),
      steeringGroupContactIds: [contactId('Almi Företagspartner Mälardalen'), contactId('Karin Berg')],
      referenceGroupContactIds: [contactId('Örebro universitet, Innovation Office')],
      partnerContactIds: [contactId('Ung Företagsamhet Örebro län')],
    },
    workPackages: [
      { id: 'wp-1', title: 'Förankring i kommunerna', description: 'Avtal med de fyra kommunerna om lokaler och kontaktpersoner.' },
      { id: 'wp-2', title: 'Rådgivning och mikrolån', description: '' },
    ],
    activities: [
      activity('a-1', 'wp-1', 'Samverkansöverenskommelser med kommunerna', 'Projektledaren', '2026-01-15', '2026-04-30', { status: 'done' }),
      activity('a-2', 'wp-1', 'Alla kommuner anslutna', 'Arbetsförmedlingen', '2026-05-15', '2026-05-15', { milestone: true, status: 'done' }),
      activity('a-3', 'wp-2', 'Rådgivningsdagar varannan vecka', 'Almi Företagspartner Mälardalen', '2026-09-01', `${lastYear}-11-30`, { status: 'ongoing' }),
      activity('a-4', null, 'Slutkonferens', 'Projektledaren', `${lastYear}-11-20`, `${lastYear}-11-20`, { status: 'delayed' }),
    ],
    budget: [
      line('b-1', 'personal', 'Projektledare 50 %', spread(1_700_000)),
      line('b-2', 'travel', 'Resor till kommunerna', spread(20_000)),
      line('b-3', 'externalServices', 'Följeforskning och utvärderingsinsatser', spread(150_000)),
    ],
    financiers: [
      financier('f-1', 'Region Örebro län', spread(1_000_000)),
      financier('f-2', 'Tillväxtverket', spread(770_000)),
      financier('f-3', 'Kommunerna i Bergslagen', [], spread(100_000)),
    ],
    risks: [
      risk('r-1', 'Kommunerna drar sig ur samverkansöverenskommelsen', 2, 4, 'Avtal med uppsägningstid.', 'Karin Berg'),
      risk('r-2', 'Projektledaren slutar', 3, 5, 'Dokumentera löpande, dubbelbemanna rådgivningen.', 'Styrgruppsordföranden'),
    ],
    changeTheory: { challenge: 'Få startar företag i norra länet.', activities: 'Rådgivning och mikrolån nära företagarna.', results: '120 rådgivna, 40 lån.', effects: 'Fler företag överlever sina första år.' },
  };
  const completeness = projectCompleteness(project, requiredProjectSectionKeys);
  return {
    project,
    goalArea,
    contacts: book.contacts,
    strategies: book.strategies,
    tactics: book.tactics,
    planActivities: book.activities.map((a) => (loans && a.tacticId === loans.id ? { ...a, projectId: project.id } : a)),
    ownerName: owner,
    today,
    draft: completeness.length > 0,
    completeness,
  };
}

function projektplanSamples(words: DocumentWords): DocumentSample[] {
  const samples: [string, ProjektplanInput][] = [
    ['projektplan, tre år (stående)', projektplanInput(3)],
    ['projektplan, fem år (budget liggande)', projektplanInput(5)],
  ];
  return samples.map(([name, input]) => ({ name, document: buildProjektplan(input, words, undefined), userText: stringsIn(input), userData: stringsIn(input) }));
}

function timeEntries(from: string, days: number): TimeEntry[] {
  const categories = ['moa', 'projektledning', 'granskning', 'moten', 'kompetens', 'ovrigt', 'samverkan'];
  const start = Date.parse(`${from}T00:00:00Z`);
  const entries: TimeEntry[] = [];
  for (let day = 0; day < days; day += 1) {
    const date = new Date(start + day * 86_400_000);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const iso = date.toISOString().slice(0, 10);
    const categoryId = categories[day % categories.length] ?? 'moa';
    entries.push({ id: `${iso}-${categoryId}`, date: iso, minutes: 60 + ((day * 37) % 300), categoryId, goalAreaId: null, activityId: null, projectId: null, note: '' });
    entries.push({ id: `${iso}-moa`, date: iso, minutes: 90, categoryId: 'moa', goalAreaId: null, activityId: null, projectId: null, note: '' });
  }
  return entries;
}

function tidrapportInput(words: DocumentWords, from: string, to: string, label: string, days: number): TidrapportInput {
  const mandates: Mandate[] = [{ id: 'm1', validFrom: '2026-01-01', percentOfFullTime: 20, fullTimeHoursPerWeek: 40 }];
  return {
    summary: timeReportSummary(timeEntries(from, days), mandates, from, to),
    categories: [...defaultTimeCategories, { id: 'samverkan', name: 'Samverkansöverenskommelser och regionala utvecklingsnätverk' }],
    personName: owner,
    organisation: 'Region Västernorrland, avdelningen för regional utveckling och tillväxt',
    periodLabel: label,
    mandateDescription: mandateDescription(words, mandates, from, to),
    today,
  };
}

function tidrapportSamples(words: DocumentWords): DocumentSample[] {
  const samples: [string, TidrapportInput][] = [
    ['tidrapport, en månad', tidrapportInput(words, '2026-11-01', '2026-11-30', 'November 2026', 30)],
    ['tidrapport, ett år', tidrapportInput(words, '2026-01-01', '2026-12-31', '2026', 365)],
  ];
  return samples.map(([name, input]) => ({
    name,
    document: buildTidrapport(input, words, undefined),
    userText: stringsIn({ personName: input.personName, categories: input.categories, periodLabel: input.periodLabel }),
    userData: stringsIn(input),
  }));
}

/**
 * A dialogue meeting's minutes with the example's contacts, goal area and activities: long names in
 * the actions' narrow columns, an action that became an activity and one whose activity is gone;
 * and a two-day network meeting with nothing recorded yet.
 */
function minnesanteckningarSamples(words: DocumentWords): DocumentSample[] {
  const book = workbookWithLongWords();
  const [first, second, third] = book.contacts;
  const goalArea = book.goalAreas[0];
  const activity = book.activities.find((a) => a.responsible === 'Länsstyrelsen i Örebro län');
  if (!first || !second || !third || !goalArea || !activity) throw new Error('the example workbook has contacts, a goal area and the renamed activity');
  const full = meetingSchema.parse({
    id: 'meeting-1',
    title: 'Dialogmöte med RUS-kansliet om handlingsplanens uppföljning',
    kind: 'dialogue',
    startDate: '2026-11-24',
    endDate: '2026-11-24',
    startTime: '09:00',
    endTime: '11:30',
    place: 'Regionens hus, Örebro, sammanträdesrum Kilsbergen',
    link: 'https://meet.example.se/rus/dialogmote?id=2026-11-24&lang=sv',
    goalAreaIds: [goalArea.id],
    organizer: 'RUS-kansliet, Region Örebro län',
    participants: [
      { id: 'p-1', contactId: first.id, name: first.name, email: '' },
      { id: 'p-2', contactId: second.id, name: second.name, email: '' },
      { id: 'p-3', contactId: third.id, name: third.name, email: '' },
      { id: 'p-4', contactId: null, name: owner, email: '' },
      { id: 'p-5', contactId: null, name: 'Maria Svensson', email: '' },
    ],
    agenda: [
      { id: 'a-1', title: 'Inledning och föregående minnesanteckningar', notes: '' },
      { id: 'a-2', title: 'Uppföljning av handlingsplanen', notes: 'Kansliet gick igenom indikatorrapporten. Förvärvsfrekvensen är på väg mot målet, men antalet UF-företag har minskat sedan förra läsåret.\nMålområdet tar fram en åtgärdsplan till nästa möte.' },
      { id: 'a-3', title: 'Budget och medfinansiering 2027', notes: 'Ramarna för 2027 är oförändrade. Medfinansieringen från kommunerna behöver bekräftas före sommaren.' },
      { id: 'a-4', title: 'Kompetensförsörjningsinsatser i Bergslagen', notes: 'Länsstyrelsen och Arbetsförmedlingen deltar i planeringen. Projektledaren återkommer med en tidplan.' },
    ],
    decisions: [
      { id: 'd-1', text: 'Målområdet tar fram en åtgärdsplan för UF-företagandet till nästa dialogmöte.', agendaItemId: 'a-2' },
      { id: 'd-2', text: 'Budgeten för 2027 fastställs enligt förslaget.', agendaItemId: 'a-3' },
      { id: 'd-3', text: 'Kansliet återkommer om medfinansieringen senast den 15 april, och målområdesansvarig informerar projektägarna när beskedet har kommit.', agendaItemId: 'a-3' },
      { id: 'd-4', text: 'Nästa dialogmöte hålls i maj.', agendaItemId: null },
    ],
    actions: [
      { id: 'x-1', what: 'Skicka underlag om medfinansieringen till kansliet', who: owner, dueDate: '2026-12-15', done: false, activityId: null },
      { id: 'x-2', what: 'Boka lokal för nätverksträffen', who: '', dueDate: null, done: true, activityId: null },
      { id: 'x-3', what: 'Planera kompetensförsörjningsinsatserna', who: 'Länsstyrelsen i Örebro län', dueDate: '2027-01-31', done: false, activityId: activity.id },
      { id: 'x-4', what: 'Ta fram en enkät till projektägarna', who: 'Arbetsförmedlingen', dueDate: '2027-02-01', done: false, activityId: 'gone-activity' },
    ],
    notes: 'Tack för i dag! Minnesanteckningarna skickas till alla deltagare och läggs i målområdets mapp.',
    cycleEventId: null,
    calendar: { uid: 'meeting-1@moa', sequence: 0, sharedAt: null },
    activityIds: [activity.id, 'gone-activity'],
    openDueDates: [],
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-24T12:00:00.000Z',
  });
  const empty = { ...full, title: 'Målområdesnätverkets höstträff', kind: 'network' as const, startDate: '2026-10-12', endDate: '2026-10-13', startTime: null, endTime: null, link: '', participants: [], agenda: [], decisions: [], actions: [], notes: '', activityIds: [] };
  const input = (meeting: typeof full): MinnesanteckningarInput => ({ meeting, contacts: book.contacts, goalAreas: book.goalAreas, activities: book.activities, authorName: owner });
  const samples: [string, MinnesanteckningarInput][] = [
    ['minnesanteckningar från ett dialogmöte', input(full)],
    ['minnesanteckningar utan innehåll', input(empty)],
  ];
  // Only what the document shows is the user's text there: the contacts' and activities' other fields are not in it.
  const shown = (i: MinnesanteckningarInput) => ({ meeting: i.meeting, contacts: i.contacts.map((c) => ({ name: c.name, organisation: c.organisation })), goalAreas: i.goalAreas.map((g) => ({ code: g.code, name: g.name })), activities: i.activities.map((a) => a.title) });
  return samples.map(([name, i]) => ({ name, document: buildMinnesanteckningar(i, words, undefined), userText: stringsIn(shown(i)), userData: stringsIn(i) }));
}

/** All six kinds of document in one language, each in the variants that lay out differently. */
function samplesIn(words: DocumentWords): DocumentSample[] {
  return [...handlingsplanSamples(words), ...aktivitetsplanSamples(words), ...projektplanSamples(words), ...tidrapportSamples(words), ...indikatorrapportSamples(words), ...minnesanteckningarSamples(words)];
}

/** Every sample in Swedish, then every sample in English. */
export function documentSamples(): DocumentSample[] {
  return [...samplesIn(documentWords('sv')), ...samplesIn(documentWords('en')).map((sample) => ({ ...sample, name: `${sample.name} (in English)` }))];
}
