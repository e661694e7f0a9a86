import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileResult } from '../../../shared/platform/contract.ts';

const saveFile = vi.fn<() => Promise<SaveFileResult>>();
vi.mock('#host', () => ({ platform: { saveFile } }));

const { db } = await import('../../../renderer/db/database.ts');
const { listExportLog, saveAndLog, sha256Hex } = await import('../../../renderer/features/documents/export-log.ts');
const { mandateDescription } = await import('../../../renderer/features/documents/kinds/tidrapport.ts');

const bytes = new TextEncoder().encode('PK… ett Word-dokument & <test> 🚀');
const description = { kind: 'projektplan', subject: 'Unga innovatörer', sourceId: 'p1', version: null, draft: true } as const;
const request = { suggestedName: 'Projektplan_Unga-innovatorer_2027-2028_2026-11-27.docx', bytes, mimeType: 'application/octet-stream' };

beforeEach(async () => {
  saveFile.mockReset();
  await db().open();
  await Promise.all(db().tables.map((table) => table.clear()));
});

describe('the export log', () => {
  it('computes the same SHA-256 as any other tool', async () => {
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('logs a saved file under the name the user gave it, with its size and checksum', async () => {
    saveFile.mockResolvedValue({ status: 'saved', name: 'Min projektplan.docx' });
    await saveAndLog(request, description, () => new Date('2026-11-27T09:30:00.000Z'));
    const [entry] = await listExportLog();
    expect(entry).toMatchObject({ ...description, fileName: 'Min projektplan.docx', sizeBytes: bytes.byteLength, exportedAt: '2026-11-27T09:30:00.000Z', sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('logs nothing when the user cancels the save dialog', async () => {
    saveFile.mockResolvedValue({ status: 'cancelled' });
    expect(await saveAndLog(request, description)).toEqual({ status: 'cancelled' });
    expect(await listExportLog()).toEqual([]);
  });

  it('lists the newest export first', async () => {
    saveFile.mockResolvedValue({ status: 'saved', name: 'a.docx' });
    await saveAndLog(request, description, () => new Date('2026-11-01T09:00:00.000Z'));
    saveFile.mockResolvedValue({ status: 'saved', name: 'b.docx' });
    await saveAndLog(request, description, () => new Date('2026-11-27T09:00:00.000Z'));
    expect((await listExportLog()).map((e) => e.fileName)).toEqual(['b.docx', 'a.docx']);
  });
});

describe('the mandate in words, for the time report', () => {
  it('says nothing when no mandate is agreed', () => {
    expect(mandateDescription([], '2026-01-01', '2026-12-31')).toBe('');
  });

  it('names the mandate in force, and a change inside the period with its date', () => {
    const mandates = [
      { id: 'a', validFrom: '2025-01-01', hoursPerWeek: 8 },
      { id: 'b', validFrom: '2026-07-01', percentOfFullTime: 25, fullTimeHoursPerWeek: 40 },
      { id: 'c', validFrom: '2027-01-01', hoursPerWeek: 4 },
    ];
    expect(mandateDescription(mandates, '2026-01-01', '2026-12-31')).toBe('8 timmar i veckan; 25 % av heltid (10 timmar i veckan) från 2026-07-01');
    expect(mandateDescription(mandates, '2026-08-01', '2026-08-31')).toBe('25 % av heltid (10 timmar i veckan)');
  });

  it('says from when a mandate applies if it starts inside the period', () => {
    expect(mandateDescription([{ id: 'a', validFrom: '2026-03-01', hoursPerWeek: 7.5 }], '2026-01-01', '2026-12-31')).toBe('7,5 timmar i veckan från 2026-03-01');
  });
});
