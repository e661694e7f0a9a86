/**
 * *Läs in exempel*: a realistic Swedish workbook so a new user sees a filled
 * plan at once. Built from the retreat material (../shared/seed/): the goal
 * area "Innovationer och entreprenörskap", its reviewers, the kansli's
 * offers and events. Ids come from the caller (the renderer uses UUIDs).
 */
import type { Activity, ActionPlan, Contact, GoalArea, Strategy, Tactic } from '../domain/plan.ts';
import { newActivity } from '../plan/rows.ts';

export interface ExampleWorkbook {
  goalAreas: GoalArea[];
  actionPlans: ActionPlan[];
  strategies: Strategy[];
  tactics: Tactic[];
  activities: Activity[];
  contacts: Contact[];
}

type ActivitySeed = [title: string, responsible: string, start: string, end: string, status: Activity['status'], kronor: number, notes?: string];

export function buildExampleWorkbook(newId: () => string, now: string, ownerName: string): ExampleWorkbook {
  const year = Number(now.slice(0, 4));
  const goalAreaId = newId();
  const planId = newId();
  const contact = (kind: Contact['kind'], name: string, organisation: string, role: string, municipality: string, email: string, phone: string, networks: string[] = []): Contact => ({
    id: newId(),
    kind,
    name,
    organisation,
    role,
    municipality,
    email,
    phone,
    networks,
  });
  const almi = contact('organisation', 'Almi Företagspartner Mälardalen', '', 'Finansiär och rådgivare', 'Örebro', 'info.malardalen@almi.se', '019-17 48 00');
  const uf = contact('organisation', 'Ung Företagsamhet Örebro län', '', 'Partner för skolor', 'Örebro', 'orebro@ungforetagsamhet.se', '019-10 20 30');
  const oru = contact('organisation', 'Örebro universitet, Innovation Office', 'Örebro universitet', 'Innovationsstöd', 'Örebro', 'innovation@oru.se', '019-30 30 00', ['RUS-forum']);
  const karlskoga = contact('person', 'Lars Nilsson', 'Karlskoga kommun', 'Näringslivschef', 'Karlskoga', 'lars.nilsson@karlskoga.se', '0586-610 00', ['Kommunernas jämförelsenätverk']);
  const region = contact('person', 'Karin Berg', 'Region Örebro län', 'Utvecklingsstrateg, RUS-kansliet', 'Örebro', 'karin.berg@regionorebrolan.se', '019-602 10 00', ['RUS-kansliet']);
  const contacts = [almi, uf, oru, karlskoga, region];

  const goalAreas: GoalArea[] = [
    {
      id: goalAreaId,
      code: 'IE',
      name: 'Innovationer och entreprenörskap',
      description: 'Länet ska ha ett företagsklimat där fler startar, driver och utvecklar företag, och där innovationer genomsyrar alla branscher.',
      effectGoals: ['Fler nystartade företag per 1 000 invånare', 'Ökad andel innovativa företag', 'Fler unga som driver UF-företag'],
      owner: ownerName,
      reviewers: [
        { name: 'Maria Svensson', organisation: 'Länsstyrelsen i Örebro län', email: 'maria.svensson@lansstyrelsen.se', perspective: 'jämställdhet' },
        { name: 'Ahmed Hassan', organisation: 'Örebro kommun', email: 'ahmed.hassan@orebro.se', perspective: 'integration och mångfald' },
        { name: 'Eva Lund', organisation: 'Region Örebro län', email: 'eva.lund@regionorebrolan.se', perspective: 'miljö och hållbar utveckling' },
      ],
    },
  ];

  const actionPlans: ActionPlan[] = [
    {
      id: planId,
      goalAreaId,
      periodStart: year,
      periodEnd: year + 2,
      title: `Handlingsplan Innovationer och entreprenörskap ${year}–${year + 2}`,
      status: 'draft',
      sections: [
        { key: 'sammanfattning', title: 'Sammanfattning', text: 'Planen samlar länets insatser för fler och växande företag. Fokus ligger på unga företagare, innovationsstöd i hela länet och finansiering i tidiga skeden.' },
        { key: 'nulage', title: 'Nuläge och omvärld', text: 'Nyföretagandet i länet ligger under riksgenomsnittet, särskilt utanför Örebro. EU 2020 pekar ut innovation som något som ska genomsyra allt.' },
        { key: 'stod', title: 'Behov av stöd från kansliet', text: 'Stöd med omvärldsanalys och med att informera om planen till kommunerna. Bollplank kring projektfinansiering.' },
        { key: 'uppfoljning', title: 'Uppföljning', text: 'Indikatorerna följs upp årligen via kommunernas jämförelsenätverk och redovisas på Utvärderingsforum.' },
      ],
      version: 1,
      updatedAt: now,
      templateRef: null,
    },
  ];

  const strategies: Strategy[] = [];
  const tactics: Tactic[] = [];
  const activities: Activity[] = [];

  const plan: {
    title: string; why: string; effectGoal: string; what: string; target: string;
    indicator: Strategy['indicators'][number];
    tactics: { title: string; who: string; responsible: Contact; partners: Contact[]; how: string; perspectives: Tactic['perspectives']; activities: ActivitySeed[] }[];
  }[] = [
    {
      title: 'Fler unga företagare',
      why: 'Få unga i länet ser företagande som ett alternativ, och UF-företagandet varierar stort mellan skolorna.',
      effectGoal: 'Fler unga som driver UF-företag',
      what: 'Alla gymnasieskolor i länet erbjuder UF-företagande, och fler elever från yrkesprogram deltar.',
      target: '400 UF-företag per läsår senast vt ' + (year + 2),
      indicator: { name: 'UF-företag per läsår', unit: 'antal', baselineYear: year - 1, baselineValue: 280, targetYear: year + 2, targetValue: 400 },
      tactics: [
        {
          title: 'UF i alla gymnasieskolor',
          who: 'Ung Företagsamhet med skolorna i länets tolv kommuner',
          responsible: uf,
          partners: [karlskoga],
          how: 'Lärarnätverk, coachning av UF-lärare och gemensamma mässor. Resurser: en samordnare på halvtid.',
          perspectives: [
            { perspective: 'jämställdhet', note: 'Följ upp könsfördelningen i UF-företagen och rikta insatser mot yrkesprogram med få flickor.' },
            { perspective: 'barn och unga', note: 'Eleverna är målgruppen; elevråden deltar i utformningen.' },
          ],
          activities: [
            ['Kickoff för UF-lärare', 'Ung Företagsamhet Örebro län', `${year}-08-25`, `${year}-08-26`, 'done', 45_000],
            ['Regional UF-mässa', 'Ung Företagsamhet Örebro län', `${year + 1}-03-12`, `${year + 1}-03-12`, 'planned', 120_000, 'Samordnas med RUS-forum.'],
            ['Kartläggning av UF-deltagande per skola', ownerName, `${year}-09-01`, `${year}-11-30`, 'ongoing', 0],
          ],
        },
        {
          title: 'Förebilder från yrkesprogrammen',
          who: 'Näringslivskontoren i kommunerna',
          responsible: karlskoga,
          partners: [uf],
          how: 'Företagare med yrkesbakgrund besöker klasser. Timing: varje termin.',
          perspectives: [{ perspective: 'integration och mångfald', note: 'Förebilder med olika bakgrund.' }],
          activities: [
            ['Förebildsturné i Karlskoga och Degerfors', 'Lars Nilsson', `${year}-10-01`, `${year}-12-15`, 'delayed', 30_000, 'Försenad: saknar två företagare.'],
            ['Förebildsturné i norra länet', 'Lars Nilsson', `${year + 1}-02-01`, `${year + 1}-04-30`, 'planned', 35_000],
          ],
        },
      ],
    },
    {
      title: 'Innovationsstöd i hela länet',
      why: 'Innovationsstödet finns i Örebro men når sällan företag i mindre kommuner.',
      effectGoal: 'Ökad andel innovativa företag',
      what: 'Företag i alla kommuner har en väg in till innovationsstödet.',
      target: 'Minst 60 företag utanför Örebro får innovationsrådgivning per år',
      indicator: { name: 'Företag som fått innovationsrådgivning utanför Örebro', unit: 'antal per år', baselineYear: year - 1, baselineValue: 22, targetYear: year + 2, targetValue: 60 },
      tactics: [
        {
          title: 'En ingång till innovationsstödet',
          who: 'Örebro universitet och Almi tillsammans med kommunerna',
          responsible: oru,
          partners: [almi, karlskoga],
          how: 'Gemensam ingång på webben och i telefon, och innovationsrådgivare på plats i kommunerna en dag i månaden.',
          perspectives: [{ perspective: 'miljö och hållbar utveckling', note: 'Prioritera innovationer som minskar klimatpåverkan.' }],
          activities: [
            ['Gemensam ingång lanseras', 'Örebro universitet, Innovation Office', `${year + 1}-01-15`, `${year + 1}-02-28`, 'planned', 80_000],
            ['Rådgivardagar i sex kommuner', 'Almi Företagspartner Mälardalen', `${year + 1}-03-01`, `${year + 1}-12-15`, 'planned', 150_000],
            ['Benchmarking mot Värmland', ownerName, `${year}-11-01`, `${year}-12-20`, 'ongoing', 15_000, 'Vi lär av varandra.'],
          ],
        },
      ],
    },
    {
      title: 'Finansiering i tidiga skeden',
      why: 'Nya företag med tillväxtidéer har svårt att hitta finansiering i tidiga skeden.',
      effectGoal: 'Fler nystartade företag per 1 000 invånare',
      what: 'Fler nya företag får finansiering under sina två första år.',
      target: 'Nyföretagandet når riksgenomsnittet (10 per 1 000 invånare)',
      indicator: { name: 'Nystartade företag', unit: 'per 1 000 invånare', baselineYear: year - 1, baselineValue: 8.4, targetYear: year + 2, targetValue: 10 },
      tactics: [
        {
          title: 'Mikrolån och rådgivning',
          who: 'Almi och bankerna i länet',
          responsible: almi,
          partners: [region],
          how: 'Mikrolån kombinerat med rådgivning; informationsinsatser via kommunernas näringslivskontor.',
          perspectives: [{ perspective: 'jämställdhet', note: 'Hälften av lånen till kvinnor som driver företag.' }],
          activities: [
            ['Informationsträffar om mikrolån', 'Almi Företagspartner Mälardalen', `${year}-09-15`, `${year}-10-31`, 'done', 20_000],
            ['Uppföljning av lånen på Utvärderingsforum', ownerName, `${year + 1}-05-10`, `${year + 1}-05-10`, 'planned', 0],
            ['Seminarium om riskkapital på Loka-dagarna', 'Karin Berg', `${year + 1}-08-20`, `${year + 1}-08-21`, 'planned', 25_000],
            ['Ansökan om regionala projektmedel', ownerName, `${year}-06-01`, `${year}-06-30`, 'cancelled', 0, 'Struken: ersatt av Almis ordinarie program.'],
          ],
        },
      ],
    },
  ];

  plan.forEach((s, sIndex) => {
    const strategyId = newId();
    strategies.push({ id: strategyId, planId, title: s.title, why: s.why, effectGoal: s.effectGoal, what: s.what, target: s.target, indicators: [s.indicator], order: sIndex });
    s.tactics.forEach((t, tIndex) => {
      const tacticId = newId();
      tactics.push({
        id: tacticId,
        planId,
        strategyId,
        title: t.title,
        who: { responsibleContactId: t.responsible.id, partnerContactIds: t.partners.map((p) => p.id), text: t.who },
        how: t.how,
        perspectives: t.perspectives,
        order: tIndex,
      });
      t.activities.forEach(([title, responsible, startDate, endDate, status, kronor, notes], aIndex) => {
        activities.push(
          newActivity({ id: newId(), planId, tacticId, title, responsible, startDate, endDate, status, costOre: kronor * 100, notes: notes ?? '', order: aIndex }),
        );
      });
    });
  });

  return { goalAreas, actionPlans, strategies, tactics, activities, contacts };
}
