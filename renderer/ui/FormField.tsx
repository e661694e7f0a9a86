import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

interface Props {
  label: string;
  /** Text, or a template's guidance with its emphasis (GuidanceText). */
  help?: ReactNode;
  error?: string;
  required?: boolean;
  /** The control: an input, textarea or select; it gets id, aria-describedby and aria-invalid. */
  children: ReactElement<Record<string, unknown>>;
  className?: string;
  /**
   * Whether a new error is announced at once (role="alert"); default yes.
   * Off where many fields are checked together and a list of the problems
   * takes focus instead (the template editor): one announcement, not dozens.
   */
  announce?: boolean;
  /** The control holds input that failed its check and is not stored: say so in words beside the problem. */
  unsaved?: boolean;
  /** For a control in a table whose column header already says what it is: the label is for screen readers only. */
  hideLabel?: boolean;
  /** The wrapper's layout: a form's roomy `field`, or the tighter `edit-field` of cards and table cells. */
  frame?: 'field' | 'edit-field';
}

/** A labelled control with optional help and an inline error tied to it for screen readers. */
export function FormField({ label, help, error, required, children, className, announce = true, unsaved, hideLabel, frame = 'field' }: Props) {
  const { t } = useI18n();
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`${frame} ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {help ? (
        <p id={helpId} className="help">
          {help}
        </p>
      ) : null}
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
        'aria-required': required || undefined,
      })}
      {error ? (
        <p id={errorId} className="field-error" role={announce ? 'alert' : undefined}>
          {unsaved ? <span className="unsaved-badge">{t('ui.unsaved')}</span> : null}
          {error}
        </p>
      ) : null}
    </div>
  );
}
