/**
 * *Visa som tabell*: the chart's rows as a real table (name, type, what it belongs to, start, end,
 * status), for screen readers and for anyone who would rather read than look. Shown in pages of
 * 250 rows, so 11 000 rows do not all land in the page at once.
 */
import { useState } from 'react';
import type { TimelineRow } from '#shared/timeline/rows.ts';
import { formatInteger } from '#shared/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { belongsToText, hrefOf, kindText, statusText, titleText } from './timeline-text.ts';

const PAGE = 250;

export function TimelineTable({ rows }: { rows: readonly TimelineRow[] }) {
  const { t, language } = useI18n();
  const [limit, setLimit] = useState(PAGE);
  const shown = rows.slice(0, limit);
  const more = Math.min(PAGE, rows.length - shown.length);
  return (
    <div className="timeline-table-wrap">
      <table className="timeline-table">
        <caption>{t('timeline.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timeline.table.name')}</th>
            <th scope="col">{t('timeline.table.type')}</th>
            <th scope="col">{t('timeline.table.belongsTo')}</th>
            <th scope="col">{t('timeline.table.start')}</th>
            <th scope="col">{t('timeline.table.end')}</th>
            <th scope="col">{t('timeline.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.key} className={row.level === 1 ? 'is-group' : undefined}>
              <th scope="row" className={`level-${row.level}`}>
                <a href={hrefOf(row)}>{titleText(row, t)}</a>
              </th>
              <td>{kindText(row, t)}</td>
              <td>{belongsToText(row, t)}</td>
              <td className="date">{row.start}</td>
              <td className="date">{row.end}</td>
              <td>{statusText(row, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && (
        <p className="timeline-table-more">
          {t('timeline.table.showing', { shown: formatInteger(shown.length, language), total: formatInteger(rows.length, language) })}{' '}
          <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
            {t('timeline.table.more', { count: formatInteger(more, language) })}
          </button>
        </p>
      )}
    </div>
  );
}
