import { dayOfItem, itemsByDay, monthGrid, type CalendarItem } from '#shared/meetings/annual-calendar.ts';
import { monthName } from '#shared/locale.ts';
import { weekLabel } from '#shared/timelog/weeks.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { meetingHref, monthTitle } from './calendar-words.tsx';

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * A month as a table: a row per ISO week headed by its number ("v. 9"), a column per weekday from
 * Monday, and in each day's cell what happens that day (an item of several days on each of them).
 * The table scrolls sideways in its own box when the window is narrow.
 */
export function MonthGrid({ year, month, items, today }: { year: number; month: number; items: readonly CalendarItem[]; today: string }) {
  const { t, language } = useI18n();
  const weeks = monthGrid(year, month);
  const byDay = itemsByDay(items, year, month);
  const captionId = `cal-grid-${year}-${month}`;
  const name = monthName(month, language);
  return (
    <div className="table-scroll cal-grid-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="cal-grid">
        <caption id={captionId}>{t('calendar.grid.caption', { period: monthTitle(month, year, language) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="cal-week">
              {t('calendar.week')}
            </th>
            {weekdays.map((d) => (
              <th key={d} scope="col">
                <span aria-hidden="true">{t(`calendar.weekday.short.${d}`)}</span>
                <span className="visually-hidden">{t(`calendar.weekday.long.${d}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map(({ week, days }) => (
            <tr key={`${week.year}-${week.week}`}>
              <th scope="row" className="cal-week">
                {weekLabel(week)}
              </th>
              {days.map((date, i) =>
                date === null ? (
                  <td key={i} className="cal-outside" />
                ) : (
                  <td key={date} className={date === today ? 'cal-day today' : 'cal-day'} aria-current={date === today ? 'date' : undefined}>
                    <span className="cal-day-number">
                      {Number(date.slice(8, 10))}
                      <span className="visually-hidden"> {name}</span>
                    </span>
                    {date === today && <span className="cal-now-tag">{t('calendar.today')}</span>}
                    <DayItems date={date} items={byDay.get(date) ?? []} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DayItems({ date, items }: { date: string; items: readonly CalendarItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <ul className="cal-day-items">
      {items.map((item) => {
        const { day, days } = dayOfItem(item, date);
        const part = days > 1 ? <span className="cal-part"> ({t('calendar.dayOf', { day, days })})</span> : null;
        if (item.kind === 'meeting') {
          const time = day === 1 && item.meeting.startTime !== null ? <span className="cal-time">{item.meeting.startTime} </span> : null;
          return (
            <li key={item.key} className="cal-item meeting">
              {time}
              <a href={meetingHref(item.meeting.id)}>{item.meeting.title}</a>
              {part}
            </li>
          );
        }
        return (
          <li key={item.key} className="cal-item cycle-event">
            <span className="visually-hidden">{t('calendar.kind.cycleEvent')}: </span>
            {item.event.name}
            {part}
          </li>
        );
      })}
    </ul>
  );
}
