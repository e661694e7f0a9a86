import type { TimeCategory } from '#shared/domain/timelog.ts';
import { timeEntryField } from '#shared/timelog/fields.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { categoryName } from './labels.ts';

interface Props {
  categories: readonly TimeCategory[];
  value: string;
  onChange: (categoryId: string) => void;
  error?: string | undefined;
  /** An archived category an existing entry already has stays selectable for it; others are not offered. */
  keep?: string | null;
  label?: string;
}

/** The category picker: the categories not archived, in their order. */
export function CategorySelect({ categories, value, onChange, error, keep = null, label }: Props) {
  const { t } = useI18n();
  const offered = categories.filter((c) => !c.archived || c.id === keep);
  return (
    <FormField label={label ?? t(timeEntryField.categoryId.uiLabel)} error={error} required={timeEntryField.categoryId.required}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {value === '' ? <option value="">{t('timelog.field.categoryChoose')}</option> : null}
        {offered.map((c) => (
          <option key={c.id} value={c.id}>
            {categoryName(t, c)}
          </option>
        ))}
      </select>
    </FormField>
  );
}
