import './contacts.css';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '#shared/domain/plan.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { ConfirmBox } from '../../ui/ConfirmBox.tsx';
import { DataTable, RowActions } from '../../ui/DataTable.tsx';
import { Notices } from '../../ui/Notices.tsx';
import { useRecordList } from '../../ui/use-record-list.ts';
import { ContactForm } from './ContactForm.tsx';
import { listContacts, removeContact, type ContactUse } from './contact-repository.ts';
import { errorText } from '../../ui/error-text.ts';

function inUseText(t: Translate, name: string, usedBy: readonly ContactUse[]): string {
  const tactics = usedBy.map((u) => (u.title.trim() === '' ? t('contacts.untitledTactic') : u.title)).join(', ');
  return usedBy.length === 1 ? t('contacts.inUseOne', { name, tactics }) : t('contacts.inUse', { name, count: usedBy.length, tactics });
}

/** Kontakter: the register of organisations and people the plans' Vem? and responsible fields choose from. */
export function ContactsView() {
  const { t } = useI18n();
  const contacts = useLiveQuery(listContacts, []);
  const list = useRecordList<Contact>({
    focusKeys: { form: 'form-name', confirmNo: 'confirm-no', edit: (id) => `edit-${id}`, remove: (id) => `remove-${id}` },
    remove: async (contact) => {
      const result = await removeContact(contact.id);
      if (result.ok) return { ok: true, status: t('contacts.removed', { name: contact.name }) };
      return { ok: false, alert: result.reason === 'inUse' ? inUseText(t, contact.name, result.usedBy) : t('contacts.notFound') };
    },
    cancelled: (contact) => t('contacts.cancelled', { name: contact.name }),
    failed: (error, contact) => {
      console.error('Kontakten gick inte att ta bort', contact.id, error);
      return t('contacts.failed', { message: errorText(error) });
    },
    notFound: t('contacts.notFound'),
  });
  const { editing, confirming } = list;

  if (contacts === undefined) return <p>{t('app.loading')}</p>;
  const { key, ...form } = list.form;
  return (
    <section ref={list.rootRef} aria-labelledby="contacts-heading" className="contacts">
      <h2 id="contacts-heading">{t('contacts.heading')}</h2>
      <p className="help">{t('contacts.intro')}</p>
      <DataTable
        captionId="contacts-caption"
        caption={t('contacts.tableCaption')}
        className="contacts-table"
        columns={[t('contacts.field.name'), t('contacts.field.kind'), t('contacts.field.organisation'), t('contacts.field.role'), t('contacts.field.municipality'), t('contacts.field.email'), t('contacts.field.phone'), t('contacts.field.networks'), t('contacts.table.actions')]}
        rows={contacts}
        empty={<p>{t('contacts.empty')}</p>}
        above={<p className="muted">{contacts.length === 1 ? t('contacts.countOne') : t('contacts.count', { count: contacts.length })}</p>}
      >
        {(contact) => (
          <tr key={contact.id} className={editing?.id === contact.id ? 'editing' : undefined}>
            <th scope="row">{contact.name}</th>
            <td>{t(`contacts.kind.${contact.kind}`)}</td>
            <td>{contact.organisation}</td>
            <td>{contact.role}</td>
            <td>{contact.municipality}</td>
            <td>{contact.email}</td>
            <td className="nowrap">{contact.phone}</td>
            <td>{contact.networks.join(', ')}</td>
            <RowActions
              actions={[
                { text: t('contacts.edit'), label: t('contacts.editLabel', { name: contact.name }), focusKey: `edit-${contact.id}`, onClick: () => list.startEdit(contact) },
                { text: t('contacts.remove'), label: t('contacts.removeLabel', { name: contact.name }), focusKey: `remove-${contact.id}`, onClick: () => list.askRemove(contact) },
              ]}
            />
          </tr>
        )}
      </DataTable>
      {confirming ? (
        <ConfirmBox
          question={t('contacts.confirm.question', { name: confirming.name })}
          yes={t('contacts.confirm.yes', { name: confirming.name })}
          no={t('contacts.confirm.no')}
          onYes={() => void list.confirmRemove(confirming)}
          onNo={() => list.cancelRemove(confirming)}
          noFocusKey="confirm-no"
        />
      ) : null}
      <Notices status={list.status} alert={list.alert} />
      <ContactForm key={key} {...form} />
    </section>
  );
}
