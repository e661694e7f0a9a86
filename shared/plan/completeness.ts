/**
 * What is still missing before a plan can be handed in, in the order a
 * reader meets it: sections, then the outline. The plan view and the Word
 * export show the same list.
 */
import { missingFields } from '../fields/fields.ts';
import { activityFields, strategyFields, tacticFields } from './fields.ts';
import { buildForest, readingOrder } from './forest.ts';
import { isOutsidePeriod } from './period-dates.ts';
import type { PlanContent } from './types.ts';

export interface CompletenessItem {
  kind: 'section' | 'strategy' | 'tactic' | 'activity' | 'plan';
  /** Section key for sections, row id otherwise. */
  id: string | null;
  field: string;
  /** `empty`: the field has no content; `outsidePeriod`: an activity's dates (field `dates`) lie outside the plan's period. */
  code: 'empty' | 'outsidePeriod';
}

/** Whitespace alone is not content. */
function blank(text: string): boolean {
  return text.trim() === '';
}

export interface CompletenessOptions {
  /** The template's support section: a ticked offer of support fills it as text does. */
  supportSectionKey?: string | null;
}

export function planCompleteness(content: PlanContent, requiredSections: readonly string[], options: CompletenessOptions = {}): CompletenessItem[] {
  const items: CompletenessItem[] = [];
  const required = new Set(requiredSections);
  const present = new Set<string>();
  const supportTicked = (content.plan.supportRequests ?? []).length > 0;
  const filled = (key: string, text: string) => !blank(text) || (supportTicked && key === options.supportSectionKey);
  for (const section of content.plan.sections) {
    present.add(section.key);
    if (required.has(section.key) && !filled(section.key, section.text)) items.push({ kind: 'section', id: section.key, field: 'text', code: 'empty' });
  }
  // A required section the plan does not have at all is as empty as a blank one; it goes after those the reader sees.
  for (const key of required) if (!present.has(key) && !filled(key, '')) items.push({ kind: 'section', id: key, field: 'text', code: 'empty' });

  if (content.strategies.length === 0) items.push({ kind: 'plan', id: content.plan.id, field: 'strategies', code: 'empty' });

  const forest = buildForest(content);
  for (const visit of readingOrder(forest)) {
    const node = forest.nodes.get(visit.id);
    if (!node) continue;
    const id = node.row.id;
    switch (node.kind) {
      case 'strategy':
        for (const field of missingFields(strategyFields, node.row)) items.push({ kind: 'strategy', id, field, code: 'empty' });
        break;
      case 'tactic':
        for (const field of missingFields(tacticFields, node.row)) items.push({ kind: 'tactic', id, field, code: 'empty' });
        break;
      case 'activity':
        for (const field of missingFields(activityFields, node.row)) items.push({ kind: 'activity', id, field, code: 'empty' });
        // Typically carried by Ny period without moving its dates: it would be planned for a period the plan does not cover.
        if (isOutsidePeriod(node.row, content.plan)) items.push({ kind: 'activity', id, field: 'dates', code: 'outsidePeriod' });
        break;
    }
  }
  return items;
}
