import { useRef, useState, type FormEvent } from 'react';
import { defaultPerspectives } from '#shared/domain/plan.ts';
import { normaliseReviewer, validateReviewer, type GoalAreaProblem, type Reviewer } from '#shared/plan/goal-area-details.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { goalAreaProblemText } from './problem-text.ts';

const other = '__other__';

/** The select's value for a stored perspective: one of the defaults, none, or "another" with the text beside it. */
function perspectiveChoice(perspective: string): string {
  if (perspective === '') return '';
  return (defaultPerspectives as readonly string[]).includes(perspective) ? perspective : other;
}

const emptyReviewer: Reviewer = { name: '', organisation: '', email: '', perspective: '' };

interface Props {
  /** The reviewer being edited, or null to add one. */
  editing: Reviewer | null;
  onSubmit: (reviewer: Reviewer) => void;
  onCancel: () => void;
}

/** Adds a reviewer to, or changes one in, the goal area's list (stored when the goal area is saved). */
export function ReviewerForm({ editing, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const start = editing ?? emptyReviewer;
  const [reviewer, setReviewer] = useState<Reviewer>(start);
  const [choice, setChoice] = useState(perspectiveChoice(start.perspective));
  const [ownPerspective, setOwnPerspective] = useState(perspectiveChoice(start.perspective) === other ? start.perspective : '');
  const [problems, setProblems] = useState<GoalAreaProblem[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const error = (field: keyof Reviewer, label: string) =>
    goalAreaProblemText(
      t,
      label,
      problems.find((p) => p.field === field),
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = normaliseReviewer({ ...reviewer, perspective: choice === other ? ownPerspective : choice });
    const found = validateReviewer(next);
    setProblems(found);
    if (found.length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    onSubmit(next);
    setReviewer(emptyReviewer);
    setChoice('');
    setOwnPerspective('');
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="compact-form reviewer-form" aria-labelledby="reviewer-form-heading">
      <h4 id="reviewer-form-heading">{editing ? t('goalAreas.reviewers.editHeading', { name: editing.name }) : t('goalAreas.reviewers.new')}</h4>
      <FormField label={t('goalAreas.reviewer.name')} required error={error('name', t('goalAreas.reviewer.name'))}>
        <input data-focus="reviewer-name" value={reviewer.name} onChange={(e) => setReviewer({ ...reviewer, name: e.target.value })} autoComplete="off" />
      </FormField>
      <div className="field-row">
        <FormField label={t('goalAreas.reviewer.organisation')} error={error('organisation', t('goalAreas.reviewer.organisation'))}>
          <input value={reviewer.organisation} onChange={(e) => setReviewer({ ...reviewer, organisation: e.target.value })} autoComplete="off" />
        </FormField>
        <FormField label={t('goalAreas.reviewer.email')} error={error('email', t('goalAreas.reviewer.email'))}>
          <input type="email" value={reviewer.email} onChange={(e) => setReviewer({ ...reviewer, email: e.target.value })} autoComplete="off" />
        </FormField>
      </div>
      <FormField label={t('goalAreas.reviewer.perspective')} error={choice === other ? undefined : error('perspective', t('goalAreas.reviewer.perspective'))}>
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('goalAreas.reviewer.perspectiveNone')}</option>
          {defaultPerspectives.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
          <option value={other}>{t('goalAreas.reviewer.perspectiveOther')}</option>
        </select>
      </FormField>
      {choice === other ? (
        <FormField label={t('goalAreas.reviewer.perspectiveOwn')} help={t('goalAreas.reviewer.perspectiveOwnHelp')} error={error('perspective', t('goalAreas.reviewer.perspectiveOwn'))}>
          <input value={ownPerspective} onChange={(e) => setOwnPerspective(e.target.value)} autoComplete="off" />
        </FormField>
      ) : null}
      <div className="actions">
        <button type="submit">{editing ? t('goalAreas.reviewers.update') : t('goalAreas.reviewers.add')}</button>
        {editing ? (
          <button type="button" onClick={onCancel}>
            {t('goalAreas.reviewers.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
