/**
 * The template (mall) the secretariat hands out: what a plan must contain,
 * with guidance, the goal areas, perspectives, time-log categories, support
 * offers, the annual cycle and an indicator catalogue. Keys are English in
 * code and in the file; the Swedish user sees Swedish paths in messages
 * (templateFieldLabels). Field by field: docs/template-format.md.
 *
 * Every object is strict, so a misspelt key is reported instead of
 * silently dropped, and nothing transforms: what is read is what is
 * written back (the round trip is exact).
 */
import { z } from 'zod';
import { mandateSchema } from '../domain/timelog.ts';

/** The version of this format; a file with a higher one needs a newer app. */
export const TEMPLATE_FORMAT_VERSION = 1;

/**
 * Message codes set on our own checks; problems.ts turns them into Swedish.
 * They are plain words so zod's English defaults never collide with them.
 */
export const templateCheckCodes = {
  blank: 'blank',
  key: 'key',
  code: 'code',
  kolada: 'kolada',
} as const;

const lengths = { title: 200, shortText: 500, question: 1000, description: 10_000, guidance: 20_000 } as const;

/** Text that must say something: not empty, not only spaces. */
const requiredText = (max: number) => z.string().max(max).regex(/\S/, templateCheckCodes.blank);
const optionalText = (max: number) => z.string().max(max);

/** Stable identifiers (template id, section keys, category ids …): lower-case a–z, digits, - and _. */
export const templateKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, templateCheckCodes.key)
  .describe('Nyckel: små bokstäver a–z, siffror, - och _, högst 64 tecken, t.ex. "nulage".');

/** A goal area's short code as the RUS writes it, e.g. `IE`. */
const goalAreaCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö._-]{0,19}$/, templateCheckCodes.code)
  .describe('Målområdets kod, t.ex. "IE": bokstäver, siffror, punkt, - och _, högst 20 tecken.');

const isoDate = z.iso.date();

/**
 * What a section holds. `freeText` is written text; the others are the
 * workbook's structured parts, placed where the section stands. Each
 * structured kind appears at most once per document.
 */
export const sectionKinds = [
  'freeText',
  'strategyTree',
  'activities',
  'indicators',
  'perspectives',
  'support',
  'goals',
  'targetGroups',
  'organisation',
  'timeline',
  'budget',
  'financing',
  'risks',
  'principles',
  'changeTheory',
] as const;
export type SectionKind = (typeof sectionKinds)[number];

export const templateSectionSchema = z
  .strictObject({
    key: templateKeySchema.describe('Sektionens nyckel, unik i dokumentet, t.ex. "nulage". Planer knyts till sektionen med den.'),
    title: requiredText(lengths.title).describe('Rubriken som MOA ser och som står i Word-dokumentet.'),
    guidance: optionalText(lengths.guidance).describe('Vägledning: vad sektionen ska svara på. Stycken skiljs med en tom rad; text mellan asterisker (*så här*) visas kursiv.'),
    required: z.boolean().describe('true om sektionen måste fyllas i innan planen är komplett.'),
    kind: z.enum(sectionKinds).describe('Vad sektionen innehåller: freeText för text, annars en av arbetsbokens strukturerade delar.'),
  })
  .describe('En sektion i planen: nyckel, rubrik, vägledning, om den måste fyllas i och vad den innehåller.');
export type TemplateSection = z.infer<typeof templateSectionSchema>;

const documentSchema = (description: string) =>
  z.strictObject({ sections: z.array(templateSectionSchema).max(100) }).describe(description);

export const templateGoalAreaSchema = z.strictObject({
  code: goalAreaCodeSchema,
  name: requiredText(lengths.title),
  description: optionalText(lengths.description),
  effectGoals: z.array(requiredText(lengths.shortText)).max(100).describe('Målområdets effektmål, ett per rad.'),
});
export type TemplateGoalArea = z.infer<typeof templateGoalAreaSchema>;

export const templatePerspectiveSchema = z.strictObject({
  key: templateKeySchema,
  /** The name plans and reviewers use, e.g. "jämställdhet". */
  name: requiredText(lengths.title),
  description: optionalText(lengths.description),
  questions: z.array(requiredText(lengths.question)).max(50).describe('Frågor som granskaren ställer till planen.'),
});
export type TemplatePerspective = z.infer<typeof templatePerspectiveSchema>;

/** varför/vad (strategy) and vem/hur (tactic). */
export const strategyGuidanceSchema = z.strictObject({
  why: optionalText(lengths.guidance),
  what: optionalText(lengths.guidance),
  who: optionalText(lengths.guidance),
  how: optionalText(lengths.guidance),
});
export type StrategyGuidance = z.infer<typeof strategyGuidanceSchema>;

export const templateCategorySchema = z.strictObject({ id: templateKeySchema, name: requiredText(100) });
export type TemplateCategory = z.infer<typeof templateCategorySchema>;

/** The time log's mandate without its record id and start date: those are set when a MOA adopts it. */
const [hoursMandate, percentMandate] = mandateSchema.options;
export const templateMandateSchema = z
  .union([hoursMandate.omit({ id: true, validFrom: true }), percentMandate.omit({ id: true, validFrom: true })])
  .describe('Standardmandat: antingen timmar per vecka, eller procent av heltid (heltid 40 timmar om inget annat anges).');
export type TemplateMandate = z.infer<typeof templateMandateSchema>;

export const supportOfferSchema = z.strictObject({
  id: templateKeySchema,
  name: requiredText(lengths.title),
  description: optionalText(lengths.description),
});
export type SupportOffer = z.infer<typeof supportOfferSchema>;

/**
 * An event of the annual cycle (årscykel): on a date (with an end date for
 * events of several days), or in a month when the day is not yet set.
 */
export const cycleEventSchema = z.strictObject({
  id: templateKeySchema,
  name: requiredText(lengths.title),
  description: optionalText(lengths.description),
  date: isoDate.optional().describe('Datum, ÅÅÅÅ-MM-DD. Ange antingen date eller month.'),
  endDate: isoDate.optional().describe('Sista dagen för en händelse som pågår flera dagar (bara tillsammans med date).'),
  month: z.number().int().min(1).max(12).optional().describe('Månad 1–12 när dagen inte är bestämd. Ange antingen date eller month.'),
});
export type CycleEvent = z.infer<typeof cycleEventSchema>;

export const catalogueIndicatorSchema = z.strictObject({
  id: templateKeySchema,
  name: requiredText(lengths.title),
  unit: optionalText(50),
  description: optionalText(lengths.description),
  koladaKpiId: z
    .string()
    .regex(/^[A-Z]\d{5}$/, templateCheckCodes.kolada)
    .optional()
    .describe('Nyckeltalets id i Kolada, en versal och fem siffror, t.ex. "N00914".'),
});
export type CatalogueIndicator = z.infer<typeof catalogueIndicatorSchema>;

export const templateSchema = z
  .strictObject({
    formatVersion: z.literal(TEMPLATE_FORMAT_VERSION).describe('Filformatets version. Den här beskrivningen gäller version 1.'),
    id: templateKeySchema.describe('Mallens id. Samma id med högre version är en nyare utgåva av samma mall.'),
    name: requiredText(lengths.title),
    version: z.number().int().min(1).max(1_000_000).describe('Mallens utgåva: ett heltal som kansliet räknar upp, 1, 2, 3 …'),
    issuer: requiredText(lengths.title).describe('Vem som ger ut mallen, t.ex. "RUS-kansliet".'),
    description: optionalText(lengths.description),
    validFrom: isoDate.describe('Första dagen mallen gäller, ÅÅÅÅ-MM-DD.'),
    validTo: isoDate.describe('Sista dagen mallen gäller, ÅÅÅÅ-MM-DD.'),
    language: z.literal('sv'),
    goalAreas: z.array(templateGoalAreaSchema).max(100).describe('RUS:ens målområden.'),
    perspectives: z.array(templatePerspectiveSchema).max(50).describe('De genomsyrande perspektiven som granskarna har.'),
    strategyGuidance: strategyGuidanceSchema.describe('Vägledning för strategins varför och vad och taktikens vem och hur.'),
    actionPlan: documentSchema('Handlingsplanens sektioner i dokumentets ordning.'),
    projectPlan: documentSchema('Projektplanens sektioner i dokumentets ordning.'),
    timeLog: z.strictObject({
      categories: z.array(templateCategorySchema).max(100),
      defaultMandate: templateMandateSchema,
    }),
    supportOffers: z.array(supportOfferSchema).max(100).describe('Stödet som kansliet erbjuder; MOA kryssar i det i planens sektion av typen support.'),
    annualCycle: z.array(cycleEventSchema).max(500).describe('Årscykelns händelser.'),
    indicatorCatalogue: z.array(catalogueIndicatorSchema).max(1000).describe('Indikatorer som planerna kan välja bland.'),
  })
  .describe('En mall för MOA-arbetsboken.');
export type Template = z.infer<typeof templateSchema>;
/** What a file may hold: the mandate's full-time hours may be left out. */
export type TemplateInput = z.input<typeof templateSchema>;

/** The two documents a template shapes. */
export type TemplateDocument = 'actionPlan' | 'projectPlan';
export const templateDocuments: readonly TemplateDocument[] = ['actionPlan', 'projectPlan'];

/**
 * Swedish names of the keys, for the paths in messages (`handlingsplan.sektioner[3].titel`).
 * A key missing here is shown as it is written in the file.
 */
export const templateFieldLabels: Readonly<Record<string, string>> = {
  formatVersion: 'formatversion',
  id: 'id',
  name: 'namn',
  version: 'version',
  issuer: 'utgivare',
  description: 'beskrivning',
  validFrom: 'giltigFrån',
  validTo: 'giltigTill',
  language: 'språk',
  goalAreas: 'målområden',
  code: 'kod',
  effectGoals: 'effektmål',
  perspectives: 'perspektiv',
  key: 'nyckel',
  questions: 'frågor',
  strategyGuidance: 'strategivägledning',
  why: 'varför',
  what: 'vad',
  who: 'vem',
  how: 'hur',
  actionPlan: 'handlingsplan',
  projectPlan: 'projektplan',
  sections: 'sektioner',
  title: 'titel',
  guidance: 'vägledning',
  required: 'obligatorisk',
  kind: 'typ',
  timeLog: 'tidlogg',
  categories: 'kategorier',
  defaultMandate: 'standardmandat',
  hoursPerWeek: 'timmarPerVecka',
  percentOfFullTime: 'procentAvHeltid',
  fullTimeHoursPerWeek: 'heltidTimmarPerVecka',
  supportOffers: 'stödutbud',
  annualCycle: 'årscykel',
  date: 'datum',
  endDate: 'slutdatum',
  month: 'månad',
  indicatorCatalogue: 'indikatorkatalog',
  unit: 'enhet',
  koladaKpiId: 'koladaId',
};

/** Swedish words for the section kinds, for lists, previews and change sentences. */
export const sectionKindLabels: Readonly<Record<SectionKind, string>> = {
  freeText: 'fritext',
  strategyTree: 'strategier och taktiker',
  activities: 'aktiviteter',
  indicators: 'indikatorer',
  perspectives: 'genomsyrande perspektiv',
  support: 'behov av stöd',
  goals: 'mål',
  targetGroups: 'målgrupper och intressenter',
  organisation: 'organisation',
  timeline: 'tidplan',
  budget: 'budget',
  financing: 'finansiering',
  risks: 'risker',
  principles: 'horisontella principer',
  changeTheory: 'förändringsteori',
};

export const templateDocumentLabels: Readonly<Record<TemplateDocument, string>> = { actionPlan: 'handlingsplanen', projectPlan: 'projektplanen' };
