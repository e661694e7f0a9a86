/**
 * The large synthetic workbook for benchmarks: 10 goal areas, 10 000
 * activities, 50 000 time entries, 200 projects, from a fixed seed so every
 * run and every machine measures the same data. Records follow shared/domain.
 */
import type { Activity, ActionPlan, Contact, GoalArea, Strategy, Tactic } from '#shared/domain/plan.ts';
import { activityStatuses } from '#shared/domain/plan.ts';
import type { ExampleWorkbook } from '#shared/examples/example-workbook.ts';
import type { Profile } from '#shared/domain/profile.ts';
import { projectStatuses, type Project, type ProjectActivity } from '#shared/domain/project.ts';
import { defaultTimeCategories, type TimeEntry } from '#shared/domain/timelog.ts';

/** The example workbook's tables, plus the profile, the time log and the projects. */
export interface LargeWorkbook extends ExampleWorkbook {
  profile: Profile[];
  timeEntries: TimeEntry[];
  /** 200 projects, 20 per goal area, each with activities and a milestone; 5 plan activities each are linked to them. */
  projects: Project[];
}

/** mulberry32: small, fast, and the same sequence everywhere for a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const goalAreaNames = [
  'Innovationer och entreprenörskap',
  'Kunskapslyft för barn och unga',
  'Hållbar tillväxt och miljö',
  'Infrastruktur och kommunikationer',
  'Kompetensförsörjning',
  'Kultur och besöksnäring',
  'Folkhälsa och livsvillkor',
  'Integration och mångfald',
  'Landsbygdsutveckling',
  'Digitalisering',
];
const municipalities = ['Örebro', 'Karlskoga', 'Kumla', 'Hallsberg', 'Lindesberg', 'Askersund', 'Nora', 'Degerfors', 'Laxå', 'Ljusnarsberg', 'Hällefors', 'Lekeberg'];
const verbs = ['Workshop om', 'Dialogmöte om', 'Kartläggning av', 'Seminarium om', 'Studiebesök kring', 'Uppföljning av', 'Nätverksträff om', 'Rapport om'];
const topics = ['företagsklimat', 'UF-företag', 'skolresultat', 'grön omställning', 'kollektivtrafik', 'kompetensbehov', 'besöksnäring', 'folkhälsa', 'mottagande', 'bredband'];

const pad = (n: number) => String(n).padStart(2, '0');
function isoDate(year: number, dayOfYear: number): string {
  const date = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function generateLargeWorkbook(seed = 20261127): LargeWorkbook {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const timestamp = '2026-11-27T08:00:00.000Z';

  const contacts: Contact[] = Array.from({ length: 200 }, (_, i) => ({
    id: `c-${i}`,
    kind: i % 4 === 0 ? 'organisation' : 'person',
    name: i % 4 === 0 ? `${pick(municipalities)} kommun, enhet ${i}` : `Kontakt ${i}`,
    organisation: i % 4 === 0 ? '' : `${pick(municipalities)} kommun`,
    role: pick(['Projektledare', 'Utvecklingsstrateg', 'Rektor', 'Näringslivschef', 'Handläggare']),
    municipality: pick(municipalities),
    email: `kontakt${i}@exempel.se`,
    phone: `019-${100000 + i}`,
    networks: random() < 0.3 ? ['RUS-forum'] : [],
  }));

  const goalAreas: GoalArea[] = [];
  const actionPlans: ActionPlan[] = [];
  const strategies: Strategy[] = [];
  const tactics: Tactic[] = [];
  const activities: Activity[] = [];

  goalAreaNames.forEach((name, g) => {
    const goalAreaId = `ga-${g}`;
    goalAreas.push({
      id: goalAreaId,
      code: `MO${g + 1}`,
      name,
      description: `Målområdet ${name} i den regionala utvecklingsstrategin.`,
      effectGoals: [`Effektmål 1 för ${name}`, `Effektmål 2 för ${name}`],
      owner: 'Anna Lindqvist',
      reviewers: [{ name: `Granskare ${g}`, organisation: 'Region Örebro län', email: '', perspective: 'jämställdhet' }],
    });
    const planId = `plan-${g}`;
    actionPlans.push({
      id: planId,
      goalAreaId,
      periodStart: 2026,
      periodEnd: 2028,
      title: `Handlingsplan ${name} 2026–2028`,
      status: 'draft',
      sections: [{ key: 'sammanfattning', title: 'Sammanfattning', text: `Sammanfattning för ${name}.` }],
      version: 1,
      updatedAt: timestamp,
      templateRef: null,
    });
    // 5 strategies × 4 tactics × 50 activities = 1 000 activities per plan.
    for (let s = 0; s < 5; s += 1) {
      const strategyId = `${planId}-s${s}`;
      strategies.push({
        id: strategyId,
        planId,
        title: `Strategi ${s + 1}`,
        why: `Problem ${s} inom ${name}.`,
        effectGoal: `Effektmål ${1 + (s % 2)} för ${name}`,
        what: `Förändring ${s}.`,
        target: `Mål ${s} år 2028`,
        indicators: [{ name: `Indikator ${s}`, unit: 'procent', baselineYear: 2025, baselineValue: Math.round(random() * 1000) / 10, targetYear: 2028, targetValue: 50 }],
        order: s,
      });
      for (let t = 0; t < 4; t += 1) {
        const tacticId = `${strategyId}-t${t}`;
        tactics.push({
          id: tacticId,
          planId,
          strategyId,
          title: `Taktik ${s + 1}.${t + 1}`,
          who: { responsibleContactId: pick(contacts).id, partnerContactIds: [pick(contacts).id], text: '' },
          how: `Metod ${t}.`,
          perspectives: [{ perspective: 'barn och unga', note: '' }],
          order: t,
        });
        for (let a = 0; a < 50; a += 1) {
          const year = 2026 + Math.floor(random() * 3);
          const start = Math.floor(random() * 330);
          activities.push({
            id: `${tacticId}-a${a}`,
            planId,
            tacticId,
            title: `${pick(verbs)} ${pick(topics)} i ${pick(municipalities)}`,
            responsible: pick(contacts).name,
            startDate: isoDate(year, start),
            endDate: isoDate(year, start + Math.floor(random() * 30)),
            status: pick(activityStatuses),
            costOre: Math.floor(random() * 500_000) * 100,
            projectId: null,
            relatedGoalAreaIds: random() < 0.1 ? [`ga-${(g + 1) % 10}`] : [],
            notes: random() < 0.2 ? 'Anteckning: följs upp på nästa dialogmöte.' : '',
            order: a,
          });
        }
      }
    }
  });

  const categories = defaultTimeCategories.map((c) => c.id);
  const timeEntries: TimeEntry[] = Array.from({ length: 50_000 }, (_, i) => ({
    id: `t-${i}`,
    date: isoDate(2024 + Math.floor(i / 16_667), Math.floor(random() * 365)),
    minutes: 15 * (1 + Math.floor(random() * 16)),
    categoryId: pick(categories),
    goalAreaId: random() < 0.7 ? `ga-${Math.floor(random() * 10)}` : null,
    activityId: random() < 0.3 ? (pick(activities).id) : null,
    projectId: null,
    note: random() < 0.1 ? 'Restid till möte' : '',
  }));

  const profile: Profile[] = [
    {
      id: 'me',
      name: 'Anna Lindqvist',
      organisation: 'Region Örebro län',
      email: 'anna.lindqvist@exempel.se',
      goalAreaNames: goalAreaNames.slice(0, 2),
      createdAt: timestamp,
      updatedAt: timestamp,
    },
  ];

  const projects = generateProjects(seed, timestamp, activities);

  return { profile, goalAreas, actionPlans, strategies, tactics, activities, contacts, timeEntries, projects };
}

const projectKinds = ['Förstudie om', 'Utvecklingsprojekt för', 'Samverkansprojekt kring', 'Pilotprojekt om', 'Kompetensprojekt inom'];
const projectActivityTitles = ['Projektstart och planering', 'Kartläggning', 'Workshopserie', 'Pilotgenomförande', 'Spridningskonferens', 'Utvärdering', 'Slutrapport'];

/** A date some days after another, both `YYYY-MM-DD`. */
function plusDays(isoDate: string, days: number): string {
  const date = new Date(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)) + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * 200 projects, 20 in each goal area, dated 2025–2029, with 4–6 activities and a closing
 * milestone inside the project's period. Drawn from a stream of their own, added after everything
 * else, so the tables generated before projects existed stay exactly as they were; the only
 * change to them is that 5 plan activities per project now name it in `projectId`.
 */
function generateProjects(seed: number, timestamp: string, activities: Activity[]): Project[] {
  const random = seededRandom(seed ^ 0x5eed_2001);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const projects: Project[] = [];
  for (let i = 0; i < 200; i += 1) {
    const g = i % 10;
    const j = Math.floor(i / 10);
    const id = `p-${i}`;
    const startDate = isoDate(2025 + Math.floor(random() * 3), Math.floor(random() * 330));
    const length = 180 + Math.floor(random() * 720);
    const endDate = plusDays(startDate, length);
    const carryOut = { id: `${id}-wp1`, title: 'Arbetspaket 1: Genomförande', description: '' };
    const spread = { id: `${id}-wp2`, title: 'Arbetspaket 2: Spridning och utvärdering', description: '' };
    const count = 4 + Math.floor(random() * 3);
    const projectActivities: ProjectActivity[] = Array.from({ length: count }, (_, k) => {
      const from = Math.floor((k * length) / (count + 1));
      const to = Math.min(length, from + 14 + Math.floor(random() * (length / count)));
      return {
        id: `${id}-pa${k}`,
        workPackageId: k < count / 2 ? carryOut.id : spread.id,
        title: projectActivityTitles[k] ?? `Aktivitet ${k + 1}`,
        responsible: `Projektledare ${i}`,
        startDate: plusDays(startDate, from),
        endDate: plusDays(startDate, to),
        status: pick(activityStatuses),
        milestone: false,
      };
    });
    projectActivities.push({ id: `${id}-ms`, workPackageId: null, title: 'Slutrapport inlämnad', responsible: `Projektledare ${i}`, startDate: endDate, endDate, status: pick(activityStatuses), milestone: true });
    projects.push({
      id,
      goalAreaId: `ga-${g}`,
      title: `${pick(projectKinds)} ${pick(topics)} i ${pick(municipalities)} (${i + 1})`,
      status: pick(projectStatuses),
      startDate,
      endDate,
      strategyIds: [`plan-${g}-s${j % 5}`],
      tacticIds: [`plan-${g}-s${j % 5}-t${j % 4}`],
      sections: [{ key: 'sammanfattning', title: 'Sammanfattning', text: `Projekt ${i + 1} inom målområdet.` }],
      goals: [],
      targetGroups: { primary: '', secondary: '' },
      stakeholders: '',
      organisation: { ownerContactId: null, leaderContactId: null, steeringGroupContactIds: [], referenceGroupContactIds: [], partnerContactIds: [] },
      workPackages: [carryOut, spread],
      activities: projectActivities,
      budget: [],
      financiers: [],
      risks: [],
      principles: [],
      changeTheory: { challenge: '', activities: '', results: '', effects: '' },
      updatedAt: timestamp,
      templateRef: null,
    });
    // Plan g's activities j×50 … j×50+4: one tactic's first five, different for every project.
    for (let k = 0; k < 5; k += 1) {
      const index = g * 1000 + j * 50 + k;
      const activity = activities[index];
      if (activity) activities[index] = { ...activity, projectId: id };
    }
  }
  return projects;
}
