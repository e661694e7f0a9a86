import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isoWeekOf, weekMonday } from '#shared/timelog/weeks.ts';
import { localToday } from '../../../ui/today.ts';
import { FormField } from '../../../ui/FormField.tsx';
import { activeTemplate } from '../../templates/template-repository.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDecimal } from './follow-up-format.ts';
import { templateMandateForm, type MandateProblem } from '#shared/timelog/mandate-form.ts';
import { createMandate } from './mandate-repository.ts';
import { problemText } from './mandate-text.ts';

/** This week's Monday: the default start of a mandate taken from the template. */
function thisMonday(): string {
  const week = isoWeekOf(localToday());
  return weekMonday(week.year, week.week);
}

/**
 * With no mandate yet: the active template's default mandate as a one-click fill, from this
 * week's Monday or a day the user picks. Never set without that click.
 */
export function TemplateMandateOffer({ headingLevel, onDone }: { headingLevel: 2 | 3; onDone: (message: string) => void }) {
  const { t, language } = useI18n();
  const template = useLiveQuery(activeTemplate, []);
  const [validFrom, setValidFrom] = useState(thisMonday);
  const [problems, setProblems] = useState<MandateProblem[]>([]);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  if (!template) return null;
  const offered = template.template.timeLog.defaultMandate;
  const form = templateMandateForm(offered, validFrom);
  const hours = formatDecimal('hoursPerWeek' in offered ? offered.hoursPerWeek : (offered.percentOfFullTime / 100) * offered.fullTimeHoursPerWeek, language);
  const buttonText =
    'hoursPerWeek' in offered ? t('timelog.mandate.template.useHours', { hours }) : t('timelog.mandate.template.usePercent', { percent: formatDecimal(offered.percentOfFullTime, language), hours });
  const dateProblem = problems.find((p) => p.field === 'validFrom');

  async function use() {
    if (busy) return;
    setBusy(true);
    setFailure('');
    try {
      const result = await createMandate(form);
      if (result.ok) onDone(t('timelog.mandate.created', { date: result.mandate.validFrom }));
      else if (result.reason === 'invalid') {
        setProblems(result.problems);
        // A problem in the size would be the template's; it passed the template's own checks, so only the date can be wrong here.
        if (!result.problems.some((p) => p.field === 'validFrom')) setFailure(t('timelog.mandate.failed', { message: result.problems.map((p) => problemText(t, p, form)).join(' ') }));
      }
    } catch (caught) {
      console.error('Mallens standardmandat gick inte att spara', caught);
      setFailure(t('timelog.mandate.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="mandate-template-heading" className="mandate-template">
      <Heading id="mandate-template-heading">{t('timelog.mandate.template.heading')}</Heading>
      <p className="help">{t('timelog.mandate.template.intro', { template: template.template.name })}</p>
      <FormField
        label={t('timelog.mandate.template.validFrom')}
        help={t('timelog.mandate.template.validFromHelp')}
        required
        error={dateProblem ? problemText(t, dateProblem, form) : undefined}
      >
        <input
          type="date"
          value={validFrom}
          onChange={(e) => {
            setValidFrom(e.target.value);
            setProblems([]);
          }}
        />
      </FormField>
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <button type="button" className="primary" disabled={busy} onClick={() => void use()}>
        {buttonText}
      </button>
    </section>
  );
}
