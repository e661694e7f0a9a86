import { useId, useRef, useState, type FormEvent } from 'react';
import { draftFromProfile, type FieldProblem, type Profile, type ProfileDraft, type ProfileField } from '#shared/domain/profile.ts';
import { saveProfile, type SaveProfileResult } from '../../db/profile.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import { errorText } from '../../ui/error-text.ts';

const fieldLabels: Record<ProfileField, MessageKey> = {
  name: 'profile.name',
  organisation: 'profile.organisation',
  email: 'profile.email',
  goalAreas: 'profile.goalAreas',
};

function problemText(t: Translate, problem: FieldProblem<ProfileField>): string {
  const field = t(fieldLabels[problem.field]);
  return t(`validation.${problem.code}`, { field, max: problem.max ?? '' });
}

interface Props {
  profile: Profile | null;
  submitLabel: MessageKey;
  onSaved?: (profile: Profile) => void;
  /** How the profile is stored; the first run also creates its goal areas. */
  save?: (draft: ProfileDraft) => Promise<SaveProfileResult>;
  /** What the goal-area field says happens to the names typed there. */
  goalAreasHelp?: MessageKey;
}

/** The profile form used on first run and in Settings. Problems are shown at each field and in a summary that takes focus. */
export function ProfileForm({ profile, submitLabel, onSaved, save = saveProfile, goalAreasHelp = 'profile.goalAreasHelp' }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(profile));
  const [problems, setProblems] = useState<FieldProblem<ProfileField>[]>([]);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [failure, setFailure] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);

  const problemFor = (field: ProfileField) => problems.find((p) => p.field === field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('saving');
    try {
      const result = await save(draft);
      if (!result.ok) {
        setProblems(result.problems);
        setStatus('idle');
        requestAnimationFrame(() => summaryRef.current?.focus());
        return;
      }
      setProblems([]);
      setStatus('saved');
      onSaved?.(result.profile);
    } catch (error) {
      console.error('saveProfile failed', error);
      setFailure(errorText(error));
      setStatus('failed');
    }
  }

  const field = (name: ProfileField, options: { type?: string; multiline?: boolean; help?: MessageKey; required?: boolean; autoComplete?: string }) => {
    const problem = problemFor(name);
    const inputId = `${id}-${name}`;
    const helpId = options.help ? `${inputId}-help` : undefined;
    const errorId = problem ? `${inputId}-error` : undefined;
    const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
    const common = {
      id: inputId,
      name,
      value: draft[name],
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': describedBy,
      required: options.required,
      'aria-required': options.required,
    } as const;
    return (
      <div className="field">
        <label htmlFor={inputId}>
          {t(fieldLabels[name])}
          {options.required ? <span aria-hidden="true"> *</span> : null}
        </label>
        {options.help ? (
          <p id={helpId} className="help">
            {t(options.help)}
          </p>
        ) : null}
        {options.multiline ? (
          <textarea {...common} rows={4} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
        ) : (
          <input
            {...common}
            type={options.type ?? 'text'}
            autoComplete={options.autoComplete}
            onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
          />
        )}
        {problem ? (
          <p id={errorId} className="field-error">
            {problemText(t, problem)}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="profile-form">
      {problems.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{t('profile.errorSummary')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>
                <a href={`#${id}-${p.field}`} onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(`${id}-${p.field}`)?.focus();
                }}>
                  {problemText(t, p)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {field('name', { required: true, autoComplete: 'name' })}
      {field('organisation', { required: true, help: 'profile.organisationHelp', autoComplete: 'organization' })}
      {field('email', { type: 'email', autoComplete: 'email' })}
      {field('goalAreas', { multiline: true, help: goalAreasHelp })}
      <div className="actions">
        <button type="submit" className="primary" disabled={status === 'saving'}>
          {t(submitLabel)}
        </button>
        <p role="status" className="status">
          {status === 'saved' ? t('profile.saved') : ''}
          {status === 'failed' ? t('error.saveFailed', { message: failure }) : ''}
        </p>
      </div>
    </form>
  );
}
