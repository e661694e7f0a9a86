import { describe, expect, it } from 'vitest';
import { projectCompleteness, projectCompletenessText } from '#shared/project/completeness.ts';
import { defaultProjectSections, newProject, projectSectionGuidance, requiredProjectSectionKeys } from '#shared/project/defaults.ts';
import { newProjectSections, projectLayout, projectPlanParts, withSectionText } from '#shared/project/template-sections.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { TemplateSection } from '#shared/templates/schema.ts';
import { emptyProject } from './helpers.ts';

const text = (key: string, title: string, required = true, guidance = `Vägledning för ${title}`): TemplateSection => ({ key, title, guidance, required, kind: 'freeText' });
const part = (kind: TemplateSection['kind'], title: string, required = true): TemplateSection => ({ key: `k-${kind}`, title, guidance: `Om ${title}`, required, kind });

/** A template whose projektplan is short and in its own order: risks before goals, a section between. */
const own: TemplateSection[] = [
  text('syfte', 'Syfte och mål'),
  part('risks', 'Risker och åtgärder'),
  text('hallbarhet', 'Hållbarhet', true, ''),
  part('goals', 'Mål'),
  text('bilagor', 'Bilagor', false),
  part('indicators', 'Indikatorer'),
];

const stored = [
  { key: 'syfte', title: 'Syfte', text: 'Fler unga startar företag.' },
  { key: 'egen', title: 'Egen rubrik', text: 'Text som inte får försvinna.' },
];

describe('projectLayout with a template', () => {
  const layout = projectLayout(stored, own);

  it('shows the template sections in its order, with its titles, guidance and required', () => {
    expect(layout.sections.map((s) => [s.key, s.title, s.required])).toEqual([
      ['syfte', 'Syfte och mål', true],
      ['hallbarhet', 'Hållbarhet', true],
      ['bilagor', 'Bilagor', false],
      ['egen', 'Egen rubrik', false],
    ]);
    expect(layout.sections[0]?.guidance).toBe('Vägledning för Syfte och mål');
    // Empty guidance is no guidance, so the editor shows no empty help line.
    expect(layout.sections[1]?.guidance).toBeNull();
  });

  it('keeps the stored text and shows a section the project lacks as empty, not stored', () => {
    expect(layout.sections[0]).toMatchObject({ text: 'Fler unga startar företag.', stored: true });
    expect(layout.sections[1]).toMatchObject({ text: '', stored: false });
  });

  it('shows a stored section the template lacks after everything else, with its own title', () => {
    const last = layout.entries.at(-1);
    expect(last).toEqual({ type: 'section', section: { key: 'egen', title: 'Egen rubrik', text: 'Text som inte får försvinna.', guidance: null, required: false, stored: true } });
  });

  it('places the structured parts where the template puts them, then the ones it leaves out in the fixed order', () => {
    expect(layout.parts.slice(0, 2)).toEqual(['risks', 'goals']);
    expect(layout.parts.slice(2)).toEqual(projectPlanParts.filter((p) => p !== 'risks' && p !== 'goals'));
    expect(layout.entries[1]).toMatchObject({ type: 'part', part: 'risks', title: 'Risker och åtgärder' });
    // A handlingsplan-only kind has no place in a project.
    expect(layout.parts).not.toContain('indicators');
  });

  it('requires the template sections marked required, also one the project does not have', () => {
    expect(layout.requiredSectionKeys).toEqual(['syfte', 'hallbarhet']);
    const project = emptyProject({ sections: stored });
    const items = projectCompleteness(project, layout.requiredSectionKeys);
    expect(items.filter((i) => i.kind === 'section').map((i) => projectCompletenessText(i, project, layout.sectionTitles))).toEqual(['Avsnittet ”Hållbarhet” saknar text.']);
  });

  it('shows a key the template repeats once', () => {
    expect(projectLayout([], [text('a', 'A'), text('a', 'A igen')]).sections.map((s) => s.title)).toEqual(['A']);
  });
});

describe('projectLayout with the default template', () => {
  it('gives a new project the same order, titles and guidance as without a template', () => {
    const sections = newProject({ id: 'p', goalAreaId: 'g', title: 'T', startDate: '2026-01-01', endDate: '2026-12-31', now: '2026-11-27T08:00:00.000Z' }).sections;
    const withTemplate = projectLayout(sections, defaultTemplate.projectPlan.sections);
    const without = projectLayout(sections, null);
    expect(withTemplate.sections.map((s) => [s.key, s.title, s.guidance, s.required])).toEqual(without.sections.map((s) => [s.key, s.title, s.guidance, s.required]));
    expect(withTemplate.parts).toEqual(without.parts);
    expect(withTemplate.entries.map((e) => (e.type === 'section' ? e.section.key : e.part))).toEqual(without.entries.map((e) => (e.type === 'section' ? e.section.key : e.part)));
  });
});

describe('projectLayout without a template', () => {
  it("shows the project's own sections in today's fixed order: the opening ones, the parts, the rest", () => {
    const layout = projectLayout(
      [
        { key: 'kommunikation', title: 'Kommunikation', text: '' },
        { key: 'egen', title: 'Egen', text: 'x' },
        { key: 'sammanfattning', title: 'Sammanfattning', text: '' },
      ],
      null,
    );
    expect(layout.entries.map((e) => (e.type === 'section' ? e.section.key : e.part))).toEqual(['sammanfattning', ...projectPlanParts, 'kommunikation', 'egen']);
    expect(layout.sections.find((s) => s.key === 'sammanfattning')?.guidance).toBe(projectSectionGuidance.sammanfattning);
    expect(layout.sections.find((s) => s.key === 'egen')).toMatchObject({ guidance: null, required: false });
    // Only the sections it has: a removed template version does not make the defaults required.
    expect(layout.requiredSectionKeys).toEqual(['sammanfattning', 'kommunikation']);
  });

  it('requires every default section of a project written before templates', () => {
    expect(projectLayout(emptyProject().sections, null).requiredSectionKeys).toEqual([...requiredProjectSectionKeys]);
  });
});

describe('new project sections', () => {
  it("takes the template's free-text sections, empty, and the defaults without a template", () => {
    expect(newProjectSections(own)).toEqual([
      { key: 'syfte', title: 'Syfte och mål', text: '' },
      { key: 'hallbarhet', title: 'Hållbarhet', text: '' },
      { key: 'bilagor', title: 'Bilagor', text: '' },
    ]);
    expect(newProjectSections(null).map((s) => s.key)).toEqual(defaultProjectSections.map((s) => s.key));
  });

  it('newProject starts with the given sections', () => {
    const project = newProject({ id: 'p', goalAreaId: 'g', title: 'T', startDate: '2026-01-01', endDate: '2026-12-31', now: '2026-11-27T08:00:00.000Z', sections: newProjectSections(own) });
    expect(project.sections.map((s) => s.key)).toEqual(['syfte', 'hallbarhet', 'bilagor']);
  });
});

describe('writing in a section', () => {
  it('changes a stored section in place and adds one the project lacks at the end', () => {
    const project = emptyProject({ sections: stored });
    expect(withSectionText(project, { key: 'syfte', title: 'Syfte och mål' }, 'Ny text').sections[0]).toEqual({ key: 'syfte', title: 'Syfte', text: 'Ny text' });
    expect(withSectionText(project, { key: 'hallbarhet', title: 'Hållbarhet' }, 'Cirkulärt').sections).toEqual([...stored, { key: 'hallbarhet', title: 'Hållbarhet', text: 'Cirkulärt' }]);
  });
});
