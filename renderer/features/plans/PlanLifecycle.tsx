import { useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatPlanPeriod } from '#shared/plan/period-dates.ts';
import type { DiffEntry } from '#shared/plan/diff.ts';
import { findField } from '#shared/fields/fields.ts';
import { planFieldTables } from '#shared/plan/fields.ts';
import { comparePlans, previewNewPeriod, snapshotPlan, type NewPeriodOptions } from '#shared/plan/versions.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { flushSaves } from '../../saving/autosave.ts';
import { localToday } from '../../ui/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { capitalised, choiceText, namedFieldLabel } from '../../i18n/field-words.ts';
import { ChangedValue } from './ChangedValue.tsx';
import { NewPeriodDialog } from './NewPeriodDialog.tsx';
import { listPlanVersions, startNewPeriod, submitPlan } from './plan-repository.ts';
import { errorText } from '../../ui/error-text.ts';

/** A field's name before its change: `Titel:`, but `Varför?` as the question it is (not `Varför?:`). */
function withColon(label: string): string {
  return /[?:!]$/u.test(label) ? label : `${label}:`;
}

/** A diff entry's field (the model's name) as the form labels it, or the model's name for a field no table has. */
function diffField(entry: DiffEntry, name: string) {
  return findField<never>(planFieldTables[entry.kind], name);
}

/** *Lämna in*, *Ny period*, and what changed since the last submitted version. */
/** `exportAction` is the plan's Word export, given by the app (the documents feature makes it). */
export function PlanLifecycle({ content, exportAction }: { content: PlanContent; exportAction?: ReactNode }) {
  const { t } = useI18n();
  const shownValue = (entry: DiffEntry, name: string, value: string) => {
    const field = diffField(entry, name);
    return field?.choices?.includes(value) ? capitalised(choiceText(t, field, value)) : value;
  };
  const versions = useLiveQuery(() => listPlanVersions(content.plan.id), [content.plan.id]);
  const [message, setMessage] = useState('');
  const last = versions?.at(-1);
  const diff = last ? comparePlans(last.snapshot, snapshotPlan(content)) : null;

  const submit = async () => {
    await flushSaves();
    const version = await submitPlan(content.plan.id);
    setMessage(t('plans.lifecycle.submitted', { version: version.version, date: version.submittedAt.slice(0, 10) }));
  };

  const [askingNewPeriod, setAskingNewPeriod] = useState(false);
  const [creatingPeriod, setCreatingPeriod] = useState(false);

  const nextPeriod = async (options: NewPeriodOptions) => {
    setCreatingPeriod(true);
    try {
      await flushSaves();
      const plan = await startNewPeriod(content.plan.id, localToday(), options);
      setAskingNewPeriod(false);
      setMessage(t('plans.lifecycle.newPeriodDone', { period: formatPlanPeriod(plan), carried: previewNewPeriod(content).carried }));
      window.location.hash = `#/planer/plan/${encodeURIComponent(plan.id)}`;
    } catch (error) {
      console.error('startNewPeriod failed', { planId: content.plan.id, error });
      setAskingNewPeriod(false);
      setMessage(t('plans.newPeriod.failed', { message: errorText(error) }));
    } finally {
      setCreatingPeriod(false);
    }
  };

  return (
    <section aria-label={t('plans.lifecycle.submit')} className="lifecycle">
      <div className="actions">
        <button type="button" className="primary" onClick={() => void submit()} disabled={content.plan.status === 'submitted'}>
          {t('plans.lifecycle.submit')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setAskingNewPeriod(true)}>
          {t('plans.lifecycle.newPeriod')}
        </button>
        {exportAction}
      </div>
      <NewPeriodDialog
        content={content}
        open={askingNewPeriod}
        busy={creatingPeriod}
        onConfirm={(options) => void nextPeriod(options)}
        onCancel={() => {
          setAskingNewPeriod(false);
          setMessage(t('plans.newPeriod.cancelled'));
        }}
      />
      <p role="status" className="status">
        {message}
      </p>
      {last && diff ? (
        <details className="diff">
          <summary>{t('plans.lifecycle.compare', { version: last.version })} ({diff.entries.length})</summary>
          {diff.entries.length === 0 ? (
            <p>{t('plans.lifecycle.noChanges')}</p>
          ) : (
            <ul>
              {diff.entries.map((entry) => (
                <li key={`${entry.kind}-${entry.id}-${entry.change}`} data-change={entry.change}>
                  <strong>{t(`plans.diff.${entry.change}`)}</strong>: {entry.kind === 'plan' || entry.kind === 'section' ? '' : `${t(`plans.outline.kind.${entry.kind}`)} `}
                  {entry.title}
                  {entry.fields.length > 0 ? (
                    <ul>
                      {entry.fields.map((f) => (
                        <li key={f.field}>
                          {withColon(namedFieldLabel(t, planFieldTables[entry.kind], f.field))}{' '}
                          <ChangedValue field={f.field} before={shownValue(entry, f.field, f.before)} after={shownValue(entry, f.field, f.after)} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </details>
      ) : null}
    </section>
  );
}
