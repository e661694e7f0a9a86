import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { EditorPart as PartName } from './draft.ts';

/** The element id of a part, for the "on this page" list. */
export const partId = (part: PartName): string => `template-part-${part}`;

/**
 * One part of the editor as a native disclosure (details/summary: keyboard
 * and screen readers get it for free). `open` is only the starting state;
 * after that the user, the "on this page" list and the problem list open it.
 */
export function EditorPart({ part, title, problemCount, open, children }: { part: PartName; title: string; problemCount: number; open: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <details className="template-part" id={partId(part)} open={open}>
      <summary>
        <span className="template-part-title">{title}</span>
        {problemCount > 0 ? <span className="template-part-problems"> – {t('templates.editor.partProblems', { count: problemCount })}</span> : null}
      </summary>
      <div className="template-part-body">{children}</div>
    </details>
  );
}
