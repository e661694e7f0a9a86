/**
 * The editor's fields: FormField with the check's problems for the field's
 * path shown under it (tied by aria-describedby), and the path on the
 * control as data-path so the problem list can move focus to it.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { TemplatePath, TemplateProblem } from '#shared/templates/problems.ts';
import { FormField } from '../../../ui/FormField.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { keyFromName, pathText, problemsAt, renamedRow, type DraftRow } from './draft.ts';

/** The problems the last check found; empty before the first try to save. */
export const ProblemsContext = createContext<readonly TemplateProblem[]>([]);

interface Where {
  /** The field's path in the template, e.g. ['actionPlan', 'sections', 2, 'title']. */
  path: TemplatePath;
  /** Also show problems inside the field's value (a list written one item per line). */
  inside?: boolean;
  /** Problems said of another path that this field answers (see problemsAt). */
  also?: readonly TemplatePath[];
}

/** The text under a field: its problems joined, or undefined. */
export function useFieldError({ path, inside, also }: Where): string | undefined {
  const problems = useContext(ProblemsContext);
  const found = problemsAt(problems, pathText(path), { inside, also: also?.map(pathText) });
  return found.length > 0 ? found.map((p) => p.message).join('; ') : undefined;
}

interface FieldProps extends Where {
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: string;
  required?: boolean;
  className?: string;
}

export function TextField({ label, value, onChange, help, required, className, inputMode, ...where }: FieldProps & { inputMode?: 'numeric' | 'decimal' }) {
  const error = useFieldError(where);
  return (
    <FormField label={label} help={help} required={required} error={error} className={className} announce={false}>
      <input value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" inputMode={inputMode} data-path={pathText(where.path)} />
    </FormField>
  );
}

export function TextArea({ label, value, onChange, help, required, className, rows = 3, ...where }: FieldProps & { rows?: number }) {
  const error = useFieldError(where);
  return (
    <FormField label={label} help={help} required={required} error={error} className={className} announce={false}>
      <textarea value={value} rows={rows} onChange={(e) => onChange(e.target.value)} data-path={pathText(where.path)} />
    </FormField>
  );
}

export function SelectField({ label, value, onChange, help, required, className, children, ...where }: FieldProps & { children: ReactNode }) {
  const error = useFieldError(where);
  return (
    <FormField label={label} help={help} required={required} error={error} className={className} announce={false}>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-path={pathText(where.path)}>
        {children}
      </select>
    </FormField>
  );
}

/** A checkbox; the check never fails on one (it is always true or false), so it has no error. */
export function CheckboxField({ label, checked, onChange, path }: { label: string; checked: boolean; onChange: (checked: boolean) => void; path: TemplatePath }) {
  return (
    <div className="field">
      <label className="checkbox">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-path={pathText(path)} /> {label}
      </label>
    </div>
  );
}

/**
 * A row's name and its key side by side: the key follows the name (made
 * unique in the list) until it is edited by hand, as every list of the
 * template with a key of its own does.
 */
export function NameAndKeyFields<R extends DraftRow & { name: string }>({
  rows,
  index,
  at,
  keyField,
  stem,
  onChange,
}: {
  rows: readonly R[];
  index: number;
  /** The row's path, e.g. `['supportOffers', 2]`. */
  at: readonly [string, number];
  /** The key's name in the template file: `key` or `id`. */
  keyField: 'key' | 'id';
  stem: string;
  onChange: (rows: R[]) => void;
}) {
  const { t } = useI18n();
  const row = rows[index];
  if (!row) return null;
  return (
    <div className="field-row">
      <TextField
        label={t('templates.editor.name')}
        required
        path={[...at, 'name']}
        value={row.name}
        onChange={(name) => onChange(renamedRow(rows, index, { name } as Partial<R>, name, (n, used) => keyFromName(n, used, stem)))}
      />
      <TextField
        label={t(keyField === 'key' ? 'templates.editor.key' : 'templates.editor.id')}
        required
        path={[...at, keyField]}
        value={row.key}
        onChange={(key) => onChange(rows.map((r, i) => (i === index ? { ...r, key, keyTouched: true } : r)))}
      />
    </div>
  );
}
