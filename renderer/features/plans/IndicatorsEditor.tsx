import { useEffect, useId, useRef, useState } from 'react';
import type { Strategy } from '../../../shared/domain/plan.ts';
import { scheduleSave } from '../../app/autosave.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { updateNode } from './plan-repository.ts';

type Indicator = Strategy['indicators'][number];
interface Draft {
  name: string;
  unit: string;
  baselineYear: string;
  baselineValue: string;
  targetYear: string;
  targetValue: string;
}

const numberText = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));
const toDraft = (i: Indicator): Draft => ({
  name: i.name,
  unit: i.unit,
  baselineYear: i.baselineYear === null ? '' : String(i.baselineYear),
  baselineValue: numberText(i.baselineValue),
  targetYear: i.targetYear === null ? '' : String(i.targetYear),
  targetValue: numberText(i.targetValue),
});

type Problem = 'name' | 'year' | 'number';

/** Reads a draft row; Swedish decimal comma accepted. Returns the indicator or what is wrong. */
function parseDraft(draft: Draft): { ok: true; indicator: Indicator } | { ok: false; problem: Problem } {
  const year = (text: string): number | null | undefined => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    const n = Number(trimmed);
    return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : undefined;
  };
  const value = (text: string): number | null | undefined => {
    const trimmed = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
    if (trimmed === '') return null;
    const n = Number(trimmed);
    return Number.isFinite(n) ? n : undefined;
  };
  if (draft.name.trim() === '') return { ok: false, problem: 'name' };
  const [baselineYear, targetYear] = [year(draft.baselineYear), year(draft.targetYear)];
  if (baselineYear === undefined || targetYear === undefined) return { ok: false, problem: 'year' };
  const [baselineValue, targetValue] = [value(draft.baselineValue), value(draft.targetValue)];
  if (baselineValue === undefined || targetValue === undefined) return { ok: false, problem: 'number' };
  return { ok: true, indicator: { name: draft.name.trim(), unit: draft.unit.trim(), baselineYear, baselineValue, targetYear, targetValue } };
}

/** The strategy's indicators with baseline and target; each change is stored when every row reads. */
export function IndicatorsEditor({ planId, strategy }: { planId: string; strategy: Strategy }) {
  const { t } = useI18n();
  const id = useId();
  const [drafts, setDrafts] = useState<Draft[]>(() => strategy.indicators.map(toDraft));
  const [problems, setProblems] = useState<(Problem | null)[]>([]);
  const editing = useRef(false);

  useEffect(() => {
    if (!editing.current) setDrafts(strategy.indicators.map(toDraft));
  }, [strategy.indicators]);

  const change = (next: Draft[]) => {
    editing.current = true;
    setDrafts(next);
    const parsed = next.map(parseDraft);
    setProblems(parsed.map((p) => (p.ok ? null : p.problem)));
    if (parsed.every((p) => p.ok)) {
      const indicators = parsed.flatMap((p) => (p.ok ? [p.indicator] : []));
      scheduleSave(`indicators:${strategy.id}`, () => updateNode(planId, 'strategy', strategy.id, { indicators }));
    }
  };
  const set = (index: number, field: keyof Draft, value: string) => change(drafts.map((d, i) => (i === index ? { ...d, [field]: value } : d)));
  const columns: [keyof Draft, string][] = [
    ['name', t('plans.indicator.name')],
    ['unit', t('plans.indicator.unit')],
    ['baselineYear', t('plans.indicator.baselineYear')],
    ['baselineValue', t('plans.indicator.baselineValue')],
    ['targetYear', t('plans.indicator.targetYear')],
    ['targetValue', t('plans.indicator.targetValue')],
  ];

  return (
    <fieldset className="indicators" onBlur={() => (editing.current = false)}>
      <legend>{t('plans.indicator.heading')}</legend>
      {drafts.length === 0 ? <p className="help">{t('plans.indicator.none')}</p> : null}
      {drafts.map((draft, index) => {
        const number = index + 1;
        const problem = problems[index];
        const errorId = `${id}-${index}-error`;
        return (
          <div key={index} className="indicator-row" role="group" aria-label={t('plans.indicator.row', { number })}>
            {columns.map(([field, label]) => (
              <label key={field} className="indicator-field">
                <span>{label}</span>
                <input
                  value={draft[field]}
                  inputMode={field === 'name' || field === 'unit' ? undefined : 'decimal'}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? errorId : undefined}
                  onChange={(e) => set(index, field, e.target.value)}
                />
              </label>
            ))}
            <button type="button" onClick={() => change(drafts.filter((_, i) => i !== index))}>
              {t('plans.indicator.remove', { number })}
            </button>
            {problem ? (
              <p id={errorId} className="field-error" role="alert">
                {t(`plans.indicator.problem.${problem}`, { number })}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="button" onClick={() => change([...drafts, { name: '', unit: '', baselineYear: '', baselineValue: '', targetYear: '', targetValue: '' }])}>
        {t('plans.indicator.add')}
      </button>
    </fieldset>
  );
}
