/**
 * The handlingsplan as its template defines it: which sections to show, in
 * which order, with which guidance, which are required, and where the
 * template places the workbook's structured parts. Pure, so the editor,
 * the completeness list and the Word export read the same answer.
 *
 * Decisions:
 * - Text is never lost to a template: a plan section whose key the template
 *   lacks (or uses for a structured part) is still shown, after the
 *   template's own sections, with the title the plan stored.
 * - A template section the plan does not hold yet is shown empty; the
 *   editor adds it to the plan on the first edit.
 * - The template's title wins over the stored one, so a section renamed in
 *   the plan's template version reads as the template says.
 * - Sections of kind `support` carry free text too (what the support should
 *   help with), next to the offers the MOA ticks.
 * - Without a template (a plan from before templates, or one whose version
 *   was removed) the plan shows its own sections, and the sections that
 *   were required before templates stay required.
 */
import { firstByKey } from './section-text.ts';
import type { HandlingsplanBlock, HandlingsplanPart } from '../documents/handlingsplan.ts';
import type { ActionPlan } from '../domain/plan.ts';
import type { SectionKind, SupportOffer, Template } from '../templates/schema.ts';
import { planCompleteness, type CompletenessItem } from './completeness.ts';
import type { PlanContent } from './types.ts';

/** Required before templates came (and for plans without one). */
export const fallbackRequiredSectionKeys: readonly string[] = ['sammanfattning', 'nulage', 'uppfoljning'];

/** The section that held the support text before templates: ticked offers of a plan without a template are shown under it. */
export const fallbackSupportSectionKey = 'stod';

/** The kinds a plan section stores text for. */
export type TextSectionKind = Extract<SectionKind, 'freeText' | 'support'>;
const textKinds: ReadonlySet<SectionKind> = new Set<SectionKind>(['freeText', 'support']);

/** A text section as shown: the stored text with the template's words around it. */
export interface ShownTextSection {
  key: string;
  title: string;
  text: string;
  /** The template's guidance; empty without one. */
  guidance: string;
  required: boolean;
  kind: TextSectionKind;
  /** False for a section the plan holds but its template does not define (or for every section without a template). */
  inTemplate: boolean;
  /** False for a template section the plan does not hold yet. */
  stored: boolean;
}

/** A structured part (strategies, activities, indicators …) where the template places it. */
export interface ShownStructuredPart {
  key: string;
  title: string;
  guidance: string;
  required: boolean;
  kind: Exclude<SectionKind, TextSectionKind>;
}

export type ShownPart = { type: 'text'; section: ShownTextSection } | { type: 'structured'; part: ShownStructuredPart };

/** An offer of support as the support section lists it; `known` is false for a ticked id the template no longer has. */
export interface ShownSupportOffer {
  id: string;
  name: string;
  description: string;
  ticked: boolean;
  known: boolean;
}

export interface PlanTemplateView {
  /** Whether a template shaped this view. */
  fromTemplate: boolean;
  /** Everything in the document's order: text sections and structured parts, then the plan's own extra sections. */
  parts: ShownPart[];
  /** Only the text sections, in the same order. */
  textSections: ShownTextSection[];
  /** Keys the completeness list checks for text. */
  requiredKeys: string[];
  /** Where the template places each structured kind (the first, as each may appear once). */
  structured: Partial<Record<ShownStructuredPart['kind'], ShownStructuredPart>>;
  /** The section the support offers belong under, or null when there is none to show. */
  support: { sectionKey: string | null; offers: ShownSupportOffer[] } | null;
}

type PlanSections = ActionPlan['sections'];

/** The first stored section per key (see section-text.ts). */
const byKey = (sections: PlanSections) => firstByKey(sections);

function ownSection(section: PlanSections[number], required: boolean): ShownTextSection {
  return { key: section.key, title: section.title, text: section.text, guidance: '', required, kind: 'freeText', inTemplate: false, stored: true };
}

/** The offers in the template's order, then ticked ids the template does not have (shown by id, never dropped). */
function supportOffers(offers: readonly SupportOffer[], ticked: readonly string[]): ShownSupportOffer[] {
  const chosen = new Set(ticked);
  const known = new Set(offers.map((o) => o.id));
  return [
    ...offers.map((o) => ({ id: o.id, name: o.name, description: o.description, ticked: chosen.has(o.id), known: true })),
    ...[...chosen].filter((id) => !known.has(id)).map((id) => ({ id, name: id, description: '', ticked: true, known: false })),
  ];
}

/**
 * What the plan editor, the completeness list and the export show for a
 * plan: its stored sections read through its template version (null or
 * undefined when it has none or the version is gone).
 */
export function planTemplateView(plan: Pick<ActionPlan, 'sections' | 'supportRequests'>, template: Template | null | undefined): PlanTemplateView {
  const stored = byKey(plan.sections);
  const ticked = plan.supportRequests ?? [];
  if (!template) {
    const required = new Set(fallbackRequiredSectionKeys);
    const textSections = [...stored.values()].map((s) => ownSection(s, required.has(s.key)));
    return {
      fromTemplate: false,
      parts: textSections.map((section) => ({ type: 'text', section })),
      textSections,
      // Only the fallback sections the plan holds: a plan written for another template (or one removed since) has no field for the others.
      requiredKeys: textSections.filter((s) => s.required).map((s) => s.key),
      structured: {},
      support: ticked.length === 0 ? null : { sectionKey: stored.has(fallbackSupportSectionKey) ? fallbackSupportSectionKey : null, offers: supportOffers([], ticked) },
    };
  }

  const parts: ShownPart[] = [];
  const structured: PlanTemplateView['structured'] = {};
  const shownKeys = new Set<string>();
  let supportKey: string | null = null;
  for (const section of template.actionPlan.sections) {
    const { key, title, guidance, required, kind } = section;
    if (kind === 'freeText' || kind === 'support') {
      if (shownKeys.has(key)) continue;
      shownKeys.add(key);
      const own = stored.get(key);
      parts.push({ type: 'text', section: { key, title, text: own?.text ?? '', guidance, required, kind, inTemplate: true, stored: own !== undefined } });
      if (kind === 'support' && supportKey === null) supportKey = key;
      continue;
    }
    const part: ShownStructuredPart = { key, title, guidance, required, kind };
    parts.push({ type: 'structured', part });
    structured[kind] ??= part;
  }
  for (const section of stored.values()) if (!shownKeys.has(section.key)) parts.push({ type: 'text', section: ownSection(section, false) });

  const textSections = parts.flatMap((p) => (p.type === 'text' ? [p.section] : []));
  const offers = supportOffers(template.supportOffers, ticked);
  return {
    fromTemplate: true,
    parts,
    textSections,
    requiredKeys: textSections.filter((s) => s.required).map((s) => s.key),
    structured,
    support: supportKey !== null ? { sectionKey: supportKey, offers } : ticked.length > 0 ? { sectionKey: null, offers } : null,
  };
}

/** The sections a new plan starts with: the template's text sections, empty. */
export function newPlanSections(template: Template): PlanSections {
  const seen = new Set<string>();
  return template.actionPlan.sections
    .filter((s) => textKinds.has(s.kind) && !seen.has(s.key) && seen.add(s.key))
    .map((s) => ({ key: s.key, title: s.title, text: '' }));
}

/** The plan's sections as the view shows them (template order and titles), for the completeness list and the export. */
export function sectionsAsShown(view: PlanTemplateView): PlanSections {
  return view.textSections.map(({ key, title, text }) => ({ key, title, text }));
}

/** The content with the plan's sections as the view shows them, so the list of what is missing and the document follow the template. */
export function contentAsShown<C extends PlanContent>(content: C, view: PlanTemplateView): C {
  return { ...content, plan: { ...content.plan, sections: sectionsAsShown(view) } };
}

/** What is still missing, by the plan's template version (or the fallback without one), in the template's order. */
export function templateCompleteness(content: PlanContent, template: Template | null | undefined): CompletenessItem[] {
  const view = planTemplateView(content.plan, template);
  return planCompleteness(contentAsShown(content, view), view.requiredKeys, { supportSectionKey: view.support?.sectionKey ?? null });
}

const documentParts: ReadonlySet<string> = new Set<HandlingsplanPart>(['strategyTree', 'activities', 'indicators', 'perspectives']);

/**
 * The handlingsplan document's order from the plan's template: its text
 * sections and its parts with the template's titles, where the template
 * places them. Undefined without a template: the document keeps its own order.
 */
export function handlingsplanOrder(view: PlanTemplateView): HandlingsplanBlock[] | undefined {
  if (!view.fromTemplate) return undefined;
  return view.parts.flatMap((p): HandlingsplanBlock[] => {
    if (p.type === 'text') return [{ type: 'section', key: p.section.key }];
    return documentParts.has(p.part.kind) ? [{ type: 'part', part: p.part.kind as HandlingsplanPart, title: p.part.title }] : [];
  });
}
