import type { RefObject } from 'react';
import { templateProblemText, type TemplateProblem } from '#shared/templates/problems.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { fieldForPath, revealElement } from './focus.ts';

/** Every problem of the last check, each a button that opens the part and moves focus to the field. */
export function ProblemList({ problems, formRef, listRef }: { problems: readonly TemplateProblem[]; formRef: RefObject<HTMLFormElement | null>; listRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useI18n();
  function go(problem: TemplateProblem) {
    const field = formRef.current ? fieldForPath(formRef.current, problem.path) : null;
    if (!field) return;
    revealElement(field);
    field.focus();
  }
  return (
    <div className="error-summary template-problems" role="group" tabIndex={-1} ref={listRef} aria-labelledby="template-problems-heading">
      <p id="template-problems-heading">{t('templates.editor.problems', { count: problems.length })}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={`${i}-${problem.path}`}>
            {problem.path === '' ? (
              templateProblemText(problem)
            ) : (
              <button type="button" className="link-button" onClick={() => go(problem)}>
                {templateProblemText(problem)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
