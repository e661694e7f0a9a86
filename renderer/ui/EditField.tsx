import { useState, type ReactNode } from 'react';
import { AutosaveField, type AutosaveFieldProps } from './AutosaveField.tsx';
import { FormField } from './FormField.tsx';

/** The stored field (see AutosaveField) with its label, help and required mark. */
type Props = Pick<AutosaveFieldProps, 'saveKey' | 'value' | 'validate' | 'onSave' | 'multiline' | 'rows' | 'type' | 'list'> & {
  label: string;
  /** For cells in a table whose column header already says what the field is: the label is for screen readers only. */
  hideLabel?: boolean;
  /** Text, or a template's guidance with its emphasis (GuidanceText). */
  help?: ReactNode;
  required?: boolean;
  className?: string;
};

/** A labelled field that stores itself as it is typed (FormField around AutosaveField), and shows why a value was not stored right at the field. */
export function EditField({ label, hideLabel, help, required, className, ...field }: Props) {
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <FormField frame="edit-field" label={label} hideLabel={hideLabel} help={help} required={required} className={className} error={problem} unsaved>
      <AutosaveField {...field} onProblem={setProblem} />
    </FormField>
  );
}
