import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import { templateKeySchema, type Template } from '#shared/templates/schema.ts';
import { validateTemplate } from '#shared/templates/validate.ts';
import {
  checkDraft,
  codeFromName,
  documentKinds,
  draftFromTemplate,
  keyFromName,
  moveRow,
  numberFromText,
  partOfProblem,
  problemsAt,
  renamedRow,
  slugFromName,
  templateFromDraft,
  type DraftSupportOffer,
  type TemplateDraft,
} from '../../../../renderer/features/templates/editor/draft.ts';
import { fieldForPath } from '../../../../renderer/features/templates/editor/focus.ts';

const tooLow = 'Versionen ska vara högre än 1.';
const draftOf = (template: Template = defaultTemplate, version = 2): TemplateDraft => draftFromTemplate(template, version);

function problemsOf(draft: TemplateDraft, newest = 1): string[] {
  const check = checkDraft(draft, newest, tooLow);
  return check.ok ? [] : check.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('nycklar för nya rader', () => {
  it('gör en giltig nyckel av namnet: små bokstäver, å/ä/ö blir a/a/o, annat blir -', () => {
    expect(slugFromName('Nuläge och omvärld')).toBe('nulage-och-omvarld');
    expect(slugFromName('  Stöd för ÅRSRAPPORT!  ')).toBe('stod-for-arsrapport');
    expect(slugFromName('Dialog/möte 2027')).toBe('dialog-mote-2027');
    expect(slugFromName('???')).toBe('');
  });

  it('gör nyckeln unik i listan och faller tillbaka på stammen utan namn', () => {
    expect(keyFromName('Stöd', ['stod'], 'stod')).toBe('stod-2');
    expect(keyFromName('Stöd', ['stod', 'stod-2'], 'stod')).toBe('stod-3');
    expect(keyFromName('', [], 'sektion')).toBe('sektion');
    expect(keyFromName('', ['sektion'], 'sektion')).toBe('sektion-2');
  });

  it('ger alltid en nyckel som mallformatet godtar, unik i listan', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }), (name, used) => {
        const key = keyFromName(name, used, 'rad');
        expect(templateKeySchema.safeParse(key).success).toBe(true);
        expect(used).not.toContain(key);
      }),
    );
  });

  it('gör en målområdeskod av namnets initialer', () => {
    expect(codeFromName('Innovationer och entreprenörskap', [])).toBe('IE');
    expect(codeFromName('Innovationer och entreprenörskap', ['IE'])).toBe('IE2');
    expect(codeFromName('', [])).toBe('MO');
  });

  it('låter nyckeln följa namnet tills den ändrats för hand', () => {
    const rows: DraftSupportOffer[] = [
      { uid: 'a', key: 'stod', keyTouched: true, name: 'Stöd', description: '' },
      { uid: 'b', key: 'stod-2', keyTouched: false, name: '', description: '' },
    ];
    const keyOf = (name: string, used: readonly string[]) => keyFromName(name, used, 'stod');
    expect(renamedRow(rows, 1, { name: 'Processtöd' }, 'Processtöd', keyOf)[1]).toMatchObject({ name: 'Processtöd', key: 'processtod' });
    expect(renamedRow(rows, 1, { name: 'Stöd' }, 'Stöd', keyOf)[1]?.key).toBe('stod-2');
    // An existing row keeps its key: plans are linked by it.
    expect(renamedRow(rows, 0, { name: 'Annat stöd' }, 'Annat stöd', keyOf)[0]).toMatchObject({ name: 'Annat stöd', key: 'stod' });
  });
});

describe('flytta rader', () => {
  it('flyttar en rad upp och ned och lämnar listan orörd vid en flytt utanför den', () => {
    expect(moveRow(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });

  it('behåller alla rader vid varje flytt', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 20 }), fc.integer({ min: -2, max: 22 }), fc.integer({ min: -2, max: 22 }), (list, from, to) => {
        const moved = moveRow(list, from, to);
        expect([...moved].sort()).toEqual([...list].sort());
      }),
    );
  });
});

describe('utkast till mall', () => {
  it('ger tillbaka standardmallen oförändrad (med den nya versionen)', () => {
    const result = validateTemplate(templateFromDraft(draftOf()));
    expect(result.ok && result.template).toEqual({ ...defaultTemplate, version: 2 });
  });

  it('tar effektmål och frågor en per rad och hoppar över tomma rader', () => {
    const draft = draftOf();
    const [first, ...rest] = draft.goalAreas;
    if (!first) throw new Error('standardmallen saknar målområden');
    const value = templateFromDraft({ ...draft, goalAreas: [{ ...first, effectGoals: 'Fler företag\n\n  Fler jobb  \n' }, ...rest] });
    expect((value['goalAreas'] as { effectGoals: string[] }[])[0]?.effectGoals).toEqual(['Fler företag', 'Fler jobb']);
  });

  it('läser tal med decimalkomma och lämnar heltid utan värde till formatets 40 timmar', () => {
    expect(numberFromText('7,5')).toBe(7.5);
    expect(numberFromText(' 20 ')).toBe(20);
    expect(numberFromText('')).toBeUndefined();
    expect(numberFromText('tjugo')).toBe('tjugo');
    const draft = { ...draftOf(), mandate: { kind: 'percent' as const, hoursPerWeek: '', percentOfFullTime: '25', fullTimeHoursPerWeek: '' } };
    const check = checkDraft(draft, 1, tooLow);
    expect(check.ok && check.template.timeLog.defaultMandate).toEqual({ percentOfFullTime: 25, fullTimeHoursPerWeek: 40 });
    const hours = checkDraft({ ...draft, mandate: { ...draft.mandate, kind: 'hours', hoursPerWeek: '7,5' } }, 1, tooLow);
    expect(hours.ok && hours.template.timeLog.defaultMandate).toEqual({ hoursPerWeek: 7.5 });
  });

  it('sparar en händelse med datum eller månad, och tomma valfria fält utelämnas', () => {
    const draft = draftOf();
    const events = [
      { uid: 'x', key: 'forum', keyTouched: false, name: 'RUS-forum', description: '', when: 'date' as const, date: '2027-03-10', endDate: '', month: '4' },
      { uid: 'y', key: 'loka', keyTouched: false, name: 'LOKA-dagar', description: '', when: 'month' as const, date: '2027-01-01', endDate: '', month: '9' },
    ];
    const check = checkDraft({ ...draft, annualCycle: events, indicators: [{ uid: 'z', key: 'x', keyTouched: true, name: 'X', unit: '', description: '', koladaKpiId: ' ' }] }, 1, tooLow);
    if (!check.ok) throw new Error(check.problems.map((p) => p.message).join('; '));
    expect(check.template.annualCycle).toEqual([
      { id: 'forum', name: 'RUS-forum', description: '', date: '2027-03-10' },
      { id: 'loka', name: 'LOKA-dagar', description: '', month: 9 },
    ]);
    expect(check.template.indicatorCatalogue).toEqual([{ id: 'x', name: 'X', unit: '', description: '' }]);
  });

  it('erbjuder varje dokument bara typer som passar det', () => {
    expect(documentKinds.actionPlan).toEqual(['freeText', 'strategyTree', 'activities', 'indicators', 'perspectives', 'support']);
    expect(documentKinds.projectPlan).not.toContain('support');
    expect(documentKinds.projectPlan).toContain('budget');
    // Every kind the default template uses is offered in its document.
    for (const document of ['actionPlan', 'projectPlan'] as const) for (const s of defaultTemplate[document].sections) expect(documentKinds[document]).toContain(s.kind);
  });
});

describe('fel i utkastet', () => {
  it('säger på svenska vad som är fel, med fältets väg', () => {
    const draft = draftOf();
    const [first, second, ...rest] = draft.projectPlan;
    if (!first || !second) throw new Error('standardmallen saknar projektsektioner');
    const broken: TemplateDraft = {
      ...draft,
      version: '1',
      projectPlan: [{ ...first, title: ' ' }, { ...second, key: first.key }, ...rest],
      indicators: draft.indicators.map((x, i) => (i === 0 ? { ...x, koladaKpiId: 'n123' } : x)),
      annualCycle: [{ uid: 'e', key: 'forum', keyTouched: false, name: 'Forum', description: '', when: 'date', date: '', endDate: '', month: '' }],
    };
    const problems = problemsOf(broken);
    expect(problems).toContain(`version: ${tooLow}`);
    expect(problems).toContain('projektplan.sektioner[1].titel: text saknas');
    expect(problems).toContain(`projektplan.sektioner[2].nyckel: nyckeln "${first.key}" finns redan (nummer 1 i listan); den måste vara unik`);
    expect(problems).toContain('indikatorkatalog[1].koladaId: ska vara ett Kolada-id: en versal och fem siffror, t.ex. "N00914"');
    expect(problems).toContain('årscykel[1]: datum eller månad saknas');
  });

  it('säger att en strukturerad typ bara får finnas en gång', () => {
    const draft = draftOf();
    const sections = draft.actionPlan.map((s, i) => (i === 0 ? { ...s, kind: 'support' as const } : s));
    expect(problemsOf({ ...draft, actionPlan: sections }).some((p) => p.startsWith('handlingsplan.sektioner[') && p.includes('behov av stöd (support) finns redan'))).toBe(true);
  });

  it('godtar ett rättat utkast', () => {
    expect(problemsOf(draftOf())).toEqual([]);
  });

  it('visar varje fel vid fältet det gäller', () => {
    const check = checkDraft(
      { ...draftOf(), goalAreas: draftOf().goalAreas.map((g, i) => (i === 0 ? { ...g, key: '', effectGoals: `${'x'.repeat(600)}\nKort mål` } : g)) },
      1,
      tooLow,
    );
    if (check.ok) throw new Error('utkastet borde ha fel');
    expect(problemsAt(check.problems, 'målområden[1].kod').map((p) => p.message)).toEqual(['ska vara en kort kod av bokstäver och siffror (högst 20 tecken), t.ex. "IE"']);
    // The effect goals are one textarea: a problem with one of them is shown there.
    expect(problemsAt(check.problems, 'målområden[1].effektmål')).toEqual([]);
    expect(problemsAt(check.problems, 'målområden[1].effektmål', { inside: true }).map((p) => p.path)).toEqual(['målområden[1].effektmål[1]']);
    expect(problemsAt(check.problems, 'målområden[1].namn')).toEqual([]);
  });

  it('hör till rätt del av redigeraren', () => {
    const at = (path: string) => partOfProblem({ code: 'field', path, message: '' });
    expect(at('namn')).toBe('general');
    expect(at('version')).toBe('general');
    expect(at('handlingsplan.sektioner[3].titel')).toBe('actionPlan');
    expect(at('projektplan.sektioner[1].typ')).toBe('projectPlan');
    expect(at('tidlogg.standardmandat.procentAvHeltid')).toBe('timeLog');
    expect(at('stödutbud[2].id')).toBe('supportOffers');
    expect(at('årscykel[1]')).toBe('annualCycle');
    expect(at('indikatorkatalog[4].koladaId')).toBe('indicators');
    expect(at('strategivägledning.varför')).toBe('strategyGuidance');
  });

  it('hittar fältet som ett fel gäller, eller det första fältet i raden', () => {
    const field = (path: string) => ({ dataset: { path } }) as unknown as HTMLElement;
    const fields = ['namn', 'årscykel[1].namn', 'årscykel[1].datum', 'årscykel[10].namn', 'målområden[1].effektmål'].map(field);
    const root = { querySelectorAll: () => fields } as unknown as ParentNode;
    const pathOf = (path: string) => fieldForPath(root, path)?.dataset['path'];
    expect(pathOf('årscykel[1].datum')).toBe('årscykel[1].datum');
    expect(pathOf('årscykel[1]')).toBe('årscykel[1].namn');
    expect(pathOf('årscykel[1].månad')).toBe('årscykel[1].namn');
    expect(pathOf('målområden[1].effektmål[2]')).toBe('målområden[1].effektmål');
    expect(pathOf('utgivare')).toBeUndefined();
  });
});
