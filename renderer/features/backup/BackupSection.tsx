import { useRef, useState } from 'react';
import { platform } from '#host';
import { formatInteger } from '../../../shared/format.ts';
import { WORKBOOK_FILE_MIME } from '../../../shared/workbook-file/workbook-file.ts';
import { workbookTableNames } from '../../../shared/workbook-file/tables.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { exportWorkbook, isWorkbookEmpty, previewBackup, restoreWorkbook, suggestedBackupName, type BackupPreview } from './backup-repository.ts';

// The filter's extension is the last part only: hosts accept no dots in an extension.
const backupFilter = (name: string) => [{ name, extensions: ['json'] }];

interface Pending {
  name: string;
  bytes: Uint8Array;
  preview: Extract<BackupPreview, { ok: true }>;
  empty: boolean;
}

function localDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '–';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} kl. ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Säkerhetskopiera and Återställ in Inställningar. A restore shows what the
 * file holds first; replacing a workbook saves a safety copy of it before
 * anything changes, and the page reloads afterwards so every view reads
 * the restored data.
 */
export function BackupSection() {
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

  const backUp = async () => {
    setBusy(true);
    report(t('backup.working'));
    try {
      const now = new Date();
      const bytes = await exportWorkbook(() => now);
      const result = await platform.saveFile({ suggestedName: await suggestedBackupName(now), bytes, mimeType: WORKBOOK_FILE_MIME, filters: backupFilter(t('backup.fileType')) });
      report(result.status === 'saved' ? t('backup.saved', { name: result.name }) : t('backup.cancelled'));
    } catch (error) {
      console.error('backup failed', error);
      report(t('backup.failed', { message: error instanceof Error ? error.message : String(error) }), true);
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = async () => {
    setBusy(true);
    report('');
    try {
      const opened = await platform.openFile({ accept: backupFilter(t('backup.fileType')) });
      if (opened.status === 'cancelled') {
        report(t('backup.openCancelled'));
        return;
      }
      const preview = previewBackup(opened.bytes);
      if (!preview.ok) {
        report(t('backup.refused', { name: opened.name, problem: preview.problem }), true);
        return;
      }
      setPending({ name: opened.name, bytes: opened.bytes, preview, empty: await isWorkbookEmpty() });
      dialog.current?.showModal();
    } catch (error) {
      console.error('opening a backup failed', error);
      report(t('backup.failed', { message: error instanceof Error ? error.message : String(error) }), true);
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
      const now = new Date();
      const safetyName = await suggestedBackupName(now, t('backup.safetyCopyName'));
      const result = await restoreWorkbook(pending.bytes, {
        replace: true,
        now: () => now,
        saveSafetyCopy: async (bytes) => (await platform.saveFile({ suggestedName: safetyName, bytes, mimeType: WORKBOOK_FILE_MIME, filters: backupFilter(t('backup.fileType')) })).status === 'saved',
      });
      if (result.status === 'restored') {
        report(t('backup.restored'));
        window.location.reload();
        return;
      }
      report(t('backup.refused', { name: pending.name, problem: result.status === 'refused' ? result.problem : '' }), true);
    } catch (error) {
      console.error('restore failed', error);
      report(t('backup.failed', { message: error instanceof Error ? error.message : String(error) }), true);
    } finally {
      setPending(null);
      setBusy(false);
    }
  };

  const tables = pending ? pending.preview.tables : null;
  return (
    <div className="backup">
      <p>{t('backup.intro')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void backUp()} disabled={busy}>
          {t('backup.save')}
        </button>
        <button type="button" onClick={() => void chooseFile()} disabled={busy}>
          {t('backup.restore')}
        </button>
      </div>
      <p role="status" className="status backup-status">
        {status}
      </p>
      {/* Only while there is a refusal: an alert is announced when it appears, and an empty one would be a second alert on the page. */}
      {problem !== '' && (
        <p role="alert" className="problem backup-problem">
          {problem}
        </p>
      )}
      <dialog ref={dialog} aria-labelledby="backup-preview-heading" className="about backup-preview" onClose={() => setPending(null)}>
        <h2 id="backup-preview-heading">{t('backup.previewHeading')}</h2>
        {pending && tables && (
          <>
            <p>{t('backup.previewFile', { name: pending.name })}</p>
            <p>{t('backup.previewCreated', { date: localDateTime(pending.preview.createdAt), version: pending.preview.appVersion || '–' })}</p>
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
    </div>
  );
}
