import './contacts.css';
import { useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '../../../shared/domain/plan.ts';
import { contactKinds, normaliseContactDraft, validateContactDraft, type ContactField, type ContactProblem } from '../../../shared/domain/contact-validation.ts';
import { splitLines } from '../../../shared/domain/profile.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import { createContact, listContacts, removeContact, updateContact, type ContactUse } from './contact-repository.ts';
import { ConfirmBox } from '../../ui/ConfirmBox.tsx';
import { useFocusTarget } from '../../ui/use-focus-target.ts';

/** The form as typed: networks as one text, one network per line. */
interface ContactForm {
  kind: Contact['kind'];
  name: string;
  organisation: string;
  role: string;
  municipality: string;
  email: string;
  phone: string;
  networks: string;
}

const emptyForm: ContactForm = { kind: 'organisation', name: '', organisation: '', role: '', municipality: '', email: '', phone: '', networks: '' };

function formFromContact(contact: Contact): ContactForm {
  const { kind, name, organisation, role, municipality, email, phone } = contact;
  return { kind, name, organisation, role, municipality, email, phone, networks: contact.networks.join('\n') };
}

const fieldLabels: Record<ContactField, MessageKey> = {
  kind: 'contacts.field.kind',
  name: 'contacts.field.name',
  organisation: 'contacts.field.organisation',
  role: 'contacts.field.role',
  municipality: 'contacts.field.municipality',
  email: 'contacts.field.email',
  phone: 'contacts.field.phone',
  networks: 'contacts.field.networks',
};

function problemText(t: Translate, problems: readonly ContactProblem[], field: ContactField): string | undefined {
  const problem = problems.find((p) => p.field === field);
  if (!problem) return undefined;
  return t(`contacts.problem.${problem.code}`, { field: t(fieldLabels[field]), max: problem.max ?? '' });
}

function inUseText(t: Translate, name: string, usedBy: readonly ContactUse[]): string {
  const tactics = usedBy.map((u) => (u.title.trim() === '' ? t('contacts.untitledTactic') : u.title)).join(', ');
  return usedBy.length === 1 ? t('contacts.inUseOne', { name, tactics }) : t('contacts.inUse', { name, count: usedBy.length, tactics });
}

/** Kontakter: the register of organisations and people the plans' Vem? and responsible fields choose from. */
export function ContactsView() {
  const { t } = useI18n();
  const contacts = useLiveQuery(listContacts, []);
  // One message at a time: a success and an error are never shown together, the newer replaces the older.
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const status = notice?.kind === 'status' ? notice.text : '';
  const alert = notice?.kind === 'alert' ? notice.text : '';
  // Counts the successes said here, so the form drops its error messages when one is said (its input stays).
  const [successes, setSuccesses] = useState(0);
  const setStatus = (text: string) => {
    setNotice(text === '' ? null : { kind: 'status', text });
    if (text !== '') setSuccesses((n) => n + 1);
  };
  const setAlert = (text: string) => setNotice(text === '' ? null : { kind: 'alert', text });
  const [editing, setEditing] = useState<Contact | null>(null);
  const [confirming, setConfirming] = useState<Contact | null>(null);
  // Where focus goes after the next render: a button or field named by its data-focus key.
  const { rootRef, setFocusTarget } = useFocusTarget();

  function startEdit(contact: Contact) {
    setEditing(contact);
    setConfirming(null);
    setNotice(null);
    setFocusTarget('form-name');
  }

  function askRemove(contact: Contact) {
    setConfirming(contact);
    setNotice(null);
    setFocusTarget('confirm-no');
  }

  async function confirmRemove(contact: Contact) {
    try {
      const result = await removeContact(contact.id);
      setConfirming(null);
      if (result.ok) {
        if (editing?.id === contact.id) setEditing(null);
        setStatus(t('contacts.removed', { name: contact.name }));
        setFocusTarget('form-name');
      } else {
        setAlert(result.reason === 'inUse' ? inUseText(t, contact.name, result.usedBy) : t('contacts.notFound'));
        setFocusTarget(`edit-${contact.id}`);
      }
    } catch (error) {
      console.error('Kontakten gick inte att ta bort', contact.id, error);
      setAlert(t('contacts.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  function cancelRemove(contact: Contact) {
    setConfirming(null);
    setStatus(t('contacts.cancelled', { name: contact.name }));
    setFocusTarget(`remove-${contact.id}`);
  }

  if (contacts === undefined) return <p>{t('app.loading')}</p>;
  return (
    <section ref={rootRef} aria-labelledby="contacts-heading" className="contacts">
      <h2 id="contacts-heading">{t('contacts.heading')}</h2>
      <p className="help">{t('contacts.intro')}</p>
      {contacts.length === 0 ? (
        <p>{t('contacts.empty')}</p>
      ) : (
        <>
          <p className="muted">{contacts.length === 1 ? t('contacts.countOne') : t('contacts.count', { count: contacts.length })}</p>
          <div className="table-scroll" role="region" aria-labelledby="contacts-caption" tabIndex={0}>
            <table className="contacts-table">
              <caption id="contacts-caption" className="visually-hidden">
                {t('contacts.tableCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('contacts.field.name')}</th>
                  <th scope="col">{t('contacts.field.kind')}</th>
                  <th scope="col">{t('contacts.field.organisation')}</th>
                  <th scope="col">{t('contacts.field.role')}</th>
                  <th scope="col">{t('contacts.field.municipality')}</th>
                  <th scope="col">{t('contacts.field.email')}</th>
                  <th scope="col">{t('contacts.field.phone')}</th>
                  <th scope="col">{t('contacts.field.networks')}</th>
                  <th scope="col">{t('contacts.table.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {contacts.map((contact) => (
                  <tr key={contact.id} className={editing?.id === contact.id ? 'editing' : undefined}>
                    <th scope="row">{contact.name}</th>
                    <td>{t(`contacts.kind.${contact.kind}`)}</td>
                    <td>{contact.organisation}</td>
                    <td>{contact.role}</td>
                    <td>{contact.municipality}</td>
                    <td>{contact.email}</td>
                    <td className="nowrap">{contact.phone}</td>
                    <td>{contact.networks.join(', ')}</td>
                    <td className="row-actions">
                      <button type="button" data-focus={`edit-${contact.id}`} aria-label={t('contacts.editLabel', { name: contact.name })} onClick={() => startEdit(contact)}>
                        {t('contacts.edit')}
                      </button>
                      <button type="button" data-focus={`remove-${contact.id}`} aria-label={t('contacts.removeLabel', { name: contact.name })} onClick={() => askRemove(contact)}>
                        {t('contacts.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {confirming ? (
        <ConfirmBox
          question={t('contacts.confirm.question', { name: confirming.name })}
          yes={t('contacts.confirm.yes', { name: confirming.name })}
          no={t('contacts.confirm.no')}
          onYes={() => void confirmRemove(confirming)}
          onNo={() => cancelRemove(confirming)}
          noFocusKey="confirm-no"
        />
      ) : null}
      <p role="status" className="status">
        {status}
      </p>
      <p role="alert" className="alert-text">
        {alert}
      </p>
      <ContactForm
        key={editing?.id ?? 'new'}
        editing={editing}
        successes={successes}
        onProblem={() => setNotice((n) => (n?.kind === 'status' ? null : n))}
        onDone={(message, focus) => {
          setStatus(message);
          setEditing(null);
          setFocusTarget(focus);
        }}
        onCancel={() => {
          const id = editing?.id;
          setEditing(null);
          setFocusTarget(id ? `edit-${id}` : 'form-name');
        }}
        onNotFound={() => {
          setEditing(null);
          setAlert(t('contacts.notFound'));
        }}
      />
    </section>
  );
}

interface FormProps {
  editing: Contact | null;
  /** How many successes the view has said: a new one clears the form's error messages. */
  successes: number;
  /** The form shows an error: the view's success message goes. */
  onProblem: () => void;
  onDone: (message: string, focus: string) => void;
  onCancel: () => void;
  onNotFound: () => void;
}

function ContactForm({ editing, successes, onProblem, onDone, onCancel, onNotFound }: FormProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<ContactForm>(editing ? formFromContact(editing) : emptyForm);
  const [problems, setProblems] = useState<ContactProblem[]>([]);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const error = (field: ContactField) => problemText(t, problems, field);
  const [seenSuccesses, setSeenSuccesses] = useState(successes);
  if (seenSuccesses !== successes) {
    // Adjusting state while rendering (React's pattern for state that follows a prop): a success said above ends the errors here.
    setSeenSuccesses(successes);
    setProblems([]);
    setFailure('');
  }
  const set = (field: keyof ContactForm) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  function focusFirstProblem() {
    // After React has rendered the errors, so the field is announced with its error.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const draft = normaliseContactDraft({ ...form, networks: splitLines(form.networks) });
    const found = validateContactDraft(draft);
    setProblems(found);
    setFailure('');
    if (found.length > 0) {
      onProblem();
      focusFirstProblem();
      return;
    }
    setBusy(true);
    try {
      const result = editing ? await updateContact(editing.id, draft) : await createContact(draft);
      if (result.ok) {
        setForm(emptyForm);
        if (editing) onDone(t('contacts.saved', { name: result.contact.name }), `edit-${result.contact.id}`);
        else onDone(t('contacts.created', { name: result.contact.name }), 'form-name');
      } else if (result.reason === 'invalid') {
        onProblem();
        setProblems(result.problems);
        focusFirstProblem();
      } else onNotFound();
    } catch (caught) {
      console.error('Kontakten gick inte att spara', editing?.id ?? 'ny', caught);
      onProblem();
      setFailure(t('contacts.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(false);
    }
  }

  const headingId = 'contact-form-heading';
  return (
    <section aria-labelledby={headingId} className="contact-form">
      <h3 id={headingId}>{editing ? t('contacts.form.edit', { name: editing.name }) : t('contacts.form.new')}</h3>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate className="compact-form">
        {problems.length > 0 ? <p className="field-error">{t('contacts.form.errors')}</p> : null}
        <FormField label={t('contacts.field.kind')} error={error('kind')}>
          <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value === 'person' ? 'person' : 'organisation' })}>
            {contactKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`contacts.kind.${kind}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('contacts.field.name')} help={t('contacts.field.nameHelp')} required error={error('name')}>
          <input data-focus="form-name" value={form.name} onChange={set('name')} autoComplete="off" />
        </FormField>
        <FormField label={t('contacts.field.organisation')} help={t('contacts.field.organisationHelp')} error={error('organisation')}>
          <input value={form.organisation} onChange={set('organisation')} autoComplete="off" />
        </FormField>
        <div className="field-row">
          <FormField label={t('contacts.field.role')} error={error('role')}>
            <input value={form.role} onChange={set('role')} autoComplete="off" />
          </FormField>
          <FormField label={t('contacts.field.municipality')} error={error('municipality')}>
            <input value={form.municipality} onChange={set('municipality')} autoComplete="off" />
          </FormField>
        </div>
        <div className="field-row">
          <FormField label={t('contacts.field.email')} error={error('email')}>
            <input type="email" value={form.email} onChange={set('email')} autoComplete="off" />
          </FormField>
          <FormField label={t('contacts.field.phone')} help={t('contacts.field.phoneHelp')} error={error('phone')}>
            <input type="tel" value={form.phone} onChange={set('phone')} autoComplete="off" />
          </FormField>
        </div>
        <FormField label={t('contacts.field.networks')} help={t('contacts.field.networksHelp')} error={error('networks')}>
          <textarea rows={2} value={form.networks} onChange={set('networks')} />
        </FormField>
        {failure ? (
          <p className="field-error" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {editing ? t('contacts.form.save') : t('contacts.form.create')}
          </button>
          {editing ? (
            <button type="button" onClick={onCancel}>
              {t('contacts.form.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
