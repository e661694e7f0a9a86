import { describe, expect, it } from 'vitest';
import { firstByKey, withSectionText } from '#shared/plan/section-text.ts';
import { projectLayout } from '#shared/project/template-sections.ts';

const twice = [
  { key: 'syfte', title: 'Syfte', text: 'första' },
  { key: 'syfte', title: 'Syfte', text: 'andra, från en gammal fil' },
];

describe('sections with a key twice', () => {
  it('shows the first', () => {
    expect([...firstByKey(twice).values()].map((s) => s.text)).toEqual(['första']);
    expect(projectLayout(twice, null).sections.map((s) => s.text)).toEqual(['första']);
    expect(projectLayout(twice, [{ key: 'syfte', title: 'Syfte', guidance: '', required: true, kind: 'freeText' }]).sections.map((s) => s.text)).toEqual(['första']);
  });

  it('writes an edit into the first only, so the second is never overwritten unseen', () => {
    expect(withSectionText(twice, 'syfte', 'Syfte', 'ny')).toEqual([
      { key: 'syfte', title: 'Syfte', text: 'ny' },
      { key: 'syfte', title: 'Syfte', text: 'andra, från en gammal fil' },
    ]);
  });

  it('adds a missing section at the end with its title', () => {
    expect(withSectionText(twice.slice(0, 1), 'mal', 'Mål', 'text').at(-1)).toEqual({ key: 'mal', title: 'Mål', text: 'text' });
  });
});
