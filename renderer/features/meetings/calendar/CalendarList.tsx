import type { CalendarItem } from '#shared/meetings/annual-calendar.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ItemAbout, ItemName, itemDates, itemKind, itemTime } from './calendar-words.tsx';

/**
 * The list instead of the grid: the same items of the year or month, one row each in date order
 * (an item of several days once, with its first and last day), for reading from top to bottom.
 */
export function CalendarList({ period, items }: { /** "2027", "Mars 2027". */ period: string; items: readonly CalendarItem[] }) {
  const { t, language } = useI18n();
  return (
    <DataTable
      captionId="cal-list-caption"
      caption={t('calendar.list.caption', { period, count: items.length })}
      showCaption
      className="data-table cal-list"
      columns={[t('calendar.col.date'), t('calendar.col.time'), t('calendar.col.what'), t('calendar.col.kind')]}
      rows={items}
      empty={<p>{t('calendar.list.empty', { period })}</p>}
    >
      {(item) => (
        <tr key={item.key}>
          <td className="nowrap">{itemDates(item, t, language)}</td>
          <td className="nowrap">{itemTime(item, t)}</td>
          <td className="cal-list-what">
            <ItemName item={item} />
            <ItemAbout item={item} />
          </td>
          <td>{itemKind(item, t)}</td>
        </tr>
      )}
    </DataTable>
  );
}

/** A month's events of the annual cycle with what they are about, including those known only by their month (the grid has no day for them). */
export function MonthCycleEvents({ monthName, items }: { monthName: string; items: readonly CalendarItem[] }) {
  const { t, language } = useI18n();
  const events = items.filter((item) => item.event !== null);
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="cal-month-events" className="cal-month-events">
      <h3 id="cal-month-events">{t('calendar.monthEvents.heading', { month: monthName })}</h3>
      <ul className="cal-items">
        {events.map((item) => (
          <li key={item.key} className={item.kind === 'meeting' ? 'cal-item meeting' : 'cal-item cycle-event'}>
            <span className="cal-when">{itemDates(item, t, language)}</span>
            <span className="cal-what">
              <ItemName item={item} />
              <ItemAbout item={item} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
