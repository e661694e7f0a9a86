import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { dropDraft, keepDraft } from '../../ui/drafts.ts';
import { choiceText } from '../../i18n/field-words.ts';
import type { EditableField } from './activity-columns.ts';

/** Where the active cell goes after a commit: stay, or the next / previous column (Tab, Shift+Tab). */
export type CommitMove = 0 | 1 | -1;

interface Props {
  field: EditableField;
  draft: string;
  label: string;
  /** The refused value's message, shown under the editor and tied to it with aria-describedby. */
  problem: string | null;
  errorId: string;
  saving: boolean;
  onDraft: (draft: string) => void;
  /** `refocus` is false when the editor closes because focus already went elsewhere (a click outside). */
  onCommit: (move: CommitMove, refocus: boolean) => void;
  onCancel: () => void;
}

/** The in-cell editor: Enter or Tab saves, Esc cancels, leaving the cell saves. */
export function CellEditor({ field, draft, label, problem, errorId, saving, onDraft, onCommit, onCancel }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement | HTMLSelectElement | null>(null);
  // Set when a key has already closed the editor, so the blur that follows does not commit a second time.
  const closing = useRef(false);

  useEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus();
    if (element instanceof HTMLInputElement && element.type === 'text') element.select();
  }, []);

  // A refused value reopens the editor for correction.
  useEffect(() => {
    if (problem !== null) closing.current = false;
  }, [problem]);

  // A refused value open in the cell is unsaved input: counted, and leaving the page asks first.
  useEffect(() => {
    if (problem === null) return undefined;
    const key = `cell:${errorId}`;
    keepDraft(key, draft);
    return () => dropDraft(key);
  }, [problem, draft, errorId]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // The editor owns every key while open: arrows move the caret, not the active cell.
    event.stopPropagation();
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      if (saving) return;
      closing.current = true;
      onCommit(event.key === 'Tab' ? (event.shiftKey ? -1 : 1) : 0, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closing.current = true;
      onCancel();
    }
  };

  const change = (value: string) => {
    closing.current = false;
    onDraft(value);
  };

  const onBlur = () => {
    if (closing.current || saving) return;
    closing.current = true;
    onCommit(0, false);
  };

  const common = {
    'aria-label': label,
    'aria-invalid': problem !== null ? true : undefined,
    'data-unsaved': problem !== null ? 'true' : undefined,
    'aria-describedby': problem !== null ? errorId : undefined,
    className: 'cell-editor',
    onKeyDown,
    onBlur,
  };

  return (
    <>
      {field.kind === 'choice' ? (
        <select
          ref={(element) => {
            input.current = element;
          }}
          value={draft}
          onChange={(e) => change(e.target.value)}
          {...common}
        >
          {field.choices.map((choice) => (
            <option key={choice} value={choice}>
              {choiceText(t, field, choice)}
            </option>
          ))}
        </select>
      ) : (
        <input
          ref={(element) => {
            input.current = element;
          }}
          type={field.kind === 'date' ? 'date' : 'text'}
          inputMode={field.kind === 'kronor' ? 'decimal' : undefined}
          value={draft}
          onChange={(e) => change(e.target.value)}
          {...common}
        />
      )}
      {problem !== null && (
        <p id={errorId} className="cell-error" role="alert">
          <span className="unsaved-badge">{t('ui.unsaved')}</span>
          {problem}
        </p>
      )}
    </>
  );
}
