import { useState } from 'react';
import type { Mandate } from '#shared/timelog/mandate.ts';
import { FormField } from '../../../ui/FormField.tsx';
import { RecordForm, useRecordForm } from '../../../ui/RecordForm.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { checkMandateForm, emptyMandateForm, formFromMandate, type MandateField, type MandateForm, type MandateProblem } from '#shared/timelog/mandate-form.ts';
import { createMandate, updateMandate } from './mandate-repository.ts';
import { problemText } from './mandate-text.ts';

interface Props {
  editing: Mandate | null;
  others: readonly Mandate[];
  headingLevel: 2 | 3;
  successes: number;
  onProblem: () => void;
  onDone: (message: string, focus: string) => void;
  onCancel: () => void;
  onNotFound: () => void;
}

/** Nytt mandat / Ändra mandatet: a form that refuses bad input at the field and stores nothing wrong. */
export function MandateFormSection({ editing, others, headingLevel, onCancel, ...list }: Props) {
  const { t } = useI18n();
  const [form, setForm] = useState<MandateForm>(editing ? formFromMandate(editing) : emptyMandateForm());
  const state = useRecordForm<MandateProblem>({
    ...list,
    // Checked here for an instant answer; the repository checks again inside its transaction.
    check: () => {
      const found = checkMandateForm(editing?.id ?? 'new', form, others);
      return found.ok ? [] : found.problems;
    },
    save: async () => {
      const result = editing ? await updateMandate(editing.id, form) : await createMandate(form);
      if (!result.ok) return result;
      const date = result.mandate.validFrom;
      setForm(emptyMandateForm());
      return editing ? { ok: true, message: t('timelog.mandate.saved', { date }), focus: `mandate-edit-${result.mandate.id}` } : { ok: true, message: t('timelog.mandate.created', { date }), focus: 'mandate-validFrom' };
    },
    failed: (caught) => {
      console.error('Mandatet gick inte att spara', editing?.id ?? 'nytt', caught);
      return t('timelog.mandate.failed', { message: caught instanceof Error ? caught.message : String(caught) });
    },
  });
  const error = (field: MandateField) => {
    const problem = state.problems.find((p) => p.field === field);
    return problem ? problemText(t, problem, form) : undefined;
  };
  const set = (field: Exclude<keyof MandateForm, 'kind'>) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  return (
    <RecordForm
      headingId="mandate-form-heading"
      heading={editing ? t('timelog.mandate.form.edit', { date: editing.validFrom }) : t('timelog.mandate.form.new')}
      headingLevel={headingLevel === 2 ? 3 : 4}
      className="mandate-form"
      form={state}
      problemsText={t('timelog.mandate.form.errors')}
      submitText={editing ? t('timelog.mandate.form.save') : t('timelog.mandate.form.create')}
      cancel={editing ? { text: t('timelog.mandate.form.cancel'), onClick: onCancel } : undefined}
    >
      <FormField label={t('timelog.mandate.field.validFrom')} help={t('timelog.mandate.field.validFromHelp')} required error={error('validFrom')}>
        <input type="date" data-focus="mandate-validFrom" value={form.validFrom} onChange={set('validFrom')} />
      </FormField>
      <fieldset className="mandate-kind">
        <legend>{t('timelog.mandate.field.kind')}</legend>
        {(['hours', 'percent'] as const).map((kind) => (
          <label key={kind} className="check">
            <input type="radio" name="mandate-kind" value={kind} checked={form.kind === kind} onChange={() => setForm({ ...form, kind })} />
            {t(`timelog.mandate.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      {form.kind === 'hours' ? (
        <FormField label={t('timelog.mandate.field.hoursPerWeek')} help={t('timelog.mandate.field.hoursPerWeekHelp')} required error={error('hoursPerWeek')}>
          <input inputMode="decimal" autoComplete="off" value={form.hoursPerWeek} onChange={set('hoursPerWeek')} />
        </FormField>
      ) : (
        <div className="field-row">
          <FormField label={t('timelog.mandate.field.percentOfFullTime')} help={t('timelog.mandate.field.percentOfFullTimeHelp')} required error={error('percentOfFullTime')}>
            <input inputMode="decimal" autoComplete="off" value={form.percentOfFullTime} onChange={set('percentOfFullTime')} />
          </FormField>
          <FormField label={t('timelog.mandate.field.fullTimeHoursPerWeek')} help={t('timelog.mandate.field.fullTimeHoursPerWeekHelp')} required error={error('fullTimeHoursPerWeek')}>
            <input inputMode="decimal" autoComplete="off" value={form.fullTimeHoursPerWeek} onChange={set('fullTimeHoursPerWeek')} />
          </FormField>
        </div>
      )}
    </RecordForm>
  );
}
