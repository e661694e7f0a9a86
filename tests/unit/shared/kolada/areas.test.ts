import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_AREA_ID, countyOf, parseKoladaAreas, regionAreas, regions, type KoladaArea } from '#shared/kolada/areas.ts';

const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8'));
const resource = readJson('../../../../resources/kolada/municipalities.json');
const areas = parseKoladaAreas(resource);
const municipalities = areas.filter((a) => a.type === 'K');
const byId = new Map(areas.map((a) => [a.id, a]));

/** Municipalities per county as SCB counts them: 290 in all since Knivsta was formed in 2003. */
const municipalitiesPerCounty: Record<string, number> = {
  '01': 26, '03': 8, '04': 9, '05': 13, '06': 13, '07': 8, '08': 12, '09': 1, '10': 5, '12': 33, '13': 6,
  '14': 49, '17': 16, '18': 12, '19': 10, '20': 15, '21': 10, '22': 7, '23': 8, '24': 15, '25': 14,
};

describe('Kommuner och regioner i Kolada (resources/kolada/municipalities.json)', () => {
  it('har Koladas kuvert med riket först och sedan id i ordning', () => {
    expect(resource).toMatchObject({ count: areas.length, next_url: null, previous_url: null });
    expect(areas[0]).toEqual({ id: COUNTRY_AREA_ID, title: 'Riket', type: 'L' });
    const rest = areas.slice(1).map((a) => a.id);
    expect(rest).toEqual([...rest].sort());
  });

  it('har unika id med fyra siffror, 290 kommuner och 21 regioner och riket', () => {
    expect(areas.every((a) => /^\d{4}$/u.test(a.id))).toBe(true);
    expect(new Set(areas.map((a) => a.id)).size).toBe(areas.length);
    expect(municipalities).toHaveLength(290);
    expect(areas.filter((a) => a.type === 'L')).toHaveLength(22);
    expect(regions(areas)).toHaveLength(21);
    // A region id is "00" and the county; a municipality never starts with "00".
    expect(areas.filter((a) => a.type === 'L').every((a) => a.id.startsWith('00'))).toBe(true);
    expect(municipalities.every((a) => !a.id.startsWith('00'))).toBe(true);
  });

  it('har lika många kommuner i varje län som SCB', () => {
    const counted: Record<string, number> = {};
    for (const m of municipalities) {
      const county = countyOf(m.id) ?? 'inget';
      counted[county] = (counted[county] ?? 0) + 1;
    }
    expect(counted).toEqual(municipalitiesPerCounty);
  });

  it('har en region för varje kommuns län och ingen region utan kommuner', () => {
    const regionCounties = new Set(regions(areas).map((r) => countyOf(r.id)));
    expect([...regionCounties].sort()).toEqual(Object.keys(municipalitiesPerCounty).sort());
    for (const m of municipalities) expect(regionCounties.has(countyOf(m.id)), m.id).toBe(true);
  });

  it('har namn utan tomrum i kanterna och inga dubbletter inom ett län', () => {
    const raw = (resource as { values: { title: string }[] }).values;
    for (const { title } of raw) {
      expect(title.length).toBeGreaterThan(0);
      expect(title).toBe(title.trim());
      expect(title).toBe(title.normalize('NFC'));
    }
    const seen = new Set<string>();
    for (const m of municipalities) {
      const key = `${countyOf(m.id)}:${m.title}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('har rätt namn på några välkända koder', () => {
    const spot: [string, string, KoladaArea['type']][] = [
      ['1880', 'Örebro', 'K'], ['0180', 'Stockholm', 'K'], ['1480', 'Göteborg', 'K'], ['1280', 'Malmö', 'K'], ['2584', 'Kiruna', 'K'],
      ['0980', 'Gotland', 'K'], ['0380', 'Uppsala', 'K'], ['2480', 'Umeå', 'K'], ['2580', 'Luleå', 'K'], ['0331', 'Heby', 'K'],
      ['0330', 'Knivsta', 'K'], ['0140', 'Nykvarn', 'K'], ['0488', 'Trosa', 'K'], ['0461', 'Gnesta', 'K'], ['2023', 'Malung-Sälen', 'K'],
      ['0114', 'Upplands Väsby', 'K'], ['0009', 'Region Gotland', 'L'], ['0014', 'Västra Götalandsregionen', 'L'], ['0018', 'Region Örebro län', 'L'],
    ];
    for (const [id, title, type] of spot) expect(byId.get(id), id).toEqual({ id, title, type });
  });

  it('stämmer med det sparade Kolada-svaret för Örebro län', () => {
    const fixture = parseKoladaAreas(readJson('../../../fixtures/kolada/municipality-orebro-lan.json'));
    expect(fixture.length).toBeGreaterThan(0);
    for (const area of fixture) expect(byId.get(area.id), area.id).toEqual(area);
  });
});

describe('områden per region', () => {
  it('ger Örebro läns tolv kommuner i svensk ordning', () => {
    expect(regionAreas(areas, '0018').map((a) => a.title)).toEqual([
      'Askersund', 'Degerfors', 'Hallsberg', 'Hällefors', 'Karlskoga', 'Kumla', 'Laxå', 'Lekeberg', 'Lindesberg', 'Ljusnarsberg', 'Nora', 'Örebro',
    ]);
    expect(regionAreas(areas, '0009')).toEqual([{ id: '0980', title: 'Gotland', type: 'K' }]);
  });

  it('ger inga kommuner för riket, en kommun eller en grupp', () => {
    expect(regionAreas(areas, COUNTRY_AREA_ID)).toEqual([]);
    expect(regionAreas(areas, '1880')).toEqual([]);
    expect(regionAreas(areas, 'G12345')).toEqual([]);
  });

  it('sorterar regionerna på svenska, med Å, Ä och Ö sist', () => {
    const titles = regions(areas).map((r) => r.title);
    expect(titles[0]).toBe('Region Blekinge');
    expect(titles.at(-1)).toBe('Västra Götalandsregionen');
    expect(titles.indexOf('Region Örebro län')).toBe(titles.indexOf('Region Östergötland') - 1);
    expect(titles.indexOf('Region Västmanland')).toBeLessThan(titles.indexOf('Region Örebro län'));
  });

  it('tar länskoden ur kommun- och region-id', () => {
    expect(countyOf('1880')).toBe('18');
    expect(countyOf('0018')).toBe('18');
    expect(countyOf('0180')).toBe('01');
    expect(countyOf('0001')).toBe('01');
    expect(countyOf(COUNTRY_AREA_ID)).toBeNull();
    expect(countyOf('G12345')).toBeNull();
    expect(countyOf('V15E188000301')).toBeNull();
    expect(countyOf('188')).toBeNull();
  });
});

describe('parseKoladaAreas', () => {
  const envelope = (values: unknown) => ({ count: Array.isArray(values) ? values.length : 0, next_url: null, previous_url: null, values });

  it('vägrar fel form', () => {
    expect(() => parseKoladaAreas(null)).toThrow();
    expect(() => parseKoladaAreas([{ id: '1880', title: 'Örebro', type: 'K' }])).toThrow();
    expect(() => parseKoladaAreas({ values: [] })).toThrow();
    expect(() => parseKoladaAreas(envelope([{ id: '188', title: 'Örebro', type: 'K' }]))).toThrow();
    expect(() => parseKoladaAreas(envelope([{ id: '1880', title: 'Örebro', type: 'X' }]))).toThrow();
    expect(() => parseKoladaAreas(envelope([{ id: '1880', title: '', type: 'K' }]))).toThrow();
    expect(() => parseKoladaAreas(envelope([{ id: '1880', title: ' Örebro', type: 'K' }]))).toThrow();
    expect(() => parseKoladaAreas(envelope([{ id: 1880, title: 'Örebro', type: 'K' }]))).toThrow();
  });

  it('tar ett rätt svar och lämnar fält den inte känner till', () => {
    expect(parseKoladaAreas(envelope([{ id: '1880', title: 'Örebro', type: 'K', extra: 1 }]))).toEqual([{ id: '1880', title: 'Örebro', type: 'K' }]);
    expect(parseKoladaAreas(envelope([]))).toEqual([]);
  });
});
