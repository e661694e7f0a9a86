import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { parseTableNumber, readKoladaTable, type KoladaNames, type TableCell } from '#shared/kolada/kolada-table.ts';
import { tableRowsFromCsv, tableRowsFromXlsx } from '#shared/kolada/table-files.ts';
import { xlsxOf } from '../../../fixtures/kolada/xlsx.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/kolada/${name}`, import.meta.url)));

const names: KoladaNames = {
  kpis: [
    { id: 'N00914', title: 'Invånare 20-64 år som förvärvsarbetar, andel (%)' },
    { id: 'N01951', title: 'Invånare totalt, antal' },
  ],
  areas: [
    { id: '0018', title: 'Region Örebro län' },
    { id: '1880', title: 'Örebro' },
    { id: '1881', title: 'Kumla' },
  ],
};

function read(rows: TableCell[][]) {
  const result = readKoladaTable('tabell.csv', rows, names);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.read;
}

function problemsOf(rows: TableCell[][]): string[] {
  const result = readKoladaTable('tabell.csv', rows, names);
  if (result.ok) throw new Error('väntade att tabellen vägrades');
  return result.problems;
}

describe('tabeller från Kolada (CSV och Excel)', () => {
  it('hittar rubrikraden under en titel, läser svenska tal och visar hur kolumnerna tolkades', () => {
    const csv = tableRowsFromCsv('kolada-tabell.csv', fixture('kolada-tabell.csv'));
    if (!csv.ok) throw new Error(csv.problem);
    const table = readKoladaTable('kolada-tabell.csv', csv.rows, names);
    if (!table.ok) throw new Error(table.problems.join('\n'));
    expect(table.read.mapping).toEqual({ headerRow: 4, kpi: 'Nyckeltal', area: 'Kommun-ID', year: 'År', values: [{ gender: 'T', header: 'Totalt' }, { gender: 'K', header: 'Kvinnor' }, { gender: 'M', header: 'Män' }] });
    expect(table.read.rows).toBe(5);
    const value = (area: string, year: number, gender: string, kpi = 'N00914') => table.read.values.find((v) => v.kpiId === kpi && v.areaId === area && v.year === year && v.gender === gender)?.value;
    expect(value('0018', 2022, 'K')).toBe(79.1);
    expect(value('1880', 2023, 'K')).toBeNull();
    expect(value('1880', 2023, 'T', 'N01951')).toBe(160_000);
    // Empty cells give no value; `..` a missing one.
    expect(value('1880', 2023, 'M', 'N01951')).toBeUndefined();
    expect(table.read.values).toHaveLength(13);
  });

  it('läser samma tabell sparad i Windows-1252, som svenskt Excel sparar CSV', () => {
    const utf8 = tableRowsFromCsv('a.csv', fixture('kolada-tabell.csv'));
    const ansi = tableRowsFromCsv('b.csv', fixture('kolada-tabell-ansi.csv'));
    expect(ansi).toEqual(utf8);
    expect(ansi.ok && ansi.rows[4]?.[1]).toBe('Region Örebro län');
    expect(utf8.ok && utf8.rows[3]).toEqual(['Kommun-ID', 'Kommun', 'Nyckeltal', 'År', 'Totalt', 'Kvinnor', 'Män']);
  });

  it('gissar avgränsaren: semikolon, tabb och komma', () => {
    for (const separator of [';', '\t', ',']) {
      const text = ['Nyckeltal,År,Kommun,Värde'.replaceAll(',', separator), `N00914${separator}2024${separator}1880${separator}"80,1"`].join('\r\n');
      const rows = tableRowsFromCsv('x.csv', new TextEncoder().encode(text));
      if (!rows.ok) throw new Error(rows.problem);
      expect(read(rows.rows).values).toEqual([{ kpiId: 'N00914', areaId: '1880', areaKind: 'municipality', year: 2024, gender: 'T', value: 80.1, status: null, count: null, deleted: false }]);
    }
  });

  it('tar nyckeltal och kommuner vid namn, och ett värde med en kolumn för kön', () => {
    const table = read([
      ['Nyckeltal', 'Kommun', 'År', 'Kön', 'Värde'],
      ['Invånare 20-64 år som förvärvsarbetar, andel (%)', 'Kumla', 2024, 'Kvinnor', '78,5'],
      ['invånare 20-64 år som förvärvsarbetar, andel (%)', 'kumla', '2024', 'Män', 81],
      ['N00914', 'Riket', 2024, 'T', '−0,5'],
    ]);
    expect(table.mapping.values).toEqual({ value: 'Värde', gender: 'Kön' });
    expect(table.values.map((v) => `${v.kpiId} ${v.areaId} ${v.year} ${v.gender} ${v.value}`)).toEqual(['N00914 1881 2024 K 78.5', 'N00914 1881 2024 M 81', 'N00914 0000 2024 T -0.5']);
  });

  it('läser tal som svenska tabeller skriver dem', () => {
    expect(parseTableNumber('1 234,5')).toBe(1234.5);
    expect(parseTableNumber('1\u00a0234')).toBe(1234);
    expect(parseTableNumber('12.25')).toBe(12.25);
    expect(parseTableNumber('−3')).toBe(-3);
    expect(parseTableNumber(7)).toBe(7);
    expect(parseTableNumber('..')).toBeNull();
    expect(parseTableNumber('')).toBeNull();
    expect(parseTableNumber('1,2,3')).toBeUndefined();
    expect(parseTableNumber('80 %')).toBeUndefined();
  });

  it('vägrar hela tabellen med rad, kolumn och vad som är fel', () => {
    expect(
      problemsOf([
        ['Nyckeltal', 'Kommun', 'År', 'Totalt'],
        ['N00914', 'Örebro', 2024, '80,1'],
        ['Okänt nyckeltal', 'Örebro', 2024, '1'],
        ['N00914', 'Atlantis', 2024, '1'],
        ['N00914', 'Örebro', 'i fjol', '1'],
        ['N00914', 'Kumla', 2024, 'många'],
        ['N00914', 'Örebro', 2024, '80,2'],
      ]),
    ).toEqual([
      '«tabell.csv», rad 3, kolumn A (Nyckeltal): nyckeltalet "Okänt nyckeltal" finns inte i mallens indikatorer eller bland nyckeltal som lästs in tidigare. Skriv dess Kolada-id i stället, eller läs in nyckeltalen från Kolada först.',
      '«tabell.csv», rad 4, kolumn B (Kommun): "Atlantis" är ingen känd kommun eller region; skriv dess kod med fyra siffror (t.ex. 1880) i stället.',
      '«tabell.csv», rad 5, kolumn C (År): "i fjol" är inget årtal (t.ex. 2024).',
      '«tabell.csv», rad 6, kolumn D (Totalt): "många" är inget tal; skriv t.ex. 80,3 eller 1 234 (tomt eller .. för saknat värde).',
      '«tabell.csv», rad 7, kolumn D (Totalt): N00914 för 1880 år 2024 (T) står redan på en tidigare rad med ett annat värde.',
    ]);
    expect(problemsOf([['Namn', 'Adress'], ['a', 'b']])[0]).toMatch(/^«tabell\.csv»: hittade ingen rubrikrad bland de första 30 raderna/u);
    expect(problemsOf([['Nyckeltal', 'Kommun', 'År', 'Värde']])).toEqual(['«tabell.csv»: tabellen har en rubrikrad (rad 1) men inga rader med värden under den.']);
    expect(problemsOf([])).toEqual(['«tabell.csv»: tabellen är tom.']);
  });

  it('läser första bladet i en Excel-arbetsbok, med tal som tal', async () => {
    const bytes = xlsxOf([['Kolada-export'], [], ['Kommun-ID', 'Nyckeltal', 'År', 'Totalt', 'Kvinnor', 'Män'], ['1880', 'N00914', 2023, 79.2, '..', 80.7]]);
    const rows = await tableRowsFromXlsx('kolada.xlsx', bytes);
    if (!rows.ok) throw new Error(rows.problem);
    const table = readKoladaTable('kolada.xlsx', rows.rows, names);
    if (!table.ok) throw new Error(table.problems.join('\n'));
    expect(table.read.mapping.headerRow).toBe(3);
    expect(table.read.values.map((v) => `${v.gender} ${v.value}`)).toEqual(['T 79.2', 'K null', 'M 80.7']);
  });

  it('vägrar en fil som inte är en Excel-arbetsbok, och en zip-bomb innan något packas upp i sin helhet', async () => {
    expect(await tableRowsFromXlsx('text.xlsx', new TextEncoder().encode('Nyckeltal;År'))).toEqual({ ok: false, problem: '«text.xlsx»: filen är ingen Excel-arbetsbok (.xlsx). Spara den som .xlsx eller .csv och försök igen.' });
    expect(await tableRowsFromXlsx('annan.xlsx', zipSync({ 'readme.txt': new TextEncoder().encode('hej') }))).toMatchObject({ ok: false, problem: expect.stringMatching(/ingen Excel-arbetsbok/u) });
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
    const refused = await tableRowsFromXlsx('bomb.xlsx', bomb);
    expect(refused.ok ? '' : refused.problem.replace(/\s/gu, ' ')).toBe(
      'Excel-arbetsboken «bomb.xlsx»: "xl/workbook.xml" packas upp 1 024 gånger sin packade storlek, vilket ingen riktig mall, Word- eller Excel-fil gör (en zip-bomb). Filen lästes inte in.',
    );
  });
});
