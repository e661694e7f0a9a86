import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { TimeCategory, TimeEntry } from '#shared/domain/timelog.ts';
import { formatDuration } from '#shared/timelog/duration.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { CategorySelect } from './CategorySelect.tsx';
import { LinkPickers, type LinkValue } from './LinkPickers.tsx';
import type { EntryDraft } from '#shared/timelog/entry-rules.ts';
import { timeEntryField } from '#shared/timelog/fields.ts';
import { problemAt, type ProblemField, type TimelogProblem } from '#shared/timelog/problems.ts';
import { addEntry, updateEntry } from './entry-repository.ts';
import { problemText } from './timelog-problems.ts';

interface Props {
  /** The entry being changed, or null for a new one on `date`. */
  entry: TimeEntry | null;
  date: string;
  categories: readonly TimeCategory[];
  onSaved: (entry: TimeEntry, isNew: boolean) => void;
  onCancel: () => void;
  onFailed: (error: unknown) => void;
}

/** A time entry's form: date, duration (`1:30`, `1,5`, `1,5 h`, `90 min`), category, optional links and a note. */
export function EntryForm({ entry, date, categories, onSaved, onCancel, onFailed }: Props) {
  const { t } = useI18n();
  const [entryDate, setEntryDate] = useState(entry?.date ?? date);
  const [duration, setDuration] = useState(entry ? formatDuration(entry.minutes, 'hoursMinutes') : '');
  const [chosen, setCategoryId] = useState<string | null>(entry?.categoryId ?? null);
  const categoryId = chosen ?? categories.find((c) => !c.archived)?.id ?? '';
  const [links, setLinks] = useState<LinkValue>({ goalAreaId: entry?.goalAreaId ?? null, activityId: entry?.activityId ?? null, projectId: entry?.projectId ?? null });
  const hasLinks = links.goalAreaId !== null || links.activityId !== null || links.projectId !== null;
  const [linksOpen, setLinksOpen] = useState(hasLinks);
  const [note, setNote] = useState(entry?.note ?? '');
  const [problems, setProblems] = useState<readonly TimelogProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const durationRef = useRef<HTMLInputElement>(null);

  // Changing an entry starts at its duration, the field most often corrected.
  useLayoutEffect(() => {
    if (entry) durationRef.current?.focus();
  }, [entry]);

  const at = (field: ProblemField) => {
    const problem = problemAt(problems, field);
    return problem ? problemText(t, problem) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const draft: EntryDraft = { date: entryDate, duration, categoryId, ...links, note };
    setBusy(true);
    try {
      const result = entry ? await updateEntry(entry.id, draft) : await addEntry(draft);
      setBusy(false);
      if (!result.ok) {
        setProblems(result.problems);
        if (result.problems.some((p) => p.field === 'goalArea' || p.field === 'activity' || p.field === 'project')) setLinksOpen(true);
        // Focus the first field with a problem, so a keyboard or screen-reader user lands on it.
        const first = result.problems[0];
        if (first?.field === 'duration') durationRef.current?.focus();
        return;
      }
      setProblems([]);
      if (!entry) {
        setDuration('');
        setNote('');
        durationRef.current?.focus();
      }
      onSaved(result.entry, entry === null);
    } catch (error) {
      setBusy(false);
      onFailed(error);
    }
  }

  const other = problems.filter((p) => p.field === 'entry');
  return (
    <form className="entry-form" aria-labelledby="entry-form-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="entry-form-heading">{t(entry ? 'timelog.entry.editHeading' : 'timelog.entry.newHeading')}</h3>
      <div className="entry-fields">
        <FormField label={t(timeEntryField.date.uiLabel)} error={at('date')} required={timeEntryField.date.required}>
          <input type="date" value={entryDate} onChange={(e) => setEntryDate(e.target.value)} />
        </FormField>
        <FormField label={t(timeEntryField.minutes.uiLabel)} help={t('timelog.field.durationHelp')} error={at('duration')} required={timeEntryField.minutes.required}>
          <input ref={durationRef} type="text" inputMode="decimal" autoComplete="off" value={duration} onChange={(e) => setDuration(e.target.value)} />
        </FormField>
        <CategorySelect categories={categories} value={categoryId} onChange={setCategoryId} error={at('category')} keep={entry?.categoryId ?? null} />
      </div>
      <details className="entry-links" open={linksOpen} onToggle={(e) => setLinksOpen(e.currentTarget.open)}>
        <summary>{t('timelog.entry.links')}</summary>
        {linksOpen ? <LinkPickers value={links} onChange={setLinks} errors={{ goalArea: at('goalArea'), activity: at('activity'), project: at('project') }} /> : null}
      </details>
      <FormField label={t(timeEntryField.note.uiLabel)} error={at('note')}>
        <textarea rows={2} maxLength={timeEntryField.note.maxLength} value={note} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      {other.map((p, i) => (
        <p key={i} className="field-error" role="alert">
          {problemText(t, p)}
        </p>
      ))}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(entry ? 'timelog.entry.save' : 'timelog.entry.add')}
        </button>
        {entry ? (
          <button type="button" onClick={onCancel}>
            {t('timelog.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
