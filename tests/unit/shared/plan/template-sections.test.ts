import { describe, expect, it } from 'vitest';
import { actionPlanSchema } from '#shared/domain/plan.ts';
import { contentAsShown, fallbackRequiredSectionKeys, newPlanSections, planTemplateView, templateCompleteness } from '#shared/plan/template-sections.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { Template, TemplateSection } from '#shared/templates/schema.ts';
import { planFrom, planRow } from './helpers.ts';

const section = (key: string, kind: TemplateSection['kind'], overrides: Partial<TemplateSection> = {}): TemplateSection => ({
  key,
  title: `Rubrik ${key}`,
  guidance: `Vägledning för ${key}`,
  required: false,
  kind,
  ...overrides,
});

function template(sections: TemplateSection[], overrides: Partial<Template> = {}): Template {
  return { ...defaultTemplate, actionPlan: { sections }, ...overrides };
}

const stored = (key: string, text: string, title = `Sparad ${key}`) => ({ key, title, text });

describe('planTemplateView with a template', () => {
  const shape = template([
    section('sammanfattning', 'freeText', { required: true }),
    section('strategier', 'strategyTree', { required: true }),
    section('nulage', 'freeText'),
    section('aktiviteter', 'activities'),
    section('stod', 'support'),
    section('indikatorer', 'indicators'),
    section('perspektiv', 'perspectives'),
    section('uppfoljning', 'freeText', { required: true }),
  ]);

  it('shows the template sections in its order with its titles, guidance and required marks, and the stored text by key', () => {
    const plan = planRow({ sections: [stored('uppfoljning', 'Varje år.'), stored('sammanfattning', 'Kort.', 'Gammal rubrik')] });
    const view = planTemplateView(plan, shape);
    expect(view.fromTemplate).toBe(true);
    expect(view.textSections.map((s) => [s.key, s.title, s.text, s.required, s.kind, s.stored])).toEqual([
      ['sammanfattning', 'Rubrik sammanfattning', 'Kort.', true, 'freeText', true],
      ['nulage', 'Rubrik nulage', '', false, 'freeText', false],
      ['stod', 'Rubrik stod', '', false, 'support', false],
      ['uppfoljning', 'Rubrik uppfoljning', 'Varje år.', true, 'freeText', true],
    ]);
    expect(view.textSections[0]?.guidance).toBe('Vägledning för sammanfattning');
    expect(view.requiredKeys).toEqual(['sammanfattning', 'uppfoljning']);
  });

  it('places the structured parts where the template puts them', () => {
    const view = planTemplateView(planRow({ sections: [] }), shape);
    expect(view.parts.map((p) => (p.type === 'text' ? `text:${p.section.key}` : `${p.part.kind}:${p.part.key}`))).toEqual([
      'text:sammanfattning',
      'strategyTree:strategier',
      'text:nulage',
      'activities:aktiviteter',
      'text:stod',
      'indicators:indikatorer',
      'perspectives:perspektiv',
      'text:uppfoljning',
    ]);
    expect(view.structured.strategyTree?.required).toBe(true);
    expect(view.structured.indicators?.guidance).toBe('Vägledning för indikatorer');
    expect(Object.keys(view.structured)).not.toContain('support');
  });

  it('keeps a stored section the template lacks, after the others, with its own title and text, not required', () => {
    const plan = planRow({ sections: [stored('egen', 'Min egen text.', 'Eget avsnitt'), stored('nulage', 'Nu.')] });
    const view = planTemplateView(plan, shape);
    const last = view.parts[view.parts.length - 1];
    expect(last).toEqual({ type: 'text', section: { key: 'egen', title: 'Eget avsnitt', text: 'Min egen text.', guidance: '', required: false, kind: 'freeText', inTemplate: false, stored: true } });
    expect(view.textSections.map((s) => s.key)).toEqual(['sammanfattning', 'nulage', 'stod', 'uppfoljning', 'egen']);
  });

  it('keeps the text of a stored section whose key the template uses for a structured part', () => {
    const view = planTemplateView(planRow({ sections: [stored('strategier', 'Text från förr.')] }), shape);
    expect(view.textSections.find((s) => s.key === 'strategier')?.text).toBe('Text från förr.');
    expect(view.structured.strategyTree?.key).toBe('strategier');
  });

  it('shows a duplicated stored key once, with the first text', () => {
    const view = planTemplateView(planRow({ sections: [stored('nulage', 'Först.'), stored('nulage', 'Sen.')] }), shape);
    expect(view.textSections.filter((s) => s.key === 'nulage').map((s) => s.text)).toEqual(['Först.']);
  });

  it('lists the template offers under the support section with the ticked ones, and an unknown ticked id last by its id', () => {
    const view = planTemplateView(planRow({ supportRequests: ['analys', 'borttaget-stod'] }), shape);
    expect(view.support?.sectionKey).toBe('stod');
    const offers = view.support?.offers ?? [];
    expect(offers.map((o) => o.id)).toEqual([...defaultTemplate.supportOffers.map((o) => o.id), 'borttaget-stod']);
    expect(offers.filter((o) => o.ticked).map((o) => [o.id, o.name, o.known])).toEqual([
      ['analys', 'Analys och uppföljning', true],
      ['borttaget-stod', 'borttaget-stod', false],
    ]);
  });

  it('has no support section to tick in without one in the template, but keeps ticked offers visible', () => {
    const plain = template([section('sammanfattning', 'freeText')]);
    expect(planTemplateView(planRow(), plain).support).toBeNull();
    const ticked = planTemplateView(planRow({ supportRequests: ['analys'] }), plain).support;
    expect(ticked?.sectionKey).toBeNull();
    expect(ticked?.offers.find((o) => o.ticked)?.name).toBe('Analys och uppföljning');
  });

  it('makes a required support section count as required text', () => {
    const view = planTemplateView(planRow({ sections: [] }), template([section('stod', 'support', { required: true })]));
    expect(view.requiredKeys).toEqual(['stod']);
  });

  it('reads the default template as the sections the app used before templates', () => {
    const view = planTemplateView(planRow({ sections: [] }), defaultTemplate);
    expect(view.textSections.map((s) => s.key)).toEqual(['sammanfattning', 'nulage', 'stod', 'uppfoljning']);
    expect(view.requiredKeys).toEqual([...fallbackRequiredSectionKeys]);
    expect(Object.keys(view.structured).sort()).toEqual(['activities', 'indicators', 'perspectives', 'strategyTree']);
  });
});

describe('planTemplateView without a template', () => {
  it('shows the plan own sections in their order, with the keys required before templates', () => {
    const plan = planRow({ sections: [stored('nulage', ''), stored('egen', 'x'), stored('sammanfattning', 'y')] });
    for (const none of [null, undefined]) {
      const view = planTemplateView(plan, none);
      expect(view.fromTemplate).toBe(false);
      expect(view.textSections.map((s) => [s.key, s.title, s.required, s.guidance, s.inTemplate])).toEqual([
        ['nulage', 'Sparad nulage', true, '', false],
        ['egen', 'Sparad egen', false, '', false],
        ['sammanfattning', 'Sparad sammanfattning', true, '', false],
      ]);
      // Only those the plan holds: uppfoljning has no field here, so it cannot be asked for.
      expect(view.requiredKeys).toEqual(['nulage', 'sammanfattning']);
      expect(view.structured).toEqual({});
      expect(view.support).toBeNull();
    }
  });

  it('shows ticked offers by id under the old support section', () => {
    expect(planTemplateView(planRow({ sections: [stored('stod', '')], supportRequests: ['analys'] }), null).support).toEqual({
      sectionKey: 'stod',
      offers: [{ id: 'analys', name: 'analys', description: '', ticked: true, known: false }],
    });
    expect(planTemplateView(planRow({ sections: [], supportRequests: ['analys'] }), null).support?.sectionKey).toBeNull();
  });
});

describe('newPlanSections', () => {
  it('takes the template text sections (free text and support), empty, in its order', () => {
    expect(newPlanSections(defaultTemplate)).toEqual([
      { key: 'sammanfattning', title: 'Sammanfattning', text: '' },
      { key: 'nulage', title: 'Nuläge och omvärld', text: '' },
      { key: 'stod', title: 'Behov av stöd från kansliet', text: '' },
      { key: 'uppfoljning', title: 'Uppföljning', text: '' },
    ]);
    expect(newPlanSections(template([section('strategier', 'strategyTree')]))).toEqual([]);
  });

  it('gives sections a plan record accepts', () => {
    const plan = planRow({ sections: newPlanSections(defaultTemplate) });
    expect(actionPlanSchema.safeParse(plan).success).toBe(true);
  });
});

describe('templateCompleteness', () => {
  const shape = template([section('a', 'freeText', { required: true }), section('stod', 'support', { required: true }), section('b', 'freeText', { required: true })]);

  it('names required template sections that are empty or not stored, in the template order', () => {
    const content = planFrom({ S1: { T1: ['A1'] } });
    content.plan = { ...content.plan, sections: [stored('b', ' '), stored('a', 'Ifylld.')] };
    expect(templateCompleteness(content, shape)).toEqual([
      { kind: 'section', id: 'stod', field: 'text', code: 'empty' },
      { kind: 'section', id: 'b', field: 'text', code: 'empty' },
    ]);
  });

  it('counts a ticked offer as filling the support section', () => {
    const content = planFrom({ S1: { T1: ['A1'] } });
    content.plan = { ...content.plan, sections: [stored('a', 'x'), stored('b', 'y')], supportRequests: ['analys'] };
    expect(templateCompleteness(content, shape)).toEqual([]);
  });

  it('falls back to the keys required before templates without one, as far as the plan holds them', () => {
    const content = planFrom({ S1: { T1: ['A1'] } });
    content.plan = { ...content.plan, sections: [stored('sammanfattning', 'x'), stored('nulage', ''), stored('egen', '')] };
    expect(templateCompleteness(content, null).map((i) => i.id)).toEqual(['nulage']);
    // Written for a template that is gone, with keys of its own: nothing it has no field for is asked.
    content.plan = { ...content.plan, sections: [stored('inledning', '')] };
    expect(templateCompleteness(content, null)).toEqual([]);
  });

  it('gives the content the sections as shown, so titles and order follow the template', () => {
    const content = planFrom({ S1: { T1: ['A1'] } });
    content.plan = { ...content.plan, sections: [stored('egen', 'e'), stored('b', 'y', 'Gammal')] };
    const shown = contentAsShown(content, planTemplateView(content.plan, shape));
    expect(shown.plan.sections).toEqual([
      { key: 'a', title: 'Rubrik a', text: '' },
      { key: 'stod', title: 'Rubrik stod', text: '' },
      { key: 'b', title: 'Rubrik b', text: 'y' },
      { key: 'egen', title: 'Sparad egen', text: 'e' },
    ]);
    expect(content.plan.sections).toHaveLength(2);
  });
});

describe('supportRequests on the plan record', () => {
  it('is optional, so records from before parse, and holds offer ids', () => {
    const { supportRequests: _ignored, ...old } = planRow();
    expect(actionPlanSchema.safeParse(old).success).toBe(true);
    expect(actionPlanSchema.parse(planRow({ supportRequests: ['analys'] })).supportRequests).toEqual(['analys']);
    expect(actionPlanSchema.safeParse(planRow({ supportRequests: [''] })).success).toBe(false);
    expect(actionPlanSchema.safeParse(planRow({ supportRequests: ['x'.repeat(65)] })).success).toBe(false);
  });
});
