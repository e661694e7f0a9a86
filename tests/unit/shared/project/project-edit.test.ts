import { describe, expect, it } from 'vitest';
import type { Project } from '#shared/domain/project.ts';
import { applyProjectEdits, fieldEdits, principleStep, sectionStep, type ProjectEdit } from '#shared/project/project-edit.ts';
import { activity, completeProject, emptyProject, kr } from './helpers.ts';

function applied(project: Project, edits: ProjectEdit[]): Project {
  const result = applyProjectEdits(project, edits);
  if (!result.ok) throw new Error(`inte tillämpad: ${JSON.stringify(result)}`);
  return result.project;
}

/** Edits are data: they must come through the journal (JSON) unchanged. */
const viaJournal = (edits: ProjectEdit[]): ProjectEdit[] => JSON.parse(JSON.stringify(edits)) as ProjectEdit[];

describe('project edits as data', () => {
  it('sets a top-level field and nested object fields (target groups, change theory)', () => {
    const project = applied(emptyProject(), viaJournal([
      { path: ['title'], value: 'Företagsakuten 2027' },
      { path: ['targetGroups', 'primary'], value: 'Nystartade företag' },
      { path: ['changeTheory', 'effects'], value: 'Fler företag överlever.' },
      ...fieldEdits([], { stakeholders: 'Almi, Nyföretagarcentrum' }),
    ]));
    expect(project.title).toBe('Företagsakuten 2027');
    expect(project.targetGroups).toEqual({ primary: 'Nystartade företag', secondary: '' });
    expect(project.changeTheory.effects).toBe('Fler företag överlever.');
    expect(project.stakeholders).toBe('Almi, Nyföretagarcentrum');
  });

  it('selects list elements by id: work packages, activities, goals, risks, financiers', () => {
    const base = completeProject({
      workPackages: [{ id: 'wp-1', title: 'Rådgivning', description: '' }],
      activities: [activity('a-1'), activity('a-2', { title: 'Mentorprogram' })],
    });
    const project = applied(base, viaJournal([
      { path: ['workPackages', { id: 'wp-1' }, 'description'], value: 'Träffar i alla kommuner.' },
      ...fieldEdits(['activities', { id: 'a-2' }], { responsible: 'Erik Holm', workPackageId: 'wp-1' }),
      ...fieldEdits(['goals', { id: 'g-2' }], { baseline: '60 %', targetDate: null }),
      ...fieldEdits(['risks', { id: 'r-1' }], { likelihood: 4, mitigation: 'Två handläggare.' }),
      ...fieldEdits(['financiers', { id: 'f-2' }], { name: 'Örebro kommun, näringslivsenheten' }),
    ]));
    expect(project.workPackages[0]?.description).toBe('Träffar i alla kommuner.');
    expect(project.activities.map((a) => [a.title, a.responsible, a.workPackageId])).toEqual([
      ['Rådgivningsträffar i kommunerna', 'Anna Berg', null],
      ['Mentorprogram', 'Erik Holm', 'wp-1'],
    ]);
    expect(project.goals[1]).toMatchObject({ baseline: '60 %', targetDate: null });
    expect(project.goals[0]).toEqual(base.goals[0]);
    expect(project.risks[0]).toMatchObject({ likelihood: 4, consequence: 3, mitigation: 'Två handläggare.' });
    expect(project.financiers[1]?.name).toBe('Örebro kommun, näringslivsenheten');
    // Nothing else changed: the input is not mutated either.
    expect(base.activities[1]?.responsible).toBe('Anna Berg');
  });

  it('sets one year of a budget line or a financier, removes a year set to 0, keeps the years sorted', () => {
    const base = completeProject();
    const project = applied(base, viaJournal([
      { path: ['budget', { id: 'b-2' }, 'amounts'], yearAmount: { year: 2027, ore: kr(25_000) } },
      { path: ['budget', { id: 'b-1' }, 'amounts'], yearAmount: { year: 2026, ore: 0 } },
      { path: ['financiers', { id: 'f-1' }, 'inKind'], yearAmount: { year: 2026, ore: kr(10_000) } },
    ]));
    expect(project.budget[1]?.amounts).toEqual([{ year: 2026, ore: kr(100_000) }, { year: 2027, ore: kr(25_000) }]);
    expect(project.budget[0]?.amounts).toEqual([{ year: 2027, ore: kr(100_000) }]);
    expect(project.financiers[0]?.inKind).toEqual([{ year: 2026, ore: kr(10_000) }, { year: 2027, ore: kr(50_000) }]);
  });

  it('writes a section by key, adding it with its shown title when the project lacks it', () => {
    const base = emptyProject();
    const first = base.sections[0];
    if (!first) throw new Error('inga avsnitt');
    const project = applied(base, viaJournal([
      { path: ['sections', sectionStep(first.key, first.title), 'text'], value: 'Vår sammanfattning.' },
      { path: ['sections', sectionStep('larande', 'Lärande och spridning'), 'text'], value: 'Vi sprider det vi lär oss.' },
    ]));
    expect(project.sections[0]).toEqual({ ...first, text: 'Vår sammanfattning.' });
    expect(project.sections.at(-1)).toEqual({ key: 'larande', title: 'Lärande och spridning', text: 'Vi sprider det vi lär oss.' });
    expect(project.sections).toHaveLength(base.sections.length + 1);
  });

  it('writes a principle, adding it unrated, and keeps the principles in their fixed order', () => {
    const base = emptyProject({ principles: [] });
    const project = applied(base, viaJournal([
      { path: ['principles', principleStep('accessibility'), 'how'], value: 'Lokaler utan trösklar.' },
      { path: ['principles', principleStep('genderEquality'), 'how'], value: 'Könsuppdelad statistik.' },
    ]));
    expect(project.principles).toEqual([
      { principle: 'genderEquality', how: 'Könsuppdelad statistik.', rating: null },
      { principle: 'accessibility', how: 'Lokaler utan trösklar.', rating: null },
    ]);
  });

  it('is idempotent: applying the same edits twice gives the same project', () => {
    const edits = viaJournal([
      { path: ['budget', { id: 'b-1' }, 'amounts'], yearAmount: { year: 2028, ore: kr(1) } },
      { path: ['sections', sectionStep('ny', 'Nytt avsnitt'), 'text'], value: 'Text' },
      { path: ['risks', { id: 'r-1' }, 'responsible'], value: 'Anna' },
    ]);
    const once = applied(completeProject(), edits);
    expect(applied(once, edits)).toEqual(once);
  });

  it('reports a list element that is gone (removed meanwhile), and changes nothing', () => {
    const base = completeProject();
    const result = applyProjectEdits(base, [
      { path: ['title'], value: 'Ändrad' },
      { path: ['risks', { id: 'r-borttagen' }, 'description'], value: 'x' },
    ]);
    expect(result).toEqual({ ok: false, reason: 'missing', at: 'project.risks.[id=r-borttagen]' });
    expect(base.title).toBe('Företagsakuten');
  });

  it('refuses an edit that would break the schema, and a path into the prototype', () => {
    const invalid = applyProjectEdits(completeProject(), [{ path: ['risks', { id: 'r-1' }, 'likelihood'], value: 9 }]);
    expect(invalid.ok).toBe(false);
    expect(invalid.ok === false && invalid.reason).toBe('invalid');
    expect(applyProjectEdits(completeProject(), [{ path: ['__proto__', 'polluted'], value: true }]).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
