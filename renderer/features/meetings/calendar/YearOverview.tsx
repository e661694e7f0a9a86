import { calendarHref, daySpanText, itemsByMonth, type CalendarItem } from '#shared/meetings/annual-calendar.ts';
import { monthName } from '#shared/locale.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ItemAbout, ItemName, itemKind, itemTime, monthTitle } from './calendar-words.tsx';

/**
 * The year at a glance, as an årshjul would give it but readable by anyone: twelve month boxes in a
 * grid (three or four across, as the width allows), each a heading that opens the month and a list
 * of its events and meetings in date order.
 */
export function YearOverview({ year, items, today }: { year: number; items: readonly CalendarItem[]; today: string }) {
  const months = itemsByMonth(items, year);
  const thisMonth = today.slice(0, 7);
  return (
    <ol className="cal-year" aria-label={String(year)}>
      {months.map((monthItems, index) => {
        const month = index + 1;
        const current = `${year}-${String(month).padStart(2, '0')}` === thisMonth;
        return (
          <li key={month} className={current ? 'cal-month current' : 'cal-month'}>
            <MonthBox year={year} month={month} items={monthItems} current={current} />
          </li>
        );
      })}
    </ol>
  );
}

function MonthBox({ year, month, items, current }: { year: number; month: number; items: readonly CalendarItem[]; current: boolean }) {
  const { t, language } = useI18n();
  return (
    <>
      <div className="cal-month-head">
        <h3>
          <a href={calendarHref({ year, month, list: false })}>{monthTitle(month, year, language)}</a>
        </h3>
        {current && <span className="cal-now-tag">{t('calendar.nav.thisMonth')}</span>}
      </div>
      {items.length === 0 ? (
        <p className="cal-empty">{t('calendar.monthEmpty')}</p>
      ) : (
        <ul className="cal-items">
          {items.map((item) => (
            <li key={item.key} className={item.kind === 'meeting' ? 'cal-item meeting' : 'cal-item cycle-event'}>
              <span className="cal-when">{whenInYear(item)}</span>
              <span className="cal-what">
                <ItemName item={item} />
                {/* A meeting held as a cycle event says which below; "Händelse i årscykeln" would only repeat it. */}
                {!(item.kind === 'meeting' && item.event !== null && item.meeting.kind === 'cycleEvent') && <span className="cal-kind">{itemKind(item, t)}</span>}
                <ItemAbout item={item} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );

  function whenInYear(item: CalendarItem): string {
    if (item.kind === 'cycleEvent' && item.monthOnly) return t('calendar.sometimeIn', { month: monthName(month, language) });
    const days = daySpanText(item, language);
    const time = item.kind === 'meeting' && item.meeting.startTime !== null ? itemTime(item, t) : '';
    return time === '' ? days : `${days}, ${time}`;
  }
}
