import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import { entriesCsvFile, weeklyCsvFile, type CsvFile } from './follow-up-export.ts';
import { entriesRange, weeklyRange, type FollowUpScope } from '#shared/timelog/follow-up-range.ts';
import { exportCsv } from './save-csv.ts';
import { preloadActivityTable } from '../../activities/activity-queries.ts';
import { errorText } from '../../../ui/error-text.ts';

/** The two CSV exports for the range on screen, with a status line that says what was saved. */
export function CsvExport({ scope, headingLevel = 3 }: { scope: FollowUpScope; headingLevel?: 3 | 4 }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const entries = entriesRange(scope);
  const weeks = weeklyRange(scope);
  // The entries file names the activities: their titles are read while the browser is idle and then followed, so an export reads only the entries.
  useEffect(() => preloadActivityTable(), []);

  async function run(build: () => Promise<CsvFile>) {
    setBusy(true);
    setStatus(t('timelog.followUp.export.busy'));
    try {
      const result = await exportCsv(build);
      setStatus(result.status === 'saved' ? t('timelog.followUp.export.saved', { name: result.name }) : t('timelog.followUp.export.cancelled'));
    } catch (error) {
      console.error('CSV-exporten misslyckades', scope, error);
      setStatus(t('timelog.followUp.export.failed', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="follow-up-export-heading" className="follow-up-export">
      <Heading id="follow-up-export-heading">{t('timelog.followUp.export.heading')}</Heading>
      <p className="help">{t('timelog.followUp.export.help', { entriesFrom: entries.from, entriesTo: entries.to, weeksFrom: weeks.from, weeksTo: weeks.to })}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void run(() => entriesCsvFile(scope))}>
          {t('timelog.followUp.export.entries')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run(() => weeklyCsvFile(scope))}>
          {t('timelog.followUp.export.weekly')}
        </button>
      </div>
      <p role="status" className="status export-status">
        {status}
      </p>
    </section>
  );
}
