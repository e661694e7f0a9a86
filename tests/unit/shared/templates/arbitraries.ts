/** fast-check generators of valid templates: every shape the format allows, with keys unique where they must be. */
import fc from 'fast-check';
import { TEMPLATE_FORMAT_VERSION, sectionKinds, type SectionKind, type Template, type TemplateSection } from '#shared/templates/schema.ts';

/** Any code points, control characters and Swedish letters included. */
const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const someText = (maxLength: number) => fc.string({ unit: 'binary', minLength: 1, maxLength }).filter((s) => /\S/.test(s));
const key = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,11}$/);
const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const datePair: fc.Arbitrary<[string, string]> = fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

/** Sections with unique keys, each structured kind at most once (a repeat becomes free text). */
const sections: fc.Arbitrary<TemplateSection[]> = fc
  .uniqueArray(fc.record({ key, title: someText(40), guidance: anyText(80), required: fc.boolean(), kind: fc.constantFrom(...sectionKinds) }), { selector: (s) => s.key, maxLength: 8 })
  .map((list) => {
    const seen = new Set<SectionKind>();
    return list.map((s) => {
      const kind: SectionKind = s.kind !== 'freeText' && seen.has(s.kind) ? 'freeText' : s.kind;
      seen.add(kind);
      return { ...s, kind };
    });
  });

const mandate: fc.Arbitrary<Template['timeLog']['defaultMandate']> = fc.oneof(
  fc.record({ hoursPerWeek: fc.double({ min: 0, max: 60, noNaN: true }) }),
  fc.record({ percentOfFullTime: fc.double({ min: 0, max: 100, noNaN: true }), fullTimeHoursPerWeek: fc.double({ min: 0.25, max: 60, noNaN: true }) }),
);

const event: fc.Arbitrary<Template['annualCycle'][number]> = fc.oneof(
  fc.record({ id: key, name: someText(30), description: anyText(60), month: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ id: key, name: someText(30), description: anyText(60), date: isoDate }),
  fc.record({ id: key, name: someText(30), description: anyText(60), dates: datePair }).map(({ dates, ...rest }) => ({ ...rest, date: dates[0], endDate: dates[1] })),
);

export const validTemplate: fc.Arbitrary<Template> = fc
  .record({
    id: key,
    name: someText(60),
    version: fc.integer({ min: 1, max: 1_000_000 }),
    issuer: someText(40),
    description: anyText(100),
    validity: datePair,
    goalAreas: fc.uniqueArray(
      fc.record({ code: fc.stringMatching(/^[A-ZÅÄÖ0-9][A-Za-zåäö0-9._-]{0,5}$/), name: someText(40), description: anyText(60), effectGoals: fc.array(someText(30), { maxLength: 4 }) }),
      { selector: (g) => g.code, maxLength: 4 },
    ),
    perspectives: fc.uniqueArray(fc.record({ key, name: someText(30), description: anyText(60), questions: fc.array(someText(40), { maxLength: 3 }) }), {
      selector: (p) => p.key,
      maxLength: 5,
    }),
    strategyGuidance: fc.record({ why: anyText(60), what: anyText(60), who: anyText(60), how: anyText(60) }),
    actionPlan: sections,
    projectPlan: sections,
    // moa and projektledning are required (validate.ts); the rest are random.
    categories: fc
      .uniqueArray(fc.record({ id: key, name: someText(30) }), { selector: (c) => c.id, maxLength: 4 })
      .chain((rest) =>
        fc.tuple(someText(30), someText(30)).map(([moa, project]) => [
          { id: 'moa', name: moa },
          { id: 'projektledning', name: project },
          ...rest.filter((c) => c.id !== 'moa' && c.id !== 'projektledning'),
        ]),
      ),
    mandate,
    supportOffers: fc.uniqueArray(fc.record({ id: key, name: someText(30), description: anyText(60) }), { selector: (o) => o.id, maxLength: 6 }),
    annualCycle: fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 5 }),
    indicatorCatalogue: fc.uniqueArray(
      fc.record(
        { id: key, name: someText(30), unit: anyText(20), description: anyText(40), koladaKpiId: fc.stringMatching(/^[A-Z]\d{5}$/) },
        { requiredKeys: ['id', 'name', 'unit', 'description'] },
      ),
      { selector: (i) => i.id, maxLength: 5 },
    ),
  })
  // Perspective names must be unique too.
  .filter((t) => new Set(t.perspectives.map((p) => p.name)).size === t.perspectives.length)
  .map(
    (t): Template => ({
      formatVersion: TEMPLATE_FORMAT_VERSION,
      id: t.id,
      name: t.name,
      version: t.version,
      issuer: t.issuer,
      description: t.description,
      validFrom: t.validity[0],
      validTo: t.validity[1],
      language: 'sv',
      goalAreas: t.goalAreas,
      perspectives: t.perspectives,
      strategyGuidance: t.strategyGuidance,
      actionPlan: { sections: t.actionPlan },
      projectPlan: { sections: t.projectPlan },
      timeLog: { categories: t.categories, defaultMandate: t.mandate },
      supportOffers: t.supportOffers,
      annualCycle: t.annualCycle,
      indicatorCatalogue: t.indicatorCatalogue,
    }),
  );
