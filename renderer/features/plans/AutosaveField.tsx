import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { scheduleSave, type SaveOperation } from '../../app/autosave.ts';

interface Props {
  /** Identifies the stored field, so a later edit replaces an earlier one not yet written. */
  saveKey: string;
  value: string;
  /** Returns a problem text to show instead of saving, or undefined when the value may be stored. */
  validate?: (value: string) => string | undefined;
  /**
   * The journaled operation that stores a valid value (null: nothing to store). Data, not a
   * closure, so an edit typed just before a reload is replayed at the next start.
   */
  onSave: (value: string) => SaveOperation | null;
  multiline?: boolean;
  rows?: number;
  type?: string;
  id?: string;
  inputRef?: Ref<HTMLInputElement>;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onFocus?: () => void;
  onProblem?: (problem: string | undefined) => void;
  className?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
}

/**
 * A text field that stores itself (see app/autosave.ts). While the user
 * types, the local text wins; otherwise it follows the stored value, so
 * undo, other views and reloads show through.
 */
export function AutosaveField({ saveKey, value, validate, onSave, multiline, rows, type, inputRef, onKeyDown, onFocus, onProblem, ...rest }: Props) {
  const [text, setText] = useState(value);
  const editing = useRef(false);

  useEffect(() => {
    if (!editing.current) setText(value);
  }, [value]);

  const change = (next: string) => {
    editing.current = true;
    setText(next);
    const problem = validate?.(next);
    onProblem?.(problem);
    if (problem !== undefined) return;
    const operation = onSave(next);
    if (operation) scheduleSave(saveKey, operation);
  };
  const common = {
    ...rest,
    value: text,
    onFocus,
    onBlur: () => {
      editing.current = false;
    },
  };
  return multiline ? (
    <textarea {...common} rows={rows ?? 4} onChange={(e) => change(e.target.value)} />
  ) : (
    <input {...common} ref={inputRef} type={type ?? 'text'} onChange={(e) => change(e.target.value)} onKeyDown={onKeyDown} />
  );
}
