/** The export log's records: the indikatorrapport and the minnesanteckningar are kinds of their own, and records written before them still read. */
import { describe, expect, it } from 'vitest';
import { exportDocumentKinds, exportLogEntrySchema } from '#shared/domain/export-log.ts';

const record = {
  id: 'e1',
  kind: 'handlingsplan',
  subject: 'Handlingsplan Innovationer och entreprenörskap 2026–2028',
  sourceId: 'p1',
  version: 3,
  draft: false,
  exportedAt: '2026-11-27T09:30:00.000Z',
  fileName: 'Handlingsplan_Innovationer-och-entreprenorskap_2026-2028_v3_2026-11-27.docx',
  sizeBytes: 48_213,
  sha256: 'a'.repeat(64),
};

describe('the export log’s records', () => {
  it('accepts an indikatorrapport, with the goal area as its source', () => {
    const entry = { ...record, kind: 'indikatorrapport', subject: 'Innovationer och entreprenörskap', sourceId: 'ga1', version: null, language: 'sv' };
    expect(exportLogEntrySchema.parse(entry)).toEqual(entry);
  });

  it('accepts minnesanteckningar, with the meeting as its source', () => {
    const entry = { ...record, kind: 'minnesanteckningar', subject: 'Dialogmöte med kansliet (2027-03-02)', sourceId: 'm1', version: null, language: 'sv', fileName: 'Minnesanteckningar_Dialogmote-med-kansliet_2027-03-02.docx' };
    expect(exportLogEntrySchema.parse(entry)).toEqual(entry);
  });

  it('still reads every kind it knew before, with or without a language', () => {
    for (const kind of ['handlingsplan', 'aktivitetsplan', 'projektplan', 'tidrapport', 'tidlogg-csv', 'indikatorrapport']) expect(exportLogEntrySchema.safeParse({ ...record, kind }).success, kind).toBe(true);
    expect(exportDocumentKinds.slice(0, 6)).toEqual(['handlingsplan', 'aktivitetsplan', 'projektplan', 'tidrapport', 'tidlogg-csv', 'indikatorrapport']);
  });

  it('refuses a kind it does not know', () => {
    expect(exportLogEntrySchema.safeParse({ ...record, kind: 'indikatorrapporten' }).success).toBe(false);
  });
});
