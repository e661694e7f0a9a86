import { useId, useState } from 'react';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { Contact } from '#shared/domain/plan.ts';
import { isEmailAddress } from '#shared/domain/contact-validation.ts';
import { fieldEdits } from '#shared/project/project-edit.ts';
import { newId } from '../../db/new-id.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { AddByName } from '../../ui/AddByName.tsx';
import { RemoveItemButton } from '../../ui/RemoveItemButton.tsx';
import { meetingEdit, updateMeeting } from './meeting-repository.ts';

/** Deltagare: contacts from the register (shown with their current name) and free names with an address. */
export function MeetingParticipants({ meeting, contacts, onRemove }: { meeting: Meeting; contacts: readonly Contact[]; onRemove: (id: string, name: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const taken = new Set(meeting.participants.flatMap((p) => (p.contactId === null ? [] : [p.contactId])));
  const offered = contacts.filter((c) => !taken.has(c.id));
  const [chosen, setChosen] = useState('');
  const chosenId = offered.some((c) => c.id === chosen) ? chosen : (offered[0]?.id ?? '');
  const addContact = async () => {
    const contact = byId.get(chosenId);
    if (!contact) return;
    await updateMeeting(meeting.id, (m) => (m.participants.some((p) => p.contactId === contact.id) ? m : { ...m, participants: [...m.participants, { id: newId(), contactId: contact.id, name: contact.name, email: contact.email }] }));
  };
  return (
    <section aria-labelledby="meeting-participants" className="meeting-part">
      <h3 id="meeting-participants" tabIndex={-1}>
        {t('meetings.part.participants')}
      </h3>
      <DataTable
        captionId={`${id}-caption`}
        caption={t('meetings.participants.caption')}
        className="data-table edit-table participant-table"
        columns={[t('meetings.participants.name'), t('meetings.participants.organisation'), t('meetings.participants.email'), { label: t('meetings.remove.item'), hidden: true }]}
        rows={meeting.participants}
        empty={<p className="muted">{t('meetings.participants.none')}</p>}
      >
        {(participant) => {
          const contact = participant.contactId === null ? undefined : byId.get(participant.contactId);
          const name = contact?.name ?? participant.name;
          return (
            <tr key={participant.id}>
              {participant.contactId !== null ? (
                <>
                  <th scope="row">
                    {name}
                    {contact ? null : <span className="muted"> ({t('meetings.participants.contactGone')})</span>}
                  </th>
                  <td>{contact?.organisation ?? ''}</td>
                  <td>{contact?.email ?? participant.email}</td>
                </>
              ) : (
                <>
                  <th scope="row">
                    <EditField hideLabel label={t('meetings.participants.name')} saveKey={`meeting:${meeting.id}:participant:${participant.id}:name`} value={participant.name} validate={(v) => (v.trim() === '' ? t('meetings.problem.titleRequired') : undefined)} onSave={(v) => meetingEdit.op(meeting.id, fieldEdits(['participants', { id: participant.id }], { name: v.trim() }))} />
                  </th>
                  <td />
                  <td>
                    <EditField hideLabel label={`${t('meetings.participants.email')} ${participant.name}`} saveKey={`meeting:${meeting.id}:participant:${participant.id}:email`} value={participant.email} validate={(v) => (v.trim() === '' || isEmailAddress(v.trim()) ? undefined : t('meetings.problem.email'))} onSave={(v) => meetingEdit.op(meeting.id, fieldEdits(['participants', { id: participant.id }], { email: v.trim() }))} />
                  </td>
                </>
              )}
              <td>
                <RemoveItemButton name={name} onRemove={() => onRemove(participant.id, name)} />
              </td>
            </tr>
          );
        }}
      </DataTable>
      {offered.length === 0 ? (
        <p className="muted">{t('meetings.participants.noContacts')}</p>
      ) : (
        <div className="inline-add">
          <label htmlFor={`${id}-contact`}>{t('meetings.participants.fromContacts')}</label>
          <>
            <select id={`${id}-contact`} value={chosenId} onChange={(e) => setChosen(e.target.value)}>
              {offered.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.organisation ? `${c.name} (${c.organisation})` : c.name}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void addContact()}>
              {t('meetings.participants.addContact')}
            </button>
          </>
        </div>
      )}
      <AddByName label={t('meetings.participants.freeName')} button={t('meetings.participants.addFree')} onAdd={(name) => updateMeeting(meeting.id, (m) => ({ ...m, participants: [...m.participants, { id: newId(), contactId: null, name, email: '' }] }))} />
    </section>
  );
}
