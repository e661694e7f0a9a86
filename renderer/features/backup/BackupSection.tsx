import { useCallback, useEffect, useState } from 'react';
import { platform } from '#host';
import type { AutoBackupList } from '#shared/platform/contract.ts';
import { AUTO_BACKUPS_KEPT } from '#shared/platform/contract.ts';
import { formatFileSize } from '#shared/format.ts';
import type { SettingsPatch } from '#shared/settings.ts';
import { WORKBOOK_FILE_MIME } from '#shared/workbook-file/workbook-file.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { exportWorkbook, suggestedBackupName } from './backup-repository.ts';
import { lastAutoBackupProblem, onAutoBackupChange } from './use-auto-backup.ts';
import { backupFilter, localDateTime, useRestoreFlow } from './use-restore-flow.tsx';
import { errorText } from '../../ui/error-text.ts';

interface Props {
  autoBackup: boolean;
  onChangeSettings: (patch: SettingsPatch) => Promise<void>;
}

/**
 * Säkerhetskopiera and Återställ in Inställningar, and the automatic daily
 * copies with a restore button each (see use-restore-flow.tsx for what a
 * restore does).
 */
export function BackupSection({ autoBackup, onChangeSettings }: Props) {
  const { t } = useI18n();
  const flow = useRestoreFlow();
  const { report, setBusy } = flow;

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
      report(t('backup.failed', { message: errorText(error) }), true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="backup">
      <p>{t('backup.intro')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void backUp()} disabled={flow.busy}>
          {t('backup.save')}
        </button>
        <button type="button" onClick={() => void flow.chooseFile()} disabled={flow.busy}>
          {t('backup.restore')}
        </button>
      </div>
      {flow.view}
      <AutoBackups enabled={autoBackup} onChangeSettings={onChangeSettings} flow={flow} />
    </div>
  );
}

function AutoBackups({ enabled, onChangeSettings, flow }: { enabled: boolean; onChangeSettings: Props['onChangeSettings']; flow: ReturnType<typeof useRestoreFlow> }) {
  const { t, language } = useI18n();
  const [list, setList] = useState<AutoBackupList | null>(null);
  const [listProblem, setListProblem] = useState('');
  const [writeProblem, setWriteProblem] = useState(lastAutoBackupProblem);

  const load = useCallback(() => {
    platform.listAutoBackups().then(
      (loaded) => {
        setList(loaded);
        setListProblem('');
      },
      (error: unknown) => {
        console.error('listing automatic backups failed', error);
        setListProblem(t('backup.auto.listFailed', { message: errorText(error) }));
      },
    );
  }, [t]);
  useEffect(() => {
    load();
    return onAutoBackupChange(() => {
      setWriteProblem(lastAutoBackupProblem());
      load();
    });
  }, [load]);

  const read = async (id: string): Promise<Uint8Array | null> => {
    try {
      return await platform.readAutoBackup(id);
    } catch (error) {
      flow.report(t('backup.auto.readFailed', { message: errorText(error) }), true);
      load();
      return null;
    }
  };

  const restore = async (id: string, label: string) => {
    flow.rememberTrigger();
    flow.setBusy(true);
    flow.report('');
    try {
      const bytes = await read(id);
      if (bytes) await flow.offer(t('backup.auto.copyName', { date: label }), bytes);
    } finally {
      flow.setBusy(false);
    }
  };

  const saveAs = async (id: string, createdAt: string) => {
    flow.setBusy(true);
    try {
      const bytes = await read(id);
      if (!bytes) return;
      const suggestedName = await suggestedBackupName(new Date(createdAt), t('backup.auto.fileSuffix'));
      const result = await platform.saveFile({ suggestedName, bytes, mimeType: WORKBOOK_FILE_MIME, filters: backupFilter(t('backup.fileType')) });
      flow.report(result.status === 'saved' ? t('backup.saved', { name: result.name }) : t('backup.cancelled'));
    } catch (error) {
      flow.report(t('backup.saveFailed', { message: errorText(error) }), true);
    } finally {
      flow.setBusy(false);
    }
  };

  return (
    <section aria-labelledby="auto-backups" className="auto-backups">
      <h3 id="auto-backups">{t('backup.auto.heading')}</h3>
      <p>{t(list?.location === 'browserStorage' ? 'backup.auto.introBrowser' : 'backup.auto.introDesktop', { count: AUTO_BACKUPS_KEPT })}</p>
      <p>
        <label>
          <input type="checkbox" checked={enabled} onChange={(event) => void onChangeSettings({ autoBackup: event.target.checked })} />
          {t('backup.auto.toggle')}
        </label>
      </p>
      {listProblem !== '' && (
        <p role="alert" className="problem">
          {listProblem}
        </p>
      )}
      {writeProblem !== null && enabled && (
        <p role="alert" className="problem">
          {t('backup.auto.writeFailed', { message: writeProblem })}
        </p>
      )}
      {list === null ? null : list.backups.length === 0 ? (
        <p>{enabled ? t('backup.auto.none') : t('backup.auto.noneOff')}</p>
      ) : (
        <table className="auto-backup-list">
          <caption>{t('backup.auto.caption', { count: list.backups.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backup.auto.when')}</th>
              <th scope="col">{t('backup.auto.size')}</th>
              <th scope="col">{t('backup.auto.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.backups.map((backup) => {
              const label = localDateTime(backup.createdAt, language);
              return (
                <tr key={backup.id}>
                  <th scope="row">{label}</th>
                  <td className="number">{formatFileSize(backup.size, language)}</td>
                  <td>
                    <div className="actions">
                      <button type="button" onClick={() => void restore(backup.id, label)} disabled={flow.busy} aria-label={t('backup.auto.restoreOne', { date: label })}>
                        {t('backup.auto.restore')}
                      </button>
                      <button type="button" onClick={() => void saveAs(backup.id, backup.createdAt)} disabled={flow.busy} aria-label={t('backup.auto.saveOne', { date: label })}>
                        {t('backup.auto.saveAs')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
