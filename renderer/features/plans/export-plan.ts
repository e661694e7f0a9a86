import { contentAsShown, handlingsplanOrder, planTemplateView, templateCompleteness } from '../../../shared/plan/template-sections.ts';
import { flushSaves } from '../../saving/autosave.ts';
import { getProfile } from '../../db/profile.ts';
import { listContacts } from '../contacts/contact-repository.ts';
import { loadPlanContent } from './plan-repository.ts';
// eslint-disable-next-line no-restricted-imports -- exporting is being rebuilt as one export registry in documents/ (#14 point 4), which decides what documents offers other features; until then this import reaches across
import { DOCX_MIME, saveAndLog, wordFilter } from '../documents/export-log.ts';
import { activeTemplate, templateForRef } from '../templates/template-repository.ts';

export type ExportResult = { status: 'saved'; name: string } | { status: 'cancelled' };

/** What the export would say is missing, by the plan's own template version; empty when the plan is complete. */
export async function exportCompleteness(planId: string) {
  await flushSaves();
  const content = await loadPlanContent(planId);
  if (!content) throw new Error(`Planen ${planId} finns inte`);
  return templateCompleteness(content, (await templateForRef(content.plan.templateRef))?.template);
}

/**
 * Builds the handlingsplan as a Word file and saves it through the host
 * (Spara som on desktop, a download in the browser). The document builder
 * is loaded on first use, so the app starts without it.
 */
export async function exportPlanToWord(planId: string, today: string): Promise<ExportResult> {
  await flushSaves();
  const [content, contacts, profile, template, documents] = await Promise.all([
    loadPlanContent(planId),
    listContacts(),
    getProfile(),
    activeTemplate(),
    Promise.all([
      import('../../../shared/documents/handlingsplan.ts'),
      import('../../../shared/documents/pack.ts'),
      import('../../../shared/documents/file-name.ts'),
      import('../../../shared/documents/reference-styles.ts'),
    ]),
  ]);
  if (!content || !content.goalArea) throw new Error(`Planen ${planId} eller dess målområde finns inte`);
  const [{ buildHandlingsplan }, { packDocx }, { documentFileName }, { referenceStylesForExport }] = documents;
  // The plan's own template version decides its sections, guidance and offers; the active one only its look.
  const planTemplate = (await templateForRef(content.plan.templateRef))?.template;
  const view = planTemplateView(content.plan, planTemplate);
  const completeness = templateCompleteness(content, planTemplate);
  const document = buildHandlingsplan({
    content: contentAsShown(content, view),
    supportOffers: planTemplate?.supportOffers ?? [],
    supportSectionKey: view.support?.sectionKey ?? null,
    perspectiveOrder: planTemplate?.perspectives.map((p) => p.name),
    order: handlingsplanOrder(view),
    goalArea: content.goalArea,
    contacts,
    ownerName: profile?.name ?? content.goalArea.owner,
    today,
    draft: completeness.length > 0,
    completeness,
    // The active template's reference document sets the look; without one, the default styles.
    referenceStyles: await referenceStylesForExport(template?.referenceStylesXml ?? undefined),
  });
  const bytes = await packDocx(document);
  const suggestedName = documentFileName('Handlingsplan', content.goalArea.name, content.plan.periodStart, content.plan.periodEnd, content.plan.version, today);
  return saveAndLog(
    { suggestedName, bytes, mimeType: DOCX_MIME, filters: [wordFilter] },
    { kind: 'handlingsplan', subject: content.plan.title, sourceId: content.plan.id, version: content.plan.version, draft: completeness.length > 0 },
  );
}
