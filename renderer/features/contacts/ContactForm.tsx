import { useState } from 'react';
import type { Contact } from '#shared/domain/plan.ts';
import { contactKinds, normaliseContactDraft, validateContactDraft, type ContactField, type ContactProblem } from '#shared/domain/contact-validation.ts';
import { splitLines } from '#shared/domain/profile.ts';
import { FormField } from '../../ui/FormField.tsx';
import { RecordForm, useRecordForm } from '../../ui/RecordForm.tsx';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import { createContact, updateContact } from './contact-repository.ts';

/** The form as typed: networks as one text, one network per line. */
interface ContactFormValues {
  kind: Contact['kind'];
  name: string;
  organisation: string;
  role: string;
  municipality: string;
  email: string;
  phone: string;
  networks: string;
}

const emptyForm: ContactFormValues = { kind: 'organisation', name: '', organisation: '', role: '', municipality: '', email: '', phone: '', networks: '' };

function formFromContact(contact: Contact): ContactFormValues {
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

interface Props {
  editing: Contact | null;
  /** How many successes the view has said: a new one clears the form's error messages. */
  successes: number;
  /** The form shows an error: the view's success message goes. */
  onProblem: () => void;
  onDone: (message: string, focus: string) => void;
  onCancel: () => void;
  onNotFound: () => void;
}

/** Ny kontakt / Ändra kontakt: the form below the table. */
export function ContactForm({ editing, onCancel, ...list }: Props) {
  const { t } = useI18n();
  const [form, setForm] = useState<ContactFormValues>(editing ? formFromContact(editing) : emptyForm);
  const draft = () => normaliseContactDraft({ ...form, networks: splitLines(form.networks) });
  const state = useRecordForm<ContactProblem>({
    ...list,
    check: () => validateContactDraft(draft()),
    save: async () => {
      const result = editing ? await updateContact(editing.id, draft()) : await createContact(draft());
      if (!result.ok) return result;
      setForm(emptyForm);
      const { name, id } = result.contact;
      return editing ? { ok: true, message: t('contacts.saved', { name }), focus: `edit-${id}` } : { ok: true, message: t('contacts.created', { name }), focus: 'form-name' };
    },
    failed: (caught) => {
      console.error('Kontakten gick inte att spara', editing?.id ?? 'ny', caught);
      return t('contacts.failed', { message: caught instanceof Error ? caught.message : String(caught) });
    },
  });
  const error = (field: ContactField) => problemText(t, state.problems, field);
  const set = (field: keyof ContactFormValues) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  return (
    <RecordForm
      headingId="contact-form-heading"
      heading={editing ? t('contacts.form.edit', { name: editing.name }) : t('contacts.form.new')}
      headingLevel={3}
      className="contact-form"
      form={state}
      problemsText={t('contacts.form.errors')}
      submitText={editing ? t('contacts.form.save') : t('contacts.form.create')}
      cancel={editing ? { text: t('contacts.form.cancel'), onClick: onCancel } : undefined}
    >
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
    </RecordForm>
  );
}
