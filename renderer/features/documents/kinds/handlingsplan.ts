/** Handlingsplan: one action plan, laid out by its own template version. */
import type { HandlingsplanInput } from '../../../../shared/documents/handlingsplan.ts';
import { documentFileName } from '../../../../shared/documents/file-name.ts';
import type { CompletenessItem } from '../../../../shared/plan/completeness.ts';
import { contentAsShown, handlingsplanOrder, planTemplateView, templateCompleteness } from '../../../../shared/plan/template-sections.ts';
import { getProfile } from '../../../db/profile.ts';
import { listContacts } from '../../contacts/contact-repository.ts';
import { loadPlanContent } from '../../plans/plan-repository.ts';
import { templateForRef } from '../../templates/template-repository.ts';
import type { DocumentKind } from './document-kind.ts';

export interface HandlingsplanChoice {
  planId: string;
}

// merge: the words helper's builder takes the reference styles as an argument instead.
type Input = Omit<HandlingsplanInput, 'referenceStyles'>;

/** The plan with its own template version, which decides its sections, guidance, offers and what is required. */
async function planWithTemplate(planId: string) {
  const content = await loadPlanContent(planId);
  if (!content) throw new Error(`Planen ${planId} finns inte`);
  return { content, template: (await templateForRef(content.plan.templateRef))?.template };
}

export const handlingsplan: DocumentKind<HandlingsplanChoice, Input, CompletenessItem> = {
  kind: 'handlingsplan',

  async missing(_database, { planId }) {
    const { content, template } = await planWithTemplate(planId);
    return templateCompleteness(content, template);
  },

  async gather(_database, { planId }, today) {
    const [{ content, template }, contacts, profile] = await Promise.all([planWithTemplate(planId), listContacts(), getProfile()]);
    const goalArea = content.goalArea;
    if (!goalArea) throw new Error(`Planen ${planId} eller dess målområde finns inte`);
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
    };
  },

  build: async (input, _words, styles) => (await import('../../../../shared/documents/handlingsplan.ts')).buildHandlingsplan({ ...input, referenceStyles: styles }),

  // merge: words helper's export-names
  names: ({ content: { plan }, goalArea, today }) => ({
    fileName: documentFileName('Handlingsplan', goalArea.name, plan.periodStart, plan.periodEnd, plan.version, today),
    subject: plan.title,
  }),

  source: ({ content: { plan }, draft }) => ({ sourceId: plan.id, version: plan.version, draft }),
};
