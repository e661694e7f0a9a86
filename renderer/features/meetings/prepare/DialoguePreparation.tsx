import './prepare.css';
import { useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { MEETING_LIMITS, type Meeting } from '#shared/domain/meeting.ts';
import { addToAgenda, type AgendaAddition, type DialoguePreparation as Preparation } from '#shared/meetings/dialogue-preparation.ts';
import { newId } from '../../../db/new-id.ts';
import { flushSaves } from '../../../saving/autosave.ts';
import { useI18n, type Translate } from '../../../i18n/i18n.tsx';
import { localToday } from '../../../ui/today.ts';
import { formatHours } from '../../timelog/timelog-queries.ts';
import { updateMeeting } from '../meeting-repository.ts';
import { loadDialoguePreparation, type GoalAreaPreparation } from './preparation-queries.ts';
import { agendaProposal, balanceText, CHANGES_SHOWN, comparedText, diffEntryText, latestText, lateDetail, planStateText, spanText, targetText, verdictText } from './preparation-text.ts';
import { errorText } from '../../../ui/error-text.ts';

const planHref = (planId: string, rowId?: string) => `#/planer/plan/${encodeURIComponent(planId)}${rowId === undefined ? '' : `/${encodeURIComponent(rowId)}`}`;

/** A heading at the level the nesting gives it: parts are h4 under the section, h5 under a goal area's own heading. */
function Heading({ level, children }: { level: 4 | 5; children: ReactNode }) {
  return level === 4 ? <h4>{children}</h4> : <h5>{children}</h5>;
}

/**
 * *Inför dialogmötet*: for each goal area of a dialogue meeting, what changed in its plan since the
 * last dialogue meeting, late activities, the indicators' latest values and the MOA hours against
 * the mandate, with a button that adds them to the agenda as items whose notes hold the facts.
 */
export function DialoguePreparation({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  if (meeting.kind !== 'dialogue') return null;
  return (
    <section aria-labelledby="meeting-prepare" className="meeting-part meeting-prepare">
      <h3 id="meeting-prepare" tabIndex={-1}>
        {t('prepare.heading')}
      </h3>
      {meeting.goalAreaIds.length === 0 ? <p className="muted">{t('prepare.noGoalArea')}</p> : <PreparedParts meeting={meeting} />}
    </section>
  );
}

function PreparedParts({ meeting }: { meeting: Meeting }) {
  const { t, language } = useI18n();
  const today = localToday();
  const { id, title, kind, startDate, startTime } = meeting;
  // The query depends on these only: typing in the meeting's notes does not read the plans again.
  const goalAreaKey = meeting.goalAreaIds.join('\n');
  const prepared = useLiveQuery(() => loadDialoguePreparation({ id, title, kind, startDate, startTime, goalAreaIds: goalAreaKey.split('\n') }, today), [id, title, kind, startDate, startTime, goalAreaKey, today]);
  const [status, setStatus] = useState('');
  if (prepared === undefined) return <p>{t('app.loading')}</p>;
  if (prepared.length === 0) return <p className="muted">{t('prepare.noGoalArea')}</p>;
  const several = prepared.length > 1;

  const addAsAgenda = async () => {
    const proposal = agendaProposal(t, language, prepared).map((item) => ({ id: newId(), ...item }));
    if (proposal.length === 0) {
      setStatus(t('prepare.nothing'));
      return;
    }
    try {
      await flushSaves();
      // Worked out on the agenda as stored, inside the write: an item typed a moment ago counts.
      const done: { addition?: AgendaAddition } = {};
      await updateMeeting(meeting.id, (m) => {
        done.addition = addToAgenda(m.agenda, proposal);
        return { ...m, agenda: done.addition.agenda };
      });
      setStatus(done.addition ? additionText(t, done.addition) : t('meetings.editor.notFound'));
    } catch (error) {
      console.error('adding the dialogue preparation to the agenda failed', { meetingId: meeting.id, error });
      setStatus(t('prepare.failed', { message: errorText(error) }));
    }
  };

  return (
    <>
      <p className="help">{t('prepare.intro')}</p>
      {prepared.map((item) =>
        several ? (
          <div key={item.goalArea.id} className="prepare-goal-area">
            <h4>
              {item.goalArea.code} {item.goalArea.name}
            </h4>
            <GoalAreaParts item={item} level={5} />
          </div>
        ) : (
          <GoalAreaParts key={item.goalArea.id} item={item} level={4} />
        ),
      )}
      <div className="prepare-actions">
        <button type="button" aria-describedby="meeting-prepare-help" onClick={() => void addAsAgenda()}>
          {t('prepare.toAgenda')}
        </button>
        <p id="meeting-prepare-help" className="help">
          {t('prepare.toAgendaHelp')}
        </p>
        <p role="status" className="status">
          {status}
        </p>
      </div>
    </>
  );
}

/** What the button did, in one status line. */
function additionText(t: Translate, addition: AgendaAddition): string {
  const quoted = (titles: readonly string[]) => titles.map((title) => `”${title}”`).join(', ');
  const parts: string[] = [];
  if (addition.added.length === 1) parts.push(t('prepare.addedOne', { titles: quoted(addition.added.map((a) => a.title)) }));
  else if (addition.added.length > 1) parts.push(t('prepare.added', { count: addition.added.length, titles: quoted(addition.added.map((a) => a.title)) }));
  if (addition.added.length === 0 && addition.noRoom.length === 0) parts.push(t('prepare.alreadyThere'));
  else if (addition.alreadyThere.length > 0) parts.push(t('prepare.alsoThere', { titles: quoted(addition.alreadyThere) }));
  if (addition.noRoom.length > 0) parts.push(t('prepare.noRoom', { max: MEETING_LIMITS.agenda, titles: quoted(addition.noRoom) }));
  return parts.join(' ');
}

function GoalAreaParts({ item, level }: { item: GoalAreaPreparation; level: 4 | 5 }) {
  const { preparation, goalArea } = item;
  return (
    <>
      <PlanChangesPart preparation={preparation} level={level} />
      <LatePart preparation={preparation} level={level} />
      <IndicatorsPart preparation={preparation} goalAreaId={goalArea.id} level={level} />
      <HoursPart preparation={preparation} level={level} />
    </>
  );
}

function PlanChangesPart({ preparation, level }: { preparation: Preparation; level: 4 | 5 }) {
  const { t } = useI18n();
  const { previousMeeting, plans } = preparation;
  return (
    <div className="prepare-part">
      <Heading level={level}>{t('prepare.changes.heading')}</Heading>
      <p>
        {previousMeeting ? (
          <>
            {t('prepare.changes.previous')} <a href={`#/moten/${encodeURIComponent(previousMeeting.id)}`}>{previousMeeting.title}</a> {previousMeeting.startDate}.
          </>
        ) : (
          t('prepare.changes.noPrevious')
        )}
      </p>
      {plans.length === 0 ? <p className="muted">{t('prepare.changes.noPlan')}</p> : null}
      {plans.map((plan) => (
        <div key={plan.planId} className="prepare-plan">
          <p>
            <a href={planHref(plan.planId)}>{plan.title}</a>, {comparedText(t, plan, previousMeeting !== null)}.
          </p>
          {plan.basis === null ? <p className="muted">{planStateText(t, plan)}</p> : null}
          {plan.entries.length > 0 ? (
            <ul className="prepare-list">
              {plan.entries.slice(0, CHANGES_SHOWN).map((entry) => (
                <li key={`${entry.kind}-${entry.id}-${entry.change}`} data-change={entry.change}>
                  {diffEntryText(t, entry)}
                </li>
              ))}
            </ul>
          ) : null}
          {plan.entries.length > CHANGES_SHOWN ? <p className="muted">{t('prepare.changes.more', { count: plan.entries.length - CHANGES_SHOWN })}</p> : null}
        </div>
      ))}
    </div>
  );
}

function LatePart({ preparation, level }: { preparation: Preparation; level: 4 | 5 }) {
  const { t } = useI18n();
  const { late } = preparation;
  return (
    <div className="prepare-part">
      <Heading level={level}>{t('prepare.late.headingCount', { count: late.length })}</Heading>
      {late.length === 0 ? (
        <p className="muted">{t('prepare.late.none')}</p>
      ) : (
        <ul className="prepare-list">
          {late.map((item) => (
            <li key={item.activityId}>
              <a href={planHref(item.planId, item.activityId)}>{item.title.trim() || t('prepare.untitled')}</a> <span className="muted">{lateDetail(t, item)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function IndicatorsPart({ preparation, goalAreaId, level }: { preparation: Preparation; goalAreaId: string; level: 4 | 5 }) {
  const { t, language } = useI18n();
  const { indicators, plans } = preparation;
  const indicatorsHref = (planId: string) => `#/planer/indikatorer/${encodeURIComponent(goalAreaId)}/${encodeURIComponent(planId)}`;
  const firstPlan = plans[0];
  return (
    <div className="prepare-part">
      <Heading level={level}>{t('prepare.indicators.heading')}</Heading>
      {indicators.rows.length === 0 ? (
        <p className="muted">{t('prepare.indicators.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table prepare-table">
            <caption className="visually-hidden">{t('prepare.indicators.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('prepare.indicators.col.indicator')}</th>
                <th scope="col" className="number">
                  {t('prepare.indicators.col.latest')}
                </th>
                <th scope="col" className="number">
                  {t('prepare.indicators.col.target')}
                </th>
                <th scope="col">{t('prepare.indicators.col.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.rows.map((row) => (
                <tr key={`${row.strategyId}:${row.index}`}>
                  <th scope="row">
                    <a href={indicatorsHref(row.planId)}>{row.name}</a> <span className="muted">{row.kpiId}</span>
                  </th>
                  <td className="number">{latestText(t, language, row)}</td>
                  <td className="number">{targetText(t, language, row)}</td>
                  <td>{verdictText(t, language, row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {indicators.rows.length > 0 && indicators.regionId === null ? <p className="muted">{t('prepare.indicators.chooseRegion')}</p> : null}
      {indicators.rows.length > 0 && indicators.regionId !== null ? <p className="help">{t('prepare.indicators.ownCalculation')}</p> : null}
      {indicators.withoutKpi > 0 ? <p className="muted">{indicators.withoutKpi === 1 ? t('prepare.indicators.withoutKpiOne') : t('prepare.indicators.withoutKpi', { count: indicators.withoutKpi })}</p> : null}
      {indicators.rows.length === 0 && firstPlan ? (
        <p>
          <a href={indicatorsHref(firstPlan.planId)}>{t('prepare.indicators.link')}</a>
        </p>
      ) : null}
    </div>
  );
}

function HoursPart({ preparation, level }: { preparation: Preparation; level: 4 | 5 }) {
  const { t, language } = useI18n();
  const { hours } = preparation;
  const h = (minutes: number) => t('prepare.hours', { hours: formatHours(minutes, language) });
  const widest = hours.spans.at(-1);
  return (
    <div className="prepare-part">
      <Heading level={level}>{t('prepare.hours.heading')}</Heading>
      <div className="table-scroll">
        <table className="data-table prepare-table">
          <caption className="visually-hidden">{t('prepare.hours.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('prepare.hours.col.span')}</th>
              <th scope="col" className="number">
                {t('prepare.hours.col.moa')}
              </th>
              {hours.hasMandate ? (
                <>
                  <th scope="col" className="number">
                    {t('prepare.hours.col.mandate')}
                  </th>
                  <th scope="col" className="number">
                    {t('prepare.hours.col.balance')}
                  </th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {hours.spans.map((span) => (
              <tr key={span.kind}>
                <th scope="row">{spanText(t, span)}</th>
                <td className="number">{h(span.moaMinutes)}</td>
                {hours.hasMandate ? (
                  <>
                    <td className="number">{h(span.mandateMinutes)}</td>
                    <td className="number">{balanceText(t, language, span)}</td>
                  </>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {widest && widest.withoutGoalAreaMinutes > 0 ? <p className="muted">{t('prepare.hours.withoutGoalArea', { hours: formatHours(widest.withoutGoalAreaMinutes, language), from: widest.from })}</p> : null}
      {widest && widest.otherGoalAreasMinutes > 0 ? <p className="muted">{t('prepare.hours.otherGoalAreas', { hours: formatHours(widest.otherGoalAreasMinutes, language), from: widest.from })}</p> : null}
      <p>
        {hours.hasMandate ? null : <>{t('prepare.hours.noMandate')} </>}
        <a href="#/tidlogg/uppfoljning">{hours.hasMandate ? t('prepare.hours.followUp') : t('prepare.hours.mandateLink')}</a>
      </p>
    </div>
  );
}
