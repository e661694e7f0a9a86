import { useRef, useState } from 'react';
import { localToday } from '../../ui/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { exportCompleteness, exportPlanToWord } from './export-plan.ts';

/**
 * *Exportera till Word*: a complete plan is exported at once; an incomplete
 * one first shows how many things are missing (the list is in the editor)
 * and can be exported as a draft marked UTKAST.
 */
export function ExportPlanButton({ planId }: { planId: string }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [missing, setMissing] = useState(0);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setStatus('');
    try {
      const result = await exportPlanToWord(planId, localToday());
      setStatus(result.status === 'saved' ? t('plans.export.saved', { name: result.name }) : t('plans.export.cancelled'));
    } catch (error) {
      console.error('export failed', error);
      setStatus(t('plans.export.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const start = async () => {
    const items = await exportCompleteness(planId);
    if (items.length === 0) {
      await run();
      return;
    }
    setMissing(items.length);
    dialog.current?.showModal();
  };

  return (
    <>
      <button type="button" onClick={() => void start()} disabled={busy}>
        {t('plans.export.button')}
      </button>
      <dialog ref={dialog} aria-labelledby="export-draft-heading" className="about">
        <h2 id="export-draft-heading">{t('plans.export.draftHeading')}</h2>
        <p>{t('plans.export.draftBody', { count: missing })}</p>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              dialog.current?.close();
              void run();
            }}
          >
            {t('plans.export.asDraft')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()} autoFocus>
            {t('plans.export.cancel')}
          </button>
        </div>
      </dialog>
      <span role="status" className="status export-status">
        {status}
      </span>
    </>
  );
}
