import type { SummaryPeriod } from '#shared/timelog/summary.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { Balance } from './ChartParts.tsx';
import type { FollowUpCategory } from './follow-up-categories.ts';
import { formatHours, formatShare, periodName } from './follow-up-format.ts';
import type { FollowUpModel } from './follow-up-model.ts';

const minutesOf = (byCategory: Readonly<Record<string, number>>, id: string) => (Object.hasOwn(byCategory, id) ? (byCategory[id] ?? 0) : 0);

/** The key figures of the whole range: logged time, MOA time, mandate, over/under, project share. */
export function KeyFigures({ model }: { model: FollowUpModel }) {
  const { t, language } = useI18n();
  const { totals } = model;
  const hours = (minutes: number) => t('timelog.followUp.hours', { hours: formatHours(minutes, language) });
  const figures = [
    { key: 'total', label: t('timelog.followUp.figure.total'), value: hours(totals.totalMinutes) },
    { key: 'moa', label: t('timelog.followUp.figure.moa'), value: hours(totals.moaMinutes) },
    { key: 'mandate', label: t('timelog.followUp.figure.mandate'), value: hours(totals.mandateMinutes) },
    { key: 'balance', label: t('timelog.followUp.figure.balance'), value: <Balance minutes={totals.moaOverMandateMinutes} unit /> },
    { key: 'projectShare', label: t('timelog.followUp.figure.projectShare'), value: formatShare(totals.projectShare, language) },
  ];
  return (
    <dl className="key-figures">
      {figures.map((figure) => (
        <div key={figure.key} data-figure={figure.key}>
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface Props {
  model: FollowUpModel;
  period: SummaryPeriod;
  headingId: string;
}

/** Hours per period and category, MOA time against the mandate, year to date, and the project share. */
export function FollowUpTable({ model, period, headingId }: Props) {
  const { t, language } = useI18n();
  const { rows, categories, totals, range } = model;
  const hours = (minutes: number) => formatHours(minutes, language);
  const name = (c: FollowUpCategory) => (c.archived ? t('timelog.followUp.archived', { name: c.name }) : c.name);
  return (
    <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
      <table className="follow-up-table follow-up-summary" data-range={`${range.from}_${range.to}`} data-period={period}>
        <caption>{t('timelog.followUp.table.caption', range)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timelog.followUp.col.period')}</th>
            {categories.map((c) => (
              <th scope="col" key={c.id} className="number">
                {name(c)}
              </th>
            ))}
            <th scope="col" className="number strong">
              {t('timelog.followUp.col.total')}
            </th>
            <th scope="col" className="number group-start">
              {t('timelog.followUp.col.moa')}
            </th>
            <th scope="col" className="number">
              {t('timelog.followUp.col.mandate')}
            </th>
            <th scope="col" className="number">
              {t('timelog.followUp.col.balance')}
            </th>
            <th scope="col" className="number group-start">
              {t('timelog.followUp.col.cumulativeMoa')}
            </th>
            <th scope="col" className="number">
              {t('timelog.followUp.col.cumulativeMandate')}
            </th>
            <th scope="col" className="number group-start">
              {t('timelog.followUp.col.projectShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-period-key={row.key}>
              <th scope="row" className="nowrap" title={row.from === row.to ? row.from : `${row.from} – ${row.to}`}>
                {periodName(row.key, t)}
              </th>
              {categories.map((c) => (
                <td key={c.id} className="number">
                  {hours(minutesOf(row.minutesByCategory, c.id))}
                </td>
              ))}
              <td className="number strong">{hours(row.totalMinutes)}</td>
              <td className="number group-start">{hours(row.moaMinutes)}</td>
              <td className="number">{hours(row.mandateMinutes)}</td>
              <td className="number">
                <Balance minutes={row.moaOverMandateMinutes} />
              </td>
              <td className="number group-start">{hours(row.cumulativeMoaMinutes)}</td>
              <td className="number">{hours(row.cumulativeMandateMinutes)}</td>
              <td className="number group-start">{formatShare(row.projectShare, language)}</td>
            </tr>
          ))}
        </tbody>
        {rows.length > 1 ? (
          <tfoot>
            <tr>
              <th scope="row">{t('timelog.followUp.sum')}</th>
              {categories.map((c) => (
                <td key={c.id} className="number">
                  {hours(minutesOf(totals.minutesByCategory, c.id))}
                </td>
              ))}
              <td className="number strong">{hours(totals.totalMinutes)}</td>
              <td className="number group-start">{hours(totals.moaMinutes)}</td>
              <td className="number">{hours(totals.mandateMinutes)}</td>
              <td className="number">
                <Balance minutes={totals.moaOverMandateMinutes} />
              </td>
              <td className="group-start" />
              <td />
              <td className="number group-start">{formatShare(totals.projectShare, language)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
