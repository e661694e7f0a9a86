import { useCallback, useId } from 'react';
import type { SaveOperation } from '../saving/autosave.ts';
import { useDrafts } from './use-draft.ts';
import { FieldGroupProblem } from './FieldGroupProblem.tsx';

interface Props {
  /** What the two fields are together ("Period"); read by screen readers as the group's name. */
  legend: string;
  /** Hide the legend visually where a heading or column already says it. */
  hideLegend?: boolean;
  labels: readonly [string, string];
  help?: string;
  saveKey: string;
  stored: readonly [string, string];
  type?: 'date' | 'text';
  inputMode?: 'numeric';
  required?: boolean;
  /** The pair's one problem (the two drafts taken together), or undefined when both may be stored. */
  validate: (first: string, second: string) => string | undefined;
  /** The journaled operation that stores both in one write (null: nothing to store). */
  onSave: (first: string, second: string) => SaveOperation | null;
  className?: string;
}

/**
 * Two related fields (start and end, from and to, baseline and target year)
 * checked as a pair: while they disagree, both drafts stay on screen with
 * one message on the pair and nothing is stored; once they agree, both are
 * stored together. Never checks one draft against the other's stored value.
 */
export function FieldPair({ legend, hideLegend, labels, help, saveKey, stored, type = 'text', inputMode, required, validate, onSave, className }: Props) {
  const id = useId();
  const check = useCallback((texts: string[]) => validate(texts[0] ?? '', texts[1] ?? ''), [validate]);
  const drafts = useDrafts({ saveKey, stored: [stored[0], stored[1]], validate: check, onSave: (texts) => onSave(texts[0] ?? '', texts[1] ?? '') });
  const helpId = help ? `${id}-help` : undefined;
  const errorId = drafts.problem ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`field-pair ${drafts.unsaved.some(Boolean) ? 'has-unsaved' : ''} ${className ?? ''}`}>
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      {help ? (
        <p id={helpId} className="help">
          {help}
        </p>
      ) : null}
      <div className="field-row">
        {labels.map((label, index) => (
          <div className="field" key={index}>
            <label htmlFor={`${id}-${index}`}>
              {label}
              {required ? <span aria-hidden="true"> *</span> : null}
            </label>
            <input
              id={`${id}-${index}`}
              type={type}
              inputMode={inputMode}
              value={drafts.texts[index] ?? ''}
              onChange={(event) => drafts.change(index, event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={drafts.problem ? true : undefined}
              aria-required={required || undefined}
              data-unsaved={drafts.unsaved[index] ? 'true' : undefined}
            />
          </div>
        ))}
      </div>
      <FieldGroupProblem id={errorId} problem={drafts.problem} unsaved={drafts.unsaved.some(Boolean)} />
    </fieldset>
  );
}
