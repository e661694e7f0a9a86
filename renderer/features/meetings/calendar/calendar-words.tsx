/**
 * How the Årscykel tab names an item, its time, its days and its kind, the same in the year's
 * boxes, the month's grid and the list.
 */
import type { CalendarItem } from '#shared/meetings/annual-calendar.ts';
import { localeTags, monthName } from '#shared/locale.ts';
import type { Language } from '#shared/settings.ts';
import { useI18n, type Translate } from '../../../i18n/i18n.tsx';

/** A month's name to stand first, "Mars 2027" (Swedish writes months in lower case elsewhere). */
export function monthTitle(month: number, year: number, language: Language): string {
  const name = monthName(month, language);
  return `${name.charAt(0).toLocaleUpperCase(localeTags[language])}${name.slice(1)} ${year}`;
}

/** A meeting's editor. */
export const meetingHref = (id: string): string => `#/moten/${encodeURIComponent(id)}`;

/** The meeting's title as a link to it, or the event's name. */
export function ItemName({ item }: { item: CalendarItem }) {
  return item.kind === 'meeting' ? <a href={meetingHref(item.meeting.id)}>{item.meeting.title}</a> : <strong className="cal-event-name">{item.event.name}</strong>;
}

/** "09:00–11:00", "Heldag", or nothing for an event known only by its month. */
export function itemTime(item: CalendarItem, t: Translate): string {
  if (item.kind === 'cycleEvent') return item.monthOnly ? '' : t('calendar.allDay');
  const { startTime, endTime } = item.meeting;
  return startTime === null || endTime === null ? t('calendar.allDay') : t('calendar.timeRange', { start: startTime, end: endTime });
}

/** The kind of meeting, or "Årscykeln" for the template's event. */
export function itemKind(item: CalendarItem, t: Translate): string {
  return item.kind === 'meeting' ? t(`meetings.kind.${item.meeting.kind}`) : t('calendar.kind.cycleEvent');
}

/** The days as a table writes them, `2027-05-14` or `2027-05-14 – 2027-05-16`, or "Någon gång i maj". */
export function itemDates(item: CalendarItem, t: Translate, language: Language): string {
  if (item.kind === 'cycleEvent' && item.monthOnly) return t('calendar.sometimeIn', { month: monthName(Number(item.start.slice(5, 7)), language) });
  return item.start === item.end ? item.start : `${item.start} – ${item.end}`;
}

/** What an event of the annual cycle is about: a meeting standing for one says which, then the event's description. */
export function ItemAbout({ item }: { item: CalendarItem }) {
  const { t } = useI18n();
  const event = item.event;
  if (!event) return null;
  return (
    <>
      {item.kind === 'meeting' && <span className="cal-cycle-of">{t('calendar.isCycleEvent', { name: event.name })}</span>}
      {event.description !== '' && <span className="cal-description">{event.description}</span>}
    </>
  );
}
