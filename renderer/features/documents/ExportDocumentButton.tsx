import { useRef, useState } from 'react';
import type { SaveFileResult } from '../../../shared/platform/contract.ts';
import { useI18n } from '../../i18n/i18n.tsx';

interface Props {
  label: string;
  /** What is still missing, as sentences; empty when the document is complete. */
  missing: () => Promise<string[]>;
  /** Builds and saves the document; `draft` is true when it is exported although something is missing. */
  run: (draft: boolean) => Promise<SaveFileResult>;
  disabled?: boolean;
}

/**
 * An export that first shows what is missing: a complete document is exported at once; an
 * incomplete one lists the gaps and can be exported as a draft marked Utkast.
 */
export function ExportDocumentButton({ label, missing, run, disabled }: Props) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [items, setItems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const exportNow = async (draft: boolean) => {
    setBusy(true);
    setStatus('');
    try {
      const result = await run(draft);
      setStatus(result.status === 'saved' ? t('documents.export.saved', { name: result.name }) : t('documents.export.cancelled'));
    } catch (error) {
      console.error('export failed', error);
      setStatus(t('documents.export.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const start = async () => {
    const found = await missing();
    if (found.length === 0) {
      await exportNow(false);
      return;
    }
    setItems(found);
    dialog.current?.showModal();
  };

  return (
    <div className="export-action">
      <button type="button" className="primary" onClick={() => void start()} disabled={busy || disabled}>
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby="export-missing-heading" className="about export-missing">
        <h2 id="export-missing-heading">{t('documents.export.draftHeading')}</h2>
        <p>{t('documents.export.draftBody', { count: items.length })}</p>
        {/* The list can be long, so it scrolls; focusable so keyboard users can scroll it too. */}
        <ul tabIndex={0} aria-label={t('documents.export.missingList')}>
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              dialog.current?.close();
              void exportNow(true);
            }}
          >
            {t('documents.export.asDraft')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()} autoFocus>
            {t('documents.export.cancel')}
          </button>
        </div>
      </dialog>
      <p role="status" className="status export-status">
        {status}
      </p>
    </div>
  );
}
