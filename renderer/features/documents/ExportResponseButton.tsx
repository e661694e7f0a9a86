import { ExportDocumentButton } from './ExportDocumentButton.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * *Bemötande (Word)*: the MOA's response to one version's review, for the secretariat; the app
 * composes it into the Granskning view's Synpunkter. Without review items (`version` null) there is
 * nothing to answer: the button is disabled and the sentence before it says why.
 */
export function ExportResponseButton({ planId, version }: { planId: string; version: number | null }) {
  const { t } = useI18n();
  return (
    <div className="review-response">
      <p className="help">{version === null ? t('review.response.none') : t('review.response.intro', { version })}</p>
      <ExportDocumentButton kind="bemotande" choice={{ planId, version }} label={t('review.response.export')} disabled={version === null} primary={false} />
    </div>
  );
}
