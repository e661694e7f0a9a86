import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Profile } from '#shared/domain/profile.ts';
import { formatPlanPeriod } from '#shared/plan/period-dates.ts';
import { validateGoalAreaDraft, validatePlanDraft, type FieldProblem } from '#shared/plan/validation.ts';
import { splitLines } from '#shared/domain/profile.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useFocusTarget } from '../../ui/use-focus-target.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { RemoveToTrash } from '../../ui/RemoveToTrash.tsx';
import { goalAreaRemovalCounts, planRemovalCounts, trashGoalArea, trashPlan } from '../trash/trash-repository.ts';
import { goalAreaRemovalText, planRemovalText } from '../trash/trash-text.ts';
import { addGoalAreaFromTemplate, createGoalArea, createPlan, listGoalAreasWithPlans, loadExample, templateGoalAreasToAdd } from './plan-repository.ts';
import { problemText } from './problem-text.ts';
import { GoalAreaOptions } from '../../ui/GoalAreaOptions.tsx';

function planHref(planId: string): string {
  return `#/planer/plan/${encodeURIComponent(planId)}`;
}

export function PlanList({ profile }: { profile: Profile }) {
  const { t, language } = useI18n();
  const data = useLiveQuery(listGoalAreasWithPlans, []);
  const [message, setMessage] = useState('');
  // After a removal focus goes to what stays around it (the goal area, or the list); after "keep" back to the button.
  const { rootRef, setFocusTarget } = useFocusTarget<HTMLElement>();

  async function removeToTrash(remove: Promise<{ ok: boolean }>, title: string, focusAfter: string) {
    const result = await remove;
    setMessage(result.ok ? t('trash.removed', { title }) : t('trash.gone'));
    setFocusTarget(focusAfter);
  }

  function kept(title: string, focusKey: string) {
    setMessage(t('trash.kept', { title }));
    setFocusTarget(focusKey);
  }

  async function loadTheExample() {
    const planId = await loadExample(profile.name);
    setMessage(t('plans.example.loaded'));
    window.location.hash = planHref(planId);
  }

  if (data === undefined) return <p>{t('app.loading')}</p>;
  return (
    <>
      <section aria-labelledby="plans-list" ref={rootRef}>
        <h2 id="plans-list" tabIndex={-1} data-focus="plans-list">
          {t('plans.list.heading')}
        </h2>
        {data.length === 0 ? <p>{t('plans.list.empty')}</p> : null}
        <ul className="goal-area-list">
          {data.map(({ goalArea, plans }) => (
            <li key={goalArea.id}>
              <h3 tabIndex={-1} data-focus={`goal-area-${goalArea.id}`}>
                <span className="code">{goalArea.code}</span> {goalArea.name}
              </h3>
              <p>
                <a href={`#/planer/malomrade/${encodeURIComponent(goalArea.id)}`}>{t('plans.list.editGoalArea', { name: goalArea.name })}</a>
              </p>
              <RemoveToTrash
                text={t('trash.remove.goalArea')}
                label={t('trash.removeLabel.goalArea', { title: `${goalArea.code} ${goalArea.name}` })}
                question={t('trash.question.goalArea', { title: `${goalArea.code} ${goalArea.name}` })}
                focusKey={`remove-goal-area-${goalArea.id}`}
                describe={async () => {
                  const counts = await goalAreaRemovalCounts(goalArea.id);
                  return counts && goalAreaRemovalText(t, language, `${goalArea.code} ${goalArea.name}`, counts);
                }}
                onYes={() => void removeToTrash(trashGoalArea(goalArea.id), `${goalArea.code} ${goalArea.name}`, 'plans-list')}
                onNo={() => kept(`${goalArea.code} ${goalArea.name}`, `remove-goal-area-${goalArea.id}`)}
                onGone={() => setMessage(t('trash.gone'))}
              />
              {plans.length === 0 ? (
                <p>{t('plans.list.noPlans')}</p>
              ) : (
                <ul>
                  {plans.map((plan) => (
                    <li key={plan.id}>
                      <a href={planHref(plan.id)}>{plan.title}</a>{' '}
                      <span className="muted">
                        {t('plans.list.period', { period: formatPlanPeriod(plan) })} · {t(`plans.status.${plan.status}`)} · v{plan.version}
                      </span>
                      <RemoveToTrash
                        text={t('trash.remove.plan')}
                        label={t('trash.removeLabel.plan', { title: plan.title })}
                        question={t('trash.question.plan', { title: plan.title })}
                        focusKey={`remove-plan-${plan.id}`}
                        describe={async () => {
                          const counts = await planRemovalCounts(plan.id);
                          return counts && planRemovalText(t, language, plan.title, counts);
                        }}
                        onYes={() => void removeToTrash(trashPlan(plan.id), plan.title, `goal-area-${goalArea.id}`)}
                        onNo={() => kept(plan.title, `remove-plan-${plan.id}`)}
                        onGone={() => setMessage(t('trash.gone'))}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        <div className="actions">
          <button type="button" onClick={() => void loadTheExample()}>
            {t('plans.example.load')}
          </button>
          <p className="help">{t('plans.example.help')}</p>
        </div>
        <p role="status" className="status">
          {message}
        </p>
      </section>
      <TemplateGoalAreas ownerName={profile.name} onCreated={setMessage} />
      <NewGoalAreaForm existingCodes={data.map((d) => d.goalArea.code)} ownerName={profile.name} onCreated={setMessage} />
      {data.length > 0 ? <NewPlanForm goalAreas={data.map((d) => d.goalArea)} /> : null}
    </>
  );
}

/** The active template's goal areas the workbook lacks, each added with one click (code, name, description, effect goals). */
function TemplateGoalAreas({ ownerName, onCreated }: { ownerName: string; onCreated: (message: string) => void }) {
  const { t } = useI18n();
  const offered = useLiveQuery(templateGoalAreasToAdd, []);
  if (!offered || offered.goalAreas.length === 0) return null;
  return (
    <section aria-labelledby="template-goal-areas">
      <h2 id="template-goal-areas">{t('plans.goalArea.fromTemplate')}</h2>
      <p>{t('plans.goalArea.fromTemplateLead', { template: offered.templateName })}</p>
      <ul className="template-goal-areas">
        {offered.goalAreas.map((goalArea) => (
          <li key={goalArea.code}>
            <button
              type="button"
              onClick={() =>
                void addGoalAreaFromTemplate(goalArea, ownerName).then((created) => {
                  if (created) onCreated(t('plans.goalArea.created', { name: created.name }));
                })
              }
            >
              {t('plans.goalArea.addFromTemplate', { code: goalArea.code, name: goalArea.name })}
            </button>
            {goalArea.effectGoals.length > 0 && <span className="muted"> {t('plans.goalArea.effectGoalCount', { count: String(goalArea.effectGoals.length) })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function NewGoalAreaForm({ existingCodes, ownerName, onCreated }: { existingCodes: string[]; ownerName: string; onCreated: (message: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ code: '', name: '', effectGoals: '' });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const problem = (field: string) => problems.find((p) => p.field === field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateGoalAreaDraft({ code: draft.code, name: draft.name }, existingCodes);
    setProblems(found);
    if (found.length > 0) return;
    const created = await createGoalArea({
      code: draft.code.trim(),
      name: draft.name.trim(),
      description: '',
      effectGoals: splitLines(draft.effectGoals),
      owner: ownerName,
      reviewers: [],
    });
    setDraft({ code: '', name: '', effectGoals: '' });
    onCreated(t('plans.goalArea.created', { name: created.name }));
  }

  return (
    <section aria-labelledby="new-goal-area">
      <h2 id="new-goal-area">{t('plans.goalArea.new')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate className="compact-form">
        <FormField label={t('plans.goalArea.code')} help={t('plans.goalArea.codeHelp')} required error={problemText(t, 'plans.goalArea.code', problem('code'))}>
          <input value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value })} maxLength={20} />
        </FormField>
        <FormField label={t('plans.goalArea.name')} required error={problemText(t, 'plans.goalArea.name', problem('name'))}>
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </FormField>
        <FormField label={t('plans.goalArea.effectGoals')} help={t('plans.goalArea.effectGoalsHelp')}>
          <textarea rows={3} value={draft.effectGoals} onChange={(e) => setDraft({ ...draft, effectGoals: e.target.value })} />
        </FormField>
        <button type="submit" className="primary">
          {t('plans.goalArea.create')}
        </button>
      </form>
    </section>
  );
}

function NewPlanForm({ goalAreas }: { goalAreas: { id: string; code: string; name: string }[] }) {
  const { t } = useI18n();
  const thisYear = new Date().getFullYear();
  const [draft, setDraft] = useState({ goalAreaId: goalAreas[0]?.id ?? '', title: '', periodStart: String(thisYear), periodEnd: String(thisYear + 2) });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const problem = (field: string) => problems.find((p) => p.field === field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const periodStart = Number(draft.periodStart);
    const periodEnd = Number(draft.periodEnd);
    const found = validatePlanDraft({ title: draft.title, periodStart, periodEnd });
    setProblems(found);
    if (found.length > 0) return;
    const goalAreaId = draft.goalAreaId || goalAreas[0]?.id;
    if (!goalAreaId) return;
    const plan = await createPlan({ goalAreaId, title: draft.title.trim(), periodStart, periodEnd });
    window.location.hash = planHref(plan.id);
  }

  return (
    <section aria-labelledby="new-plan">
      <h2 id="new-plan">{t('plans.plan.new')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate className="compact-form">
        <FormField label={t('plans.plan.goalArea')}>
          <select value={draft.goalAreaId} onChange={(e) => setDraft({ ...draft, goalAreaId: e.target.value })}>
            <GoalAreaOptions goalAreas={goalAreas} />
          </select>
        </FormField>
        <FormField label={t('plans.plan.title')} required error={problemText(t, 'plans.plan.title', problem('title'))}>
          <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </FormField>
        <div className="field-row">
          <FormField label={t('plans.plan.periodStart')} required error={problemText(t, 'plans.plan.periodStart', problem('periodStart'))}>
            <input inputMode="numeric" value={draft.periodStart} onChange={(e) => setDraft({ ...draft, periodStart: e.target.value })} />
          </FormField>
          <FormField label={t('plans.plan.periodEnd')} required error={problemText(t, 'plans.plan.periodEnd', problem('periodEnd'))}>
            <input inputMode="numeric" value={draft.periodEnd} onChange={(e) => setDraft({ ...draft, periodEnd: e.target.value })} />
          </FormField>
        </div>
        <button type="submit" className="primary">
          {t('plans.plan.create')}
        </button>
      </form>
    </section>
  );
}
