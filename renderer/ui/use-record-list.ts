import { useState } from 'react';
import { useFocusTarget } from './use-focus-target.ts';

/** What removing a record came to: said as a status when it went, as an alert when it did not. */
export type RemoveResult = { ok: true; status: string } | { ok: false; alert: string };

/** The `data-focus` keys of a record list's controls, which focus is sent back to after an action. */
export interface RecordFocusKeys {
  /** The form's first field. */
  form: string;
  /** The confirmation's "no" button. */
  confirmNo: string;
  edit: (id: string) => string;
  remove: (id: string) => string;
}

interface Options<R> {
  focusKeys: RecordFocusKeys;
  remove: (record: R) => Promise<RemoveResult>;
  /** The status after the user said no to removing. */
  cancelled: (record: R) => string;
  /** The alert when removing failed unexpectedly (the caller logs the error with its context). */
  failed: (error: unknown, record: R) => string;
  /** The alert when the record edited was removed meanwhile (another tab). */
  notFound: string;
}

/**
 * The state of a register of records (contacts, mandates …) shown as a table with a form below:
 * which record is edited, which is asked about before it is removed, the one message said
 * (a success and an error are never shown together, the newer replaces the older), and where
 * focus goes after each step.
 */
export function useRecordList<R extends { id: string }>({ focusKeys, remove, cancelled, failed, notFound }: Options<R>) {
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  // Counts the successes said, so the form drops its error messages when one is said (its input stays).
  const [successes, setSuccesses] = useState(0);
  const [editing, setEditing] = useState<R | null>(null);
  const [confirming, setConfirming] = useState<R | null>(null);
  const { rootRef, setFocusTarget } = useFocusTarget();

  const setStatus = (text: string) => {
    setNotice(text === '' ? null : { kind: 'status', text });
    if (text !== '') setSuccesses((n) => n + 1);
  };
  const setAlert = (text: string) => setNotice(text === '' ? null : { kind: 'alert', text });

  function startEdit(record: R) {
    setEditing(record);
    setConfirming(null);
    setNotice(null);
    setFocusTarget(focusKeys.form);
  }

  function askRemove(record: R) {
    setConfirming(record);
    setNotice(null);
    setFocusTarget(focusKeys.confirmNo);
  }

  async function confirmRemove(record: R) {
    try {
      const result = await remove(record);
      setConfirming(null);
      if (result.ok) {
        if (editing?.id === record.id) setEditing(null);
        setStatus(result.status);
        setFocusTarget(focusKeys.form);
      } else {
        setAlert(result.alert);
        setFocusTarget(focusKeys.edit(record.id));
      }
    } catch (error) {
      setAlert(failed(error, record));
    }
  }

  function cancelRemove(record: R) {
    setConfirming(null);
    setStatus(cancelled(record));
    setFocusTarget(focusKeys.remove(record.id));
  }

  /** What the form below the table is told: its record, and what to do when it is done. */
  const form = {
    key: editing?.id ?? 'new',
    editing,
    successes,
    onProblem: () => setNotice((n) => (n?.kind === 'status' ? null : n)),
    onDone: (message: string, focus: string) => {
      setStatus(message);
      setEditing(null);
      setFocusTarget(focus);
    },
    onCancel: () => {
      const id = editing?.id;
      setEditing(null);
      setFocusTarget(id ? focusKeys.edit(id) : focusKeys.form);
    },
    onNotFound: () => {
      setEditing(null);
      setAlert(notFound);
    },
  };

  return {
    rootRef,
    editing,
    confirming,
    status: notice?.kind === 'status' ? notice.text : '',
    alert: notice?.kind === 'alert' ? notice.text : '',
    setStatus,
    setAlert,
    startEdit,
    askRemove,
    confirmRemove,
    cancelRemove,
    form,
  };
}
