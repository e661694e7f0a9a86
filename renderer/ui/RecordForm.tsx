import { useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';

/** What saving a record's form came to. */
export type FormSaveResult<P> = { ok: true; message: string; focus: string } | { ok: false; reason: 'invalid'; problems: P[] } | { ok: false; reason: 'notFound' };

interface FormOptions<P> {
  /** How many successes the list has said: a new one clears the form's error messages. */
  successes: number;
  /** The form shows an error: the list's success message goes. */
  onProblem: () => void;
  onDone: (message: string, focus: string) => void;
  onNotFound: () => void;
  /** The problems found at once, before anything is stored. */
  check: () => P[];
  /** Stores the record (the repository checks again inside its transaction). */
  save: () => Promise<FormSaveResult<P>>;
  /** The message when saving failed unexpectedly (the caller logs the error with its context). */
  failed: (error: unknown) => string;
}

/**
 * A record's add/edit form: checks at once, then stores; a problem is shown at its field and
 * focus goes to the first field with one, so it is announced with its error.
 */
export function useRecordForm<P>({ successes, onProblem, onDone, onNotFound, check, save, failed }: FormOptions<P>) {
  const [problems, setProblems] = useState<P[]>([]);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [seenSuccesses, setSeenSuccesses] = useState(successes);
  if (seenSuccesses !== successes) {
    // Adjusting state while rendering (React's pattern for state that follows a prop): a success said above ends the errors here.
    setSeenSuccesses(successes);
    setProblems([]);
    setFailure('');
  }

  function showProblems(found: P[]) {
    setProblems(found);
    onProblem();
    // After React has rendered the errors, so the field is announced with its error.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = check();
    setFailure('');
    if (found.length > 0) {
      showProblems(found);
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const result = await save();
      if (result.ok) onDone(result.message, result.focus);
      else if (result.reason === 'invalid') showProblems(result.problems);
      else onNotFound();
    } catch (caught) {
      onProblem();
      setFailure(failed(caught));
    } finally {
      setBusy(false);
    }
  }

  return { problems, failure, busy, formRef, submit };
}

interface Props {
  /** The section's heading: its id, level and text. */
  headingId: string;
  heading: string;
  headingLevel: 3 | 4;
  className: string;
  form: { problems: readonly unknown[]; failure: string; busy: boolean; formRef: RefObject<HTMLFormElement | null>; submit: (event: FormEvent) => Promise<void> };
  /** Said above the fields while any of them has a problem. */
  problemsText: string;
  submitText: string;
  /** While a record is edited: the button that leaves it unchanged. */
  cancel?: { text: string; onClick: () => void };
  /** The fields. */
  children: ReactNode;
}

/** The markup of a record's form (see useRecordForm): heading, problem summary, fields, failure, save and cancel. */
export function RecordForm({ headingId, heading, headingLevel, className, form, problemsText, submitText, cancel, children }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId}>{heading}</Heading>
      <form ref={form.formRef} onSubmit={(e) => void form.submit(e)} noValidate className="compact-form">
        {form.problems.length > 0 ? <p className="field-error">{problemsText}</p> : null}
        {children}
        {form.failure ? (
          <p className="field-error" role="alert">
            {form.failure}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {submitText}
          </button>
          {cancel ? (
            <button type="button" onClick={cancel.onClick}>
              {cancel.text}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
