import { useI18n } from '../i18n/i18n.tsx';

/** The one problem of fields checked together (a pair, a meeting's days and times), said at once, marked unsaved while a draft differs from what is stored. */
export function FieldGroupProblem({ id, problem, unsaved }: { id: string | undefined; problem: string | undefined; unsaved: boolean }) {
  const { t } = useI18n();
  if (!problem) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {unsaved ? <span className="unsaved-badge">{t('ui.unsaved')}</span> : null}
      {problem}
    </p>
  );
}
