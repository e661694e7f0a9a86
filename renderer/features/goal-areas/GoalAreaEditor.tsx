import './goal-areas.css';
import { useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { GoalArea } from '#shared/domain/plan.ts';
import type { GoalAreaProblem, Reviewer } from '#shared/plan/goal-area-details.ts';
import { splitLines } from '#shared/domain/profile.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { loadGoalArea, updateGoalArea } from './goal-area-repository.ts';
import { goalAreaProblemText } from './problem-text.ts';
import { ReviewerForm } from './ReviewerForm.tsx';
import { useFocusTarget } from '../../ui/use-focus-target.ts';

/** The form as typed: effect goals as one text, one goal per line. */
interface GoalAreaForm {
  code: string;
  name: string;
  description: string;
  effectGoals: string;
  owner: string;
  reviewers: Reviewer[];
}

function formFromGoalArea(goalArea: GoalArea): GoalAreaForm {
  const { code, name, description, owner, reviewers } = goalArea;
  return { code, name, description, effectGoals: goalArea.effectGoals.join('\n'), owner, reviewers };
}

const sameForm = (a: GoalAreaForm, b: GoalAreaForm): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The label of the field a problem concerns, as the message names it. */
function fieldLabel(t: Translate, field: string): string {
  const line = /^effectGoals\.(\d+)$/u.exec(field);
  if (line) return t('goalAreas.field.effectGoalLine', { line: Number(line[1]) + 1 });
  if (field.startsWith('reviewers')) return t('goalAreas.field.reviewers');
  if (field === 'code') return t('goalAreas.field.code');
  if (field === 'name') return t('goalAreas.field.name');
  if (field === 'description') return t('goalAreas.field.description');
  if (field === 'owner') return t('goalAreas.field.owner');
  return t('goalAreas.field.effectGoals');
}

/** Målområde: a goal area's code, name, description, effect goals, owner and reviewers, saved explicitly. */
export function GoalAreaEditor({ goalAreaId }: { goalAreaId: string }) {
  const { t } = useI18n();
  const goalArea = useLiveQuery(() => loadGoalArea(goalAreaId), [goalAreaId]);
  if (goalArea === undefined) return <p>{t('app.loading')}</p>;
  if (goalArea === null) {
    return (
      <section aria-labelledby="goal-area-heading" className="goal-area-editor">
        <p>
          <a href="#/planer">{t('goalAreas.back')}</a>
        </p>
        <h2 id="goal-area-heading">{t('goalAreas.notFound')}</h2>
        <p>{t('goalAreas.notFoundBody')}</p>
      </section>
    );
  }
  // Keyed by id: another goal area starts from its own stored details.
  return <GoalAreaForm key={goalArea.id} goalArea={goalArea} />;
}

function GoalAreaForm({ goalArea }: { goalArea: GoalArea }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<GoalAreaForm>(() => formFromGoalArea(goalArea));
  const [form, setForm] = useState<GoalAreaForm>(saved);
  const [problems, setProblems] = useState<GoalAreaProblem[]>([]);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const [editingReviewer, setEditingReviewer] = useState<number | null>(null);
  const { rootRef, setFocusTarget } = useFocusTarget();
  const formRef = useRef<HTMLFormElement>(null);


  const error = (field: string) =>
    goalAreaProblemText(
      t,
      fieldLabel(t, problems.find((p) => p.field === field || p.field.startsWith(`${field}.`))?.field ?? field),
      problems.find((p) => p.field === field || p.field.startsWith(`${field}.`)),
    );
  const set = (field: 'code' | 'name' | 'description' | 'effectGoals' | 'owner') => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setStatus('');
    setFailure('');
    try {
      const result = await updateGoalArea(goalArea.id, { ...form, effectGoals: splitLines(form.effectGoals) });
      if (result.ok) {
        const next = formFromGoalArea(result.goalArea);
        setProblems([]);
        setSaved(next);
        setForm(next);
        setStatus(t('goalAreas.saved'));
      } else if (result.reason === 'invalid') {
        setProblems(result.problems);
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      } else setFailure(t('goalAreas.notFoundBody'));
    } catch (caught) {
      console.error('Målområdet gick inte att spara', goalArea.id, caught);
      setFailure(t('goalAreas.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(false);
    }
  }

  function submitReviewer(reviewer: Reviewer) {
    if (editingReviewer === null) {
      setForm({ ...form, reviewers: [...form.reviewers, reviewer] });
      setStatus(t('goalAreas.reviewers.added', { name: reviewer.name }));
      setFocusTarget('reviewer-name');
    } else {
      const index = editingReviewer;
      setForm({ ...form, reviewers: form.reviewers.map((r, i) => (i === index ? reviewer : r)) });
      setEditingReviewer(null);
      setStatus(t('goalAreas.reviewers.updated', { name: reviewer.name }));
      setFocusTarget(`reviewer-edit-${index}`);
    }
  }

  function removeReviewer(index: number) {
    const reviewer = form.reviewers[index];
    if (!reviewer) return;
    setForm({ ...form, reviewers: form.reviewers.filter((_, i) => i !== index) });
    if (editingReviewer !== null) setEditingReviewer(null);
    setStatus(t('goalAreas.reviewers.removed', { name: reviewer.name }));
    setFocusTarget('reviewer-name');
  }

  const editing = editingReviewer === null ? null : (form.reviewers[editingReviewer] ?? null);
  const reviewersError = error('reviewers');
  return (
    <section ref={rootRef} aria-labelledby="goal-area-heading" className="goal-area-editor">
      <p>
        <a href="#/planer">{t('goalAreas.back')}</a>
      </p>
      <h2 id="goal-area-heading">{goalArea.name}</h2>
      <form id="goal-area-form" ref={formRef} onSubmit={(e) => void save(e)} noValidate className="compact-form">
        {problems.length > 0 ? <p className="field-error">{t('goalAreas.errors')}</p> : null}
        <FormField label={t('goalAreas.field.code')} help={t('goalAreas.field.codeHelp')} required error={error('code')}>
          <input value={form.code} onChange={set('code')} maxLength={20} autoComplete="off" />
        </FormField>
        <FormField label={t('goalAreas.field.name')} required error={error('name')}>
          <input value={form.name} onChange={set('name')} autoComplete="off" />
        </FormField>
        <FormField label={t('goalAreas.field.description')} help={t('goalAreas.field.descriptionHelp')} error={error('description')}>
          <textarea rows={5} value={form.description} onChange={set('description')} />
        </FormField>
        <FormField label={t('goalAreas.field.effectGoals')} help={t('goalAreas.field.effectGoalsHelp')} error={error('effectGoals')}>
          <textarea rows={4} value={form.effectGoals} onChange={set('effectGoals')} />
        </FormField>
        <FormField label={t('goalAreas.field.owner')} error={error('owner')}>
          <input value={form.owner} onChange={set('owner')} autoComplete="off" />
        </FormField>
      </form>

      <section aria-labelledby="reviewers-heading" className="reviewers">
        <h3 id="reviewers-heading">{t('goalAreas.reviewers.heading')}</h3>
        <p className="help">{t('goalAreas.reviewers.intro')}</p>
        {reviewersError ? <p className="field-error">{reviewersError}</p> : null}
        {form.reviewers.length === 0 ? (
          <p>{t('goalAreas.reviewers.empty')}</p>
        ) : (
          <table className="reviewers-table" aria-labelledby="reviewers-heading">
            <thead>
              <tr>
                <th scope="col">{t('goalAreas.reviewer.name')}</th>
                <th scope="col">{t('goalAreas.reviewer.organisation')}</th>
                <th scope="col">{t('goalAreas.reviewer.email')}</th>
                <th scope="col">{t('goalAreas.reviewer.perspective')}</th>
                <th scope="col">{t('goalAreas.reviewers.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {form.reviewers.map((reviewer, index) => (
                // Reviewers have no id; the list's position is their identity while editing.
                <tr key={index} className={editingReviewer === index ? 'editing' : undefined}>
                  <th scope="row">{reviewer.name}</th>
                  <td>{reviewer.organisation}</td>
                  <td>{reviewer.email}</td>
                  <td>{reviewer.perspective}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      data-focus={`reviewer-edit-${index}`}
                      aria-label={t('goalAreas.reviewers.editLabel', { name: reviewer.name })}
                      onClick={() => {
                        setEditingReviewer(index);
                        setFocusTarget('reviewer-name');
                      }}
                    >
                      {t('goalAreas.reviewers.edit')}
                    </button>
                    <button type="button" aria-label={t('goalAreas.reviewers.removeLabel', { name: reviewer.name })} onClick={() => removeReviewer(index)}>
                      {t('goalAreas.reviewers.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ReviewerForm
          key={editingReviewer === null ? 'new' : `edit-${editingReviewer}`}
          editing={editing}
          onSubmit={submitReviewer}
          onCancel={() => {
            const index = editingReviewer;
            setEditingReviewer(null);
            setFocusTarget(index === null ? 'reviewer-name' : `reviewer-edit-${index}`);
          }}
        />
      </section>

      <div className="actions save-bar">
        <button type="submit" form="goal-area-form" className="primary" disabled={busy}>
          {t('goalAreas.save')}
        </button>
        {sameForm(form, saved) ? null : <p className="muted">{t('goalAreas.unsaved')}</p>}
      </div>
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
