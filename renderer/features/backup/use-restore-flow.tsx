import { useRef, useState, type ReactNode } from 'react';
import { platform } from '#host';
import { formatDateTime, formatInteger } from '#shared/format.ts';
import type { Language } from '#shared/settings.ts';
import { workbookTableNames } from '#shared/workbook-file/tables.ts';
import { flushSaves } from '../../saving/autosave.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { keepRestoreReport } from './restore-report.ts';
import type { BackupPreview } from './backup-repository.ts';
import { errorText } from '../../ui/error-text.ts';

/** The workbook file's reading and writing, loaded when a file is chosen rather than with the app (the first-run form uses this flow). */
const backupCode = () => Promise.all([import('./backup-repository.ts'), import('#shared/workbook-file/workbook-file.ts')]).then(([repository, file]) => ({ ...repository, WORKBOOK_FILE_MIME: file.WORKBOOK_FILE_MIME }));

// The filter's extension is the last part only: hosts accept no dots in an extension.
export const backupFilter = (name: string) => [{ name, extensions: ['json'] }];

interface Pending {
  name: string;
  preview: Extract<BackupPreview, { ok: true }>;
  empty: boolean;
}

/** A backup's time on this computer's clock, in the app's language (`2026-11-27 kl. 09:14`, `2026-11-27 09:14`). */
export function localDateTime(iso: string, language: Language): string {
  return formatDateTime(new Date(iso), language);
}

export interface RestoreFlow {
  /** Shows what the bytes hold and asks before restoring them; a refused file is reported instead. */
  offer(name: string, bytes: Uint8Array): Promise<void>;
  /** Lets the user pick a workbook file and offers it. */
  chooseFile(): Promise<void>;
  busy: boolean;
  /** The status line, the refusal (if any) and the preview dialog, to render where the flow is used. */
  view: ReactNode;
  report(text: string, isProblem?: boolean): void;
  setBusy(busy: boolean): void;
  /** Notes the focused control, for focus to go back to when the preview closes. */
  rememberTrigger(): void;
}

/**
 * Restoring a workbook file, shared by Inställningar (a file or an automatic
 * copy) and the first-run screen (a successor's hand-over file). The
 * preview comes first; replacing a workbook saves a safety copy of it before
 * anything changes; the page reloads afterwards so every view reads the
 * restored data.
 */
export function useRestoreFlow(options: { /** The view to open after the restore, e.g. the overview from the first-run screen. */ landOn?: string } = {}): RestoreFlow {
  const { t, language } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);

  const report = (text: string, isProblem = false) => {
    setStatus(isProblem ? '' : text);
    setProblem(isProblem ? text : '');
  };
  const failed = (error: unknown) => {
    console.error('restore failed', error);
    report(t('backup.restoreFailed', { message: errorText(error) }), true);
  };
  // The button that opened the preview: it is disabled while the file is read, so the dialog cannot give focus back to it by itself.
  const trigger = useRef<HTMLElement | null>(null);
  const rememberTrigger = () => {
    if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) trigger.current = document.activeElement;
  };

  const offer = async (name: string, bytes: Uint8Array) => {
    const { previewBackup, isWorkbookEmpty } = await backupCode();
    const preview = await previewBackup(bytes);
    if (!preview.ok) {
      report(t('backup.refused', { name, problem: preview.problem }), true);
      return;
    }
    setPending({ name, preview, empty: await isWorkbookEmpty() });
    dialog.current?.showModal();
  };

  const chooseFile = async () => {
    rememberTrigger();
    setBusy(true);
    report('');
    try {
      const opened = await platform.openFile({ accept: backupFilter(t('backup.fileType')) });
      if (opened.status === 'cancelled') report(t('backup.openCancelled'));
      else await offer(opened.name, opened.bytes);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!pending) return;
    dialog.current?.close();
    setBusy(true);
    report(t('backup.working'));
    try {
      // Edits still waiting are written first: the safety copy holds them, and none is replayed onto the restored workbook.
      await flushSaves();
      const { suggestedBackupName, restoreWorkbook, WORKBOOK_FILE_MIME } = await backupCode();
      const now = new Date();
      const safetyName = await suggestedBackupName(now, t('backup.safetyCopyName'));
      const result = await restoreWorkbook(pending.preview, {
        replace: true,
        now: () => now,
        saveSafetyCopy: async (bytes) => (await platform.saveFile({ suggestedName: safetyName, bytes, mimeType: WORKBOOK_FILE_MIME, filters: backupFilter(t('backup.fileType')) })).status === 'saved',
      });
      if (result.status === 'restored') {
        report(t('backup.restored'));
        const { tables: restored, createdAt } = pending.preview;
        keepRestoreReport({ file: pending.name, createdAt, actionPlans: restored.actionPlans.length, projects: restored.projects.length, timeEntries: restored.timeEntries.length });
        if (options.landOn) window.location.hash = options.landOn;
        window.location.reload();
        return;
      }
      if (result.status === 'safetyCopyNotSaved') report(t('backup.safetyCopyNotSaved'), true);
      else if (result.status === 'rolledBack') report(t('backup.restoreRolledBack', { message: result.message }), true);
      else report(t('backup.refused', { name: pending.name, problem: result.status === 'refused' ? result.problem : '' }), true);
    } catch (error) {
      failed(error);
    } finally {
      setPending(null);
      setBusy(false);
    }
  };

  const tables = pending ? pending.preview.tables : null;
  const view = (
    <>
      <p role="status" className="status backup-status">
        {status}
      </p>
      {/* Only while there is a refusal: an alert is announced when it appears, and an empty one would be a second alert on the page. */}
      {problem !== '' && (
        <p role="alert" className="problem backup-problem">
          {problem}
        </p>
      )}
      <dialog ref={dialog} aria-labelledby="backup-preview-heading" className="about backup-preview" onClose={() => {
          setPending(null);
          trigger.current?.focus();
        }}
      >
        <h2 id="backup-preview-heading">{t('backup.previewHeading')}</h2>
        {pending && tables && (
          <>
            <p>{t('backup.previewFile', { name: pending.name })}</p>
            <p>{t('backup.previewCreated', { date: localDateTime(pending.preview.createdAt, language), version: pending.preview.appVersion || '–' })}</p>
            <table>
              <caption>{t('backup.previewCounts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('backup.previewTable')}</th>
                  <th scope="col">{t('backup.previewCount')}</th>
                </tr>
              </thead>
              <tbody>
                {workbookTableNames.map((name) => (
                  <tr key={name}>
                    <th scope="row">{t(`backup.table.${name}`)}</th>
                    <td>{formatInteger(tables[name].length, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{pending.empty ? t('backup.emptyNote') : t('backup.replaceWarning')}</p>
          </>
        )}
        <div className="actions">
          <button type="button" className="primary" onClick={() => void restore()}>
            {pending?.empty ? t('backup.confirmEmpty') : t('backup.confirmReplace')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()} autoFocus>
            {t('backup.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
  return { offer, chooseFile, busy, view, report, setBusy, rememberTrigger };
}
