import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { SaveOperation } from '../../app/autosave.ts';
import { AutosaveField } from '../plans/AutosaveField.tsx';

interface Props {
  label: string;
  /** For cells in a table whose column header already says what the field is: the label is for screen readers only. */
  hideLabel?: boolean;
  /** Text, or a template's guidance with its emphasis (GuidanceText). */
  help?: ReactNode;
  value: string;
  saveKey: string;
  /** A problem text to show at the field instead of saving, or undefined. */
  validate?: (value: string) => string | undefined;
  /** The journaled operation that stores a valid value (see AutosaveField). */
  onSave: (value: string) => SaveOperation | null;
  multiline?: boolean;
  rows?: number;
  type?: string;
  required?: boolean;
  className?: string;
}

/** A labelled field that stores itself as it is typed, and shows why a value was not stored right at the field. */
export function EditField({ label, hideLabel, help, value, saveKey, validate, onSave, multiline, rows, type, required, className }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [problem, setProblem] = useState<string | undefined>();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = problem ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`edit-field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {help ? (
        <p id={helpId} className="help">
          {help}
        </p>
      ) : null}
      <AutosaveField
        id={id}
        saveKey={saveKey}
        value={value}
        validate={validate}
        onSave={onSave}
        onProblem={setProblem}
        multiline={multiline}
        rows={rows}
        type={type}
        aria-describedby={describedBy}
        aria-invalid={problem ? true : undefined}
        aria-required={required || undefined}
      />
      {problem ? (
        <p id={errorId} className="field-error" role="alert">
          <span className="unsaved-badge">{t('ui.unsaved')}</span>
          {problem}
        </p>
      ) : null}
    </div>
  );
}
