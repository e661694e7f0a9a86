import './follow-up.css';
import { useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { mandateWeeklyMinutes, type Mandate } from '../../../../shared/timelog/mandate.ts';
import { isoWeekOf, weekMonday } from '../../../../shared/timelog/weeks.ts';
import { localToday } from '../../../ui/today.ts';
import { activeTemplate } from '../../templates/template-repository.ts';
import { FormField } from '../../../ui/FormField.tsx';
import { useI18n, type Translate } from '../../../i18n/i18n.tsx';
import { formatDecimal, formatHours } from './follow-up-format.ts';
import { checkMandateForm, emptyMandateForm, formFromMandate, templateMandateForm, type MandateField, type MandateForm, type MandateProblem } from './mandate-form.ts';
import { createMandate, listMandates, removeMandate, updateMandate } from './mandate-repository.ts';
import { ConfirmBox } from '../../../ui/ConfirmBox.tsx';
import { useFocusTarget } from '../../../ui/use-focus-target.ts';

type Language = ReturnType<typeof useI18n>['language'];

function sizeText(t: Translate, language: Language, mandate: Mandate): string {
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

function problemText(t: Translate, problem: MandateProblem, form: MandateForm): string {
  const { field, code } = problem;
  if (field === 'validFrom') {
    if (code === 'duplicateDate') return t('timelog.mandate.problem.validFrom.duplicateDate', { date: form.validFrom.trim() });
    return code === 'required' ? t('timelog.mandate.problem.validFrom.required') : t('timelog.mandate.problem.validFrom.invalidDate');
  }
  if (code === 'outOfRange') return t(`timelog.mandate.problem.${field}.outOfRange`);
  const vars = { field: t(fieldLabel[field]), example: examples[field] };
  return code === 'required' ? t('timelog.mandate.problem.required', vars) : t('timelog.mandate.problem.notANumber', vars);
}

interface Props {
  /** 3 under the follow-up's h2; 2 where the mandate stands on its own. */
  headingLevel?: 2 | 3;
}

/**
 * The mandates for the MOA assignment: a list, earliest first, with edit and remove (after a
 * question), and a form that refuses bad input at the field and stores nothing wrong.
 */
export function MandateSettings({ headingLevel = 3 }: Props) {
  const { t, language } = useI18n();
  const mandates = useLiveQuery(listMandates, []);
  const [editing, setEditing] = useState<Mandate | null>(null);
  const [confirming, setConfirming] = useState<Mandate | null>(null);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  // Where focus goes after the next render: an element named by its data-focus key.
  const { rootRef, setFocusTarget } = useFocusTarget();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';


  function startEdit(mandate: Mandate) {
    setEditing(mandate);
    setConfirming(null);
    setStatus('');
    setAlert('');
    setFocusTarget('mandate-validFrom');
  }

  function askRemove(mandate: Mandate) {
    setConfirming(mandate);
    setStatus('');
    setAlert('');
    setFocusTarget('mandate-confirm-no');
  }

  async function confirmRemove(mandate: Mandate) {
    try {
      const result = await removeMandate(mandate.id);
      setConfirming(null);
      if (result.ok) {
        if (editing?.id === mandate.id) setEditing(null);
        setStatus(t('timelog.mandate.removed', { date: mandate.validFrom }));
        setFocusTarget('mandate-validFrom');
      } else setAlert(t('timelog.mandate.notFound'));
    } catch (error) {
      console.error('Mandatet gick inte att ta bort', mandate.id, error);
      setAlert(t('timelog.mandate.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  function cancelRemove(mandate: Mandate) {
    setConfirming(null);
    setStatus(t('timelog.mandate.cancelled', { date: mandate.validFrom }));
    setFocusTarget(`mandate-remove-${mandate.id}`);
  }

  return (
    <section ref={rootRef} aria-labelledby="mandate-heading" className="mandate-settings">
      <Heading id="mandate-heading">{t('timelog.mandate.heading')}</Heading>
      <p className="help">{t('timelog.mandate.intro')}</p>
      <p className="help">{t('timelog.mandate.howCounted')}</p>
      {mandates === undefined ? (
        <p>{t('app.loading')}</p>
      ) : mandates.length === 0 ? (
        <>
          <p className="mandate-empty">{t('timelog.mandate.empty')}</p>
          <TemplateMandateOffer
            headingLevel={headingLevel}
            onDone={(message) => {
              setStatus(message);
              setAlert('');
            }}
          />
        </>
      ) : (
        <div className="table-scroll">
          <table className="follow-up-table mandate-table">
            <caption className="visually-hidden">{t('timelog.mandate.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('timelog.mandate.col.validFrom')}</th>
                <th scope="col">{t('timelog.mandate.col.size')}</th>
                <th scope="col" className="number">
                  {t('timelog.mandate.col.weekly')}
                </th>
                <th scope="col">{t('timelog.mandate.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {mandates.map((mandate) => (
                <tr key={mandate.id} className={editing?.id === mandate.id ? 'editing' : undefined}>
                  <th scope="row" className="nowrap">
                    {mandate.validFrom}
                  </th>
                  <td>{sizeText(t, language, mandate)}</td>
                  <td className="number">{formatHours(mandateWeeklyMinutes(mandate), language)}</td>
                  <td className="row-actions">
                    <button type="button" data-focus={`mandate-edit-${mandate.id}`} aria-label={t('timelog.mandate.editLabel', { date: mandate.validFrom })} onClick={() => startEdit(mandate)}>
                      {t('timelog.mandate.edit')}
                    </button>
                    <button type="button" data-focus={`mandate-remove-${mandate.id}`} aria-label={t('timelog.mandate.removeLabel', { date: mandate.validFrom })} onClick={() => askRemove(mandate)}>
                      {t('timelog.mandate.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming ? (
        <ConfirmBox
          question={t('timelog.mandate.confirm.question', { date: confirming.validFrom })}
          yes={t('timelog.mandate.confirm.yes', { date: confirming.validFrom })}
          no={t('timelog.mandate.confirm.no')}
          onYes={() => void confirmRemove(confirming)}
          onNo={() => cancelRemove(confirming)}
          noFocusKey="mandate-confirm-no"
        />
      ) : null}
      <p role="status" className="status">
        {status}
      </p>
      <p role="alert" className="alert-text">
        {alert}
      </p>
      <MandateFormSection
        key={editing?.id ?? 'new'}
        editing={editing}
        others={mandates ?? []}
        headingLevel={headingLevel}
        onDone={(message, focus) => {
          setStatus(message);
          setAlert('');
          setEditing(null);
          setFocusTarget(focus);
        }}
        onCancel={() => {
          const id = editing?.id;
          setEditing(null);
          setFocusTarget(id ? `mandate-edit-${id}` : 'mandate-validFrom');
        }}
        onNotFound={() => {
          setEditing(null);
          setAlert(t('timelog.mandate.notFound'));
        }}
      />
    </section>
  );
}

interface FormProps {
  editing: Mandate | null;
  others: readonly Mandate[];
  headingLevel: 2 | 3;
  onDone: (message: string, focus: string) => void;
  onCancel: () => void;
  onNotFound: () => void;
}

function MandateFormSection({ editing, others, headingLevel, onDone, onCancel, onNotFound }: FormProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<MandateForm>(editing ? formFromMandate(editing) : emptyMandateForm());
  const [problems, setProblems] = useState<MandateProblem[]>([]);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  const error = (field: MandateField) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? problemText(t, problem, form) : undefined;
  };
  const set = (field: Exclude<keyof MandateForm, 'kind'>) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  function focusFirstProblem() {
    // After React has rendered the errors, so the field is announced with its error.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    // Checked here for an instant answer; the repository checks again inside its transaction.
    const found = checkMandateForm(editing?.id ?? 'new', form, others);
    setFailure('');
    if (!found.ok) {
      setProblems(found.problems);
      focusFirstProblem();
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const result = editing ? await updateMandate(editing.id, form) : await createMandate(form);
      if (result.ok) {
        const date = result.mandate.validFrom;
        setForm(emptyMandateForm());
        if (editing) onDone(t('timelog.mandate.saved', { date }), `mandate-edit-${result.mandate.id}`);
        else onDone(t('timelog.mandate.created', { date }), 'mandate-validFrom');
      } else if (result.reason === 'invalid') {
        setProblems(result.problems);
        focusFirstProblem();
      } else onNotFound();
    } catch (caught) {
      console.error('Mandatet gick inte att spara', editing?.id ?? 'nytt', caught);
      setFailure(t('timelog.mandate.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="mandate-form-heading" className="mandate-form">
      <Heading id="mandate-form-heading">{editing ? t('timelog.mandate.form.edit', { date: editing.validFrom }) : t('timelog.mandate.form.new')}</Heading>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate className="compact-form">
        {problems.length > 0 ? <p className="field-error">{t('timelog.mandate.form.errors')}</p> : null}
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
        {failure ? (
          <p className="field-error" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {editing ? t('timelog.mandate.form.save') : t('timelog.mandate.form.create')}
          </button>
          {editing ? (
            <button type="button" onClick={onCancel}>
              {t('timelog.mandate.form.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

/** This week's Monday: the default start of a mandate taken from the template. */
function thisMonday(): string {
  const week = isoWeekOf(localToday());
  return weekMonday(week.year, week.week);
}

/**
 * With no mandate yet: the active template's default mandate as a one-click fill, from this
 * week's Monday or a day the user picks. Never set without that click.
 */
function TemplateMandateOffer({ headingLevel, onDone }: { headingLevel: 2 | 3; onDone: (message: string) => void }) {
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
