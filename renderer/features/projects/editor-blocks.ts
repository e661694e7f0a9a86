/**
 * The project editor's blocks in the order the project's template places
 * them: runs of free-text sections, and the editor's parts (some parts show
 * two of the template's kinds: activities with the timeline, budget with
 * financing, standing where the first of the two stands).
 */
import type { ProjectLayout, ProjectPlanPart, ShownSection } from '#shared/project/template-sections.ts';
import { dataLocale } from '#shared/locale.ts';

export const editorParts = ['links', 'goals', 'targetGroups', 'organisation', 'schedule', 'budget', 'risks', 'principles', 'changeTheory'] as const;
export type EditorPart = (typeof editorParts)[number];

const editorPartOf: Readonly<Record<ProjectPlanPart, EditorPart>> = {
  strategyTree: 'links',
  goals: 'goals',
  targetGroups: 'targetGroups',
  organisation: 'organisation',
  activities: 'schedule',
  timeline: 'schedule',
  budget: 'budget',
  financing: 'budget',
  risks: 'risks',
  principles: 'principles',
  changeTheory: 'changeTheory',
};

/** How a run of sections is headed: the editor's own words for the default runs, else from the sections' titles. */
export type TextsHeading = { kind: 'intro' } | { kind: 'closing' } | { kind: 'titles'; titles: string[] };

export type EditorBlock = { type: 'texts'; id: string; heading: TextsHeading; sections: ShownSection[] } | { type: 'part'; part: EditorPart; id: string };

const sameKeys = (sections: readonly ShownSection[], keys: readonly string[]) => sections.length === keys.length && sections.every((s, i) => s.key === keys[i]);
const defaultIntro = ['sammanfattning', 'bakgrund', 'syfte'];
const defaultClosing = ['kommunikation', 'uppfoljning'];

export function editorBlocks(layout: ProjectLayout): EditorBlock[] {
  const blocks: EditorBlock[] = [];
  const placed = new Set<EditorPart>();
  let run: ShownSection[] = [];
  let runs = 0;
  const endRun = (last: boolean) => {
    if (run.length === 0) return;
    const first = blocks.length === 0;
    const heading: TextsHeading = sameKeys(run, defaultIntro) ? { kind: 'intro' } : sameKeys(run, defaultClosing) ? { kind: 'closing' } : { kind: 'titles', titles: run.map((s) => s.title) };
    // The first and last runs keep the ids the completeness list and older links know.
    const id = first ? 'project-intro' : last ? 'project-closing' : `project-texts-${runs}`;
    blocks.push({ type: 'texts', id, heading, sections: run });
    runs += 1;
    run = [];
  };
  for (const entry of layout.entries) {
    if (entry.type === 'section') {
      run.push(entry.section);
      continue;
    }
    const part = editorPartOf[entry.part];
    if (placed.has(part)) continue;
    endRun(false);
    placed.add(part);
    blocks.push({ type: 'part', part, id: `project-${part}` });
  }
  endRun(true);
  return blocks;
}

/** The id of the block that shows a section, for the completeness list's links. */
export function blockIdOfSection(blocks: readonly EditorBlock[], key: string): string | null {
  return blocks.find((b) => b.type === 'texts' && b.sections.some((s) => s.key === key))?.id ?? null;
}

/** A heading from section titles: `Mål`, `Kommunikation och hållbarhet` (later titles start in lower case unless they are an acronym). */
export function titlesHeading(titles: readonly string[], and: string): string {
  const words = titles.map((title, i) => (i > 0 && /^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLocaleLowerCase(dataLocale) + title.slice(1) : title));
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1] ?? ''}`;
}
