import { describe, expect, it } from 'vitest';
import { projectCompleteness, projectCompletenessText } from '#shared/project/completeness.ts';
import { requiredProjectSectionKeys } from '#shared/project/defaults.ts';
import { budgetLine, completeProject, emptyProject, financier, goal, kr } from './helpers.ts';

const nbsp = '\u00a0';

describe('projectCompleteness', () => {
  it('finds nothing missing in a complete project', () => {
    expect(projectCompleteness(completeProject(), requiredProjectSectionKeys)).toEqual([]);
  });

  it('lists everything a new project lacks, in document order', () => {
    const project = emptyProject();
    const items = projectCompleteness(project, requiredProjectSectionKeys);
    expect(items.map((i) => [i.kind, i.id, i.field, i.code])).toEqual([
      ['section', 'sammanfattning', 'text', 'empty'],
      ['section', 'bakgrund', 'text', 'empty'],
      ['section', 'syfte', 'text', 'empty'],
      ['section', 'kommunikation', 'text', 'empty'],
      ['section', 'uppfoljning', 'text', 'empty'],
      ['project', 'p-1', 'tacticIds', 'empty'],
      ['project', 'p-1', 'goals', 'empty'],
      ['organisation', null, 'ownerContactId', 'empty'],
      ['organisation', null, 'leaderContactId', 'empty'],
      ['project', 'p-1', 'activities', 'empty'],
      ['project', 'p-1', 'budget', 'empty'],
      ['project', 'p-1', 'risks', 'empty'],
      ['principle', 'genderEquality', 'rating', 'unrated'],
      ['principle', 'accessibility', 'rating', 'unrated'],
      ['principle', 'nonDiscrimination', 'rating', 'unrated'],
      ['principle', 'sustainableDevelopment', 'rating', 'unrated'],
    ]);
    expect(items.map((i) => projectCompletenessText(i, project))).toEqual([
      'Avsnittet ”Sammanfattning” saknar text.',
      'Avsnittet ”Bakgrund och problem” saknar text.',
      'Avsnittet ”Syfte” saknar text.',
      'Avsnittet ”Kommunikation” saknar text.',
      'Avsnittet ”Uppföljning och utvärdering” saknar text.',
      'Projektet är inte kopplat till någon taktik i handlingsplanen.',
      'Projektet har inga mål.',
      'Projektägare är inte angiven.',
      'Projektledare är inte angiven.',
      'Projektet har inga aktiviteter.',
      'Budgeten har inga kostnadsrader.',
      'Inga risker är beskrivna.',
      'Jämställdhet: bedöm om projektet arbetar med principen aktivt, delvis eller inte.',
      'Tillgänglighet: bedöm om projektet arbetar med principen aktivt, delvis eller inte.',
      'Icke-diskriminering: bedöm om projektet arbetar med principen aktivt, delvis eller inte.',
      'Hållbar utveckling: bedöm om projektet arbetar med principen aktivt, delvis eller inte.',
    ]);
  });

  it('treats whitespace as empty, only asks for required sections, and also for a required section the project lacks', () => {
    const base = completeProject();
    const project = completeProject({ sections: base.sections.map((s) => (s.key === 'syfte' ? { ...s, text: ' \n\t' } : s.key === 'kommunikation' ? { ...s, text: '' } : s)) });
    expect(projectCompleteness(project, ['syfte', 'mallensAvsnitt'])).toEqual([
      { kind: 'section', id: 'syfte', field: 'text', code: 'empty' },
      { kind: 'section', id: 'mallensAvsnitt', field: 'text', code: 'empty' },
    ]);
  });

  it('asks each goal for its text, indicator, target and date, but not for a baseline', () => {
    const project = completeProject({ goals: [goal('g-1', { indicator: ' ', target: '', baseline: '' }), goal('g-2', { level: 'sub', text: '', targetDate: null })] });
    const items = projectCompleteness(project, []);
    expect(items).toEqual([
      { kind: 'goal', id: 'g-1', field: 'indicator', code: 'empty' },
      { kind: 'goal', id: 'g-1', field: 'target', code: 'empty' },
      { kind: 'goal', id: 'g-2', field: 'text', code: 'empty' },
      { kind: 'goal', id: 'g-2', field: 'targetDate', code: 'empty' },
    ]);
    expect(items.map((i) => projectCompletenessText(i, project))).toEqual(['Projektmål 1 saknar indikator.', 'Projektmål 1 saknar målvärde.', 'Delmål 1 saknar måltext.', 'Delmål 1 saknar måldatum.']);
  });

  it('says how much financing is missing, in kronor', () => {
    const project = completeProject({ financiers: [financier('f-1', 'Region Örebro län', [[2026, kr(176_543)]])] });
    const items = projectCompleteness(project, []);
    expect(items).toEqual([{ kind: 'financing', id: 'p-1', field: 'financiers', code: 'unbalanced', differenceOre: -kr(123_457) }]);
    expect(projectCompletenessText(items[0]!, project)).toBe(`Finansieringen täcker inte budgeten: det saknas 123${nbsp}457 kr.`);
  });

  it('says how much financing exceeds the budget, to the öre', () => {
    const base = completeProject();
    const project = completeProject({ financiers: [...base.financiers, financier('f-3', 'Sparbanksstiftelsen', [[2027, 50]])] });
    const items = projectCompleteness(project, []);
    expect(items.map((i) => i.differenceOre)).toEqual([50]);
    expect(projectCompletenessText(items[0]!, project)).toBe('Finansieringen är 0,50 kr större än budgeten.');
  });

  it('counts money outside the period when it compares budget and financing', () => {
    const project = completeProject({ budget: [budgetLine('b-1', 'personal', [[2026, kr(200_000)], [2028, kr(100_000)]])] });
    expect(projectCompleteness(project, [])).toEqual([]);
  });

  it('asks an active or partial principle how, but not one rated "inte"', () => {
    const project = completeProject({
      principles: [
        { principle: 'genderEquality', how: '', rating: 'partial' },
        { principle: 'accessibility', how: '', rating: 'none' },
        { principle: 'nonDiscrimination', how: 'Text', rating: 'active' },
      ],
    });
    const items = projectCompleteness(project, []);
    expect(items).toEqual([
      { kind: 'principle', id: 'genderEquality', field: 'how', code: 'empty' },
      { kind: 'principle', id: 'sustainableDevelopment', field: 'rating', code: 'unrated' },
    ]);
    expect(projectCompletenessText(items[0]!, project)).toBe('Jämställdhet: beskriv hur projektet arbetar med principen.');
  });
});
