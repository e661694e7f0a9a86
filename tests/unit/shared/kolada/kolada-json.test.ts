import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readKoladaJsonFiles, type KoladaFile } from '#shared/kolada/kolada-json.ts';

const fixture = (name: string): KoladaFile => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../../fixtures/kolada/${name}`, import.meta.url))) });
const json = (name: string, value: unknown): KoladaFile => ({ name, bytes: new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)) });
const page = (values: unknown[]) => ({ count: values.length, next_url: null, previous_url: null, values });
const row = (over: Record<string, unknown> = {}) => ({ kpi: 'N00914', municipality: '1880', period: 2024, values: [{ gender: 'T', value: 80.1, status: null, count: 1, isdeleted: false }], ...over });

function problemsOf(files: KoladaFile[]): string[] {
  const read = readKoladaJsonFiles(files);
  if (read.ok) throw new Error('väntade att filerna vägrades');
  return read.problems;
}

describe('Kolada-svar sparade som JSON', () => {
  it('läser alla sidor av ett svar tillsammans med nyckeltal och kommuner', () => {
    const read = readKoladaJsonFiles(['data-N00914-page1.json', 'data-N00914-page2.json', 'kpi-N00914-N01951.json', 'municipality-orebro-lan.json'].map(fixture));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const { values, kpis, areas, files } = read.read;
    expect(values).toHaveLength(12);
    expect(files.map((f) => `${f.name}:${f.kind}:${f.rows}`)).toEqual(['data-N00914-page1.json:data:3', 'data-N00914-page2.json:data:1', 'kpi-N00914-N01951.json:kpi:2', 'municipality-orebro-lan.json:municipality:5']);
    expect(values.find((v) => v.areaId === '0018' && v.year === 2023 && v.gender === 'K')).toEqual({ kpiId: 'N00914', areaId: '0018', areaKind: 'municipality', year: 2023, gender: 'K', value: 79.6, status: null, count: 1, deleted: false });
    // A missing value keeps Kolada's status; a removed one says so.
    expect(values.find((v) => v.areaId === '1880' && v.year === 2023 && v.gender === 'K')).toMatchObject({ value: null, status: 'Missing', count: 0 });
    expect(values.find((v) => v.areaId === '1880' && v.year === 2023 && v.gender === 'T')).toMatchObject({ value: 79.2, status: 'Uncertain', deleted: true });
    expect(kpis).toEqual([
      expect.objectContaining({ id: 'N00914', title: 'Invånare 20-64 år som förvärvsarbetar, andel (%)', dividedByGender: true, operatingArea: 'Arbetsmarknad', municipalityType: 'A' }),
      expect.objectContaining({ id: 'N01951', dividedByGender: false }),
    ]);
    expect(areas.map((a) => `${a.id} ${a.title} ${a.type}`)).toEqual(['0018 Region Örebro län L', '1880 Örebro K', '1881 Kumla K', '1861 Hallsberg K', '1885 Lindesberg K']);
  });

  it('tar en lista utan kuvert, årtal som text, organisationsenheter och v2-svar utan isdeleted', () => {
    const read = readKoladaJsonFiles([
      json('lista.json', [row({ period: '2021', values: [{ gender: 'T', value: 12, status: '' }] })]),
      json('ou.json', page([{ kpi: 'U15014', ou: 'V15E188000301', period: 2023, values: [{ gender: 'T', value: 3.5, count: 1, status: null }] }])),
      json('tom.json', page([])),
    ]);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.read.values).toEqual([
      { kpiId: 'N00914', areaId: '1880', areaKind: 'municipality', year: 2021, gender: 'T', value: 12, status: null, count: null, deleted: false },
      { kpiId: 'U15014', areaId: 'V15E188000301', areaKind: 'ou', year: 2023, gender: 'T', value: 3.5, status: null, count: 1, deleted: false },
    ]);
    expect(read.read.files.at(-1)).toEqual({ name: 'tom.json', kind: 'empty', rows: 0 });
  });

  it('tar samma sida två gånger en gång, men vägrar två filer med olika värden för samma nyckel', () => {
    const same = readKoladaJsonFiles([fixture('data-N00914-page1.json'), { ...fixture('data-N00914-page1.json'), name: 'kopia.json' }]);
    expect(same.ok && same.read.values.length).toBe(9);
    const problems = problemsOf([json('gammal.json', page([row()])), json('ny.json', page([row({ values: [{ gender: 'T', value: 81, status: null, count: 1 }] })]))]);
    expect(problems).toEqual(['«ny.json», rad 1: N00914 för 1880 år 2024 (T) har ett annat värde än i «gammal.json». Läs in filerna var för sig, den äldsta först.']);
  });

  it('vägrar fel rader med fil, rad och fält, och läser då inget alls', () => {
    const problems = problemsOf([
      fixture('data-N00914-page1.json'),
      json('fel.json', page([row(), row({ kpi: 'n914' }), row({ period: 'förra året' }), row({ values: [{ gender: 'X', value: 1 }] }), row({ values: [{ gender: 'T', value: '80,1' }] }), row({ municipality: undefined })])),
    ]);
    expect(problems).toEqual([
      '«fel.json», rad 2: fältet kpi ska vara ett Kolada-id: en versal och fem siffror, t.ex. "N00945"',
      expect.stringMatching(/^«fel\.json», rad 3: fältet period /u),
      '«fel.json», rad 4: fältet values[1].gender ska vara ett av "T", "K", "M"',
      '«fel.json», rad 5: fältet values[1].value ska vara ett tal, inte text',
      '«fel.json», rad 6: fältet municipality en rad ska ha antingen municipality eller ou',
    ]);
  });

  it('vägrar filer som inte är svar från Kolada, och säger vad som är fel', () => {
    expect(problemsOf([json('tom.json', '')])).toEqual(['«tom.json»: filen är tom.']);
    expect(problemsOf([json('text.json', 'kpi;kommun;år\n')])[0]).toMatch(/^«text\.json»: filen är inte JSON/u);
    expect(problemsOf([json('avkortad.json', '{"values": [{"kpi": "N00914"')])[0]).toMatch(/avkortad/u);
    expect(problemsOf([json('annat.json', { rows: [] })])).toEqual(['«annat.json»: filen är JSON men inte ett svar från Kolada: listan "values" saknas.']);
    expect(problemsOf([json('okänd.json', page([{ namn: 'x' }]))])[0]).toMatch(/varken värden, nyckeltal eller kommuner/u);
    expect(problemsOf([json('proto.json', '{"values": [], "__proto__": {"x": 1}}')])[0]).toMatch(/__proto__/u);
    expect(problemsOf([json('djup.json', `{"values": ${'['.repeat(20)}${']'.repeat(20)}}`)])[0]).toMatch(/nästlat 21 nivåer/u);
    expect(problemsOf([{ name: 'latin1.json', bytes: new Uint8Array([0x7b, 0x22, 0xe5, 0x22, 0x7d]) }])[0]).toMatch(/UTF-8/u);
    expect(problemsOf([])).toEqual(['Inga filer valdes.']);
    expect(problemsOf([json('blandad.json', page([row(), { id: '1880', title: 'Örebro', type: 'K' }]))])).toEqual(['«blandad.json», rad 2: raden har inte samma slags innehåll som rad 1 i filen.']);
  });

  it('listar högst 20 problem och säger hur många till', () => {
    const problems = problemsOf([json('många.json', page(Array.from({ length: 30 }, () => row({ kpi: 'fel' }))))]);
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toBe('… och 10 problem till.');
  });
});
