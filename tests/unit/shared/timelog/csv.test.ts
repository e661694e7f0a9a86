import { describe, expect, it } from 'vitest';
import { csvText, entriesCsv, weeklySummaryCsv } from '#shared/timelog/csv.ts';
import { summarise } from '#shared/timelog/summary.ts';
import type { EntryLookups } from '#shared/timelog/csv.ts';
import { eightHours, entry, twoWeeks } from './entries.ts';

const names: Record<string, string> = {
  moa: 'MOA-uppdraget',
  projektledning: 'Projektledning',
  'ga-1': 'Innovationer och entreprenörskap',
  'a-1': '+Möte "RUS-forum"',
  'p-1': '@projekt',
};
const find = (id: string): string | undefined => names[id];
const lookups: EntryLookups = { categoryName: find, goalAreaName: find, activityTitle: find, projectName: find };

describe('entries as CSV for Excel', () => {
  it('writes BOM, semicolons, decimal comma, CRLF, quoting and the formula guard byte for byte', () => {
    const csv = entriesCsv(
      [
        entry('2026-11-27', 'moa', 90, { goalAreaId: 'ga-1', note: 'Dialogmöte; förberedelse' }),
        entry('2027-01-01', 'projektledning', 20, { activityId: 'a-1', projectId: 'p-1', note: '=HYPERLINK("http://x")' }),
        entry('2026-11-23', 'okand', 60, { note: ' indrag ' }),
      ],
      lookups,
    );
    expect(csv).toBe(
      '\uFEFFDatum;Vecka;Timmar;Kategori;Målområde;Aktivitet;Projekt;Anteckning\r\n' +
        '2026-11-27;48;1,5;MOA-uppdraget;Innovationer och entreprenörskap;;;"Dialogmöte; förberedelse"\r\n' +
        `2027-01-01;53;0,33;Projektledning;;"'+Möte ""RUS-forum""";'@projekt;"'=HYPERLINK(""http://x"")"\r\n` +
        '2026-11-23;48;1;okand;;;;" indrag "\r\n',
    );
  });

  it('writes only the header for no entries', () => {
    expect(entriesCsv([], lookups)).toBe('\uFEFFDatum;Vecka;Timmar;Kategori;Målområde;Aktivitet;Projekt;Anteckning\r\n');
  });
});

describe('a CSV text cell', () => {
  it.each([
    ['vanlig text', 'vanlig text'],
    ['', ''],
    ['-5', "'-5"],
    ['+46 19 00 00 00', "'+46 19 00 00 00"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=1+1', "'=1+1"],
    ['a "citat"', '"a ""citat"""'],
    ['rad 1\nrad 2', '"rad 1\nrad 2"'],
    ['rad 1\r\nrad 2', '"rad 1\r\nrad 2"'],
    ['a;b', '"a;b"'],
    ['slut ', '"slut "'],
    ['mitt i = ok', 'mitt i = ok'],
  ])('%j is written %j', (value, written) => {
    expect(csvText(value)).toBe(written);
  });
});

describe('the weekly summary as CSV', () => {
  it('writes one record per week and category, named ones first, with hours', () => {
    const rows = summarise(twoWeeks, { period: 'week', from: '2026-11-23', to: '2026-12-06', mandates: eightHours });
    const csv = weeklySummaryCsv(rows, [
      { id: 'moa', name: 'MOA-uppdraget' },
      { id: 'projektledning', name: 'Projektledning' },
    ]);
    expect(csv).toBe(
      '\uFEFFÅr;Vecka;Från;Kategori;Timmar\r\n' +
        '2026;48;2026-11-23;MOA-uppdraget;7\r\n' +
        '2026;48;2026-11-23;Projektledning;1\r\n' +
        '2026;48;2026-11-23;granskning;0,5\r\n' +
        '2026;49;2026-11-30;MOA-uppdraget;10\r\n' +
        '2026;49;2026-11-30;Projektledning;3\r\n',
    );
  });

  it('uses the ISO year for week 53 and does not read names off the object prototype', () => {
    const rows = summarise([entry('2027-01-01', 'moa', 30)], { period: 'week', from: '2027-01-01', to: '2027-01-03', mandates: [] });
    expect(weeklySummaryCsv(rows, [{ id: 'toString', name: 'Konstig' }])).toBe('\uFEFFÅr;Vecka;Från;Kategori;Timmar\r\n2026;53;2027-01-01;Konstig;0\r\n2026;53;2027-01-01;moa;0,5\r\n');
  });
});
