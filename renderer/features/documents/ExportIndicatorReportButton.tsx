import { ExportDocumentButton } from './ExportDocumentButton.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** *Exportera indikatorrapport* for the goal area (or the one plan) Planer › Indikatorer shows; the app composes it into that view. */
export function ExportIndicatorReportButton({ goalAreaId, planId }: { goalAreaId: string; planId: string | null }) {
  const { t } = useI18n();
  return <ExportDocumentButton kind="indikatorrapport" choice={{ goalAreaId, planId }} label={t('documents.indikatorrapport.export')} primary={false} />;
}
