import { useState, type FormEvent } from 'react';
import type { TimeCategory } from '#shared/domain/timelog.ts';
import { timeEntryField } from '#shared/timelog/fields.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { CategorySelect } from './CategorySelect.tsx';
import { LinkPickers, type LinkValue } from './LinkPickers.tsx';
import { problemAt, type TimelogProblem } from '#shared/timelog/problems.ts';
import { problemText } from './timelog-problems.ts';
import type { TimerTask } from '#shared/timelog/timer.ts';

interface Props {
  categories: readonly TimeCategory[];
  submitLabel: string;
  /** Resolves with the problems to show, or an empty list when the task was taken. */
  onSubmit: (task: TimerTask) => Promise<readonly TimelogProblem[]>;
  onCancel?: () => void;
}

/** What the timer runs for: a category, optional links (shown on request) and a note. */
export function TaskPicker({ categories, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  // Until the user picks one, the first category offered (the categories may arrive after the picker).
  const [chosen, setCategoryId] = useState<string | null>(null);
  const categoryId = chosen ?? categories.find((c) => !c.archived)?.id ?? '';
  const [links, setLinks] = useState<LinkValue>({ goalAreaId: null, activityId: null, projectId: null });
  const [linksOpen, setLinksOpen] = useState(false);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<readonly TimelogProblem[]>([]);
  const [busy, setBusy] = useState(false);

  const at = (field: TimelogProblem['field']) => {
    const problem = problemAt(problems, field);
    return problem ? problemText(t, problem) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await onSubmit({ categoryId, ...links, note });
    setBusy(false);
    setProblems(result);
    // A problem with a link is shown at its picker, so the pickers must be open.
    if (result.some((p) => p.field === 'goalArea' || p.field === 'activity' || p.field === 'project')) setLinksOpen(true);
  }

  const other = problems.filter((p) => !['category', 'goalArea', 'activity', 'project', 'note'].includes(p.field));
  return (
    <form className="task-picker" onSubmit={(e) => void submit(e)} noValidate>
      <div className="task-fields">
        <CategorySelect categories={categories} value={categoryId} onChange={setCategoryId} error={at('category')} label={t('timelog.timer.task')} />
        <FormField label={t(timeEntryField.note.uiLabel)} error={at('note')} className="task-note">
          <input type="text" value={note} onChange={(e) => setNote(e.target.value)} />
        </FormField>
      </div>
      <details className="task-links" open={linksOpen} onToggle={(e) => setLinksOpen(e.currentTarget.open)}>
        <summary>{t('timelog.timer.links')}</summary>
        {linksOpen ? <LinkPickers value={links} onChange={setLinks} errors={{ goalArea: at('goalArea'), activity: at('activity'), project: at('project') }} /> : null}
      </details>
      {other.map((p, i) => (
        <p key={i} className="field-error" role="alert">
          {problemText(t, p)}
        </p>
      ))}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-focus="timer-submit">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('timelog.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
