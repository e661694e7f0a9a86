import { useState, type ReactNode } from 'react';
import type { SaveOperation } from '../saving/autosave.ts';
import { AutosaveField } from './AutosaveField.tsx';
import { FormField } from './FormField.tsx';

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

/** A labelled field that stores itself as it is typed (FormField around AutosaveField), and shows why a value was not stored right at the field. */
export function EditField({ label, hideLabel, help, required, className, ...field }: Props) {
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <FormField frame="edit-field" label={label} hideLabel={hideLabel} help={help} required={required} className={className} error={problem} unsaved>
      <AutosaveField {...field} onProblem={setProblem} />
    </FormField>
  );
}
