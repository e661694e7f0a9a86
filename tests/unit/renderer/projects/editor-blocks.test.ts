import { describe, expect, it } from 'vitest';
import { blockIdOfSection, editorBlocks, titlesHeading } from '../../../../renderer/features/projects/editor-blocks.ts';
import { projectLayout } from '#shared/project/template-sections.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { TemplateSection } from '#shared/templates/schema.ts';

const describeBlocks = (blocks: ReturnType<typeof editorBlocks>) => blocks.map((b) => (b.type === 'part' ? b.part : `${b.id}:${b.sections.map((s) => s.key).join(',')}`));

describe('the project editor blocks', () => {
  it("follow the default template as the editor always did", () => {
    const blocks = editorBlocks(projectLayout([], defaultTemplate.projectPlan.sections));
    expect(describeBlocks(blocks)).toEqual([
      'project-intro:sammanfattning,bakgrund,syfte',
      'links',
      'goals',
      'targetGroups',
      'organisation',
      'schedule',
      'budget',
      'risks',
      'principles',
      'changeTheory',
      'project-closing:kommunikation,uppfoljning',
    ]);
    expect(blocks[0]).toMatchObject({ heading: { kind: 'intro' } });
    expect(blocks.at(-1)).toMatchObject({ heading: { kind: 'closing' } });
  });

  it("follow a template's own order, one block for activities with timeline and for budget with financing", () => {
    const section = (key: string, kind: TemplateSection['kind'], title = key): TemplateSection => ({ key, title, guidance: '', required: false, kind });
    const layout = projectLayout([], [
      section('budget', 'budget'),
      section('a', 'freeText', 'Hållbarhet'),
      section('b', 'freeText', 'Jämställdhet'),
      section('tid', 'timeline'),
      section('fin', 'financing'),
      section('akt', 'activities'),
      section('c', 'freeText', 'Bilagor'),
    ]);
    const blocks = editorBlocks(layout);
    expect(describeBlocks(blocks)).toEqual([
      'budget',
      'project-texts-0:a,b',
      'schedule',
      'project-texts-1:c',
      // The parts the template leaves out, after its own entries: the project may hold data there.
      'links',
      'goals',
      'targetGroups',
      'organisation',
      'risks',
      'principles',
      'changeTheory',
    ]);
    expect(blocks[1]).toMatchObject({ heading: { kind: 'titles', titles: ['Hållbarhet', 'Jämställdhet'] } });
    expect(blockIdOfSection(blocks, 'b')).toBe('project-texts-0');
    expect(blockIdOfSection(blocks, 'nothing')).toBeNull();
  });

  it('heads a run of sections with their titles in one phrase', () => {
    expect(titlesHeading(['Hållbarhet'], 'och')).toBe('Hållbarhet');
    expect(titlesHeading(['Kommunikation', 'Uppföljning', 'RUS-koppling'], 'och')).toBe('Kommunikation, uppföljning och RUS-koppling');
  });
});
