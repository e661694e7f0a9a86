import { lastSaveError, useAutosaveStatus } from '../saving/autosave.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useUnsavedDraftCount } from './drafts.ts';

/** The quiet "Sparat": what autosave is doing, announced politely to screen readers. */
export function SaveIndicator() {
  const { t } = useI18n();
  const status = useAutosaveStatus();
  const unsaved = useUnsavedDraftCount();
  const text =
    status === 'pending' || status === 'saving'
      ? t('plans.save.pending')
      : status === 'saved'
        ? t('plans.save.saved')
        : status === 'failed'
          ? t('plans.save.failed', { message: lastSaveError() })
          : '';
  return (
    <p className={`save-indicator save-${status}`} role="status" data-save-status={status} data-unsaved-count={unsaved}>
      {text}
      {unsaved > 0 ? <span className="unsaved-summary">{unsaved === 1 ? t('ui.unsavedOne') : t('ui.unsavedCount', { count: unsaved })}</span> : null}
    </p>
  );
}
