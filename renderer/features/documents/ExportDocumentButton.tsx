import './documents.css';
import { useId, useRef, useState } from 'react';
import { documentLanguages, type DocumentLanguage } from '#shared/documents/words/index.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import type { ExportChoice, MissingItem, WordDocumentKind } from './export-registry.ts';
import { exportMissing, runExport } from './run-export.ts';
import { errorText } from '../../ui/error-text.ts';

/** The words around an export: the status line after it and the dialog before a draft. */
export interface ExportTexts {
  saved: MessageKey;
  cancelled: MessageKey;
  failed: MessageKey;
  draftHeading: MessageKey;
  draftBody: MessageKey;
  asDraft: MessageKey;
  cancel: MessageKey;
}

const documentTexts: ExportTexts = {
  saved: 'documents.export.saved',
  cancelled: 'documents.export.cancelled',
  failed: 'documents.export.failed',
  draftHeading: 'documents.export.draftHeading',
  draftBody: 'documents.export.draftBody',
  asDraft: 'documents.export.asDraft',
  cancel: 'documents.export.cancel',
};

interface Props<K extends WordDocumentKind> {
  kind: K;
  choice: ExportChoice<K>;
  label: string;
  disabled?: boolean;
  /** The Dokument view's words when left out. */
  texts?: ExportTexts;
  /** One missing item in words, for the dialog's list; without it the dialog only counts them (the plan editor lists them beside the button). */
  describeMissing?: (item: MissingItem<K>) => string;
  /** The view's main action (the default), or one action among others, as in the plan editor. */
  primary?: boolean;
}

/**
 * Exports a document in the language chosen beside the button (the UI language unless changed):
 * a complete document at once; an incomplete one first says what is missing and can be exported
 * as a draft marked UTKAST.
 */
export function ExportDocumentButton<K extends WordDocumentKind>({ kind, choice, label, disabled, texts = documentTexts, describeMissing, primary = true }: Props<K>) {
  const { t, language: uiLanguage } = useI18n();
  const languageId = useId();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [language, setLanguage] = useState<DocumentLanguage>(uiLanguage);
  const [missing, setMissing] = useState<readonly MissingItem<K>[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const exportNow = async () => {
    setBusy(true);
    setStatus('');
    try {
      const result = await runExport(kind, choice, language);
      setStatus(result.status === 'saved' ? t(texts.saved, { name: result.name }) : t(texts.cancelled));
    } catch (error) {
      console.error('export failed', { kind, error });
      setStatus(t(texts.failed, { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };

  const start = async () => {
    const found = await exportMissing(kind, choice);
    if (found.length === 0) {
      await exportNow();
      return;
    }
    setMissing(found);
    dialog.current?.showModal();
  };

  return (
    <div className="export-action">
      <label htmlFor={languageId}>{t('documents.export.language')}</label>
      <select id={languageId} value={language} onChange={(e) => setLanguage(documentLanguages.find((l) => l === e.target.value) ?? uiLanguage)}>
        {documentLanguages.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`settings.language.${l}`)}
          </option>
        ))}
      </select>
      <button type="button" className={primary ? 'primary' : undefined} onClick={() => void start()} disabled={busy || disabled}>
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={headingId} className="about export-missing">
        <h2 id={headingId}>{t(texts.draftHeading)}</h2>
        <p>{t(texts.draftBody, { count: missing.length })}</p>
        {describeMissing ? (
          // The list can be long, so it scrolls; focusable so keyboard users can scroll it too.
          <ul tabIndex={0} aria-label={t('documents.export.missingList')}>
            {missing.map((item, index) => (
              <li key={index}>{describeMissing(item)}</li>
            ))}
          </ul>
        ) : null}
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              dialog.current?.close();
              void exportNow();
            }}
          >
            {t(texts.asDraft)}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t(texts.cancel)}
          </button>
        </div>
      </dialog>
      <p role="status" className="status export-status">
        {status}
      </p>
    </div>
  );
}
