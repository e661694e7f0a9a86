import { useEffect, useId, useRef, useState } from 'react';
import type { Strategy } from '#shared/domain/plan.ts';
import type { CatalogueIndicator } from '#shared/templates/schema.ts';
import { cancelSave, scheduleSave } from '../../saving/autosave.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { draftFor, dropDraft, keepDraft } from '../../ui/drafts.ts';
import { nodeEdit } from './plan-repository.ts';

type Indicator = Strategy['indicators'][number];
interface Draft {
  name: string;
  unit: string;
  baselineYear: string;
  baselineValue: string;
  targetYear: string;
  targetValue: string;
  koladaKpiId: string;
}

const numberText = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));
const toDraft = (i: Indicator): Draft => ({
  name: i.name,
  unit: i.unit,
  baselineYear: i.baselineYear === null ? '' : String(i.baselineYear),
  baselineValue: numberText(i.baselineValue),
  targetYear: i.targetYear === null ? '' : String(i.targetYear),
  targetValue: numberText(i.targetValue),
  koladaKpiId: i.koladaKpiId ?? '',
});

type Problem = 'name' | 'year' | 'yearOrder' | 'number' | 'kolada';

/** "Förvärvsarbetande invånare 20–64 år (andel (%)) · Kolada N00914": what the catalogue's choice shows. */
function catalogueText(indicator: CatalogueIndicator, kolada: string): string {
  const unit = indicator.unit.trim() === '' ? '' : ` (${indicator.unit})`;
  return `${indicator.name}${unit}${indicator.koladaKpiId ? ` · ${kolada}` : ''}`;
}

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
  // The two years are judged together, on the drafts as typed: a target before the baseline is refused, nothing is stored.
  if (baselineYear !== null && targetYear !== null && targetYear < baselineYear) return { ok: false, problem: 'yearOrder' };
  const [baselineValue, targetValue] = [value(draft.baselineValue), value(draft.targetValue)];
  if (baselineValue === undefined || targetValue === undefined) return { ok: false, problem: 'number' };
  // Kolada's ids are one capital and five digits; "n00914" as typed is the same id.
  const koladaKpiId = draft.koladaKpiId.trim().toUpperCase();
  if (koladaKpiId !== '' && !/^[A-Z]\d{5}$/u.test(koladaKpiId)) return { ok: false, problem: 'kolada' };
  const indicator: Indicator = { name: draft.name.trim(), unit: draft.unit.trim(), baselineYear, baselineValue, targetYear, targetValue };
  return { ok: true, indicator: koladaKpiId === '' ? indicator : { ...indicator, koladaKpiId } };
}

const emptyDraft: Draft = { name: '', unit: '', baselineYear: '', baselineValue: '', targetYear: '', targetValue: '', koladaKpiId: '' };

/**
 * The strategy's indicators with baseline and target; each change is stored
 * when every row reads. The template's catalogue offers indicators to pick
 * (name and unit filled in); any other name can still be typed.
 */
export function IndicatorsEditor({ planId, strategy, catalogue = [] }: { planId: string; strategy: Strategy; catalogue?: readonly CatalogueIndicator[] }) {
  const { t } = useI18n();
  const id = useId();
  const [picked, setPicked] = useState('');
  const draftKey = `indicators:${strategy.id}`;
  const [drafts, setDrafts] = useState<Draft[]>(() => {
    const remembered = draftFor(draftKey);
    return remembered === undefined ? strategy.indicators.map(toDraft) : (JSON.parse(remembered) as Draft[]);
  });
  const [problems, setProblems] = useState<(Problem | null)[]>(() => drafts.map((d) => { const p = parseDraft(d); return p.ok ? null : p.problem; }));
  // Per row: has the user typed in it or left one of its fields? A row just added is not called wrong before that.
  const [touched, setTouched] = useState<boolean[]>(() => drafts.map(() => true));
  const storedDrafts = JSON.stringify(strategy.indicators.map(toDraft));
  const previousStored = useRef(storedDrafts);
  /** The stored rows the rows on screen mean ("8,40" means 8.4), or null while they hold input that is not stored. */
  const meaning = useRef<string | null>(draftFor(draftKey) === undefined ? storedDrafts : null);

  // Rows follow the database (undo, other views) only while nothing typed here differs from what was stored:
  // rows that fail their check are never replaced by a stored value arriving meanwhile.
  useEffect(() => {
    if (storedDrafts !== meaning.current && meaning.current === previousStored.current) {
      const next = JSON.parse(storedDrafts) as Draft[];
      setDrafts(next);
      setProblems(next.map(() => null));
      setTouched(next.map(() => true));
      meaning.current = storedDrafts;
    }
    previousStored.current = storedDrafts;
  }, [storedDrafts]);

  const change = (next: Draft[], nextTouched: boolean[]) => {
    setDrafts(next);
    setTouched(nextTouched);
    const parsed = next.map(parseDraft);
    setProblems(parsed.map((p) => (p.ok ? null : p.problem)));
    if (!parsed.every((p) => p.ok)) {
      meaning.current = null;
      // Rows that read a moment ago ("12" before "12x") are not what the user means either.
      cancelSave(`indicators:${strategy.id}`);
      keepDraft(draftKey, JSON.stringify(next));
    } else {
      dropDraft(draftKey);
      const indicators = parsed.flatMap((p) => (p.ok ? [p.indicator] : []));
      meaning.current = JSON.stringify(indicators.map(toDraft));
      scheduleSave(`indicators:${strategy.id}`, nodeEdit.op(planId, 'strategy', strategy.id, { indicators }));
    }
  };
  const set = (index: number, field: keyof Draft, value: string) =>
    change(
      drafts.map((d, i) => {
        if (i !== index) return d;
        // A name typed (or chosen from the suggestions) that is in the catalogue brings its unit and Kolada id, unless they are already given.
        const known = field === 'name' ? catalogue.find((c) => c.name === value.trim()) : undefined;
        return {
          ...d,
          [field]: value,
          ...(known && d.unit.trim() === '' ? { unit: known.unit } : {}),
          ...(known?.koladaKpiId && d.koladaKpiId.trim() === '' ? { koladaKpiId: known.koladaKpiId } : {}),
        };
      }),
      touched.map((x, i) => x || i === index),
    );
  const leave = (index: number) => {
    if (touched[index] === false) setTouched(touched.map((x, i) => x || i === index));
  };
  const addFromCatalogue = () => {
    const chosen = catalogue.find((c) => c.id === picked);
    if (!chosen) return;
    change([...drafts, { ...emptyDraft, name: chosen.name, unit: chosen.unit, koladaKpiId: chosen.koladaKpiId ?? '' }], [...touched, true]);
    setPicked('');
  };
  const listId = `${id}-catalogue`;
  const columns: [keyof Draft, string][] = [
    ['name', t('plans.indicator.name')],
    ['unit', t('plans.indicator.unit')],
    ['baselineYear', t('plans.indicator.baselineYear')],
    ['baselineValue', t('plans.indicator.baselineValue')],
    ['targetYear', t('plans.indicator.targetYear')],
    ['targetValue', t('plans.indicator.targetValue')],
    ['koladaKpiId', t('plans.indicator.koladaKpiId')],
  ];

  return (
    <fieldset className="indicators">
      <legend>{t('plans.indicator.heading')}</legend>
      {drafts.length === 0 ? <p className="help">{t('plans.indicator.none')}</p> : null}
      {drafts.map((draft, index) => {
        const number = index + 1;
        const problem = touched[index] === false ? null : problems[index];
        const errorId = `${id}-${index}-error`;
        return (
          <div key={index} className="indicator-row" role="group" aria-label={t('plans.indicator.row', { number })}>
            {columns.map(([field, label]) => (
              <label key={field} className="indicator-field">
                <span>{label}</span>
                <input
                  value={draft[field]}
                  list={field === 'name' && catalogue.length > 0 ? listId : undefined}
                  inputMode={field === 'name' || field === 'unit' || field === 'koladaKpiId' ? undefined : 'decimal'}
                  spellCheck={field === 'koladaKpiId' ? false : undefined}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? errorId : undefined}
                  data-unsaved={problem ? 'true' : undefined}
                  onChange={(e) => set(index, field, e.target.value)}
                  onBlur={() => leave(index)}
                />
              </label>
            ))}
            <button type="button" onClick={() => change(drafts.filter((_, i) => i !== index), touched.filter((_, i) => i !== index))}>
              {t('plans.indicator.remove', { number })}
            </button>
            {problem ? (
              <p id={errorId} className="field-error" role="alert">
                <span className="unsaved-badge">{t('ui.unsaved')}</span>
                {t(`plans.indicator.problem.${problem}`, { number })}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="button" onClick={() => change([...drafts, emptyDraft], [...touched, false])}>
        {t('plans.indicator.add')}
      </button>
      {catalogue.length > 0 ? (
        <>
          <datalist id={listId}>
            {catalogue.map((c) => (
              <option key={c.id} value={c.name} />
            ))}
          </datalist>
          <div className="indicator-catalogue">
            <label htmlFor={`${id}-pick`}>{t('plans.indicator.catalogue')}</label>
            <p id={`${id}-pick-help`} className="help">
              {t('plans.indicator.catalogueHelp')}
            </p>
            <select id={`${id}-pick`} aria-describedby={`${id}-pick-help`} value={picked} onChange={(e) => setPicked(e.target.value)}>
              <option value="">{t('plans.indicator.catalogueNone')}</option>
              {catalogue.map((c) => (
                <option key={c.id} value={c.id}>
                  {catalogueText(c, t('plans.indicator.kolada', { id: c.koladaKpiId ?? '' }))}
                </option>
              ))}
            </select>
            <button type="button" disabled={picked === ''} onClick={addFromCatalogue}>
              {t('plans.indicator.addFromCatalogue')}
            </button>
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
