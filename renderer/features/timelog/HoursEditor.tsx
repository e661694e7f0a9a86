import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

type Move = 'down' | 'right' | 'left' | 'none';

interface Props {
  draft: string;
  /** Opened by typing a character: keep the caret after it (a selection would be replaced by the next key). */
  typed: boolean;
  label: string;
  /** The refused value's message, tied to the input with aria-describedby. */
  problem: string | null;
  /** What saving will do (merge entries, empty the cell), said before it happens. */
  hint: string | null;
  idBase: string;
  onDraft: (draft: string) => void;
  /** `refocus` is false when the editor closes because focus already went elsewhere (a click outside). */
  onCommit: (move: Move, refocus: boolean) => void;
  onCancel: () => void;
}

/**
 * A week cell's editor. Like features/activities/CellEditor.tsx, but Enter moves down as in a
 * spreadsheet and an edit started by typing keeps the typed character instead of selecting it.
 */
export function HoursEditor({ draft, typed, label, problem, hint, idBase, onDraft, onCommit, onCancel }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  // Set when a key has already closed the editor, so the blur that follows does not commit again.
  const closing = useRef(false);
  // How the editor was opened matters only when it opens.
  const openedByTyping = useRef(typed);

  useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus();
    if (openedByTyping.current) element.setSelectionRange(element.value.length, element.value.length);
    else element.select();
  }, []);

  // A refused value leaves the editor open for correction.
  useLayoutEffect(() => {
    if (problem !== null) closing.current = false;
  }, [problem]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The editor owns every key while open: arrows move the caret, not the active cell.
    event.stopPropagation();
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      closing.current = true;
      onCommit(event.key === 'Enter' ? 'down' : event.shiftKey ? 'left' : 'right', true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closing.current = true;
      onCancel();
    }
  };

  const onBlur = () => {
    if (closing.current) return;
    closing.current = true;
    onCommit('none', false);
  };

  const hintId = hint !== null ? `${idBase}-hint` : null;
  const errorId = problem !== null ? `${idBase}-error` : null;
  return (
    <>
      <input
        ref={input}
        type="text"
        inputMode="decimal"
        size={4}
        className="hours-editor"
        value={draft}
        aria-label={label}
        aria-invalid={problem !== null ? true : undefined}
        data-unsaved={problem !== null ? 'true' : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          closing.current = false;
          onDraft(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      {problem !== null || hint !== null ? (
        <div className="cell-popup">
          {problem !== null ? (
            <p id={errorId ?? undefined} className="cell-error" role="alert">
              <span className="unsaved-badge">{t('ui.unsaved')}</span>
              {problem}
            </p>
          ) : null}
          {hint !== null ? (
            <p id={hintId ?? undefined} className="cell-hint">
              {hint}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
