/**
 * A project plan laid out by its template: which free-text sections to show,
 * in what order, with which guidance and which are required, and where the
 * structured parts (goals, budget …) stand. The editor, the completeness
 * list and the Word export all read the same layout, so they never disagree.
 *
 * Decisions:
 * - Sections merge by key. A template section the project lacks is shown
 *   empty (writing in it adds it); a stored section the template lacks is
 *   shown after everything else, so no text is ever hidden.
 * - The title and guidance come from the template; a stored section the
 *   template lacks keeps its own title, without guidance, and is not required.
 * - Without a template (none recorded, or its version removed) the project
 *   is shown with its own sections only, in today's fixed order: the
 *   default opening sections, the structured parts, then the rest. A
 *   default section is required and gets its default guidance.
 * - A structured part the template leaves out is still shown (after the
 *   template's entries, in the fixed order): the project may hold data there.
 */
import { firstByKey, withSectionText as withSectionTextByKey } from '../plan/section-text.ts';
import type { Project, ProjectSection } from '../domain/project.ts';
import type { SectionKind, TemplateSection } from '../templates/schema.ts';
import { defaultProjectSections, requiredProjectSectionKeys, sectionGuidance } from './defaults.ts';

/** The structured parts a project plan has, in today's fixed document order. */
export const projectPlanParts = ['strategyTree', 'goals', 'targetGroups', 'organisation', 'activities', 'timeline', 'budget', 'financing', 'risks', 'principles', 'changeTheory'] as const satisfies readonly SectionKind[];
export type ProjectPlanPart = (typeof projectPlanParts)[number];

/** The default sections before the structured parts when no template orders them. */
export const leadingDefaultSectionKeys: readonly string[] = ['sammanfattning', 'bakgrund', 'syfte'];

/** A free-text section as shown: the stored text, or empty when the project does not have it yet. */
export interface ShownSection {
  key: string;
  title: string;
  text: string;
  /** Null for none (a section the template lacks, or a template section without guidance). */
  guidance: string | null;
  required: boolean;
  /** Whether the project stores the section; false for a template section not yet written. */
  stored: boolean;
}

/** One entry of the plan in document order: a free-text section or a structured part. */
export type LayoutEntry =
  | { type: 'section'; section: ShownSection }
  | { type: 'part'; part: ProjectPlanPart; /** The template's heading; null without a template. */ title: string | null; guidance: string | null; required: boolean };

export interface ProjectLayout {
  /** Every entry in document order. */
  entries: LayoutEntry[];
  /** The free-text sections in document order. */
  sections: ShownSection[];
  /** The section keys that must have text before the plan is complete. */
  requiredSectionKeys: string[];
  /** The structured parts in document order. */
  parts: ProjectPlanPart[];
  /** Section titles by key, for completeness sentences about sections the project lacks. */
  sectionTitles: ReadonlyMap<string, string>;
}

const isPart = (kind: SectionKind): kind is ProjectPlanPart => (projectPlanParts as readonly string[]).includes(kind);

function fixedPart(part: ProjectPlanPart): LayoutEntry {
  return { type: 'part', part, title: null, guidance: null, required: false };
}

function finish(entries: LayoutEntry[]): ProjectLayout {
  const sections = entries.flatMap((e) => (e.type === 'section' ? [e.section] : []));
  return {
    entries,
    sections,
    requiredSectionKeys: sections.filter((s) => s.required).map((s) => s.key),
    parts: entries.flatMap((e) => (e.type === 'part' ? [e.part] : [])),
    sectionTitles: new Map(sections.map((s) => [s.key, s.title])),
  };
}

function withoutTemplate(stored: readonly ProjectSection[]): ProjectLayout {
  const shown = (s: ProjectSection): LayoutEntry => ({
    type: 'section',
    section: { key: s.key, title: s.title, text: s.text, guidance: sectionGuidance(s.key), required: requiredProjectSectionKeys.includes(s.key), stored: true },
  });
  const first = [...firstByKey(stored).values()];
  const leading = first.filter((s) => leadingDefaultSectionKeys.includes(s.key));
  const rest = first.filter((s) => !leadingDefaultSectionKeys.includes(s.key));
  return finish([...leading.map(shown), ...projectPlanParts.map(fixedPart), ...rest.map(shown)]);
}

/**
 * The layout of a project plan: its stored sections merged with its own
 * template version's projektplan sections, or laid out without a template
 * when `templateSections` is null (see the module comment).
 */
export function projectLayout(stored: readonly ProjectSection[], templateSections: readonly TemplateSection[] | null): ProjectLayout {
  if (templateSections === null) return withoutTemplate(stored);
  const byKey = firstByKey(stored);
  const entries: LayoutEntry[] = [];
  const used = new Set<string>();
  const placed = new Set<ProjectPlanPart>();
  for (const section of templateSections) {
    if (section.kind === 'freeText') {
      if (used.has(section.key)) continue;
      used.add(section.key);
      const own = byKey.get(section.key);
      entries.push({
        type: 'section',
        section: { key: section.key, title: section.title, text: own?.text ?? '', guidance: section.guidance.trim() === '' ? null : section.guidance, required: section.required, stored: own !== undefined },
      });
    } else if (isPart(section.kind) && !placed.has(section.kind)) {
      // Kinds a project does not have (indicators, perspectives, support) belong to the handlingsplan and are left out.
      placed.add(section.kind);
      entries.push({ type: 'part', part: section.kind, title: section.title, guidance: section.guidance.trim() === '' ? null : section.guidance, required: section.required });
    }
  }
  for (const part of projectPlanParts) if (!placed.has(part)) entries.push(fixedPart(part));
  for (const own of stored) {
    if (used.has(own.key)) continue;
    used.add(own.key);
    entries.push({ type: 'section', section: { key: own.key, title: own.title, text: own.text, guidance: null, required: false, stored: true } });
  }
  return finish(entries);
}

/** The free-text sections a new project starts with: the template's (key, title, empty text), or the defaults without one. */
export function newProjectSections(templateSections: readonly TemplateSection[] | null): ProjectSection[] {
  const source = templateSections === null ? defaultProjectSections : templateSections.filter((s) => s.kind === 'freeText');
  const seen = new Set<string>();
  return source.filter((s) => !seen.has(s.key) && seen.add(s.key)).map((s) => ({ key: s.key, title: s.title, text: '' }));
}

/** The project with `text` in section `key`, adding the section (with its shown title) when the project lacks it. */
export function withSectionText(project: Project, section: Pick<ShownSection, 'key' | 'title'>, text: string): Project {
  return { ...project, sections: withSectionTextByKey(project.sections, section.key, section.title, text) };
}
