import { useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatPlanPeriod } from '../../../shared/plan/period-dates.ts';
import { comparePlans, previewNewPeriod, snapshotPlan, type NewPeriodOptions } from '../../../shared/plan/versions.ts';
import type { PlanContent } from '../../../shared/plan/types.ts';
import { flushSaves } from '../../saving/autosave.ts';
import { localToday } from '../../ui/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import { ChangedValue } from './ChangedValue.tsx';
import { NewPeriodDialog } from './NewPeriodDialog.tsx';
import { listPlanVersions, startNewPeriod, submitPlan } from './plan-repository.ts';

/** A field's name before its change: `Titel:`, but `Varför?` as the question it is (not `Varför?:`). */
function withColon(label: string): string {
  return /[?:!]$/u.test(label) ? label : `${label}:`;
}

/** Field names in the diff are the model's; show the form's labels. */
const diffFieldLabels: Record<string, MessageKey> = {
  title: 'plans.field.title',
  why: 'plans.field.why',
  what: 'plans.field.what',
  effectGoal: 'plans.field.effectGoal',
  target: 'plans.field.target',
  indicators: 'plans.diffField.indicators',
  'who.text': 'plans.field.who',
  'who.responsibleContactId': 'plans.field.responsibleContact',
  'who.partnerContactIds': 'plans.diffField.partners',
  how: 'plans.field.how',
  perspectives: 'plans.field.perspectives',
  responsible: 'plans.field.responsible',
  startDate: 'plans.field.startDate',
  endDate: 'plans.field.endDate',
  status: 'plans.field.status',
  costOre: 'plans.field.cost',
  notes: 'plans.field.notes',
  strategyId: 'plans.outline.kind.strategy',
  tacticId: 'plans.outline.kind.tactic',
  text: 'plans.diffField.text',
  periodStart: 'plans.plan.periodStart',
  periodEnd: 'plans.plan.periodEnd',
  supportRequests: 'plans.diffField.supportRequests',
};

const statusKeys: Record<string, MessageKey> = {
  planned: 'plans.activityStatus.planned',
  ongoing: 'plans.activityStatus.ongoing',
  done: 'plans.activityStatus.done',
  delayed: 'plans.activityStatus.delayed',
  cancelled: 'plans.activityStatus.cancelled',
};

/** *Lämna in*, *Ny period*, and what changed since the last submitted version. */
/** `exportAction` is the plan's Word export, given by the app (the documents feature makes it). */
export function PlanLifecycle({ content, exportAction }: { content: PlanContent; exportAction?: ReactNode }) {
  const { t } = useI18n();
  const shownValue = (field: string, value: string) => (field === 'status' && statusKeys[value] ? t(statusKeys[value] ?? 'plans.activityStatus.planned') : value);
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
      setMessage(t('plans.newPeriod.failed', { message: error instanceof Error ? error.message : String(error) }));
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
                          {withColon(diffFieldLabels[f.field] ? t(diffFieldLabels[f.field] ?? 'plans.field.title') : f.field)}{' '}
                          <ChangedValue field={f.field} before={shownValue(f.field, f.before)} after={shownValue(f.field, f.after)} />
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
