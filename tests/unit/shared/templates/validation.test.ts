/**
 * Validation of a template's content: each broken field is reported with its
 * Swedish path and what is expected, and nothing broken is accepted.
 */
import { describe, expect, test } from 'vitest';
import { parseTemplateFile } from '#shared/templates/parse.ts';
import { templatePathText, templateProblemText } from '#shared/templates/problems.ts';
import type { Template } from '#shared/templates/schema.ts';
import { validateTemplate } from '#shared/templates/validate.ts';
import { jsonBytes, problemsOf, template } from './helpers.ts';

type Json = Record<string, unknown>;

/** The default template as plain JSON, changed by `edit`. */
function edited(edit: (t: Json & Template) => void): Json {
  const t = template() as Json & Template;
  edit(t);
  return t;
}

const section = (t: Template, index: number) => t.actionPlan.sections[index] as Json & Template['actionPlan']['sections'][number];

const cases: { name: string; edit: (t: Json & Template) => void; problem: string }[] = [
  { name: 'a section title that is empty', edit: (t) => (section(t, 3).title = ''), problem: 'handlingsplan.sektioner[4].titel: text saknas' },
  { name: 'a section title of only spaces', edit: (t) => (section(t, 0).title = '   '), problem: 'handlingsplan.sektioner[1].titel: text saknas' },
  { name: 'a missing section title', edit: (t) => delete (section(t, 1) as Json).title, problem: 'handlingsplan.sektioner[2].titel: text saknas' },
  { name: 'a title of the wrong type', edit: (t) => ((section(t, 1) as Json).title = 12), problem: 'handlingsplan.sektioner[2].titel: ska vara text, inte ett tal' },
  { name: 'a title that is too long', edit: (t) => (section(t, 0).title = 'x'.repeat(201)), problem: 'handlingsplan.sektioner[1].titel: för lång: högst 200 tecken' },
  { name: 'required that is not a boolean', edit: (t) => ((section(t, 0) as Json).required = 'ja'), problem: 'handlingsplan.sektioner[1].obligatorisk: ska vara true eller false, inte text' },
  {
    name: 'an unknown section kind',
    edit: (t) => ((section(t, 0) as Json).kind = 'table'),
    problem: 'handlingsplan.sektioner[1].typ: okänd typ; tillåtna typer är freeText, strategyTree, activities, indicators, perspectives, support, goals, targetGroups, organisation, timeline, budget, financing, risks, principles, changeTheory',
  },
  {
    name: 'a misspelt key',
    edit: (t) => ((section(t, 0) as Json).titel = 'Sammanfattning'),
    problem: 'handlingsplan.sektioner[1].titel: okänt fält; kontrollera stavningen (fälten beskrivs i mallformatets dokumentation)',
  },
  {
    name: 'a section key with capitals',
    edit: (t) => (section(t, 0).key = 'Sammanfattning'),
    problem: 'handlingsplan.sektioner[1].nyckel: ska bestå av små bokstäver a–z, siffror, - och _ (högst 64 tecken), t.ex. "nulage"',
  },
  {
    name: 'a duplicate section key',
    edit: (t) => (section(t, 1).key = 'sammanfattning'),
    problem: 'handlingsplan.sektioner[2].nyckel: nyckeln "sammanfattning" finns redan (nummer 1 i listan); den måste vara unik',
  },
  {
    name: 'a structured kind twice in one document',
    edit: (t) => (section(t, 0).kind = 'activities'),
    problem: 'handlingsplan.sektioner[4].typ: aktiviteter (activities) finns redan i sektion 1; varje strukturerad del får finnas en gång',
  },
  {
    name: 'a duplicate goal-area code',
    edit: (t) => ((t.goalAreas[1] as Json).code = 'IE'),
    problem: 'målområden[2].kod: koden "IE" finns redan (nummer 1 i listan); den måste vara unik',
  },
  { name: 'an empty effect goal', edit: (t) => ((t.goalAreas[0] as Template['goalAreas'][number]).effectGoals[1] = ''), problem: 'målområden[1].effektmål[2]: text saknas' },
  {
    name: 'a duplicate category id',
    edit: (t) => ((t.timeLog.categories[2] as Json).id = 'moa'),
    problem: 'tidlogg.kategorier[3].id: id "moa" finns redan (nummer 1 i listan); den måste vara unik',
  },
  {
    name: 'no moa category',
    edit: (t) => (t.timeLog.categories = t.timeLog.categories.filter((c) => c.id !== 'moa')),
    problem: 'tidlogg.kategorier: kategorin med id "moa" saknas; uppföljningen mot mandatet räknar tiden i den som MOA-uppdraget',
  },
  { name: 'validTo before validFrom', edit: (t) => (t.validTo = '2025-12-31'), problem: 'giltigTill: slutar före giltigFrån (2026-01-01)' },
  { name: 'an impossible date', edit: (t) => (t.validFrom = '2026-02-30'), problem: 'giltigFrån: ogiltigt datum: skriv ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2026-11-27' },
  { name: 'a date in the wrong form', edit: (t) => (t.validTo = '31/12/2026'), problem: 'giltigTill: ogiltigt datum: skriv ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2026-11-27' },
  { name: 'a version that is not an integer', edit: (t) => ((t as Json).version = 1.5), problem: 'version: ska vara ett heltal' },
  { name: 'a version that is text', edit: (t) => ((t as Json).version = '2026.1'), problem: 'version: ska vara ett tal, inte text' },
  { name: 'another language', edit: (t) => ((t as Json).language = 'en'), problem: 'språk: ska vara "sv"' },
  { name: 'a missing list', edit: (t) => delete (t as Json).supportOffers, problem: 'stödutbud: listan saknas' },
  { name: 'a missing object', edit: (t) => delete (t as Json).strategyGuidance, problem: 'strategivägledning: saknas' },
  { name: 'a list where an object belongs', edit: (t) => ((t as Json).timeLog = []), problem: 'tidlogg: ska vara ett objekt, inte en lista' },
  { name: 'a mandate over 60 hours', edit: (t) => (t.timeLog.defaultMandate = { hoursPerWeek: 100 }), problem: 'tidlogg.standardmandat.timmarPerVecka: för stort: högst 60' },
  {
    name: 'a mandate of neither kind',
    edit: (t) => ((t.timeLog as Json).defaultMandate = {}),
    problem: 'tidlogg.standardmandat: ange antingen timmar per vecka (hoursPerWeek) eller procent av heltid (percentOfFullTime)',
  },
  {
    name: 'an event with both date and month',
    edit: (t) => ((t.annualCycle[0] as Json).date = '2026-05-10'),
    problem: 'årscykel[1].månad: ange antingen datum eller månad, inte båda',
  },
  { name: 'an event with neither date nor month', edit: (t) => delete (t.annualCycle[1] as Json).month, problem: 'årscykel[2]: datum eller månad saknas' },
  { name: 'a month out of range', edit: (t) => ((t.annualCycle[2] as Json).month = 13), problem: 'årscykel[3].månad: för stort: högst 12' },
  {
    name: 'an end date before the date',
    edit: (t) => (t.annualCycle[1] = { id: 'loka-dagar', name: 'Loka-dagar', description: '', date: '2026-08-21', endDate: '2026-08-20' }),
    problem: 'årscykel[2].slutdatum: slutar före datum (2026-08-21)',
  },
  {
    name: 'a malformed Kolada id',
    edit: (t) => ((t.indicatorCatalogue[0] as Json).koladaKpiId = 'n1951'),
    problem: 'indikatorkatalog[1].koladaId: ska vara ett Kolada-id: en versal och fem siffror, t.ex. "N00914"',
  },
  {
    name: 'a duplicate perspective name',
    edit: (t) => ((t.perspectives[1] as Json).name = 'jämställdhet'),
    problem: 'perspektiv[2].namn: namnet "jämställdhet" finns redan (nummer 1 i listan); den måste vara unik',
  },
  { name: 'too many questions', edit: (t) => ((t.perspectives[0] as Json).questions = Array.from({ length: 51 }, (_, i) => `Fråga ${i}`)), problem: 'perspektiv[1].frågor: för många: högst 50' },
  { name: 'a support offer id with a space', edit: (t) => ((t.supportOffers[0] as Json).id = 'dialog möten'), problem: 'stödutbud[1].id: ska bestå av små bokstäver a–z, siffror, - och _ (högst 64 tecken), t.ex. "nulage"' },
  { name: 'a project-plan section without guidance', edit: (t) => delete (t.projectPlan.sections[0] as Json).guidance, problem: 'projektplan.sektioner[1].vägledning: text saknas' },
];

describe('template validation', () => {
  test.each(cases)('$name', ({ edit, problem }) => {
    const result = validateTemplate(edited(edit));
    if (result.ok) throw new Error('accepted');
    expect(result.problems.map(templateProblemText)).toEqual([problem]);
    expect(result.problems[0]?.code).toBe('field');
  });

  test('the same problems come through the file import', () => {
    const bytes = jsonBytes(edited((t) => (section(t, 3).title = '')));
    expect(problemsOf(parseTemplateFile(bytes, 'mall.json')).map(templateProblemText)).toEqual(['handlingsplan.sektioner[4].titel: text saknas']);
  });

  test('several problems are all listed, each with its path', () => {
    const result = validateTemplate(
      edited((t) => {
        section(t, 0).title = '';
        (t as Json).issuer = 5;
        (t as Json).extra = true;
      }),
    );
    if (result.ok) throw new Error('accepted');
    expect(result.problems.map(templateProblemText).sort()).toEqual(
      [
        'extra: okänt fält; kontrollera stavningen (fälten beskrivs i mallformatets dokumentation)',
        'utgivare: ska vara text, inte ett tal',
        'handlingsplan.sektioner[1].titel: text saknas',
      ].sort(),
    );
  });

  test('a flood of problems is capped with a count of the rest', () => {
    const result = validateTemplate(edited((t) => ((t as Json).indicatorCatalogue = Array.from({ length: 80 }, () => ({ id: 'X' })))));
    if (result.ok) throw new Error('accepted');
    expect(result.problems).toHaveLength(51);
    expect(result.problems.at(-1)?.message).toMatch(/^… och \d+ problem till\.$/);
  });

  test('a file without formatVersion is not taken for a template', () => {
    const problems = problemsOf(parseTemplateFile(jsonBytes({ name: 'Min mall' }), 'annat.json'));
    expect(problems.map(templateProblemText)).toEqual(['formatversion: saknas: filen är ingen mall för MOA-arbetsboken (en mall har "formatVersion": 1)']);
  });

  test('JSON that is not an object is not a template', () => {
    expect(problemsOf(parseTemplateFile(jsonBytes([1, 2]), 'lista.json'))[0]?.message).toBe('Filen är JSON men ingen mall: en mall är ett objekt, { … }, med fältet formatVersion.');
  });

  test('paths count list positions from 1 and use the Swedish names', () => {
    expect(templatePathText(['projectPlan', 'sections', 0, 'guidance'])).toBe('projektplan.sektioner[1].vägledning');
    expect(templatePathText(['timeLog', 'defaultMandate', 'percentOfFullTime'])).toBe('tidlogg.standardmandat.procentAvHeltid');
    expect(templatePathText(['someNewKey'])).toBe('someNewKey');
    expect(templatePathText([])).toBe('');
  });

  test('a syntax error says where it is', () => {
    const problems = problemsOf(parseTemplateFile(new TextEncoder().encode('{\n  "formatVersion": 1,\n  "id": x\n}'), 'fel.json'));
    expect(problems[0]).toMatchObject({ code: 'invalidJson' });
    expect(problems[0]?.message).toMatch(/^Filen fel\.json: texten är inte giltig JSON(; felet finns på rad 3, kolumn \d+)?\.$/);
  });

  test('invalid UTF-8 is refused', () => {
    const bytes = new TextEncoder().encode('{"name": "Mall"}');
    bytes[10] = 0xff;
    expect(problemsOf(parseTemplateFile(bytes, 'trasig.json'))[0]).toMatchObject({ code: 'notUtf8', message: 'Filen trasig.json: texten är inte giltig UTF-8. Spara filen som UTF-8 och försök igen.' });
  });

  test('a text longer than any template field is refused before validation', () => {
    const problems = problemsOf(parseTemplateFile(jsonBytes(edited((t) => (t.description = 'x'.repeat(250_000)))), 'lang.json'));
    expect(problems[0]).toMatchObject({ code: 'stringTooLong', path: 'beskrivning' });
    expect(problems[0]?.message).toMatch(/^texten är 250[\s\u00a0]000 tecken lång; en mall har inga texter längre än 200[\s\u00a0]000 tecken$/);
  });

  test('more list items than any template has are refused', () => {
    const problems = problemsOf(parseTemplateFile(jsonBytes(edited((t) => ((t as Json).annualCycle = new Array(10_001).fill(0)))), 'manga.json'));
    expect(problems[0]).toMatchObject({ code: 'tooManyItems' });
    expect(problems[0]?.message).toMatch(/fler än 10[\s\u00a0]000 poster i sina listor/);
  });

  test('an object with more fields than any template object is refused', () => {
    const wide = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, i]));
    const problems = problemsOf(parseTemplateFile(jsonBytes(edited((t) => ((t as Json).strategyGuidance = wide))), 'bred.json'));
    expect(problems[0]).toMatchObject({ code: 'tooManyItems', path: 'strategivägledning', message: 'har 101 fält; inget objekt i en mall har fler än 100. Filen lästes inte in.' });
  });

  test('a byte-order mark before the JSON is accepted', () => {
    const bytes = jsonBytes(template());
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(parseTemplateFile(withBom, 'bom.json').ok).toBe(true);
  });
});
