import { useCallback, useId } from 'react';
import type { ProjectActivity } from '#shared/domain/project.ts';
import type { SaveOperation } from '../../saving/autosave.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDrafts } from '../../ui/use-draft.ts';

interface Props {
  activity: ProjectActivity;
  /** The start and end judged together; undefined when both may be stored. */
  validate: (startDate: string, endDate: string) => string | undefined;
  /** The journaled operation that stores both dates. */
  onSave: (dates: Pick<ProjectActivity, 'startDate' | 'endDate'>) => SaveOperation;
}

/**
 * The start and end cells of a project activity's row, checked and stored
 * as a pair (see ui/use-draft.ts): while they disagree both drafts stay,
 * one message stands under them and nothing is stored. A milestone has one
 * date, stored as both.
 */
export function ActivityDateCells({ activity, validate, onSave }: Props) {
  const { t } = useI18n();
  const id = useId();
  const name = activity.title;
  const check = useCallback((texts: string[]) => validate(texts[0] ?? '', activity.milestone ? (texts[0] ?? '') : (texts[1] ?? '')), [validate, activity.milestone]);
  const drafts = useDrafts({
    saveKey: `pa:${activity.id}:dates`,
    stored: [activity.startDate, activity.endDate],
    validate: check,
    onSave: ([start = '', end = '']) => onSave({ startDate: start, endDate: activity.milestone ? start : end }),
  });
  const errorId = `${id}-error`;
  const input = (index: 0 | 1, label: string) => (
    <>
      <label className="visually-hidden" htmlFor={`${id}-${index}`}>
        {label}
      </label>
      <input
        id={`${id}-${index}`}
        type="date"
        value={drafts.texts[index] ?? ''}
        onChange={(event) => drafts.change(index, event.target.value)}
        aria-invalid={drafts.problem ? true : undefined}
        aria-describedby={drafts.problem ? errorId : undefined}
        aria-required
        data-unsaved={drafts.unsaved[index] ? 'true' : undefined}
      />
    </>
  );
  const problem = drafts.problem ? (
    <p id={errorId} className="field-error" role="alert">
      <span className="unsaved-badge">{t('ui.unsaved')}</span>
      {drafts.problem}
    </p>
  ) : null;
  return (
    <>
      <td>
        {input(0, t('projects.activities.startOf', { name }))}
        {activity.milestone ? problem : null}
      </td>
      <td>
        {activity.milestone ? (
          <span className="muted">{t('projects.activities.milestoneSameDay')}</span>
        ) : (
          <>
            {input(1, t('projects.activities.endOf', { name }))}
            {problem}
          </>
        )}
      </td>
    </>
  );
}
