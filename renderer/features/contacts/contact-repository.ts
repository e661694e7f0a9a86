/**
 * The contacts register (kontakter) in the database. Every write is
 * validated first and runs in one transaction; a refused write changes
 * nothing and says why, so the view can word it.
 */
import { newId } from '../../db/new-id.ts';
import { contactSchema, type Contact, type Tactic } from '#shared/domain/plan.ts';
import { normaliseContactDraft, validateContactDraft, type ContactDraft, type ContactProblem } from '#shared/domain/contact-validation.ts';
import { db } from '../../db/database.ts';
import { putInTrash } from '../trash/trash-repository.ts';
import { collator } from '#shared/locale.ts';

export type ContactWrite = { ok: true; contact: Contact } | { ok: false; reason: 'invalid'; problems: ContactProblem[] } | { ok: false; reason: 'notFound' };

/** The tactics that name a contact as responsible actor or partner, for the refusal message. */
export interface ContactUse {
  tacticId: string;
  planId: string;
  title: string;
}

export type ContactRemoval = { ok: true } | { ok: false; reason: 'inUse'; usedBy: ContactUse[] } | { ok: false; reason: 'notFound' };

export const emptyContactDraft = (): ContactDraft => ({
  kind: 'organisation',
  name: '',
  organisation: '',
  role: '',
  municipality: '',
  email: '',
  phone: '',
  networks: [],
});


/** Every contact, sorted by name as Swedes sort (å, ä, ö last). */
export async function listContacts(): Promise<Contact[]> {
  return (await db().contacts.toArray()).sort((a, b) => collator('names').compare(a.name, b.name) || a.id.localeCompare(b.id));
}

function checked(id: string, draft: ContactDraft): { ok: true; contact: Contact } | { ok: false; reason: 'invalid'; problems: ContactProblem[] } {
  const normalised = normaliseContactDraft(draft);
  const problems = validateContactDraft(normalised);
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  // The schema is the last guard: a draft that passed validation must also pass it.
  return { ok: true, contact: contactSchema.parse({ id, ...normalised }) };
}

export async function createContact(draft: ContactDraft): Promise<ContactWrite> {
  const result = checked(newId(), draft);
  if (!result.ok) return result;
  const database = db();
  await database.transaction('rw', database.contacts, async () => {
    await database.contacts.add(result.contact);
  });
  return result;
}

export async function updateContact(id: string, draft: ContactDraft): Promise<ContactWrite> {
  const result = checked(id, draft);
  if (!result.ok) return result;
  const database = db();
  return database.transaction('rw', database.contacts, async (): Promise<ContactWrite> => {
    if (!(await database.contacts.get(id))) return { ok: false, reason: 'notFound' };
    await database.contacts.put(result.contact);
    return result;
  });
}

function usesContact(tactic: Tactic, contactId: string): boolean {
  return tactic.who.responsibleContactId === contactId || tactic.who.partnerContactIds.includes(contactId);
}

/** The tactics that use a contact; tactics are few enough per workbook to scan. */
export async function contactUses(contactId: string): Promise<ContactUse[]> {
  const tactics = await db().tactics.toArray();
  return tactics.filter((t) => usesContact(t, contactId)).map((t) => ({ tacticId: t.id, planId: t.planId, title: t.title }));
}

/** Moves a contact no tactic uses to the papperskorg; otherwise removes nothing and says which tactics use it. */
export async function removeContact(id: string, now: Date = new Date()): Promise<ContactRemoval> {
  const database = db();
  // Reading the tactics inside the same transaction keeps a tactic from taking the contact into use half-way.
  return database.transaction('rw', [database.contacts, database.tactics, database.trash], async (): Promise<ContactRemoval> => {
    const contact = await database.contacts.get(id);
    if (!contact) return { ok: false, reason: 'notFound' };
    const usedBy = await contactUses(id);
    if (usedBy.length > 0) return { ok: false, reason: 'inUse', usedBy };
    await database.contacts.delete(id);
    await putInTrash(database, { id: newId(), kind: 'contact', title: contact.name, records: { contacts: [contact] } }, now);
    return { ok: true };
  });
}
