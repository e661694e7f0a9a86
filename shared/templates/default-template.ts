/**
 * The template that ships with the app (resources/templates/standard-2026.json
 * is this, written by scripts/generate-template-schema.mjs), so the workbook
 * is useful offline from the first start. Built from the retreat material in
 * ../shared/seed/: the goal areas it names, the cross-cutting perspectives,
 * strategy → tactic as varför/vad/vem/hur (slide 4), what the kansli offers
 * (slide 8) and the recurring events (slides 9–10, by month since their
 * dates are set each year). The sections are the ones the app uses today
 * (renderer/features/plans/plan-defaults.ts, shared/project/defaults.ts).
 * Kolada ids only where the id is certain.
 */
import { defaultPerspectives, type GoalArea } from '../domain/plan.ts';
import { defaultTimeCategories } from '../domain/timelog.ts';
import { defaultProjectSections, projectPartGuidance, projectSectionGuidance, requiredProjectSectionKeys } from '../project/defaults.ts';
import { TEMPLATE_FORMAT_VERSION, type Template, type TemplatePerspective, type TemplateSection } from './schema.ts';

type PerspectiveName = (typeof defaultPerspectives)[number];

/** The reviewers' questions per perspective: what a reviewer holding it looks for in a plan. */
const perspectiveDetails: Readonly<Record<PerspectiveName, Omit<TemplatePerspective, 'name'>>> = {
  jämställdhet: {
    key: 'jamstalldhet',
    description: 'Kvinnor och män, flickor och pojkar ska ha samma makt att forma samhället och sina egna liv.',
    questions: [
      'Hur påverkar insatserna kvinnor och män, flickor och pojkar?',
      'Redovisas indikatorer och deltagare uppdelade på kön?',
      'Vem får del av resurserna, och vem fattar besluten?',
    ],
  },
  'integration och mångfald': {
    key: 'integration-mangfald',
    description: 'Människor med olika bakgrund ska ha samma möjligheter att delta i arbetslivet och samhället.',
    questions: [
      'Når insatserna personer med utländsk bakgrund och andra grupper som ofta står utanför?',
      'Finns det hinder, till exempel språk eller nätverk, som gör att några inte kan delta?',
      'Hur tas olika erfarenheter och perspektiv till vara i arbetet?',
    ],
  },
  'miljö och hållbar utveckling': {
    key: 'miljo-hallbar-utveckling',
    description: 'Utvecklingen ska möta dagens behov utan att äventyra kommande generationers möjligheter.',
    questions: [
      'Hur påverkar insatserna klimat och miljö, på kort och lång sikt?',
      'Finns det val som minskar resor, energi eller resursåtgång?',
      'Bidrar planen till en ekonomiskt och socialt hållbar utveckling?',
    ],
  },
  folkhälsa: {
    key: 'folkhalsa',
    description: 'Goda och jämlika förutsättningar för hälsa i hela befolkningen.',
    questions: [
      'Hur påverkar insatserna människors hälsa och levnadsvillkor?',
      'Minskar eller ökar skillnaderna i hälsa mellan grupper?',
    ],
  },
  'barn och unga': {
    key: 'barn-unga',
    description: 'Barns och ungas bästa ska beaktas, och unga ska ha inflytande över det som rör dem.',
    questions: [
      'Hur påverkar insatserna barn och unga?',
      'Har barn och unga fått komma till tals i planeringen?',
    ],
  },
};

const actionPlanSections: TemplateSection[] = [
  {
    key: 'sammanfattning',
    title: 'Sammanfattning',
    guidance:
      'Beskriv i några meningar vad handlingsplanen vill uppnå under perioden, vilka strategier som är viktigast och vad det ska leda till för målområdets effektmål. Skriv gärna sammanfattningen sist.',
    required: true,
    kind: 'freeText',
  },
  {
    key: 'nulage',
    title: 'Nuläge och omvärld',
    guidance:
      'Hur ser det ut i regionen i dag, och hur har det gått sedan förra planen? Använd indikatorerna och jämför gärna med andra regioner. Vad i omvärlden påverkar målområdet?',
    required: true,
    kind: 'freeText',
  },
  {
    key: 'strategier',
    title: 'Strategier och taktiker',
    guidance:
      'Varje strategi svarar på varför (problemet och vilket effektmål den bidrar till) och vad (den förändring som ska uppnås, mätbart). Under strategin beskriver taktikerna vem som gör vad och hur.',
    required: true,
    kind: 'strategyTree',
  },
  {
    key: 'aktiviteter',
    title: 'Aktivitetsplan',
    guidance: 'Vad händer inom målområdet? Lista de konkreta aktiviteterna med datum, ansvarig och status, så att granskarna ser vad som görs och när.',
    required: true,
    kind: 'activities',
  },
  {
    key: 'indikatorer',
    title: 'Indikatorer',
    guidance: 'Hur mäts förändringen? Ange utgångsläge och målvärde med år. Använd gärna indikatorer från katalogen, så att målområdena kan jämföras.',
    required: true,
    kind: 'indicators',
  },
  {
    key: 'perspektiv',
    title: 'Genomsyrande perspektiv',
    guidance: 'Hur tar planen hänsyn till de genomsyrande perspektiven? Svara på granskarnas frågor för de perspektiv som berör strategierna.',
    required: true,
    kind: 'perspectives',
  },
  {
    key: 'stod',
    title: 'Behov av stöd från kansliet',
    guidance: 'Markera det stöd från RUS-kansliet som ni vill ha under perioden, och beskriv gärna vad det ska hjälpa till med.',
    required: false,
    kind: 'support',
  },
  {
    key: 'uppfoljning',
    title: 'Uppföljning',
    guidance: 'Hur och när följs planen upp? Ange vem som ansvarar, hur indikatorerna tas fram och var resultaten redovisas, till exempel på Utvärderingsforum.',
    required: true,
    kind: 'freeText',
  },
];

const projectSection = (key: (typeof defaultProjectSections)[number]['key']): TemplateSection => ({
  key,
  title: defaultProjectSections.find((s) => s.key === key)?.title ?? key,
  guidance: projectSectionGuidance[key],
  required: requiredProjectSectionKeys.includes(key),
  kind: 'freeText',
});

/** In the order the Word export prints them (shared/documents/projektplan.ts). */
const projectPlanSections: TemplateSection[] = [
  projectSection('sammanfattning'),
  projectSection('bakgrund'),
  projectSection('syfte'),
  {
    key: 'koppling',
    title: 'Koppling till handlingsplanen',
    guidance: 'Vilka strategier och taktiker i målområdets handlingsplan genomför projektet?',
    required: true,
    kind: 'strategyTree',
  },
  { key: 'mal', title: 'Mål', guidance: projectPartGuidance.goals, required: true, kind: 'goals' },
  { key: 'malgrupper', title: 'Målgrupper och intressenter', guidance: projectPartGuidance.targetGroups, required: false, kind: 'targetGroups' },
  { key: 'organisation', title: 'Organisation', guidance: projectPartGuidance.organisation, required: true, kind: 'organisation' },
  { key: 'aktiviteter', title: 'Aktiviteter', guidance: projectPartGuidance.activities, required: true, kind: 'activities' },
  { key: 'tidplan', title: 'Tidplan', guidance: 'Tidplanen visar arbetspaket, aktiviteter och milstolpar över projektperioden.', required: false, kind: 'timeline' },
  { key: 'budget', title: 'Budget', guidance: projectPartGuidance.budget, required: true, kind: 'budget' },
  { key: 'finansiering', title: 'Finansiering', guidance: projectPartGuidance.financing, required: true, kind: 'financing' },
  { key: 'risker', title: 'Risker', guidance: projectPartGuidance.risks, required: true, kind: 'risks' },
  { key: 'principer', title: 'Horisontella principer', guidance: projectPartGuidance.principles, required: true, kind: 'principles' },
  { key: 'forandringsteori', title: 'Förändringsteori', guidance: projectPartGuidance.changeTheory, required: false, kind: 'changeTheory' },
  projectSection('kommunikation'),
  projectSection('uppfoljning'),
];

const goalAreas: Pick<GoalArea, 'code' | 'name' | 'description' | 'effectGoals'>[] = [
  {
    code: 'IE',
    name: 'Innovationer och entreprenörskap',
    description: 'Länet ska ha ett företagsklimat där fler startar, driver och utvecklar företag, och där innovationer genomsyrar alla branscher.',
    effectGoals: ['Fler nystartade företag per 1 000 invånare', 'Ökad andel innovativa företag', 'Fler unga som driver UF-företag'],
  },
  {
    code: 'KBU',
    name: 'Kunskapslyft för barn och unga',
    description:
      'Fler barn och unga i länet ska klara skolan och gå vidare till studier och arbete. Målområdet tar reda på varför resultaten släpar efter och samlar insatserna på regional nivå.',
    effectGoals: [],
  },
];

export const defaultTemplate: Template = {
  formatVersion: TEMPLATE_FORMAT_VERSION,
  id: 'rus-standardmall',
  name: 'RUS standardmall 2026',
  version: 1,
  issuer: 'RUS-kansliet',
  description:
    'Standardmallen som följer med MOA-arbetsboken: handlingsplanens och projektplanens delar med vägledning, målområden, genomsyrande perspektiv, tidloggens kategorier, kansliets stöd, årscykeln och en indikatorkatalog. Kansliet kan ersätta den med en egen mall.',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  language: 'sv',
  goalAreas,
  perspectives: defaultPerspectives.map((name) => ({ name, ...perspectiveDetails[name] })),
  strategyGuidance: {
    why: 'Varför? Vilket problem eller behov ska strategin möta, och vilket av målområdets effektmål bidrar den till?',
    what: 'Vad? Vilken förändring vill ni åstadkomma? Beskriv den så att den går att mäta, med indikator och målvärde.',
    who: 'Vem? Vem ansvarar för taktiken, och vilka aktörer, kommuner och nätverk är med?',
    how: 'Hur? Med vilka metoder och resurser, och när i tiden?',
  },
  actionPlan: { sections: actionPlanSections },
  projectPlan: { sections: projectPlanSections },
  timeLog: {
    categories: defaultTimeCategories.map(({ id, name }) => ({ id, name })),
    // The MOA assignment is usually a part of another job; a fifth of full time is a common agreement.
    defaultMandate: { percentOfFullTime: 20, fullTimeHoursPerWeek: 40 },
  },
  supportOffers: [
    {
      id: 'dialogmoten',
      name: 'Individuella dialogmöten',
      description: 'Stöd i form av dialogmöten där idéer kan diskuteras, och där stöd utöver det som står här kan erbjudas.',
    },
    { id: 'processledning', name: 'Extern processledning', description: 'Extern processledning som gagnar gruppens eller delar av gruppens gemensamma behov.' },
    { id: 'analys', name: 'Analys och uppföljning', description: 'Stöd med omvärldsanalys, analys, uppföljning och lärande.' },
    { id: 'information', name: 'Informationsstöd och PR', description: 'Stöd för att informera och kommunicera om målområdet på ett effektivt sätt.' },
    { id: 'projektfinansiering', name: 'Bollplank för projektfinansiering', description: 'Bollplank när det gäller projektfinansiering och projektidéer.' },
    {
      id: 'arrangemang',
      name: 'Arrangemang som RUS-forum och Fredagsakademier',
      description: 'Arrangemang som gagnar RUS: RUS-forum, Loka-dagar och Fredagsakademier.',
    },
  ],
  annualCycle: [
    {
      id: 'utvarderingsforum',
      name: 'Utvärderingsforum',
      description: 'Hur går det för regionen? Hur uppfattas vi, och vad skiljer oss från andra regioner när det gäller att förverkliga strategin? Med de genomsyrande perspektiven.',
      month: 5,
    },
    {
      id: 'loka-dagar',
      name: 'Loka-dagar',
      description: 'Två dagar med fördjupning i ett målområde, till exempel en ny handlingsplan, och de genomsyrande perspektiven.',
      month: 8,
    },
    {
      id: 'rus-forum',
      name: 'RUS-forum',
      description: 'Forum med ett fokusområde: varför ser det ut som det gör i regionen, vilka är de bakomliggande faktorerna och vad gör vi på regional nivå?',
      month: 9,
    },
  ],
  indicatorCatalogue: [
    { id: 'invanare', name: 'Invånare totalt', unit: 'antal', description: 'Antal invånare den 31 december. Källa: SCB via Kolada.', koladaKpiId: 'N01951' },
    {
      id: 'forvarvsarbetande',
      name: 'Förvärvsarbetande invånare 20–64 år',
      unit: 'andel (%)',
      description: 'Andel av invånarna 20–64 år som förvärvsarbetar. Källa: SCB via Kolada.',
      koladaKpiId: 'N00914',
    },
    {
      id: 'eftergymnasial-utbildning',
      name: 'Invånare 25–64 år med eftergymnasial utbildning',
      unit: 'andel (%)',
      description: 'Andel av invånarna 25–64 år med eftergymnasial utbildning. Källa: SCB via Kolada.',
      koladaKpiId: 'N01982',
    },
    { id: 'nystartade-foretag', name: 'Nystartade företag', unit: 'per 1 000 invånare', description: 'Nya företag under året per 1 000 invånare.' },
    { id: 'uf-foretag', name: 'UF-företag', unit: 'antal per läsår', description: 'Företag som gymnasieelever driver inom Ung Företagsamhet.' },
    { id: 'gymnasieexamen', name: 'Gymnasieelever med examen inom fyra år', unit: 'andel (%)', description: 'Andel av eleverna som tar examen inom fyra år från start.' },
  ],
};
