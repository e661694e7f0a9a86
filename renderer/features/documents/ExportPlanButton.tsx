import { ExportDocumentButton, type ExportTexts } from './ExportDocumentButton.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** The plan editor names the plan in its words and lists what is missing beside the button, so its dialog only counts. */
const planTexts: ExportTexts = {
  saved: 'plans.export.saved',
  cancelled: 'plans.export.cancelled',
  failed: 'plans.export.failed',
  draftHeading: 'plans.export.draftHeading',
  draftBody: 'plans.export.draftBody',
  asDraft: 'plans.export.asDraft',
  cancel: 'plans.export.cancel',
};

/** *Exportera till Word* for one handlingsplan, in the plan editor and in the Dokument view. */
export function ExportPlanButton({ planId }: { planId: string }) {
  const { t } = useI18n();
  return <ExportDocumentButton kind="handlingsplan" choice={{ planId }} label={t('plans.export.button')} texts={planTexts} primary={false} />;
}

/** *Granskningsunderlag (Word)*: the plan as a review copy for the reviewers, in the Granskning tab. */
export function ExportReviewCopyButton({ planId }: { planId: string }) {
  const { t } = useI18n();
  return <ExportDocumentButton kind="granskningsunderlag" choice={{ planId }} label={t('review.send.export')} texts={planTexts} primary={false} />;
}
