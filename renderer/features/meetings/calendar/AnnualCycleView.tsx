import './calendar.css';
import { useMemo, type ChangeEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { calendarHref, calendarYearItems, itemsInMonth, neighbourPage, parseCalendarPath, type CalendarPage } from '#shared/meetings/annual-calendar.ts';
import { monthName } from '#shared/locale.ts';
import { useSubPath } from '../../../app/use-route.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { localToday } from '../../../ui/today.ts';
import { calendarYearData } from './calendar-queries.ts';
import { CalendarList, MonthCycleEvents } from './CalendarList.tsx';
import { MonthGrid } from './MonthGrid.tsx';
import { YearOverview } from './YearOverview.tsx';
import { ExportYearIcs } from './ExportYearIcs.tsx';
import { monthTitle } from './calendar-words.tsx';

/**
 * Årscykel (`#/moten/arscykel`, `…/2027`, `…/2027-03`, each with `/lista` for the list): the
 * template's annual cycle and the MOA's meetings in one calendar, a year as twelve month boxes or a
 * month as a grid of weeks, or either as a plain list. What is shown lives in the address, so a
 * reload or the back button returns to it.
 */
export function AnnualCycleView() {
  const { t, language } = useI18n();
  const [, ...segments] = useSubPath();
  const today = localToday();
  const parsed = parseCalendarPath(segments, today);
  const page: CalendarPage = parsed ?? { year: Number(today.slice(0, 4)), month: null, list: false };
  const { year, month } = page;
  const data = useLiveQuery(async () => ({ year, ...(await calendarYearData(year)) }), [year]);
  // The previous year's answer stays until the new one comes; it is not shown as this year's.
  const current = data?.year === year ? data : undefined;
  const yearItems = useMemo(() => (current ? calendarYearItems(current.year, current.events, current.meetings) : null), [current]);
  const items = yearItems && month !== null ? itemsInMonth(yearItems, year, month) : yearItems;

  const heading = month === null ? t('calendar.heading.year', { year }) : t('calendar.heading.month', { month: monthName(month, language), year });
  const period = month === null ? String(year) : monthTitle(month, year, language);

  const toggleList = (event: ChangeEvent<HTMLInputElement>) => {
    window.location.hash = calendarHref({ ...page, list: event.target.checked });
  };

  return (
    <section aria-labelledby="cal-heading" className="annual-cycle">
      <h2 id="cal-heading">{heading}</h2>
      {parsed === null && <p className="alert-text">{t('calendar.badAddress', { year })}</p>}
      <div className="cal-toolbar screen-only">
        <CalendarNav page={page} today={today} />
        <label className="cal-toggle">
          <input type="checkbox" checked={page.list} onChange={toggleList} />
          {t('calendar.asList')}
        </label>
      </div>
      {current === undefined || items === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        <>
          {page.list ? (
            <CalendarList period={period} items={items} />
          ) : month === null ? (
            <YearOverview year={year} items={items} today={today} />
          ) : (
            <>
              <MonthCycleEvents monthName={monthName(month, language)} items={items} />
              <MonthGrid year={year} month={month} items={items} today={today} />
            </>
          )}
          <ExportYearIcs year={year} />
          <p className="help cal-source">{current.templateName === null ? t('calendar.noTemplate') : t('calendar.source', { template: current.templateName })}</p>
        </>
      )}
    </section>
  );
}

/** Previous and next year (or month), back to today, and from a month to its whole year; all plain links, in reading order. */
function CalendarNav({ page, today }: { page: CalendarPage; today: string }) {
  const { t, language } = useI18n();
  const previous = neighbourPage(page, -1);
  const next = neighbourPage(page, 1);
  const monthText = (p: CalendarPage) => (p.month === null ? '' : `${monthName(p.month, language)} ${p.year}`);
  const thisYear = Number(today.slice(0, 4));
  const now: CalendarPage = page.month === null ? { ...page, year: thisYear } : { ...page, year: thisYear, month: Number(today.slice(5, 7)) };
  return (
    <nav aria-label={t('calendar.nav.label')} className="cal-nav screen-only">
      <ul>
        {previous && (
          <li>
            <a href={calendarHref(previous)}>
              <span aria-hidden="true">← </span>
              {previous.month === null ? t('calendar.nav.previousYear', { year: previous.year }) : t('calendar.nav.previousMonth', { month: monthText(previous) })}
            </a>
          </li>
        )}
        <li>
          <a href={calendarHref(now)}>{page.month === null ? t('calendar.nav.thisYear') : t('calendar.nav.thisMonth')}</a>
        </li>
        {next && (
          <li>
            <a href={calendarHref(next)}>
              {next.month === null ? t('calendar.nav.nextYear', { year: next.year }) : t('calendar.nav.nextMonth', { month: monthText(next) })}
              <span aria-hidden="true"> →</span>
            </a>
          </li>
        )}
        {page.month !== null && (
          <li>
            <a href={calendarHref({ ...page, month: null })}>{t('calendar.nav.wholeYear', { year: page.year })}</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
