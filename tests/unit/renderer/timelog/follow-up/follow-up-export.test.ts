import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { mandateSchema } from '#shared/timelog/mandate.ts';
import { db } from '../../../../../renderer/db/database.ts';
import { entriesCsvFile, weeklyCsvFile } from '../../../../../renderer/features/timelog/follow-up/follow-up-export.ts';
import { entry } from '../../../shared/timelog/entries.ts';
import { activity, project } from '../records.ts';

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const lines = (bytes: Uint8Array) => text(bytes).split('\r\n');

beforeEach(async () => {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((table) => table.clear()));
  await database.goalAreas.add({ id: 'ga-1', code: 'IE', name: 'Innovationer och entreprenörskap', description: '', effectGoals: [], owner: 'Anna', reviewers: [] });
  await database.timeCategories.bulkAdd([
    { id: 'moa', name: 'MOA-uppdraget', archived: false, order: 0 },
    { id: 'projektledning', name: 'Projektledning', archived: false, order: 1 },
    { id: 'gammal', name: 'Gammal; kategori', archived: true, order: 2 },
    { id: 'tom', name: 'Tom arkiverad', archived: true, order: 3 },
  ]);
  await database.mandates.add(mandateSchema.parse({ id: 'm-1', validFrom: '2026-01-05', hoursPerWeek: 8 }));
  await database.timeEntries.bulkAdd([
    entry('2025-12-31', 'moa', 60, { id: 'before' }),
    entry('2026-01-05', 'moa', 150, { id: 'a', goalAreaId: 'ga-1', note: 'Dialogmöte, "Kumla"' }),
    entry('2026-01-06', 'gammal', 45, { id: 'b', activityId: 'borttagen' }),
    entry('2026-12-31', 'projektledning', 90, { id: 'c' }),
    entry('2027-01-01', 'moa', 30, { id: 'after' }),
  ]);
});

describe('CSV files of the follow-up', () => {
  it('exports the calendar year’s entries with names looked up, as UTF-8 with a BOM', async () => {
    const file = await entriesCsvFile({ kind: 'year', year: 2026 });
    expect(file.name).toBe('Tidlogg_2026-01-01_2026-12-31.csv');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.records).toBe(3);
    expect(file.subject).toBe('Tidlogg, poster 2026-01-01 – 2026-12-31');
    expect(lines(file.bytes)).toEqual([
      '\uFEFFDatum;Vecka;Timmar;Kategori;Målområde;Aktivitet;Projekt;Anteckning',
      '2026-01-05;2;2,5;MOA-uppdraget;Innovationer och entreprenörskap;;;"Dialogmöte, ""Kumla"""',
      '2026-01-06;2;0,75;"Gammal; kategori";;borttagen;;',
      '2026-12-31;53;1,5;Projektledning;;;;',
      '',
    ]);
  });

  it('names the activities and projects the entries are logged on, and prints an id it cannot find as it is', async () => {
    const database = db();
    const second = { ...activity, id: 'act-2', title: 'Workshop; "Unga" & <företag>', order: 1 };
    const unused = { ...activity, id: 'act-3', title: 'Aldrig loggad', order: 2 };
    await database.activities.bulkAdd([activity, second, unused]);
    await database.projects.add(project);
    await database.timeEntries.bulkAdd([
      entry('2026-03-02', 'moa', 30, { id: 'd', goalAreaId: 'ga-1', activityId: 'act-1' }),
      entry('2026-03-03', 'moa', 60, { id: 'e', goalAreaId: 'ga-1', activityId: 'act-2', note: 'rad ett\nrad två' }),
      entry('2026-03-04', 'projektledning', 75, { id: 'f', projectId: 'p-1' }),
      entry('2026-03-05', 'projektledning', 15, { id: 'g', activityId: 'act-2', projectId: 'saknas' }),
    ]);
    const file = await entriesCsvFile({ kind: 'custom', from: '2026-03-01', to: '2026-03-31' });
    expect(text(file.bytes)).toBe(
      [
        '\uFEFFDatum;Vecka;Timmar;Kategori;Målområde;Aktivitet;Projekt;Anteckning',
        '2026-03-02;10;0,5;MOA-uppdraget;Innovationer och entreprenörskap;Dialogmöte med Almi;;',
        '2026-03-03;10;1;MOA-uppdraget;Innovationer och entreprenörskap;"Workshop; ""Unga"" & <företag>";;"rad ett\nrad två"',
        '2026-03-04;10;1,25;Projektledning;;;Unga innovatörer;',
        '2026-03-05;10;0,25;Projektledning;;"Workshop; ""Unga"" & <företag>";saknas;',
        '',
      ].join('\r\n'),
    );
  });

  it('exports the ISO weeks of the year per category, with archived categories that hold time', async () => {
    const file = await weeklyCsvFile({ kind: 'year', year: 2026 });
    expect(file.name).toBe('Tidlogg_veckor_2026.csv');
    expect(file.subject).toBe('Tidlogg, veckosammanställning 2025-12-29 – 2027-01-03');
    const rows = lines(file.bytes);
    expect(rows[0]).toBe('\uFEFFÅr;Vecka;Från;Kategori;Timmar');
    // 53 weeks × 3 categories (the empty archived one is left out), then the final line break.
    expect(rows).toHaveLength(1 + 53 * 3 + 1);
    expect(rows.slice(1, 4)).toEqual(['2026;1;2025-12-29;MOA-uppdraget;1', '2026;1;2025-12-29;Projektledning;0', '2026;1;2025-12-29;"Gammal; kategori";0']);
    expect(rows).toContain('2026;53;2026-12-28;MOA-uppdraget;0,5');
    expect(rows.join('\n')).not.toContain('Tom arkiverad');
  });

  it('exports a custom range as typed', async () => {
    const file = await entriesCsvFile({ kind: 'custom', from: '2025-12-31', to: '2026-01-05' });
    expect(file.name).toBe('Tidlogg_2025-12-31_2026-01-05.csv');
    expect(lines(file.bytes).slice(1, -1).map((l) => l.slice(0, 10))).toEqual(['2025-12-31', '2026-01-05']);
  });
});
