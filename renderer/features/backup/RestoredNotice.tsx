import './restored-notice.css';
import { useEffect, useState } from 'react';
import { formatDateTime, formatInteger } from '#shared/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { takeRestoreReport, type RestoreReport } from './restore-report.ts';

/** Taken from storage once per start and kept here, so a remount (StrictMode, a view that mounts the shell again) still shows it until it is closed. */
let thisStart: RestoreReport | null | undefined;
const reportOfThisStart = (): RestoreReport | null => (thisStart ??= takeRestoreReport());

/**
 * After a restore and its reload: which backup was restored and what it held (plans, projects,
 * time entries), at the top of whichever view the app opens on. The status region is there
 * from the start and filled after mounting, so screen readers announce it.
 */
export function RestoredNotice() {
  const { t, language } = useI18n();
  const [report, setReport] = useState<RestoreReport | null>(null);
  useEffect(() => setReport(reportOfThisStart()), []);
  return (
    <div role="status" className="restored-notice-region">
      {report ? (
        <div className="restored-notice">
          <p>
            {t('backup.restoredReport', {
              file: report.file,
              date: formatDateTime(new Date(report.createdAt), language),
              plans: formatInteger(report.actionPlans, language),
              projects: formatInteger(report.projects, language),
              entries: formatInteger(report.timeEntries, language),
            })}
          </p>
          <button
            type="button"
            onClick={() => {
              thisStart = null;
              setReport(null);
            }}
          >
            {t('backup.restoredClose')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
