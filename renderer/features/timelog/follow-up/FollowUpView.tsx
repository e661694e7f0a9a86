import './follow-up.css';
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SummaryPeriod } from '#shared/timelog/summary.ts';
import { FormField } from '../../../ui/FormField.tsx';
import { localToday } from '../../../ui/today.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { CsvExport } from './CsvExport.tsx';
import { CumulativeChart } from './CumulativeChart.tsx';
import { entriesBetween, listTimeCategories, loggedDateSpan } from './follow-up-data.ts';
import { buildFollowUp } from './follow-up-model.ts';
import { calendarYear, followUpPeriods, readRange, validateRange, yearsOffered, type DateRange, type FollowUpScope, type RangeField } from '#shared/timelog/follow-up-range.ts';
import { FollowUpTable, KeyFigures } from './FollowUpTable.tsx';
import { listMandates } from './mandate-repository.ts';
import { MandateSettings } from './MandateSettings.tsx';
import { WeeklyBarsChart } from './WeeklyBarsChart.tsx';

/** Reads what one scope needs; the scope travels with the result, so a late answer is never shown as another year's. */
async function loadFollowUp(scope: FollowUpScope) {
  const [entries, mandates, categories] = await Promise.all([entriesBetween(readRange(scope)), listMandates(), listTimeCategories()]);
  return { scope, entries, mandates, categories };
}

/**
 * Uppföljning: the time per week, month, quarter or year, MOA time against the mandate, the
 * charts (each with its data as a table), the CSV exports and the mandates themselves.
 */
export function FollowUpView() {
  const { t } = useI18n();
  const today = localToday();
  const thisYear = Number(today.slice(0, 4));
  const [period, setPeriod] = useState<SummaryPeriod>('week');
  const [scopeKind, setScopeKind] = useState<FollowUpScope['kind']>('year');
  const [year, setYear] = useState(thisYear);
  const [typed, setTyped] = useState<DateRange>(() => calendarYear(thisYear));
  // The last valid custom range: while the user is still typing a date, the figures stay put.
  const [custom, setCustom] = useState<DateRange>(() => calendarYear(thisYear));

  const problems = scopeKind === 'custom' ? validateRange(typed.from, typed.to) : [];
  const scope: FollowUpScope = scopeKind === 'year' ? { kind: 'year', year } : { kind: 'custom', ...custom };
  const scopeKey = JSON.stringify(scope);

  const span = useLiveQuery(loggedDateSpan, []);
  const years = yearsOffered(span?.first, span?.last, today);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => a - b);

  // Keyed by the scope's value: the object itself is new on every render.
  const data = useLiveQuery(() => loadFollowUp(scope), [scopeKey]);
  const model = useMemo(() => (data ? buildFollowUp(data.entries, data.mandates, data.categories, data.scope, period) : undefined), [data, period]);
  const stale = data !== undefined && JSON.stringify(data.scope) !== scopeKey;

  function chooseYear(value: number) {
    setYear(value);
    setTyped(calendarYear(value));
    setCustom(calendarYear(value));
  }

  function type(field: RangeField, value: string) {
    const next = { ...typed, [field]: value };
    setTyped(next);
    if (validateRange(next.from, next.to).length === 0) setCustom(next);
  }

  const rangeError = (field: RangeField) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(`timelog.followUp.problem.${problem.code}`, { field: t(`timelog.followUp.${field}`) }) : undefined;
  };

  return (
    <section className="timelog-follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t('timelog.followUp.heading')}</h2>
      <p className="help">{t('timelog.followUp.intro')}</p>
      <fieldset className="follow-up-controls">
        <legend className="visually-hidden">{t('timelog.followUp.controls')}</legend>
        <FormField label={t('timelog.followUp.period')} className="control">
          <select value={period} onChange={(e) => setPeriod(followUpPeriods.find((p) => p === e.target.value) ?? 'week')}>
            {followUpPeriods.map((p) => (
              <option key={p} value={p}>
                {t(`timelog.followUp.period.${p}`)}
              </option>
            ))}
          </select>
        </FormField>
        <fieldset className="control scope-choice">
          <legend>{t('timelog.followUp.scope')}</legend>
          {(['year', 'custom'] as const).map((kind) => (
            <label key={kind} className="check">
              <input type="radio" name="follow-up-scope" value={kind} checked={scopeKind === kind} onChange={() => setScopeKind(kind)} />
              {t(`timelog.followUp.scope.${kind}`)}
            </label>
          ))}
        </fieldset>
        {scopeKind === 'year' ? (
          <FormField label={t('timelog.followUp.year')} className="control">
            <select value={year} onChange={(e) => chooseYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </FormField>
        ) : (
          <>
            <FormField label={t('timelog.followUp.from')} error={rangeError('from')} className="control">
              <input type="date" value={typed.from} onChange={(e) => type('from', e.target.value)} />
            </FormField>
            <FormField label={t('timelog.followUp.to')} error={rangeError('to')} className="control">
              <input type="date" value={typed.to} onChange={(e) => type('to', e.target.value)} />
            </FormField>
          </>
        )}
      </fieldset>

      <div className="follow-up-results" aria-busy={stale || model === undefined}>
        {model === undefined ? (
          <p>{t('timelog.followUp.loading')}</p>
        ) : (
          <>
            <p className="range-note">
              {t('timelog.followUp.showing', model.range)}
              {model.range.from === model.weeksRange.from && model.range.to === model.weeksRange.to && data?.scope.kind === 'year'
                ? ` ${t('timelog.followUp.isoYearNote', { from: model.weeksRange.from, to: model.weeksRange.to, last: model.weeks.length })}`
                : null}
            </p>
            {model.hasMandate ? null : <p className="notice">{t('timelog.followUp.noMandate')}</p>}
            <h3 id="follow-up-figures-heading">{t('timelog.followUp.keyFigures')}</h3>
            <KeyFigures model={model} />
            <h3 id="follow-up-table-heading">{t(`timelog.followUp.table.${period}`)}</h3>
            {model.totals.totalMinutes === 0 ? <p>{t('timelog.followUp.nothingLogged')}</p> : null}
            <FollowUpTable model={model} period={period} headingId="follow-up-table-heading" />
            <h3>{t('timelog.followUp.charts')}</h3>
            <div className="charts">
              <WeeklyBarsChart weeks={model.weeks} categories={model.categories} range={model.weeksRange} />
              <CumulativeChart weeks={model.weeks} range={model.weeksRange} today={today} />
            </div>
          </>
        )}
      </div>
      <CsvExport scope={scope} />
      <MandateSettings />
    </section>
  );
}
