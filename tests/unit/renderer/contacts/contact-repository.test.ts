import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContactDraft } from '#shared/domain/contact-validation.ts';
import type { Tactic } from '#shared/domain/plan.ts';
import { db } from '../../../../renderer/db/database.ts';
import { createContact, listContacts, removeContact, updateContact } from '../../../../renderer/features/contacts/contact-repository.ts';

const draft = (overrides: Partial<ContactDraft> = {}): ContactDraft => ({
  kind: 'organisation',
  name: 'Almi Företagspartner Mälardalen',
  organisation: '',
  role: 'Finansiär och rådgivare',
  municipality: 'Örebro',
  email: 'info.malardalen@almi.se',
  phone: '019-17 48 00',
  networks: [],
  ...overrides,
});

async function created(overrides: Partial<ContactDraft> = {}) {
  const result = await createContact(draft(overrides));
  if (!result.ok) throw new Error(`kontakten skapades inte: ${result.reason}`);
  return result.contact;
}

function tactic(id: string, who: Tactic['who']): Tactic {
  return { id, planId: 'plan-1', strategyId: 'strategy-1', title: `Taktik ${id}`, who, how: '', perspectives: [], order: 0 };
}

beforeEach(async () => {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((table) => table.clear()));
});

describe('contact repository', () => {
  it('lists contacts by name in Swedish order', async () => {
    for (const name of ['Örebro universitet', 'Almi', 'Ånge kommun', 'Region Örebro län', 'Ärla skola', 'almqvist konsult', 'Zenit AB']) await created({ name });
    expect((await listContacts()).map((c) => c.name)).toEqual(['Almi', 'almqvist konsult', 'Region Örebro län', 'Zenit AB', 'Ånge kommun', 'Ärla skola', 'Örebro universitet']);
  });

  it('creates a valid contact, trimmed, and reads it back', async () => {
    const contact = await created({ name: '  Lars Nilsson ', kind: 'person', networks: ['RUS-forum', ''] });
    expect(await db().contacts.get(contact.id)).toEqual({ ...draft(), id: contact.id, name: 'Lars Nilsson', kind: 'person', networks: ['RUS-forum'] });
  });

  it.each<[string, Partial<ContactDraft>, string]>([
    ['no name', { name: ' ' }, 'name:required'],
    ['a bad e-mail', { email: 'almi.se' }, 'email:invalidEmail'],
    ['a phone with letters', { phone: 'ring Almi' }, 'phone:invalidPhone'],
    ['a too long municipality', { municipality: 'k'.repeat(501) }, 'municipality:tooLong'],
  ])('refuses to create a contact with %s and stores nothing', async (_label, overrides, expected) => {
    const result = await createContact(draft(overrides));
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason === 'invalid') expect(result.problems.map((p) => `${p.field}:${p.code}`)).toEqual([expected]);
    expect(await db().contacts.count()).toBe(0);
  });

  it('updates a contact, and refuses an invalid update leaving the stored one as it was', async () => {
    const contact = await created();
    const updated = await updateContact(contact.id, draft({ role: 'Rådgivare', phone: '+46 19 17 48 00' }));
    expect(updated.ok).toBe(true);
    const before = await db().contacts.get(contact.id);
    expect(before?.role).toBe('Rådgivare');
    const refused = await updateContact(contact.id, draft({ email: 'info@', name: '' }));
    expect(refused).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [
        { field: 'name', code: 'required' },
        { field: 'email', code: 'invalidEmail' },
      ],
    });
    expect(await db().contacts.get(contact.id)).toEqual(before);
  });

  it('does not create a contact by updating one that does not exist', async () => {
    expect(await updateContact('missing', draft())).toEqual({ ok: false, reason: 'notFound' });
    expect(await db().contacts.count()).toBe(0);
  });

  it('moves a contact no tactic uses to the papperskorg', async () => {
    const contact = await created();
    expect(await removeContact(contact.id)).toEqual({ ok: true });
    expect(await db().contacts.count()).toBe(0);
    expect((await db().trash.toArray()).map((e) => [e.kind, e.title, e.records.contacts])).toEqual([['contact', contact.name, [contact]]]);
    expect(await removeContact(contact.id)).toEqual({ ok: false, reason: 'notFound' });
  });

  it('refuses to remove a contact a tactic uses as responsible actor or partner, says which, and removes nothing', async () => {
    const responsible = await created({ name: 'Almi' });
    const partner = await created({ name: 'Ung Företagsamhet' });
    const free = await created({ name: 'Region Örebro län' });
    await db().tactics.bulkAdd([
      tactic('t1', { responsibleContactId: responsible.id, partnerContactIds: [partner.id], text: '' }),
      tactic('t2', { responsibleContactId: null, partnerContactIds: [partner.id], text: '' }),
    ]);
    expect(await removeContact(responsible.id)).toEqual({ ok: false, reason: 'inUse', usedBy: [{ tacticId: 't1', planId: 'plan-1', title: 'Taktik t1' }] });
    const refused = await removeContact(partner.id);
    expect(refused.ok).toBe(false);
    if (!refused.ok && refused.reason === 'inUse') expect(refused.usedBy.map((u) => u.tacticId).sort()).toEqual(['t1', 't2']);
    expect((await listContacts()).map((c) => c.name)).toEqual(['Almi', 'Region Örebro län', 'Ung Företagsamhet']);
    expect(await db().tactics.count()).toBe(2);
    expect(await db().trash.count()).toBe(0);
    expect(await removeContact(free.id)).toEqual({ ok: true });
  });
});
