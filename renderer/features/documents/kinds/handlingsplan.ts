/** Handlingsplan: one action plan, laid out by its own template version. */
import type { HandlingsplanInput } from '#shared/documents/handlingsplan.ts';
import { handlingsplanExportNames } from '#shared/documents/export-names.ts';
import type { CompletenessItem } from '#shared/plan/completeness.ts';
import { contentAsShown, handlingsplanOrder, planTemplateView, templateCompleteness } from '#shared/plan/template-sections.ts';
import { getProfile } from '../../../db/profile.ts';
import { listContacts } from '../../contacts/contact-repository.ts';
import { loadIndicatorDocumentData } from '../../indicators/indicator-document-queries.ts';
import { loadPlanContent } from '../../plans/plan-repository.ts';
import { templateForRef } from '../../templates/template-repository.ts';
import type { DocumentKind } from './document-kind.ts';

export interface HandlingsplanChoice {
  planId: string;
}

/** The plan with its own template version, which decides its sections, guidance, offers and what is required. */
async function planWithTemplate(planId: string) {
  const content = await loadPlanContent(planId);
  if (!content) throw new Error(`Planen ${planId} finns inte`);
  return { content, template: (await templateForRef(content.plan.templateRef))?.template };
}

export const handlingsplan: DocumentKind<HandlingsplanChoice, HandlingsplanInput, CompletenessItem> = {
  kind: 'handlingsplan',

  async missing(_database, { planId }) {
    const { content, template } = await planWithTemplate(planId);
    return templateCompleteness(content, template);
  },

  async gather(_database, { planId }, today, words) {
    const [{ content, template }, contacts, profile] = await Promise.all([planWithTemplate(planId), listContacts(), getProfile()]);
    const goalArea = content.goalArea;
    if (!goalArea) throw new Error(`Planen ${planId} eller dess målområde finns inte`);
    // The plan's indicators with Kolada values in the goal area's areas, each with its chart.
    const indicators = await loadIndicatorDocumentData(goalArea.id, planId, words);
    const view = planTemplateView(content.plan, template);
    const completeness = templateCompleteness(content, template);
    return {
      content: contentAsShown(content, view),
      supportOffers: template?.supportOffers ?? [],
      supportSectionKey: view.support?.sectionKey ?? null,
      perspectiveOrder: template?.perspectives.map((p) => p.name),
      order: handlingsplanOrder(view),
      goalArea,
      contacts,
      ownerName: profile?.name ?? goalArea.owner,
      today,
      draft: completeness.length > 0,
      completeness,
      kolada: indicators?.kolada ?? [],
    };
  },

  build: async (input, words, styles) => (await import('#shared/documents/handlingsplan.ts')).buildHandlingsplan(input, words, styles),

  names: ({ content: { plan }, goalArea, today }, _choice, words) => handlingsplanExportNames(words, plan, goalArea, today),

  source: ({ content: { plan }, draft }) => ({ sourceId: plan.id, version: plan.version, draft }),
};
