import { useCallback, useEffect, useRef, type KeyboardEvent, type Ref } from 'react';
import type { SaveOperation } from '../saving/autosave.ts';
import { useDrafts, type Equivalent } from './use-draft.ts';

export interface AutosaveFieldProps {
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
  /** A draft that means the stored value though written differently ("1500" for "1 500 kr"). */
  equivalent?: Equivalent;
  multiline?: boolean;
  rows?: number;
  type?: string;
  /** The id of a `<datalist>` of suggestions (names already in the meeting …). */
  list?: string;
  id?: string;
  inputRef?: Ref<HTMLInputElement>;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onFocus?: () => void;
  onProblem?: (problem: string | undefined) => void;
  className?: string;
  tabIndex?: number;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
}

const none = (): undefined => undefined;

/**
 * A text field that stores itself (see saving/autosave.ts and ui/use-draft.ts):
 * valid input is stored as it is typed; input that fails its check stays on
 * screen, marked unsaved (data-unsaved), and is never replaced meanwhile.
 */
export function AutosaveField({ saveKey, value, validate, onSave, equivalent, multiline, rows, type, inputRef, onKeyDown, onFocus, onProblem, ...rest }: AutosaveFieldProps) {
  const check = useCallback((texts: string[]) => (validate ?? none)(texts[0] ?? ''), [validate]);
  const drafts = useDrafts({ saveKey, stored: [value], equivalent, validate: check, onSave: (texts) => onSave(texts[0] ?? '') });
  const problem = drafts.problem;
  const report = useRef(onProblem);
  report.current = onProblem;
  useEffect(() => report.current?.(problem), [problem]);
  const common = {
    ...rest,
    value: drafts.texts[0] ?? '',
    onFocus,
    'data-unsaved': drafts.unsaved[0] ? 'true' : undefined,
  };
  // A field shows only what fits in its box; on paper the field gives way to its whole text (ui/print.css).
  // The text is drawn by CSS from data-text, so it is not a second copy of the words on screen or to a screen reader.
  const printed = <span className="print-text" data-text={common.value} aria-hidden="true" />;
  return multiline ? (
    <>
      <textarea {...common} rows={rows ?? 4} onChange={(e) => drafts.change(0, e.target.value)} />
      {printed}
    </>
  ) : (
    <>
      <input {...common} ref={inputRef} type={type ?? 'text'} onChange={(e) => drafts.change(0, e.target.value)} onKeyDown={onKeyDown} />
      {printed}
    </>
  );
}
