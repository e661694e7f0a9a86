import { useLiveQuery } from 'dexie-react-hooks';
import { upcomingCycleEvents } from '#shared/templates/annual-cycle.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { localToday } from '../../ui/today.ts';
import { activeTemplate } from '../templates/template-repository.ts';
import { addDaysIso, meetingReminders, REMINDER_DAYS } from '../meetings/meeting-queries.ts';

async function reminders(today: string) {
  const until = addDaysIso(today, REMINDER_DAYS);
  const [meetings, template] = await Promise.all([meetingReminders(today, until), activeTemplate()]);
  // Dated days of the cycle only: a month without a day is no deadline to be reminded of.
  const deadlines = template ? upcomingCycleEvents(template.template.annualCycle, today, 2).filter((o) => o.month === null && o.start <= until) : [];
  return { ...meetings, deadlines, until };
}

/** Påminnelser: meetings and the cycle's days in the next two weeks, and the meetings' actions past their date. */
export function Reminders() {
  const { t } = useI18n();
  const today = localToday();
  const found = useLiveQuery(() => reminders(today), [today]);
  if (!found) return null;
  const { upcoming, deadlines, overdue } = found;
  const when = (start: string, end: string, startTime: string | null, endTime: string | null) =>
    `${start === end ? start : `${start} – ${end}`}${startTime !== null && endTime !== null ? ` ${t('meetings.timeRange', { start: startTime, end: endTime })}` : ''}`;
  return (
    <section aria-labelledby="overview-reminders">
      <h2 id="overview-reminders">{t('overview.remindersHeading')}</h2>
      {upcoming.length + deadlines.length === 0 ? (
        <p>{t('overview.remindersNone', { days: REMINDER_DAYS })}</p>
      ) : (
        <ul className="reminders">
          {[
            ...upcoming.map((m) => ({
              key: `m-${m.id}`,
              start: m.startDate,
              node: (
                <>
                  {when(m.startDate, m.endDate, m.startTime, m.endTime)}: <a href={`#/moten/${encodeURIComponent(m.id)}`}>{m.title}</a>
                </>
              ),
            })),
            ...deadlines.map((o) => ({
              key: `c-${o.event.id}`,
              start: o.start,
              node: (
                <>
                  {when(o.start, o.end, null, null)}: <strong>{o.event.name}</strong> ({t('overview.remindersCycle')}){o.event.description !== '' ? ` – ${o.event.description}` : ''}
                </>
              ),
            })),
          ]
            .sort((a, b) => a.start.localeCompare(b.start))
            .map((item) => (
              <li key={item.key}>{item.node}</li>
            ))}
        </ul>
      )}
      {overdue.length > 0 ? (
        <>
          <h3>{t('overview.overdueHeading')}</h3>
          <ul className="reminders">
            {overdue.map(({ meeting, action }) => (
              <li key={`${meeting.id}:${action.id}`}>
                {action.who.trim() === '' ? t('overview.overdueItem', { what: action.what, due: action.dueDate ?? '' }) : t('overview.overdueItemWho', { what: action.what, due: action.dueDate ?? '', who: action.who })} <a href={`#/moten/${encodeURIComponent(meeting.id)}`}>{`${meeting.title} (${meeting.startDate})`}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
