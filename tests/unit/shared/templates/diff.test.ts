/** What changed between two versions of a template, as the import preview lists it. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareTemplates, type TemplateChange } from '#shared/templates/diff.ts';
import type { Template } from '#shared/templates/schema.ts';
import { validTemplate } from './arbitraries.ts';
import { template } from './helpers.ts';

function changed(edit: (t: Template) => void): TemplateChange[] {
  const before = template();
  const after = template();
  edit(after);
  return compareTemplates(before, after);
}

const texts = (changes: TemplateChange[]) => changes.map((c) => c.text);

describe('compareTemplates', () => {
  test('the same template has no changes', () => {
    fc.assert(
      fc.property(validTemplate, (t) => {
        expect(compareTemplates(t, structuredClone(t))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  test('a new version number alone is no change to list', () => {
    expect(changed((t) => (t.version = 2))).toEqual([]);
  });

  test('sections added, removed, renamed, with new guidance, requirement and kind, per document', () => {
    const changes = changed((t) => {
      const sections = t.actionPlan.sections;
      sections.splice(
        sections.findIndex((s) => s.key === 'stod'),
        1,
      );
      sections.push({ key: 'risker', title: 'Risker', guidance: '', required: true, kind: 'risks' });
      const nulage = sections.find((s) => s.key === 'nulage');
      if (nulage) {
        nulage.title = 'Nuläge';
        nulage.guidance = 'Ny vägledning.';
        nulage.required = false;
      }
      const project = t.projectPlan.sections.find((s) => s.key === 'syfte');
      if (project) project.kind = 'goals';
      const goals = t.projectPlan.sections.find((s) => s.key === 'mal');
      if (goals) goals.kind = 'freeText';
    });
    expect(changes).toEqual([
      { area: 'section', document: 'actionPlan', kind: 'added', key: 'risker', name: 'Risker', text: 'Ny sektion i handlingsplanen: ”Risker” (risker, obligatorisk).' },
      { area: 'section', document: 'actionPlan', kind: 'removed', key: 'stod', name: 'Behov av stöd från kansliet', text: 'Sektionen ”Behov av stöd från kansliet” i handlingsplanen finns inte längre.' },
      {
        area: 'section',
        document: 'actionPlan',
        kind: 'renamed',
        key: 'nulage',
        name: 'Nuläge',
        previousName: 'Nuläge och omvärld',
        text: 'Sektionen ”Nuläge och omvärld” i handlingsplanen heter nu ”Nuläge”.',
      },
      { area: 'section', document: 'actionPlan', kind: 'requiredChanged', key: 'nulage', name: 'Nuläge', text: 'Sektionen ”Nuläge” i handlingsplanen är inte längre obligatorisk.' },
      { area: 'section', document: 'actionPlan', kind: 'guidanceChanged', key: 'nulage', name: 'Nuläge', text: 'Vägledningen för sektionen ”Nuläge” i handlingsplanen har ändrats.' },
      { area: 'section', document: 'projectPlan', kind: 'kindChanged', key: 'syfte', name: 'Syfte', text: 'Sektionen ”Syfte” i projektplanen innehåller nu mål (tidigare fritext).' },
      { area: 'section', document: 'projectPlan', kind: 'kindChanged', key: 'mal', name: 'Mål', text: 'Sektionen ”Mål” i projektplanen innehåller nu fritext (tidigare mål).' },
    ]);
  });

  test('sections in a new order', () => {
    const changes = changed((t) => t.actionPlan.sections.reverse());
    expect(changes).toEqual([{ area: 'section', document: 'actionPlan', kind: 'reordered', key: '', name: '', text: 'Sektionerna i handlingsplanen kommer i en ny ordning.' }]);
  });

  test('goal areas added, removed and renamed by code, effect goals counted', () => {
    const changes = changed((t) => {
      const [ie] = t.goalAreas;
      if (!ie) return;
      ie.name = 'Innovation och företagande';
      ie.effectGoals = [...ie.effectGoals.slice(1), 'Fler företag som exporterar', 'Fler kvinnor som startar företag'];
      t.goalAreas = [ie, { code: 'HR', name: 'Hållbar region', description: '', effectGoals: [] }];
    });
    expect(texts(changes)).toEqual([
      'Nytt målområde: HR Hållbar region.',
      'Målområdet KBU Kunskapslyft för barn och unga finns inte längre.',
      'Målområdet IE heter nu ”Innovation och företagande” (tidigare ”Innovationer och entreprenörskap”).',
      'Effektmålen för målområdet IE Innovation och företagande har ändrats: 2 nya, 1 borttagen.',
    ]);
    expect(changes[2]).toMatchObject({ area: 'goalArea', kind: 'renamed', key: 'IE', previousName: 'Innovationer och entreprenörskap' });
  });

  test('categories, mandate, support offers, events, perspectives and indicators', () => {
    const changes = changed((t) => {
      t.timeLog.categories = t.timeLog.categories.filter((c) => c.id !== 'ovrigt').map((c) => (c.id === 'moten' ? { ...c, name: 'Möten' } : c));
      t.timeLog.categories.push({ id: 'resor', name: 'Resor' });
      t.timeLog.defaultMandate = { hoursPerWeek: 7.5 };
      t.supportOffers.push({ id: 'coachning', name: 'Individuellt coachstöd', description: '' });
      const rusForum = t.annualCycle.find((e) => e.id === 'rus-forum');
      if (rusForum) {
        delete rusForum.month;
        rusForum.date = '2026-09-27';
      }
      t.annualCycle.push({ id: 'fredagsakademi', name: 'Fredagsakademi', description: '', month: 3 });
      const health = t.perspectives.find((p) => p.key === 'folkhalsa');
      if (health) health.questions = [...health.questions, 'Når insatserna dem med sämst hälsa?'];
      const population = t.indicatorCatalogue.find((i) => i.id === 'invanare');
      if (population) population.unit = 'personer';
    });
    expect(texts(changes)).toEqual([
      'Granskarnas frågor för perspektivet ”folkhälsa” har ändrats: 1 ny.',
      'Ny kategori i tidloggen: ”Resor”.',
      'Tidloggens kategori ”Övrigt” finns inte längre.',
      'Tidloggens kategori ”Möten och nätverk” heter nu ”Möten”.',
      'Standardmandatet är nu 7,5 timmar per vecka (tidigare 20 % av en heltid på 40 timmar).',
      'Nytt stöd från kansliet: ”Individuellt coachstöd”.',
      'Ny händelse i årscykeln: ”Fredagsakademi” (mars).',
      'Händelsen ”RUS-forum” är flyttad från september till 2026-09-27.',
      'Indikatorn ”Invånare totalt” har ändrats: enhet.',
    ]);
    expect(changes.map((c) => [c.area, c.kind])).toEqual([
      ['perspective', 'detailsChanged'],
      ['category', 'added'],
      ['category', 'removed'],
      ['category', 'renamed'],
      ['mandate', 'detailsChanged'],
      ['supportOffer', 'added'],
      ['event', 'added'],
      ['event', 'detailsChanged'],
      ['indicator', 'detailsChanged'],
    ]);
  });

  test('the template itself: name, issuer, validity, strategy guidance', () => {
    const changes = changed((t) => {
      t.name = 'RUS standardmall 2027';
      t.validFrom = '2027-01-01';
      t.validTo = '2027-12-31';
      t.strategyGuidance.who = 'Vem gör vad?';
    });
    expect(texts(changes)).toEqual([
      'Mallen heter nu ”RUS standardmall 2027” (tidigare ”RUS standardmall 2026”).',
      'Mallen gäller nu 2027-01-01–2027-12-31 (tidigare 2026-01-01–2026-12-31).',
      'Vägledningen för ”vem” har ändrats.',
    ]);
  });
});
