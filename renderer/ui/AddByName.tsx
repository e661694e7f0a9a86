import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/** A one-field form that adds an item that must have a name (an activity, a financier, a risk …). */
export function AddByName({ label, button, onAdd }: { label: string; button: string; onAdd: (name: string) => Promise<unknown> }) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setProblem(t('ui.nameRequired', { field: label.toLowerCase() }));
      return;
    }
    await onAdd(name.trim());
    setName('');
    setProblem('');
  }
  return (
    <form className="inline-add" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={id}>{label}</label>
      <input id={id} value={name} maxLength={500} onChange={(e) => setName(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-error` : undefined} />
      <button type="submit">{button}</button>
      {problem ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
