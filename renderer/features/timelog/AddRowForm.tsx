import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { TimeCategory } from '#shared/domain/timelog.ts';
import type { IsoWeek } from '#shared/timelog/weeks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CategorySelect } from './CategorySelect.tsx';
import { LinkPickers, type LinkValue } from './LinkPickers.tsx';
import { problemAt, type TimelogProblem } from '#shared/timelog/problems.ts';
import { problemText } from './timelog-problems.ts';
import { addWeekRow } from './week-grid-repository.ts';
import type { RowKey } from '#shared/timelog/week-grid.ts';

interface Props {
  week: IsoWeek;
  categories: readonly TimeCategory[];
  /** `added` is false when the week already had the row. */
  onAdded: (row: RowKey, added: boolean) => void;
  onCancel: () => void;
}

/** *Lägg till rad*: a category and optional links, as an empty row in the week's grid. */
export function AddRowForm({ week, categories, onAdded, onCancel }: Props) {
  const { t } = useI18n();
  const [chosen, setCategoryId] = useState<string | null>(null);
  const categoryId = chosen ?? categories.find((c) => !c.archived)?.id ?? '';
  const [links, setLinks] = useState<LinkValue>({ goalAreaId: null, activityId: null, projectId: null });
  const [problems, setProblems] = useState<readonly TimelogProblem[]>([]);
  const formRef = useRef<HTMLFormElement>(null);

  useLayoutEffect(() => {
    formRef.current?.querySelector('select')?.focus();
  }, []);

  const at = (field: TimelogProblem['field']) => {
    const problem = problemAt(problems, field);
    return problem ? problemText(t, problem) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const row: RowKey = { categoryId, ...links };
    try {
      const result = await addWeekRow(week, row);
      if (!result.ok) {
        setProblems(result.problems);
        return;
      }
      onAdded(row, result.added);
    } catch (error) {
      console.error('Raden gick inte att lägga till', error);
      setProblems([]);
    }
  }

  return (
    <form ref={formRef} className="add-row-form" aria-labelledby="add-row-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="add-row-heading">{t('timelog.week.addRowHeading')}</h3>
      <p className="help">{t('timelog.week.addRowHelp')}</p>
      <CategorySelect categories={categories} value={categoryId} onChange={setCategoryId} error={at('category')} />
      <LinkPickers value={links} onChange={setLinks} errors={{ goalArea: at('goalArea'), activity: at('activity'), project: at('project') }} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('timelog.week.addRowSubmit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('timelog.cancel')}
        </button>
      </div>
    </form>
  );
}
