import { useId, useState } from 'react';
import type { Contact } from '#shared/domain/plan.ts';
import type { Project, ProjectOrganisation as Organisation } from '#shared/domain/project.ts';
import { PartHelp } from './PartHelp.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { updateProject } from './project-repository.ts';

type SingleRole = 'ownerContactId' | 'leaderContactId';
type GroupRole = 'steeringGroupContactIds' | 'referenceGroupContactIds' | 'partnerContactIds';

function contactLabel(contact: Contact): string {
  return contact.organisation ? `${contact.name} (${contact.organisation})` : contact.name;
}

/** Projektägare, projektledare, styrgrupp, referensgrupp and partners, chosen from the contacts register. */
export function ProjectOrganisation({ project, contacts }: { project: Project; contacts: Contact[] }) {
  const { t } = useI18n();
  const save = (patch: Partial<Organisation>) => updateProject(project.id, (p) => ({ ...p, organisation: { ...p.organisation, ...patch } }));
  const single = (role: SingleRole) => (
    <FormField label={t(`projects.organisation.${role}`)}>
      <select value={project.organisation[role] ?? ''} onChange={(e) => void save({ [role]: e.target.value === '' ? null : e.target.value })}>
        <option value="">{t('projects.organisation.nobody')}</option>
        {contacts.map((c) => (
          <option key={c.id} value={c.id}>
            {contactLabel(c)}
          </option>
        ))}
      </select>
    </FormField>
  );
  return (
    <section aria-labelledby="project-organisation" className="project-part">
      <h3 id="project-organisation" tabIndex={-1}>
        {t('projects.part.organisation')}
      </h3>
      <PartHelp part="organisation" />
      {contacts.length === 0 ? (
        <p>
          {t('projects.organisation.noContacts')} <a href="#/planer/kontakter">{t('projects.organisation.toContacts')}</a>
        </p>
      ) : null}
      <div className="field-row">
        {single('ownerContactId')}
        {single('leaderContactId')}
      </div>
      {(['steeringGroupContactIds', 'referenceGroupContactIds', 'partnerContactIds'] as const).map((role) => (
        <ContactGroup key={role} role={role} project={project} contacts={contacts} onChange={(ids) => save({ [role]: ids })} />
      ))}
    </section>
  );
}

function ContactGroup({ role, project, contacts, onChange }: { role: GroupRole; project: Project; contacts: Contact[]; onChange: (ids: string[]) => Promise<unknown> }) {
  const { t } = useI18n();
  const id = useId();
  const chosen = project.organisation[role];
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const available = contacts.filter((c) => !chosen.includes(c.id));
  const [pick, setPick] = useState('');
  const title = t(`projects.organisation.${role}`);
  return (
    <fieldset className="contact-group">
      <legend>{title}</legend>
      {chosen.length === 0 ? <p className="muted">{t('projects.organisation.noneChosen')}</p> : null}
      <ul className="chips">
        {chosen.map((contactId) => {
          const name = byId.get(contactId) ? contactLabel(byId.get(contactId) as Contact) : t('projects.organisation.removedContact');
          return (
            <li key={contactId}>
              {name}
              <button type="button" aria-label={t('projects.organisation.removeFrom', { name, group: title })} onClick={() => void onChange(chosen.filter((x) => x !== contactId))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {available.length > 0 ? (
        <div className="inline-add">
          <label htmlFor={id} className="visually-hidden">
            {t('projects.organisation.addTo', { group: title })}
          </label>
          <select id={id} value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">{t('projects.organisation.choose')}</option>
            {available.map((c) => (
              <option key={c.id} value={c.id}>
                {contactLabel(c)}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={pick === ''}
            onClick={async () => {
              await onChange([...chosen, pick]);
              setPick('');
            }}
          >
            {t('projects.organisation.add', { group: title })}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
