import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../../renderer/db/database.ts';
import { emptyMandateForm, type MandateForm } from '#shared/timelog/mandate-form.ts';
import { createMandate, listMandates, removeMandate, updateMandate } from '../../../../../renderer/features/timelog/follow-up/mandate-repository.ts';

const hours = (validFrom: string, hoursPerWeek: string): MandateForm => ({ ...emptyMandateForm(validFrom), hoursPerWeek });
const percent = (validFrom: string, percentOfFullTime: string, fullTimeHoursPerWeek = '40'): MandateForm => ({ ...emptyMandateForm(validFrom), kind: 'percent', percentOfFullTime, fullTimeHoursPerWeek });

async function created(form: MandateForm) {
  const result = await createMandate(form);
  if (!result.ok) throw new Error(`mandatet skapades inte: ${result.reason}`);
  return result.mandate;
}

beforeEach(async () => {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((table) => table.clear()));
});

describe('mandate repository', () => {
  it('stores mandates and lists them earliest first', async () => {
    await created(percent('2026-07-06', '50'));
    await created(hours('2026-01-05', '8'));
    await created(hours('2025-01-06', '7,5'));
    const listed = await listMandates();
    expect(listed.map((m) => m.validFrom)).toEqual(['2025-01-06', '2026-01-05', '2026-07-06']);
    expect(listed[0]).toMatchObject({ hoursPerWeek: 7.5 });
    expect(listed[2]).toMatchObject({ percentOfFullTime: 50, fullTimeHoursPerWeek: 40 });
  });

  it('refuses a second mandate with the same start date and stores nothing', async () => {
    await created(hours('2026-01-05', '8'));
    const result = await createMandate(percent('2026-01-05', '20'));
    expect(result).toEqual({ ok: false, reason: 'invalid', problems: [{ field: 'validFrom', code: 'duplicateDate' }] });
    expect(await db().mandates.count()).toBe(1);
  });

  it('refuses hours over 60 and stores nothing', async () => {
    const result = await createMandate(hours('2026-01-05', '75'));
    expect(result).toEqual({ ok: false, reason: 'invalid', problems: [{ field: 'hoursPerWeek', code: 'outOfRange' }] });
    expect(await db().mandates.count()).toBe(0);
  });

  it('updates a mandate from hours to a percentage without leaving the old field behind', async () => {
    const mandate = await created(hours('2026-01-05', '8'));
    const result = await updateMandate(mandate.id, percent('2026-01-05', '25', '40'));
    expect(result.ok).toBe(true);
    expect(await db().mandates.get(mandate.id)).toEqual({ id: mandate.id, validFrom: '2026-01-05', percentOfFullTime: 25, fullTimeHoursPerWeek: 40 });
  });

  it('refuses moving a mandate onto another one’s start date, leaving both as they were', async () => {
    const first = await created(hours('2026-01-05', '8'));
    const second = await created(hours('2026-07-06', '10'));
    const result = await updateMandate(second.id, hours('2026-01-05', '10'));
    expect(result.ok).toBe(false);
    expect(await listMandates()).toEqual([first, second]);
  });

  it('says when the mandate to update or remove is gone', async () => {
    expect(await updateMandate('saknas', hours('2026-01-05', '8'))).toEqual({ ok: false, reason: 'notFound' });
    expect(await removeMandate('saknas')).toEqual({ ok: false, reason: 'notFound' });
  });

  it('removes a mandate', async () => {
    const mandate = await created(hours('2026-01-05', '8'));
    expect(await removeMandate(mandate.id)).toEqual({ ok: true });
    expect(await listMandates()).toEqual([]);
  });
});
