import type { Language } from '#shared/settings.ts';
import type { Mandate } from '#shared/timelog/mandate.ts';
import type { Translate } from '../../../i18n/i18n.tsx';
import { formatDecimal } from './follow-up-format.ts';
import type { MandateField, MandateForm, MandateProblem } from '#shared/timelog/mandate-form.ts';

/** A mandate's size in words: "8 timmar i veckan" or "20 % av 40 timmar". */
export function sizeText(t: Translate, language: Language, mandate: Mandate): string {
  if ('hoursPerWeek' in mandate) return t('timelog.mandate.size.hours', { hours: formatDecimal(mandate.hoursPerWeek, language) });
  return t('timelog.mandate.size.percent', { percent: formatDecimal(mandate.percentOfFullTime, language), fullTime: formatDecimal(mandate.fullTimeHoursPerWeek, language) });
}

const fieldLabel = {
  validFrom: 'timelog.mandate.field.validFrom',
  hoursPerWeek: 'timelog.mandate.field.hoursPerWeek',
  percentOfFullTime: 'timelog.mandate.field.percentOfFullTime',
  fullTimeHoursPerWeek: 'timelog.mandate.field.fullTimeHoursPerWeek',
} as const satisfies Record<MandateField, string>;

const examples: Record<Exclude<MandateField, 'validFrom'>, string> = { hoursPerWeek: '8', percentOfFullTime: '20', fullTimeHoursPerWeek: '40' };

/** A problem with the mandate form, said at its field: what is wrong and an example of what is expected. */
export function problemText(t: Translate, problem: MandateProblem, form: MandateForm): string {
  const { field, code } = problem;
  if (field === 'validFrom') {
    if (code === 'duplicateDate') return t('timelog.mandate.problem.validFrom.duplicateDate', { date: form.validFrom.trim() });
    return code === 'required' ? t('timelog.mandate.problem.validFrom.required') : t('timelog.mandate.problem.validFrom.invalidDate');
  }
  if (code === 'outOfRange') return t(`timelog.mandate.problem.${field}.outOfRange`);
  const vars = { field: t(fieldLabel[field]), example: examples[field] };
  return code === 'required' ? t('timelog.mandate.problem.required', vars) : t('timelog.mandate.problem.notANumber', vars);
}
