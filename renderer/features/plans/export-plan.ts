import { platform } from '#host';
import { planCompleteness } from '../../../shared/plan/completeness.ts';
import { flushSaves } from '../../app/autosave.ts';
import { getProfile } from '../../db/profile.ts';
import { requiredSectionKeys } from './plan-defaults.ts';
import { listContacts } from '../contacts/contact-repository.ts';
import { loadPlanContent } from './plan-repository.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type ExportResult = { status: 'saved'; name: string } | { status: 'cancelled' };

/** What the export would say is missing; empty when the plan is complete. */
export async function exportCompleteness(planId: string) {
  await flushSaves();
  const content = await loadPlanContent(planId);
  if (!content) throw new Error(`Planen ${planId} finns inte`);
  return planCompleteness(content, requiredSectionKeys);
}

/**
 * Builds the handlingsplan as a Word file and saves it through the host
 * (Spara som on desktop, a download in the browser). The document builder
 * is loaded on first use, so the app starts without it.
 */
export async function exportPlanToWord(planId: string, today: string): Promise<ExportResult> {
  await flushSaves();
  const [content, contacts, profile, documents] = await Promise.all([
    loadPlanContent(planId),
    listContacts(),
    getProfile(),
    Promise.all([import('../../../shared/documents/handlingsplan.ts'), import('../../../shared/documents/pack.ts'), import('../../../shared/documents/file-name.ts')]),
  ]);
  if (!content || !content.goalArea) throw new Error(`Planen ${planId} eller dess målområde finns inte`);
  const [{ buildHandlingsplan }, { packDocx }, { documentFileName }] = documents;
  const completeness = planCompleteness(content, requiredSectionKeys);
  const document = buildHandlingsplan({
    content,
    goalArea: content.goalArea,
    contacts,
    ownerName: profile?.name ?? content.goalArea.owner,
    today,
    draft: completeness.length > 0,
    completeness,
  });
  const bytes = await packDocx(document);
  const suggestedName = documentFileName('Handlingsplan', content.goalArea.name, content.plan.periodStart, content.plan.periodEnd, content.plan.version, today);
  return platform.saveFile({ suggestedName, bytes, mimeType: DOCX_MIME, filters: [{ name: 'Word-dokument', extensions: ['docx'] }] });
}
