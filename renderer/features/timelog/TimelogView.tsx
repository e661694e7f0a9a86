import './timelog.css';
import { useEffect, useState } from 'react';
import { isoWeekOf, parseWeekKey, weekDays, weekMonday } from '#shared/timelog/weeks.ts';
import { localToday } from '../../ui/today.ts';
import { useSubPath } from '../../app/use-route.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CategoriesSection } from './CategoriesSection.tsx';
import { DayList } from './DayList.tsx';
import { FollowUpView } from './follow-up/FollowUpView.tsx';
import { TimerPanel } from './TimerPanel.tsx';
import { ensureTimeCategories } from './category-repository.ts';
import { dayHref, parseDay, weekHref } from './timelog-routes.ts';
import { WeekView } from './WeekView.tsx';

type Tab = 'week' | 'day' | 'followUp' | 'categories';

/** Settles once the workbook has its first categories (added on a new workbook), once per page. */
let categoriesEnsured: Promise<void> | null = null;
let categoriesKnown = false;
function ensureCategoriesOnce(): Promise<void> {
  categoriesEnsured ??= ensureTimeCategories()
    .catch((error: unknown) => console.error('Tidloggens kategorier gick inte att skapa', error))
    .then(() => {
      categoriesKnown = true;
    });
  return categoriesEnsured;
}

/** Tidlogg: the timer on top, then the week grid, the day list, the follow-up and the categories as tabs (`#/tidlogg/vecka/2026-W48`, `#/tidlogg/dag/2026-11-27`). */
export function TimelogView() {
  const { t } = useI18n();
  const [section, param] = useSubPath();
  const today = localToday();

  // A new workbook (or one from before categories existed) gets the default categories once. The timer and the tabs
  // name categories, so they wait for them: otherwise a first visit showed "Okänd kategori" until they arrived.
  const [categoriesReady, setCategoriesReady] = useState(categoriesKnown);
  useEffect(() => {
    let live = true;
    void ensureCategoriesOnce().then(() => {
      if (live) setCategoriesReady(true);
    });
    return () => {
      live = false;
    };
  }, []);

  const tab: Tab = section === 'dag' ? 'day' : section === 'uppfoljning' ? 'followUp' : section === 'kategorier' ? 'categories' : 'week';
  const day = (tab === 'day' ? parseDay(param) : null) ?? today;
  const week = (tab === 'week' ? parseWeekKey(param) : null) ?? isoWeekOf(tab === 'day' ? day : today);
  // The tabs keep the place: the week of the day shown, or the day of the week shown (today if it is in it, else its Monday).
  const weekTabHref = weekHref(tab === 'day' ? isoWeekOf(day) : week);
  const dayTabHref = dayHref(tab === 'day' ? day : weekDays(week.year, week.week).includes(today) ? today : weekMonday(week.year, week.week));

  return (
    <div className="timelog">
      <h1 tabIndex={-1}>{t('timelog.heading')}</h1>
      {categoriesReady ? <TimerPanel /> : <p className="loading">{t('app.loading')}</p>}
      <nav aria-label={t('timelog.tabs.label')} className="tabs">
        <a href={weekTabHref} aria-current={tab === 'week' ? 'page' : undefined}>
          {t('timelog.tabs.week')}
        </a>
        <a href={dayTabHref} aria-current={tab === 'day' ? 'page' : undefined}>
          {t('timelog.tabs.day')}
        </a>
        <a href="#/tidlogg/uppfoljning" aria-current={tab === 'followUp' ? 'page' : undefined}>
          {t('timelog.tabs.followUp')}
        </a>
        <a href="#/tidlogg/kategorier" aria-current={tab === 'categories' ? 'page' : undefined}>
          {t('timelog.tabs.categories')}
        </a>
      </nav>
      {categoriesReady && tab === 'week' ? <WeekView week={week} /> : null}
      {categoriesReady && tab === 'day' ? <DayList date={day} /> : null}
      {categoriesReady && tab === 'followUp' ? <FollowUpView /> : null}
      {categoriesReady && tab === 'categories' ? <CategoriesSection /> : null}
    </div>
  );
}
