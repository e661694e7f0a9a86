import { useId } from 'react';
import { activityStatuses } from '#shared/domain/plan.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPlanPeriod } from '#shared/plan/period-dates.ts';
import { readPlanScope, scopePeriod, type PlanScope } from '#shared/plan/plan-scope.ts';
import { columnHeaderKey } from './activity-columns.ts';
import { clearFilters, groupByOptions, hasActiveFilters, hideableColumnIds, type ActivityView } from './activity-view.ts';
import { activityStatusText } from '../../i18n/field-words.ts';

interface Props {
  view: ActivityView;
  update: (change: (view: ActivityView) => ActivityView) => void;
  responsibleOptions: readonly string[];
  goalAreaOptions: readonly { id: string; name: string }[];
  /** The plans' periods, earliest first. */
  planOptions: readonly { scope: PlanScope; label: string }[];
}

/** Search, filters, grouping and columns above the table. Every control has a visible label. */
export function ActivityFilters({ view, update, responsibleOptions, goalAreaOptions, planOptions }: Props) {
  const { t } = useI18n();
  const id = useId();
  const ids = {
    search: `${id}-search`,
    searchHelp: `${id}-search-help`,
    responsible: `${id}-responsible`,
    goalArea: `${id}-goal-area`,
    plans: `${id}-plans`,
    plansHelp: `${id}-plans-help`,
    from: `${id}-from`,
    to: `${id}-to`,
    periodHelp: `${id}-period-help`,
    groupBy: `${id}-group-by`,
  };
  const set = <K extends keyof ActivityView>(key: K, value: ActivityView[K]) => update((v) => (v[key] === value ? v : { ...v, [key]: value }));
  const fromAfterTo = view.from !== null && view.to !== null && view.from > view.to;
  // A remembered choice that no longer exists still shows as chosen, so the filter is never applied invisibly.
  const responsibleChoices = view.responsible !== null && !responsibleOptions.includes(view.responsible) ? [view.responsible, ...responsibleOptions] : responsibleOptions;
  const goalAreaChoices =
    view.goalAreaId !== null && !goalAreaOptions.some((g) => g.id === view.goalAreaId)
      ? [{ id: view.goalAreaId, name: t('activities.filter.unknownGoalArea') }, ...goalAreaOptions]
      : goalAreaOptions;
  // A remembered period that no plan has any more still shows as chosen (it shows no rows), so the choice is never hidden.
  const rememberedPeriod = scopePeriod(view.planScope);
  const periodChoices =
    rememberedPeriod !== null && !planOptions.some((p) => p.scope === view.planScope) ? [{ scope: view.planScope, label: formatPlanPeriod(rememberedPeriod) }, ...planOptions] : planOptions;

  return (
    <div className="activity-toolbar">
      <fieldset className="activity-filters">
        <legend className="visually-hidden">{t('activities.filters')}</legend>
        <div className="filter-field filter-search">
          <label htmlFor={ids.search}>{t('activities.search')}</label>
          <input id={ids.search} type="search" value={view.query} maxLength={200} aria-describedby={ids.searchHelp} autoComplete="off" onChange={(e) => set('query', e.target.value)} />
          <p id={ids.searchHelp} className="help">
            {t('activities.searchHelp')}
          </p>
        </div>
        <div className="filter-field">
          <label htmlFor={ids.responsible}>{t('activities.filter.responsible')}</label>
          <select id={ids.responsible} value={view.responsible ?? ''} onChange={(e) => set('responsible', e.target.value === '' ? null : e.target.value)}>
            <option value="">{t('activities.filter.all')}</option>
            {responsibleChoices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={ids.goalArea}>{t('activities.filter.goalArea')}</label>
          <select id={ids.goalArea} value={view.goalAreaId ?? ''} onChange={(e) => set('goalAreaId', e.target.value === '' ? null : e.target.value)}>
            <option value="">{t('activities.filter.all')}</option>
            {goalAreaChoices.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={ids.plans}>{t('activities.filter.plans')}</label>
          <select id={ids.plans} value={view.planScope} aria-describedby={ids.plansHelp} onChange={(e) => set('planScope', readPlanScope(e.target.value))}>
            <option value="current">{t('activities.filter.plans.current')}</option>
            {periodChoices.map((p) => (
              <option key={p.scope} value={p.scope}>
                {t('activities.filter.plans.period', { period: p.label })}
              </option>
            ))}
            <option value="all">{t('activities.filter.plans.all')}</option>
          </select>
          <p id={ids.plansHelp} className="help">
            {t('activities.filter.plansHelp')}
          </p>
        </div>
        <fieldset className="filter-group">
          <legend>{t('activities.filter.status')}</legend>
          <div className="checks">
            {activityStatuses.map((status) => (
              <label key={status} className="check">
                <input
                  type="checkbox"
                  checked={view.statuses.includes(status)}
                  onChange={(e) => {
                    const checked = e.target.checked;
                    update((v) => ({ ...v, statuses: activityStatuses.filter((s) => (s === status ? checked : v.statuses.includes(s))) }));
                  }}
                />
                {activityStatusText(t, status)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="filter-group" aria-describedby={ids.periodHelp}>
          <legend>{t('activities.filter.period')}</legend>
          <div className="period-inputs">
            <label htmlFor={ids.from}>{t('activities.filter.from')}</label>
            <input id={ids.from} type="date" value={view.from ?? ''} aria-invalid={fromAfterTo || undefined} onChange={(e) => set('from', e.target.value === '' ? null : e.target.value)} />
            <label htmlFor={ids.to}>{t('activities.filter.to')}</label>
            <input id={ids.to} type="date" value={view.to ?? ''} aria-invalid={fromAfterTo || undefined} onChange={(e) => set('to', e.target.value === '' ? null : e.target.value)} />
          </div>
          <p id={ids.periodHelp} className="help">
            {t('activities.filter.periodHelp')}
          </p>
          {fromAfterTo && (
            <p className="field-error" role="alert">
              {t('activities.filter.fromAfterTo')}
            </p>
          )}
        </fieldset>
      </fieldset>
      <div className="activity-layout">
        <div className="filter-field">
          <label htmlFor={ids.groupBy}>{t('activities.groupBy')}</label>
          <select id={ids.groupBy} value={view.groupBy} onChange={(e) => set('groupBy', groupByOptions.find((o) => o === e.target.value) ?? 'none')}>
            {groupByOptions.map((option) => (
              <option key={option} value={option}>
                {t(`activities.groupBy.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <details className="column-chooser">
          <summary>{t('activities.columns')}</summary>
          <fieldset className="checks">
            <legend>{t('activities.columnsHelp')}</legend>
            {hideableColumnIds.map((column) => (
              <label key={column} className="check">
                <input
                  type="checkbox"
                  checked={!view.hiddenColumns.includes(column)}
                  onChange={(e) => {
                    const visible = e.target.checked;
                    update((v) => ({ ...v, hiddenColumns: hideableColumnIds.filter((c) => (c === column ? !visible : v.hiddenColumns.includes(c))) }));
                  }}
                />
                {t(columnHeaderKey(column))}
              </label>
            ))}
          </fieldset>
        </details>
        <button type="button" className="clear-filters" disabled={!hasActiveFilters(view)} onClick={() => update(clearFilters)}>
          {t('activities.filter.clear')}
        </button>
      </div>
    </div>
  );
}
