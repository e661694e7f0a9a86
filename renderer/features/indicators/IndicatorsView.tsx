/**
 * Planer › Indikatorer: a goal area's indicators, or one plan's, each with Kolada's values in the
 * goal area's region, the areas it compares with and the country; a chart with the same figures as
 * a table; and the app's own verdict on the trend, labelled as the app's calculation, never as
 * Kolada's. Below, reading Kolada's files (KoladaDataSection).
 *
 * Route: `#/planer/indikatorer[/<goal area>[/<plan>]]`.
 */
import './indicators.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { MAX_KOLADA_COMPARE, type GoalArea } from '#shared/domain/plan.ts';
import { COUNTRY_AREA_ID, regionAreas, regions } from '#shared/kolada/areas.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { journaledWrite } from '../../saving/autosave.ts';
import { koladaAreasEdit, setGoalAreaKoladaAreas } from '../goal-areas/goal-area-repository.ts';
import { areaTitle, shippedAreas } from './area-titles.ts';
import { IndicatorCard } from './IndicatorCard.tsx';
import { KoladaDataSection } from './KoladaDataSection.tsx';
import { loadGoalAreaIndicators, loadGoalAreas } from './indicator-queries.ts';
import { GoalAreaOptions } from '../../ui/GoalAreaOptions.tsx';

function go(goalAreaId: string, planId: string | null) {
  window.location.hash = `#/planer/indikatorer/${encodeURIComponent(goalAreaId)}${planId ? `/${encodeURIComponent(planId)}` : ''}`;
}

/** The region and up to five areas to compare with, stored on the goal area as soon as chosen. */
function AreaChoice({ goalArea }: { goalArea: GoalArea }) {
  const { t } = useI18n();
  const id = useId();
  // The choice shows at once; the stored goal area takes over when it arrives (or when the write fails, with a message).
  const [pending, setPending] = useState<{ regionId: string | null; compareIds: string[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const stored = { regionId: goalArea.koladaAreas?.regionId ?? null, compareIds: goalArea.koladaAreas?.compareIds ?? [] };
  const { regionId, compareIds } = pending ?? stored;
  // The choice on screen gives way to the stored one only once the stored one says the same: a write that has
  // finished before the database's answer arrives must not show the older stored choice for a moment (a key
  // pressed then would build on it and drop what was just ticked).
  const storedText = JSON.stringify(stored);
  useEffect(() => {
    setPending((current) => (current !== null && JSON.stringify(current) === storedText ? null : current));
  }, [storedText]);
  // The region's municipalities, and any chosen elsewhere (kept when the region changes, so arrowing through the
  // region list never drops a choice; they can be unticked here).
  const inRegion = regionId === null || regionId === COUNTRY_AREA_ID ? [] : regionAreas(shippedAreas, regionId);
  const elsewhere = compareIds.filter((c) => !inRegion.some((m) => m.id === c)).map((c) => ({ id: c, title: areaTitle(c) }));
  const municipalities = [...inRegion, ...elsewhere];
  const full = compareIds.length >= MAX_KOLADA_COMPARE;
  const store = (next: { regionId: string | null; compareIds: string[] }) => {
    setPending(next);
    setFailed(false);
    // Journaled like a typed edit: a reload a moment after ticking a box replays the choice at the next start.
    const op = koladaAreasEdit.op(goalArea.id, next);
    void journaledWrite(`koladaAreas:${goalArea.id}`, op, () => setGoalAreaKoladaAreas(goalArea.id, next)).then(
      (result) => {
        if (result.ok) return;
        setPending((current) => (current === next ? null : current));
        setFailed(true);
      },
      () => {
        setPending((current) => (current === next ? null : current));
        setFailed(true);
      },
    );
  };
  return (
    <fieldset className="kolada-areas">
      <legend>{t('indicators.areas.legend')}</legend>
      <label htmlFor={`${id}-region`}>{t('indicators.areas.region')}</label>
      <select
        id={`${id}-region`}
        value={regionId ?? ''}
        onChange={(e) => store({ regionId: e.target.value === '' ? null : e.target.value, compareIds })}
      >
        <option value="">{t('indicators.areas.noRegion')}</option>
        {regions(shippedAreas).map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </select>
      {municipalities.length > 0 ? (
        <fieldset className="kolada-compare">
          <legend>{t('indicators.areas.compare', { max: String(MAX_KOLADA_COMPARE) })}</legend>
          <ul>
            {municipalities.map((m) => {
              const checked = compareIds.includes(m.id);
              return (
                <li key={m.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={() => store({ regionId, compareIds: checked ? compareIds.filter((c) => c !== m.id) : [...compareIds, m.id] })}
                    />
                    {m.title}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
      <p className="help">{t('indicators.areas.country')}</p>
      {failed ? (
        <p role="alert" className="field-error">
          {t('indicators.areas.failed')}
        </p>
      ) : null}
    </fieldset>
  );
}

interface Props {
  goalAreaId: string | null;
  planId: string | null;
  /** The export of what the view shows as a Word document (the app composes the documents feature's button in). */
  exportAction?: (goalAreaId: string, planId: string | null) => ReactNode;
}

export function IndicatorsView({ goalAreaId, planId, exportAction }: Props) {
  const { t } = useI18n();
  const id = useId();
  const goalAreas = useLiveQuery(loadGoalAreas, []);
  const chosen = goalAreaId ?? goalAreas?.[0]?.id ?? null;
  const data = useLiveQuery(() => (chosen === null ? null : loadGoalAreaIndicators(chosen, planId)), [chosen, planId]);
  const shown = data && data.goalArea.id === chosen ? data : undefined;
  const kpiIds = shown ? [...shown.values.keys()] : [];

  return (
    <>
      <section aria-labelledby={`${id}-heading`} className="goal-area-indicators">
        <h2 id={`${id}-heading`}>{t('indicators.view.heading')}</h2>
        {goalAreas && goalAreas.length === 0 ? <p>{t('indicators.view.noGoalAreas')}</p> : null}
        {goalAreas && goalAreas.length > 0 ? (
          <div className="indicator-choices">
            <div>
              <label htmlFor={`${id}-goal-area`}>{t('indicators.view.goalArea')}</label>
              <select id={`${id}-goal-area`} value={chosen ?? ''} onChange={(e) => go(e.target.value, null)}>
                <GoalAreaOptions goalAreas={goalAreas} />
              </select>
            </div>
            {shown ? (
              <div>
                <label htmlFor={`${id}-plan`}>{t('indicators.view.plan')}</label>
                <select id={`${id}-plan`} value={planId ?? ''} onChange={(e) => go(shown.goalArea.id, e.target.value === '' ? null : e.target.value)}>
                  <option value="">{t('indicators.view.allPlans')}</option>
                  {shown.plans.map((p) => (
                    <option key={p.id} value={p.id}>
                      {t('indicators.view.planOption', { title: p.title, from: String(p.periodStart), to: String(p.periodEnd) })}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </div>
        ) : null}
        {shown ? <AreaChoice goalArea={shown.goalArea} /> : null}
        {shown && shown.rows.length > 0 && exportAction ? <div className="indicator-export">{exportAction(shown.goalArea.id, planId)}</div> : null}
        {shown && shown.rows.length === 0 ? <p>{shown.plans.length === 0 ? t('indicators.view.noPlans') : t('indicators.view.noIndicators')}</p> : null}
        {shown
          ? shown.rows.map((row) => {
              const kpiId = row.indicator.koladaKpiId;
              return (
                <IndicatorCard
                  key={row.key}
                  row={row}
                  showPlan={planId === null && shown.plans.length > 1}
                  values={kpiId ? (shown.values.get(kpiId) ?? []) : []}
                  kpi={kpiId ? shown.kpis.get(kpiId) : undefined}
                  fetchedAt={kpiId ? shown.fetchedAt.get(kpiId) : undefined}
                  regionId={shown.goalArea.koladaAreas?.regionId ?? null}
                  compareIds={shown.goalArea.koladaAreas?.compareIds ?? []}
                  areaTitle={areaTitle}
                />
              );
            })
          : null}
      </section>
      <KoladaDataSection kpiIds={kpiIds} areaIds={shown?.areaIds ?? []} />
    </>
  );
}
