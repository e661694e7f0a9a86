import { useMemo } from 'react';
import { proseFields } from '#shared/plan/versions.ts';
import { wordChanges } from '#shared/plan/word-diff.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * One changed field in the version comparison. A text shows the words that changed where they
 * stand (<del>/<ins>, struck through and underlined, so not by colour alone); a value that is not
 * prose, or a text rewritten through and through, shows its old and new value whole. Screen
 * readers get "borttaget:"/"tillagt:" and where each change ends, since most do not announce
 * <del> and <ins> themselves.
 */
export function ChangedValue({ field, before, after }: { field: string; before: string; after: string }) {
  const { t } = useI18n();
  const parts = useMemo(() => (proseFields.has(field) ? wordChanges(before, after) : null), [field, before, after]);
  const hidden = (text: string) => <span className="visually-hidden">{text}</span>;
  if (parts === null) {
    return (
      <>
        <del>
          {hidden(`${t('plans.diff.removedStart')} `)}
          {before || '–'}
        </del>{' '}
        <span aria-hidden="true">→</span>{' '}
        <ins>
          {hidden(`${t('plans.diff.addedStart')} `)}
          {after || '–'}
        </ins>
      </>
    );
  }
  return (
    <span className="word-diff">
      {parts.map((part, i) =>
        part.change === 'same' ? (
          part.text
        ) : part.change === 'removed' ? (
          <del key={i}>
            {hidden(` ${t('plans.diff.removedStart')} `)}
            {part.text}
            {hidden(` ${t('plans.diff.removedEnd')} `)}
          </del>
        ) : (
          <ins key={i}>
            {hidden(` ${t('plans.diff.addedStart')} `)}
            {part.text}
            {hidden(` ${t('plans.diff.addedEnd')} `)}
          </ins>
        ),
      )}
    </span>
  );
}
