import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileResult } from '#shared/platform/contract.ts';

const saveFile = vi.fn<() => Promise<SaveFileResult>>();
vi.mock('#host', () => ({ platform: { saveFile } }));

const { db } = await import('../../../../renderer/db/database.ts');
const { listExportLog, saveAndLog, sha256Hex } = await import('../../../../renderer/features/documents/export-log-repository.ts');

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
