/**
 * *Tidslinje* (Projekt › Tidslinje): project activities and milestones and the action plans'
 * activities on one axis, with a today line, filters for goal area and project, zoom month /
 * quarter / year, and a table alternative. Rendered by ProjectsView, which owns the page's h1.
 */
import './timeline.css';
import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildTimelineRows, countTimelineRows, goalAreaChoices, noTimelineFilter, projectChoices, type TimelineFilter, type TimelineRecords } from '#shared/timeline/rows.ts';
import { timelineZooms, type TimelineZoom } from '#shared/timeline/scale.ts';
import { formatInteger } from '#shared/format.ts';
import { localToday } from '../../../ui/today.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';
import { TimelineTable } from './TimelineTable.tsx';
import { loadPlanActivities, loadTimelineFrame } from './timeline-queries.ts';
import { GoalAreaOptions } from '../../../ui/GoalAreaOptions.tsx';

/** The timeline of project and plan activities. */
export function TimelineView() {
  const { t } = useI18n();
  const frame = useLiveQuery(loadTimelineFrame, []);
  // The plan activities are read once the frame is there: read alongside, they held up the first rows (measured: the frame came no sooner).
  const framed = frame !== undefined;
  const planActivities = useLiveQuery(() => (framed ? loadPlanActivities() : undefined), [framed]);
  const records = useMemo(() => (frame === undefined ? undefined : { ...frame, activities: planActivities ?? [] }), [frame, planActivities]);
  const loadingPlans = planActivities === undefined;
  const headingId = useId();
  return (
    <section className="timeline" aria-labelledby={headingId} aria-busy={records === undefined || loadingPlans}>
      <h2 id={headingId}>{t('timeline.heading')}</h2>
      <p className="lead">{t('timeline.lead')}</p>
      {records === undefined || (loadingPlans && records.projects.length === 0) ? (
        <p className="timeline-message" role="status">
          {t('timeline.loading')}
        </p>
      ) : records.projects.length === 0 && records.activities.length === 0 ? (
        <p className="timeline-message">{t('timeline.empty')}</p>
      ) : (
        <Timeline records={records} loadingPlans={loadingPlans} />
      )}
    </section>
  );
}

function Timeline({ records, loadingPlans }: { records: TimelineRecords; loadingPlans: boolean }) {
  const { t, language } = useI18n();
  const id = useId();
  const ids = { goalArea: `${id}-goal-area`, project: `${id}-project`, zoom: `${id}-zoom`, keys: `${id}-keys` };
  // Read once: a view left open past midnight keeps its day until it is opened again.
  const [today] = useState(localToday);
  const [filter, setFilter] = useState<TimelineFilter>(noTimelineFilter);
  const [zoom, setZoom] = useState<TimelineZoom>('quarter');
  const [zoomNote, setZoomNote] = useState('');
  const [asTable, setAsTable] = useState(false);
  const [todayRequest, setTodayRequest] = useState(0);

  const goalAreas = useMemo(() => goalAreaChoices(records.goalAreas), [records.goalAreas]);
  const projects = useMemo(() => projectChoices(records.projects, filter.goalAreaId), [records.projects, filter.goalAreaId]);
  const rows = useMemo(() => buildTimelineRows(records, filter), [records, filter]);
  const counts = countTimelineRows(rows);
  const filterKey = `${filter.goalAreaId ?? ''}|${filter.projectId ?? ''}`;
  const focusDate = filter.projectId === null ? null : (records.projects.find((p) => p.id === filter.projectId)?.startDate ?? null);

  const changeZoom = (next: TimelineZoom) => {
    if (next === zoom) return;
    setZoom(next);
    setZoomNote(t('timeline.zoom.announce', { zoom: t(`timeline.zoom.${next}`) }));
  };
  const chooseGoalArea = (goalAreaId: string | null) =>
    // A chosen project outside the new goal area would show nothing: the choice goes back to all.
    setFilter((f) => ({ goalAreaId, projectId: f.projectId !== null && goalAreaId !== null && records.projects.find((p) => p.id === f.projectId)?.goalAreaId !== goalAreaId ? null : f.projectId }));

  const format = (n: number) => formatInteger(n, language);

  return (
    <>
      <div className="timeline-toolbar" role="group" aria-label={t('timeline.filters')}>
        <div className="timeline-field">
          <label htmlFor={ids.goalArea}>{t('timeline.filter.goalArea')}</label>
          <select id={ids.goalArea} value={filter.goalAreaId ?? ''} onChange={(e) => chooseGoalArea(e.target.value === '' ? null : e.target.value)}>
            <option value="">{t('timeline.filter.all')}</option>
            <GoalAreaOptions goalAreas={goalAreas} />
          </select>
        </div>
        <div className="timeline-field">
          <label htmlFor={ids.project}>{t('timeline.filter.project')}</label>
          <select id={ids.project} value={filter.projectId ?? ''} onChange={(e) => setFilter((f) => ({ ...f, projectId: e.target.value === '' ? null : e.target.value }))}>
            <option value="">{t('timeline.filter.all')}</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        <div className="timeline-field">
          <span className="timeline-field-label" id={ids.zoom}>
            {t('timeline.zoom.label')}
          </span>
          <div className="timeline-segmented" role="group" aria-labelledby={ids.zoom}>
            {timelineZooms.map((z) => (
              <button key={z} type="button" aria-pressed={zoom === z} disabled={asTable} onClick={() => changeZoom(z)}>
                {t(`timeline.zoom.${z}`)}
              </button>
            ))}
          </div>
        </div>
        <div className="timeline-actions">
          <button type="button" disabled={asTable} onClick={() => setTodayRequest((n) => n + 1)}>
            {t('timeline.today')}
          </button>
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            {t('timeline.showTable')}
          </button>
        </div>
      </div>
      <div className="timeline-status-line">
        <p className="timeline-count" role="status" data-testid="timeline-count">
          {t(loadingPlans ? 'timeline.countLoadingPlans' : 'timeline.count', {
            projects: format(counts.projects),
            projectActivities: format(counts.projectActivities),
            milestones: format(counts.milestones),
            planActivities: format(counts.planActivities),
          })}
        </p>
        <p className="visually-hidden" role="status">
          {zoomNote}
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="timeline-message">{t('timeline.noMatches')}</p>
      ) : asTable ? (
        <TimelineTable key={filterKey} rows={rows} />
      ) : (
        <>
          <TimelineLegend />
          <TimelineChart rows={rows} zoom={zoom} today={today} onZoom={changeZoom} todayRequest={todayRequest} filterKey={filterKey} focusDate={focusDate} describedBy={ids.keys} />
          <p id={ids.keys} className="help timeline-keys">
            {t('timeline.keysHelp')}
          </p>
        </>
      )}
    </>
  );
}
