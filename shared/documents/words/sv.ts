/**
 * The Word documents' words in Swedish: the source of truth for the shape of
 * every catalogue (`DocumentWords` is this object's type, so en.ts and any
 * later language must have the same sections and keys, checked by the
 * compiler). A sentence with figures in it is a function of its parts,
 * already formatted; dates, numbers and amounts are formatted in ./format.ts.
 */
import type { ActionPlan, ActivityStatus } from '../../domain/plan.ts';
import type { MeetingKind } from '../../domain/meeting.ts';
import type { ReviewPartKind, ReviewStatus } from '../../domain/review.ts';
import type { BudgetCategory, HorizontalPrinciple, PrincipleRating, ProjectGoalLevel, ProjectStatus } from '../../domain/project.ts';
import type { RiskLevel } from '../../project/risk.ts';
import { verdictWordsSv } from '../../kolada/verdict-words.ts';
import type { DocumentLanguage } from './index.ts';

/** A list closing a sentence: a full stop, unless it already ends with one, or with `?` or `!` (`Varför?`). */
const sentenceEnd = (text: string): string => (/[.?!]$/u.test(text) ? text : `${text}.`);

/** `1 aktivitet`, `2 aktiviteter`: the count is formatted by the caller. */
const count = (n: number, figures: string, one: string, many: string): string => `${figures} ${n === 1 ? one : many}`;

export const sv = {
  language: 'sv' as DocumentLanguage,
  /** BCP 47 tag for Intl and Word's `w:lang`. */
  locale: 'sv-SE',

  common: {
    untitled: '(utan namn)',
    notFilledIn: 'Ej ifyllt',
    draftMark: 'UTKAST',
    /** The lower-case draft note in a document's description. */
    draft: 'utkast',
    date: 'Datum',
    sum: 'Summa',
    total: 'Totalt',
    sumExceptCancelled: 'Summa (utom strukna)',
    allRequiredFilledIn: 'Alla obligatoriska uppgifter är ifyllda.',
    contents: 'Innehåll',
    contentsNote: 'Word uppdaterar innehållsförteckningen när dokumentet öppnas. Svara Ja om Word frågar om fälten ska uppdateras.',
    /** The text around Word's page number fields: "Sida 2 av 7". */
    pageNumber: { before: 'Sida ', between: ' av ' },
    /** An amount in kronor, its figures already formatted. */
    amount: (figures: string): string => `${figures} kr`,
    /** A percentage, its figures already formatted. */
    percent: (figures: string): string => `${figures}\u00a0%`,
    quarter: (year: string, quarter: number): string => `${year} K${quarter}`,
    week: (week: number): string => `v. ${week}`,
    /** Goal area and code: "Innovation (IE)". */
    goalArea: (name: string, code: string): string => `${name} (${code})`,
    activityStatus: { planned: 'planerad', ongoing: 'pågår', done: 'klar', delayed: 'försenad', cancelled: 'struken' } satisfies Record<ActivityStatus, string>,
    planStatus: { draft: 'Utkast', submitted: 'Inlämnad', adopted: 'Fastställd' } satisfies Record<ActionPlan['status'], string>,
  },

  /**
   * The field labels the documents print, keyed `<record>.<field>` (the
   * field descriptors' `documentLabel` is `field.` and this key).
   */
  field: {
    'goalArea.name': 'Målområde',
    'goalArea.owner': 'Målområdesansvarig',
    'plan.period': 'Period',
    'plan.version': 'Version',
    'plan.status': 'Status',
    'strategy.why': 'Varför?',
    'strategy.what': 'Vad?',
    'strategy.effectGoal': 'Effektmål',
    'strategy.target': 'Mätbart mål',
    'strategy.indicators': 'Indikatorer',
    'tactic.who': 'Vem?',
    'tactic.how': 'Hur?',
    'tactic.responsibleContactId': 'Ansvarig',
    'tactic.partnerContactIds': 'Samarbetspartner',
    'activity.title': 'Aktivitet',
    'activity.responsible': 'Ansvarig',
    'activity.startDate': 'Start',
    'activity.endDate': 'Slut',
    'activity.status': 'Status',
    'activity.costOre': 'Kostnad',
    'indicator.name': 'Indikator',
    'indicator.unit': 'Enhet',
    'indicator.baselineYear': 'Basår',
    'indicator.baselineValue': 'Basvärde',
    'indicator.targetYear': 'Målår',
    'indicator.targetValue': 'Målvärde',
    'reviewer.name': 'Namn',
    'reviewer.organisation': 'Organisation',
    'reviewer.perspective': 'Perspektiv',
    'reviewer.email': 'E-post',
    'project.period': 'Projektperiod',
    'project.status': 'Status',
    'project.ownerContactId': 'Projektägare',
    'project.leaderContactId': 'Projektledare',
    'project.steeringGroupContactIds': 'Styrgrupp',
    'project.referenceGroupContactIds': 'Referensgrupp',
    'project.partnerContactIds': 'Samarbetspartner',
    'project.primaryTargetGroups': 'Primära målgrupper',
    'project.secondaryTargetGroups': 'Sekundära målgrupper',
    'project.stakeholders': 'Intressenter',
    'project.budget': 'Budget',
    'changeTheory.challenge': 'Utmaning',
    'changeTheory.activities': 'Aktiviteter',
    'changeTheory.results': 'Resultat',
    'changeTheory.effects': 'Effekter',
    'projectGoal.text': 'Mål',
    'projectGoal.indicator': 'Indikator',
    'projectGoal.baseline': 'Utgångsläge',
    'projectGoal.target': 'Målvärde',
    'projectGoal.targetDate': 'Datum',
    'projectActivity.title': 'Aktivitet',
    'projectActivity.startDate': 'Start',
    'projectActivity.endDate': 'Slut',
    'projectActivity.responsible': 'Ansvarig',
    'projectActivity.status': 'Status',
    'budgetLine.category': 'Kategori',
    'budgetLine.description': 'Beskrivning',
    'financier.name': 'Finansiär',
    'financier.cash': 'Kontant',
    'financier.inKind': 'I natura',
    // Soft hyphens (U+00AD) let the two long headers break as Sanno-likhet and Konse-kvens, so their columns of single digits stay narrow.
    'risk.likelihood': 'Sanno\u00adlikhet',
    'risk.consequence': 'Konse\u00adkvens',
    'risk.description': 'Risk',
    'risk.mitigation': 'Åtgärd',
    'risk.responsible': 'Ansvarig',
    'principle.rating': 'Bedömning',
  },

  handlingsplan: {
    kind: 'Handlingsplan',
    notFinished: 'Planen är inte färdig och är inte inlämnad.',
    missingIntro: 'Det här saknas innan planen kan lämnas in:',
    /** The fields as the list of what is missing names them, in lower case inside a sentence where Swedish wants it. */
    missingField: { why: 'Varför?', what: 'Vad?', who: 'Vem?', how: 'Hur?', title: 'namn', responsible: 'ansvarig' } as Readonly<Record<string, string>>,
    sectionEmpty: (title: string): string => `Avsnittet ”${title}” saknar text.`,
    planHasNoStrategy: 'Planen har ingen strategi.',
    strategyFieldEmpty: (title: string, field: string): string => `Strategin ”${title}”: ${field} är inte ifyllt.`,
    tacticFieldEmpty: (title: string, field: string): string => `Taktiken ”${title}”: ${field} är inte ifyllt.`,
    activityOutsidePeriod: (title: string, from: string, to: string, period: string): string => `Aktiviteten ”${title}” (${from} – ${to}) ligger utanför planens period ${period}.`,
    activityFieldEmpty: (title: string, field: string): string => `Aktiviteten ”${title}” saknar ${field}.`,
    supportWished: 'Önskat stöd från kansliet',
    supportHeading: 'Behov av stöd från kansliet',
    noIndicators: 'Inga angivna',
    indicatorOne: 'Indikator',
    /** An indicator in a strategy's list: its name (and unit), the baseline and the target, each a value with its year. */
    indicatorLine: (name: string, baseline: string, target: string): string => `${name}: utgångsläge ${baseline}, mål ${target}`,
    strategyTree: 'Strategier och taktiker',
    noStrategy: 'Planen har ännu ingen strategi.',
    activities: 'Aktivitetsplan',
    noActivities: 'Planen har ännu inga aktiviteter.',
    perspectives: 'Genomsyrande perspektiv',
    noPerspectives: 'Inga perspektiv är angivna.',
    tacticColumn: 'Taktik',
    commentColumn: 'Kommentar',
    reviewersLabel: 'Granskare',
    noTacticForPerspective: 'Ingen taktik tar upp perspektivet.',
    indicators: 'Indikatorer',
    indicatorStrategyColumn: 'Indikator (strategi)',
    noIndicatorsInPlan: 'Inga indikatorer är angivna.',
    reviewers: 'Granskare',
    noReviewers: 'Inga granskare är angivna.',
    header: (goalArea: string, period: string, version: number, date: string): string => `${goalArea} · Handlingsplan ${period} · version ${version} · ${date}`,
    subject: (goalArea: string, period: string): string => `Handlingsplan för målområdet ${goalArea} ${period}`,
    description: (period: string, version: number, status: string, date: string): string => `Handlingsplan ${period}, version ${version} (${status}), ${date}.`,
  },

  aktivitetsplan: {
    title: 'Aktivitetsplan',
    allGoalAreas: 'Alla målområden',
    plansLabel: 'Handlingsplaner',
    planLabel: 'Handlingsplan',
    scopePeriod: (period: string): string => `planerna för perioden ${period}`,
    scopeAll: 'alla planer, alla perioder',
    scopeCurrent: 'den aktuella planen i varje målområde (den vars period omfattar dagens datum, annars den senaste)',
    noPlanForPeriod: (period: string): string => `ingen plan för perioden ${period}`,
    noPlan: 'ingen plan',
    runningDuring: 'Aktiviteter som pågår under',
    activityDates: 'Aktiviteternas datum',
    noActivitiesValue: 'inga aktiviteter',
    compiledBy: 'Sammanställd av',
    groupingLabel: 'Indelning',
    byStatusValue: 'efter status',
    byQuarterValue: 'efter kvartal (aktiviteternas startdatum)',
    summary: 'Sammanfattning',
    /** "Det finns inga aktiviteter i något målområde under perioden." */
    none: (where: 'anyGoalArea' | 'goalArea' | 'plan' | 'plans', inPeriod: boolean): string =>
      `Det finns inga aktiviteter ${{ anyGoalArea: 'i något målområde', goalArea: 'inom målområdet', plan: 'i planen', plans: 'i planerna' }[where]}${inPeriod ? ' under perioden' : ''}.`,
    activityCount: (n: number, figures: string): string => count(n, figures, 'aktivitet', 'aktiviteter'),
    goalAreaCount: (n: number, figures: string): string => count(n, figures, 'målområde', 'målområden'),
    /** The summary's first sentences: how many activities (in how many goal areas), how many struck off, and their cost. */
    overview: (activities: string, goalAreas: string | null, cancelled: number, cancelledFigures: string, cost: string): string =>
      `Aktivitetsplanen omfattar ${activities}${goalAreas === null ? '' : ` i ${goalAreas}`}` +
      `${cancelled > 0 ? `, varav ${cancelledFigures} ${cancelled === 1 ? 'struken' : 'strukna'}` : ''}. ` +
      `Den sammanlagda kostnaden är ${cost}${cancelled > 0 ? ' (strukna aktiviteter oräknade)' : ''}.`,
    allPlansNote: 'Alla planer är med: en aktivitet som följt med till en ny period står en gång i varje plan och räknas en gång per plan. Kolumnen Plan säger vilken plan raden hör till.',
    perStatus: 'Per status',
    count: 'Antal',
    sumExceptCancelled: 'Summa utom strukna',
    perGoalArea: 'Per målområde',
    cancelledNotCounted: 'Strukna aktiviteter är inte medräknade.',
    code: 'Kod',
    goalAreaAndPlan: 'Målområde och plan',
    responsible: 'Ansvarig',
    goalAreaColumn: 'Målområde',
    planColumn: 'Plan',
    tacticColumn: 'Taktik (strategi)',
    byStatusHeading: 'Aktiviteter per status',
    byQuarterHeading: 'Aktiviteter per kvartal',
    quarterNote: 'En aktivitet står under det kvartal då den börjar.',
    header: (scope: string, date: string): string => `${scope} · Aktivitetsplan · ${date}`,
    documentTitle: (goalArea: string | null): string => (goalArea === null ? 'Aktivitetsplan alla målområden' : `Aktivitetsplan ${goalArea}`),
    subject: (goalArea: string | null): string => (goalArea === null ? 'Aktivitetsplan för alla målområden' : `Aktivitetsplan för målområdet ${goalArea}`),
    description: (byStatus: boolean, period: string, plans: string, date: string): string => `Aktiviteter ${byStatus ? 'per status' : 'per kvartal'}${period === '' ? '' : `, ${period}`}; ${plans}; ${date}.`,
  },

  projektplan: {
    kind: 'Projektplan',
    goneContact: '(kontakten finns inte längre)',
    notStated: 'Ej angiven',
    noGoalArea: 'Ej angivet',
    draftNote: 'Projektplanen är ett utkast och inte färdig. Det som saknas står under ”Att komplettera” sist i dokumentet.',
    preparedBy: 'Upprättad av',
    planLink: 'Koppling till handlingsplanen',
    notLinked: 'Projektet är inte kopplat till någon strategi eller taktik i handlingsplanen.',
    /** " för målområdet Innovation", or nothing without a goal area. */
    forGoalArea: (goalArea: string | null): string => (goalArea === null ? '' : ` för målområdet ${goalArea}`),
    carriesOutPlan: (plan: string, area: string): string => `Projektet genomför dessa delar av handlingsplanen ”${plan}”${area}:`,
    carriesOutPlans: (plans: string, area: string): string => `Projektet genomför dessa delar av ${plans} handlingsplaner${area}:`,
    carriesOut: (area: string): string => `Projektet genomför dessa delar av handlingsplanen${area}:`,
    planPrefix: 'Handlingsplan: ',
    unknownPlan: 'okänd plan',
    goneLinks: (n: number, figures: string): string => `${n === 1 ? 'En koppling gäller' : `${figures} kopplingar gäller`} en strategi eller taktik som inte längre finns i handlingsplanen.`,
    strategyPrefix: 'Strategi: ',
    tacticPrefix: 'Taktik: ',
    noTacticChosen: 'Projektet genomför strategin utan att en särskild taktik är vald.',
    goals: 'Mål',
    noGoals: 'Projektet har inga mål ännu.',
    noGoalOfLevel: { overall: 'Inget övergripande mål är angivet.', project: 'Inget projektmål är angivet.', sub: 'Inget delmål är angivet.' } satisfies Record<ProjectGoalLevel, string>,
    targetGroups: 'Målgrupper och intressenter',
    noTargetGroups: 'Målgrupper och intressenter är inte beskrivna ännu.',
    organisation: 'Organisation',
    noneStated: 'Ingen angiven',
    noOrganisation: 'Projektets organisation är inte angiven ännu.',
    roleColumn: 'Roll',
    nameColumn: 'Namn',
    organisationColumn: 'Organisation',
    milestone: (title: string): string => `Milstolpe: ${title}`,
    activitiesAndTimeline: 'Aktiviteter och tidplan',
    noActivities: 'Projektet har inga aktiviteter ännu.',
    /** "Projektet har 3 aktiviteter och 1 milstolpe i 2 arbetspaket. Dessutom …": the counts formatted by the caller. */
    activityOverview: (activities: number, activityFigures: string, milestones: number, milestoneFigures: string, packages: number, packageFigures: string, planActivities: number, planFigures: string): string =>
      `Projektet har ${count(activities, activityFigures, 'aktivitet', 'aktiviteter')} och ${count(milestones, milestoneFigures, 'milstolpe', 'milstolpar')}` +
      `${packages > 0 ? ` i ${count(packages, packageFigures, 'arbetspaket', 'arbetspaket')}` : ''}.` +
      `${planActivities > 0 ? ` Dessutom genomför projektet ${count(planActivities, planFigures, 'aktivitet', 'aktiviteter')} i handlingsplanen; de står med i tidplanen.` : ''}`,
    noPackageActivities: 'Arbetspaketet har inga aktiviteter ännu.',
    withoutPackage: 'Aktiviteter utan arbetspaket',
    actionPlan: 'Handlingsplanen',
    actionPlanTactic: (tactic: string): string => `Handlingsplanen: ${tactic}`,
    month: 'Månad',
    quarter: 'Kvartal',
    partOf: 'Del av',
    timeline: 'Tidplan',
    emptyTimeline: 'Tidplanen är tom: arbetspaketen har inga aktiviteter ännu.',
    timelineNote: (byMonth: boolean): string => `Allt i projektet i datumordning, med ${byMonth ? 'den månad' : 'det kvartal'} då det börjar.`,
    budget: 'Budget',
    noBudget: 'Budgeten har inga kostnadsrader ännu.',
    costs: (total: string): string => `Projektets kostnader är sammanlagt ${total}.`,
    yearsOutside: (years: readonly number[]): string => ` ${years.length === 1 ? 'År' : 'Åren'} ${years.join(', ')} ligger utanför projektperioden men har kostnader, som räknas med.`,
    costsPerYear: 'Kostnader per år',
    perCategory: 'Per kategori',
    amount: 'Belopp',
    shareOfBudget: 'Andel av budgeten',
    balanced: 'Finansieringen täcker budgeten.',
    missingFinancing: (amount: string): string => `Det saknas ${amount} i finansieringen.`,
    exceedsBudget: (amount: string): string => `Finansieringen överstiger budgeten med ${amount}.`,
    financing: 'Finansiering',
    noFinancierEmptyBudget: 'Ingen finansiär är angiven ännu, och budgeten är tom.',
    noAmounts: 'Varken budgeten eller finansieringen har några belopp ännu.',
    budgetAndFinancing: (budget: string, financing: string): string => `Budgeten är sammanlagt ${budget} och finansieringen ${financing}.`,
    noFinancier: 'Ingen finansiär är angiven ännu.',
    financiers: 'Finansiärer',
    financingPerYear: 'Finansiering per år',
    moneyKind: 'Slag',
    outsidePeriod: (year: number): string => `${year} (utanför perioden)`,
    balancePerYear: 'Budget och finansiering per år',
    year: 'År',
    financingColumn: 'Finansiering',
    difference: 'Skillnad',
    risks: 'Risker',
    noRisks: 'Inga risker är beskrivna ännu.',
    number: 'Nr',
    level: 'Nivå',
    riskScale: (mediumFrom: number, highFrom: number): string =>
      `Sannolikhet och konsekvens bedöms från 1 (låg) till 5 (hög). Nivån följer av produkten: låg under ${mediumFrom}, medel ${mediumFrom}–${highFrom - 1}, hög ${highFrom} och över. Riskerna står med den högsta först.`,
    riskMatrix: 'Riskmatris',
    matrixNote: 'Varje ruta anger risknivån och numren på riskerna i tabellen ovan. Konsekvensen ökar uppåt, sannolikheten åt höger.',
    consequenceUp: 'Konsekvens \u2191',
    likelihoodRight: 'Sannolikhet \u2192',
    likelihoodN: (n: number): string => `Sannolikhet ${n}`,
    consequenceN: (n: number | string): string => `Konsekvens ${n}`,
    risksInCell: (numbers: readonly number[]): string => `${numbers.length === 1 ? 'Risk' : 'Risker'} ${numbers.join(', ')}`,
    principles: 'Horisontella principer',
    principleNotDescribed: 'Hur projektet arbetar med principen är inte beskrivet.',
    changeTheory: 'Förändringsteori',
    changeTheoryIntro: 'Kedjan från utmaningen via aktiviteterna till resultat och effekter.',
    toComplete: 'Att komplettera',
    missingIntro: 'Det här saknas innan projektplanen är färdig:',
    noGoalAreaName: 'Inget målområde',
    header: (goalArea: string, title: string, date: string): string => `${goalArea} · Projektplan ${title} · ${date}`,
    documentTitle: (title: string): string => `Projektplan ${title}`,
    subject: (goalArea: string | null): string => (goalArea === null ? 'Projektplan' : `Projektplan inom målområdet ${goalArea}`),
    description: (from: string, to: string, status: string, draft: boolean, date: string): string => `Projektplan för ${from}–${to}, status ${status}${draft ? ', utkast' : ''}, ${date}.`,
    projectStatus: { idea: 'Idé', planned: 'Planerat', ongoing: 'Pågår', completed: 'Avslutat', cancelled: 'Avbrutet' } satisfies Record<ProjectStatus, string>,
    goalLevel: { overall: 'Övergripande mål', project: 'Projektmål', sub: 'Delmål' } satisfies Record<ProjectGoalLevel, string>,
    /** A project activity's status (the plan's activity statuses, capitalised as a table cell). */
    activityStatus: { planned: 'Planerad', ongoing: 'Pågår', done: 'Klar', delayed: 'Försenad', cancelled: 'Struken' } satisfies Record<ActivityStatus, string>,
    budgetCategory: {
      personal: 'Personal',
      externalServices: 'Externa tjänster',
      travel: 'Resor',
      premises: 'Lokaler',
      investments: 'Investeringar',
      other: 'Övrigt',
      indirectCosts: 'Indirekta kostnader',
    } satisfies Record<BudgetCategory, string>,
    principle: { genderEquality: 'Jämställdhet', accessibility: 'Tillgänglighet', nonDiscrimination: 'Icke-diskriminering', sustainableDevelopment: 'Hållbar utveckling' } satisfies Record<HorizontalPrinciple, string>,
    principleRating: { active: 'Aktivt', partial: 'Delvis', none: 'Inte' } satisfies Record<PrincipleRating, string>,
    /** For a principle not yet rated (rating null). */
    principleUnrated: 'Ej bedömd',
    riskLevel: { low: 'Låg', medium: 'Medel', high: 'Hög' } satisfies Record<RiskLevel, string>,
  },

  /** What is missing in a project plan, as the editor's list and the Word export's "Att komplettera" say it. */
  projectMissing: {
    sectionEmpty: (title: string): string => `Avsnittet ”${title}” saknar text.`,
    projectField: {
      tacticIds: 'Projektet är inte kopplat till någon taktik i handlingsplanen.',
      goals: 'Projektet har inga mål.',
      activities: 'Projektet har inga aktiviteter.',
      budget: 'Budgeten har inga kostnadsrader.',
      risks: 'Inga risker är beskrivna.',
    } as Readonly<Record<string, string>>,
    projectLacks: (field: string): string => `Projektet saknar ${field}.`,
    goalField: { text: 'måltext', indicator: 'indikator', target: 'målvärde', targetDate: 'måldatum' } as Readonly<Record<string, string>>,
    /** "Projektmål 2": a goal by its level and its number among that level's goals. */
    goalName: (level: string, number: number): string => `${level} ${number}`,
    theGoal: 'Målet',
    goalLacks: (goal: string, field: string): string => `${goal} saknar ${field}.`,
    noOwner: 'Projektägare är inte angiven.',
    noLeader: 'Projektledare är inte angiven.',
    financingShort: (amount: string): string => `Finansieringen täcker inte budgeten: det saknas ${amount}.`,
    financingOver: (amount: string): string => `Finansieringen är ${amount} större än budgeten.`,
    rateAssessment: (principle: string): string => `${principle}: bedöm om projektet arbetar med principen aktivt, delvis eller inte.`,
    describePrinciple: (principle: string): string => `${principle}: beskriv hur projektet arbetar med principen.`,
  },

  tidrapport: {
    title: 'Tidrapport',
    name: 'Namn',
    organisation: 'Organisation',
    period: 'Period',
    mandate: 'Mandat',
    noMandateValue: 'inget mandat angivet',
    hoursInWords: (minutes: number, figures: string): string => `${figures} ${minutes === 60 ? 'timme' : 'timmar'}`,
    noMandate: 'Inget mandat gäller för perioden.',
    exactlyMandate: 'precis enligt mandatet',
    overMandate: (hours: string): string => `${hours} över mandatet`,
    underMandate: (hours: string): string => `${hours} under mandatet`,
    mandateComparison: (moa: string, mandate: string, verdict: string): string => `I MOA-uppdraget är ${moa} loggade mot mandatets ${mandate}: ${verdict}.`,
    summary: 'Sammanfattning',
    nothingLogged: 'Ingen tid är loggad under perioden.',
    mandateForPeriod: (hours: string): string => `Mandatet för perioden är ${hours}.`,
    noProjectTime: 'Ingen tid som projektledare är loggad.',
    projectTime: (hours: string, share: string): string => `Som projektledare är ${hours} loggade, ${share} av all loggad tid.`,
    totalLogged: (hours: string): string => `Under perioden är ${hours} loggade.`,
    perCategory: 'Tid per kategori',
    category: 'Kategori',
    hours: 'Timmar',
    share: 'Andel',
    moaAndMandate: 'MOA-uppdraget och mandatet',
    mandateRule:
      'Mandatet fördelas på arbetsdagarna: varje dag måndag–fredag bär en femtedel av veckans mandat. ' +
      'En hel vecka får alltså hela sitt mandat och en vecka som bara delvis ligger i perioden får sina arbetsdagar. Helgdagar räknas inte bort.',
    week: 'Vecka',
    againstMandate: 'Mot mandatet',
    weekByWeek: 'Vecka för vecka',
    weeklyNote: 'Timmar per ISO-vecka. Mot mandatet: loggad tid i MOA-uppdraget minus veckans mandat (+ över, − under).',
    weeksLeftOut: (weeks: number): string =>
      `Veckor utan registrerad tid visas inte (${weeks === 1 ? 'en vecka' : `${weeks} veckor`}). Summaraden gäller hela perioden, också mandatet för de veckorna.`,
    partialWeeks: 'Veckor som bara delvis ligger i perioden räknas med de dagar som ingår.',
    weeklyPart: (part: number): string => (part === 1 ? 'Vecka för vecka, del 1' : `Vecka för vecka, del ${part} (fler kategorier)`),
    signature: 'Underskrift',
    attestation: 'Jag intygar att tidrapporten stämmer.',
    placeAndDate: 'Ort och datum',
    nameInCapitals: 'Namnförtydligande',
    header: (person: string, period: string, date: string): string => `Tidrapport · ${person} · ${period} · ${date}`,
    documentTitle: (period: string): string => `Tidrapport ${period}`,
    subject: (person: string, period: string): string => `Tidrapport för ${person}, ${period}`,
    description: (range: string, total: string, moa: string, date: string): string => `Loggad tid ${range}: ${total}, varav ${moa} i MOA-uppdraget. ${date}.`,
    /** The mandate in words: "8 timmar i veckan", "20 % av heltid (8 timmar i veckan)", "… från 2026-07-01". */
    weeklyHours: (hours: string): string => `${hours} timmar i veckan`,
    percentOfFullTime: (percent: string, weekly: string): string => `${percent} % av heltid (${weekly})`,
    mandateFrom: (mandate: string, from: string): string => `${mandate} från ${from}`,
  },

  /** An indicator's values from Kolada, as the handlingsplan and the indikatorrapport show them; the verdict's words are the Indikatorer view's. */
  kolada: {
    verdict: verdictWordsSv,
    women: 'kvinnor',
    men: 'män',
    strategy: 'Strategi',
    kpi: 'Nyckeltal i Kolada',
    baseline: 'Utgångsläge',
    target: 'Mål',
    latest: 'Senaste värde',
    latestIn: (area: string): string => `Senaste värde, ${area}`,
    /** The verdict's label where it is given: it is the app's, not Kolada's. */
    assessment: 'Bedömning (appens beräkning)',
    valueInYear: (value: string, year: number): string => `${value} (${year})`,
    year: 'År',
    tableCaption: (name: string): string => `${name} per år`,
    chartTitle: (name: string, years: string): string => `${name}, ${years}`,
    chartDescription: (lines: string, latest: string, baseline: string, target: string, verdict: string): string =>
      `Linjediagram med ${lines}. Senaste värde ${latest}. Utgångsläge ${baseline}, mål ${target}. Bedömning: ${verdict}. Samma värden finns i tabellen under diagrammet.`,
    source: (date: string): string => `Källa: Kolada, hämtat ${date}.`,
    ownCalculation: 'Bedömningen är appens egen beräkning på Koladas värden.',
    /** In place of the verdict while the goal area has no region: the verdict is the region's. */
    noRegion: 'Ingen region är vald för målområdet, så ingen bedömning görs.',
  },

  indikatorrapport: {
    title: 'Indikatorrapport',
    plansLabel: 'Handlingsplaner',
    planLabel: 'Handlingsplan',
    noPlan: 'ingen plan',
    region: 'Region',
    noRegion: 'ingen vald',
    comparedWith: 'Jämförs med',
    overview: 'Översikt',
    indicatorColumn: 'Indikator (strategi)',
    latestColumn: 'Senaste värde',
    targetColumn: 'Mål',
    assessmentColumn: 'Bedömning (appens beräkning)',
    noKoladaValue: 'inga värden',
    about: 'Om värdena och bedömningen',
    aboutText: (region: string | null): string =>
      `Värdena är hämtade från Kolada (kolada.se), den databas med nyckeltal för kommuner och regioner som RKA tillhandahåller. ${region === null ? 'Ingen region är vald för målområdet, så ingen bedömning görs; välj den under Planer › Indikatorer.' : `Senaste värde och bedömning gäller ${region}.`}`,
    method:
      'Bedömningen är appens egen beräkning på Koladas värden, inte Koladas. Trenden är den räta linje som bäst passar regionens senaste värden (högst fem år, från basåret), förlängd till målåret och jämförd med målet. Med värden för färre än tre år görs ingen bedömning.',
    notLinked: 'Indikatorn är inte kopplad till något nyckeltal i Kolada och har inga värden därifrån.',
    noValues: (kpi: string): string => `Det finns inga inlästa värden från Kolada för ${kpi} i målområdets områden.`,
    noIndicators: 'Planerna har inga indikatorer.',
    noPlans: 'Målområdet har inga handlingsplaner.',
    header: (goalArea: string, date: string): string => `${goalArea} · Indikatorrapport · ${date}`,
    documentTitle: (goalArea: string): string => `Indikatorrapport ${goalArea}`,
    subject: (goalArea: string): string => `Indikatorrapport för målområdet ${goalArea}`,
    description: (indicators: number, withValues: number, date: string): string =>
      indicators === 0
        ? `Inga indikatorer. ${date}.`
        : `${indicators === 1 ? 'En indikator' : `${indicators} indikatorer`}, ${withValues === indicators ? (indicators === 1 ? 'med' : 'alla med') : `${withValues} med`} värden från Kolada. ${date}.`,
  },

  /** A meeting's minutes, for the secretariat: facts, participants, agenda with notes and decisions, decisions, actions. */
  minnesanteckningar: {
    documentTitle: (meeting: string): string => `Minnesanteckningar – ${meeting}`,
    when: 'Datum och tid',
    /** A meeting within one day: "2027-03-02 kl. 09:00–11:00". */
    sameDay: (date: string, start: string, end: string): string => `${date} kl. ${start}–${end}`,
    /** A meeting over several days with times: "2027-05-10 kl. 13:00 – 2027-05-11 kl. 12:00". */
    severalDays: (startDate: string, startTime: string, endDate: string, endTime: string): string => `${startDate} kl. ${startTime} – ${endDate} kl. ${endTime}`,
    place: 'Plats',
    link: 'Länk',
    kind: 'Typ av möte',
    goalArea: 'Målområde',
    goalAreas: 'Målområden',
    noGoalArea: 'inget angivet',
    organizer: 'Sammankallande',
    notStated: 'ej angiven',
    meetingKind: {
      dialogue: 'Dialogmöte med kansliet',
      network: 'Målområdesnätverk',
      review: 'Granskning',
      partner: 'Partnermöte',
      cycleEvent: 'Händelse i årscykeln',
      other: 'Annat möte',
    } satisfies Record<MeetingKind, string>,
    participants: 'Deltagare',
    noParticipants: 'Inga deltagare antecknade.',
    agenda: 'Dagordning',
    noAgenda: 'Ingen dagordning antecknad.',
    /** An agenda item's heading: "2. Budget 2028". */
    agendaItem: (number: number, title: string): string => `${number}. ${title}`,
    untitledItem: '(utan rubrik)',
    noNotes: 'Inga anteckningar.',
    decision: 'Beslut',
    decisions: 'Beslut',
    noDecisions: 'Inga beslut antecknade.',
    emptyDecision: '(ingen text)',
    /** A number in a numbered list: "3.". */
    listNumber: (number: number): string => `${number}.`,
    /** After a decision in the list of all decisions: the agenda item it was taken under. */
    underItem: (number: number): string => `(punkt ${number})`,
    actions: 'Åtgärder',
    noActions: 'Inga åtgärder antecknade.',
    what: 'Vad',
    who: 'Vem',
    dueDate: 'Klart senast',
    status: 'Status',
    done: 'Klar',
    open: 'Öppen',
    /** An action that became an activity in a plan: its status is the activity's. */
    becameActivity: (status: string, activity: string): string => `${status}\nblev aktiviteten ”${activity}”`,
    /** An action whose activity is gone (deleted or in the trash): its own status, and why there is no activity. */
    activityGone: (status: string): string => `${status}\n(den kopplade aktiviteten finns inte längre)`,
    /** The status of an activity in a plan, capitalised as a table cell. */
    activityStatus: { planned: 'Planerad', ongoing: 'Pågår', done: 'Klar', delayed: 'Försenad', cancelled: 'Struken' } satisfies Record<ActivityStatus, string>,
    other: 'Övrigt',
    header: (meeting: string, date: string): string => `Minnesanteckningar · ${meeting} · ${date}`,
    subject: (kind: string, date: string): string => `Minnesanteckningar: ${kind}, ${date}`,
    description: (decisions: number, actions: number, date: string): string =>
      `${decisions === 0 ? 'Inga beslut' : decisions === 1 ? 'Ett beslut' : `${decisions} beslut`} och ${actions === 0 ? 'inga åtgärder' : actions === 1 ? 'en åtgärd' : `${actions} åtgärder`}. ${date}.`,
  },

  /**
   * Bemötande: the MOA's answer to a review round, for the secretariat: every comment and suggested
   * edit by plan part, the MOA's status and answer, and what changed in the plan since the review.
   */
  bemotande: {
    /** The title on the first page; the plan and the rest follow as facts. */
    title: 'Bemötande av granskning',
    documentTitle: (plan: string): string => `Bemötande av granskning – ${plan}`,
    goalArea: 'Målområde',
    plan: 'Handlingsplan',
    reviewedVersion: 'Granskad version',
    /** The version the reviewers read: "version 2, inlämnad 2026-11-01". */
    reviewedVersionText: (version: number, submitted: string | null): string => (submitted === null ? `version ${version}` : `version ${version}, inlämnad ${submitted}`),
    currentVersion: 'Planen nu',
    currentVersionText: (version: number, status: string): string => `version ${version} (${status.toLowerCase()})`,
    date: 'Datum',
    owner: 'Målområdesansvarig',
    notStated: 'ej angiven',
    intro:
      'Här svarar målområdesansvarig på granskarnas synpunkter: varje kommentar och ändringsförslag med status och svar, ordnade efter planens delar, och sist vad som har ändrats i planen sedan granskningen.',
    summary: 'Sammanfattning',
    /** "12 synpunkter från 3 granskare: 9 kommentarer (varav 2 svar i kommentarstrådar) och 3 ändringsförslag." */
    summaryText: (total: number, reviewers: number, comments: number, replies: number, suggestions: number): string =>
      `${total === 1 ? 'En synpunkt' : `${total} synpunkter`} från ${reviewers === 1 ? 'en granskare' : `${reviewers} granskare`}: ${comments === 1 ? 'en kommentar' : `${comments} kommentarer`}${replies === 0 ? '' : ` (varav ${replies === 1 ? 'ett svar' : `${replies} svar`} i kommentarstrådar)`} och ${suggestions === 1 ? 'ett ändringsförslag' : `${suggestions} ändringsförslag`}.`,
    perStatus: 'Per status',
    perReviewer: 'Per granskare',
    statusColumn: 'Status',
    reviewerColumn: 'Granskare',
    commentsColumn: 'Kommentarer',
    suggestionsColumn: 'Ändringsförslag',
    totalColumn: 'Totalt',
    /** A reviewer and the perspective the goal area says they hold: "Maria Svensson (jämställdhet)". */
    reviewerWithPerspective: (name: string, perspective: string): string => `${name} (${perspective})`,
    unknownAuthor: 'Okänd granskare',
    status: { new: 'Ny', answered: 'Besvarad', done: 'Åtgärdad', notDone: 'Ej åtgärd' } satisfies Record<ReviewStatus, string>,
    byPart: 'Synpunkter per del av planen',
    partKind: { section: 'Avsnitt', strategy: 'Strategi', tactic: 'Taktik', activity: 'Aktivitet', indicator: 'Indikator', perspective: 'Perspektiv' } satisfies Record<ReviewPartKind, string>,
    noItems: 'Inga synpunkter är inlästa för den här versionen.',
    noItemsOnParts: 'Ingen synpunkt är kopplad till en del av planen.',
    partGone: '(delen finns inte längre)',
    outside: 'Utanför planens delar',
    outsideHelp: 'Kommentarer på titelsidan, på dokumentets egna rubriker eller på delar som inte längre finns.',
    otherPlan: 'Från en annan plan',
    otherPlanHelp: 'Filen kom från en annan plan. Synpunkterna är inte kopplade till någon del av den här planen.',
    otherVersion: (version: number): string => `Från version ${version}`,
    otherVersionHelp: (version: number): string => `Filen kom från version ${version} av planen, som inte finns sparad som inlämnad version. Synpunkterna är inte kopplade till någon del.`,
    /** An item's first line: "3. Kommentar från Maria Svensson, 2027-04-02". */
    itemHead: (number: string, kind: 'comment' | 'insertion' | 'deletion', author: string, date: string | null): string =>
      `${number} ${kind === 'comment' ? 'Kommentar' : 'Ändringsförslag'} från ${author}${date === null ? '' : `, ${date}`}`,
    replyHead: (number: string, author: string, date: string | null): string => `${number} Svar från ${author}${date === null ? '' : `, ${date}`}`,
    resolvedInWord: 'markerad som löst i Word',
    orphanReply: 'svar på en kommentar som inte finns med',
    commentedText: 'Kommenterad text',
    comment: 'Synpunkt',
    insertion: 'Föreslagen infogning',
    deletion: 'Föreslagen borttagning',
    emptyText: '(ingen text)',
    /** Quoted text from the plan or a suggestion: ”…”. */
    quoted: (text: string): string => `”${text}”`,
    statusLabel: 'Status',
    answer: 'Svar',
    noAnswer: 'Inget svar ännu',
    /** After a part's items: what changed in it since the review. */
    partChanged: (change: 'added' | 'removed' | 'edited' | 'moved', fields: readonly string[]): string =>
      change === 'removed'
        ? 'Delen har tagits bort ur planen sedan granskningen.'
        : change === 'added'
          ? 'Delen har lagts till sedan granskningen.'
          : change === 'moved' && fields.length === 0
            ? 'Delen har flyttats sedan granskningen.'
            : `Ändrat i delen sedan granskningen: ${sentenceEnd(fields.join(', '))} Se ”Ändringar sedan granskningen”.`,
    changes: 'Ändringar sedan granskningen',
    changesIntro: (reviewed: number, current: string, count: number): string =>
      `Version ${reviewed}, som granskades, jämförd med planen nu, ${current}: ${count === 1 ? 'en ändring' : `${count} ändringar`}.`,
    noChanges: (reviewed: number): string => `Planen är oförändrad sedan version ${reviewed}, som granskades.`,
    noSnapshot: (reviewed: number): string =>
      `Version ${reviewed} finns inte sparad som inlämnad version i arbetsboken, så ändringarna sedan granskningen kan inte listas. Lämna in planen innan den skickas på granskning, så kan bemötandet visa vad som har ändrats.`,
    change: { added: 'Tillagd', removed: 'Borttagen', edited: 'Ändrad', moved: 'Flyttad' },
    /** "Ändrad: Strategi 1 Fler unga företagare". */
    changeHead: (change: string, part: string): string => `${change}: ${part}`,
    planPart: 'Planen',
    fieldColumn: 'Uppgift',
    beforeColumn: 'Före',
    afterColumn: 'Efter',
    emptyValue: '–',
    /** Names of the fields the diff names that have no document label of their own. */
    fieldName: {
      title: 'Namn',
      text: 'Text',
      notes: 'Anteckningar',
      strategyId: 'Strategi',
      tacticId: 'Taktik',
      perspectives: 'Genomsyrande perspektiv',
      supportRequests: 'Önskat stöd från kansliet',
      relatedGoalAreaIds: 'Berör även målområden',
      periodStart: 'Periodens första år',
      periodEnd: 'Periodens sista år',
      templateRef: 'Mall',
    } as Readonly<Record<string, string>>,
    header: (goalArea: string, period: string, version: number, date: string): string => `Bemötande · ${goalArea} · ${period}, granskad version ${version} · ${date}`,
    subject: (plan: string, version: number): string => `Bemötande av granskningen av ${plan}, version ${version}`,
    description: (total: number, answered: number, date: string): string =>
      `${total === 1 ? 'En synpunkt' : `${total} synpunkter`}, ${answered === 1 ? 'en med svar' : `${answered} med svar`}. ${date}.`,
  },

  /** Suggested file names (ASCII after ../file-name.ts) and the export log's subjects. */
  exportNames: {
    handlingsplan: 'Handlingsplan',
    aktivitetsplan: 'Aktivitetsplan',
    projektplan: 'Projektplan',
    tidrapport: 'Tidrapport',
    indikatorrapport: 'Indikatorrapport',
    minnesanteckningar: 'Minnesanteckningar',
    granskningsunderlag: 'Granskningsunderlag',
    bemotande: 'Bemötande',
    document: 'Dokument',
    allGoalAreas: 'Alla-malomraden',
    allDates: 'alla-datum',
    planPeriod: (period: string): string => `plan-${period}`,
    allPlans: 'alla-planer',
    currentPlan: 'aktuell-plan',
    untitledProject: 'Projekt',
    unnamedPerson: 'MOA',
    /** A meeting whose title has no letter or digit a file name can keep. */
    untitledMeeting: 'Mote',
    /** The export log's subject of an aktivitetsplan: "Alla målområden (aktuell plan, per status)". */
    aktivitetsplanSubject: (scope: string, plans: string, byStatus: boolean): string => `${scope} (${plans}, ${byStatus ? 'per status' : 'per kvartal'})`,
    plansOfPeriod: (period: string): string => `planer ${period}`,
    allPlansSubject: 'alla planer',
    currentPlanSubject: 'aktuell plan',
    /** The export log's subject of a Bemötande: the plan and the version reviewed. */
    reviewedPlanSubject: (plan: string, version: number): string => `${plan} (granskad version ${version})`,
  },
};

/** The words of the Word documents in one language; every catalogue has Swedish's shape. */
export type DocumentWords = typeof sv;
