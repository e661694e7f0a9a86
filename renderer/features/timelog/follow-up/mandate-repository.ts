/**
 * The MOA mandates in the database. Writes are checked first (shared/timelog/mandate-form.ts) inside the same
 * transaction that writes, so two mandates with the same start date can never both be stored.
 */
import { newId } from '../../../db/new-id.ts';
import type { Mandate } from '#shared/timelog/mandate.ts';
import { db } from '../../../db/database.ts';
import { checkMandateForm, type MandateForm, type MandateProblem } from '#shared/timelog/mandate-form.ts';

export type MandateWrite = { ok: true; mandate: Mandate } | { ok: false; reason: 'invalid'; problems: MandateProblem[] } | { ok: false; reason: 'notFound' };
export type MandateRemoval = { ok: true } | { ok: false; reason: 'notFound' };

/** Every mandate, earliest start first. */
export function listMandates(): Promise<Mandate[]> {
  return db().mandates.orderBy('validFrom').toArray();
}

export function createMandate(form: MandateForm): Promise<MandateWrite> {
  const database = db();
  return database.transaction('rw', database.mandates, async (): Promise<MandateWrite> => {
    const result = checkMandateForm(newId(), form, await database.mandates.toArray());
    if (!result.ok) return { ok: false, reason: 'invalid', problems: result.problems };
    await database.mandates.add(result.mandate);
    return result;
  });
}

export function updateMandate(id: string, form: MandateForm): Promise<MandateWrite> {
  const database = db();
  return database.transaction('rw', database.mandates, async (): Promise<MandateWrite> => {
    if (!(await database.mandates.get(id))) return { ok: false, reason: 'notFound' };
    const result = checkMandateForm(id, form, await database.mandates.toArray());
    if (!result.ok) return { ok: false, reason: 'invalid', problems: result.problems };
    // put replaces the whole record, so switching between hours and percent leaves no stale field.
    await database.mandates.put(result.mandate);
    return result;
  });
}

export function removeMandate(id: string): Promise<MandateRemoval> {
  const database = db();
  return database.transaction('rw', database.mandates, async (): Promise<MandateRemoval> => {
    if (!(await database.mandates.get(id))) return { ok: false, reason: 'notFound' };
    await database.mandates.delete(id);
    return { ok: true };
  });
}
