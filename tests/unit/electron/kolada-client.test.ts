import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fetchKoladaPages, koladaDataUrls, KOLADA_API_ORIGIN, type KoladaFetchOptions } from '../../../electron/main/kolada-client.ts';
import { readKoladaJsonFiles } from '#shared/kolada/kolada-json.ts';
import { answerJson, useFakeKolada } from './helpers.ts';

const row = (area: string, year: number, value: number) => ({ kpi: 'N00914', municipality: area, period: year, values: [{ gender: 'T', value, count: 1, status: null, isdeleted: false }] });

/** A fake Kolada API on localhost: routes by path, each answering as the real one does (or does not). */
function handle(url: URL, res: ServerResponse): void {
  const origin = kolada.origin();
  const json = (body: unknown) => answerJson(res, body);
  if (url.pathname.startsWith('/v3/data/kpi/N00914/municipality/1880')) {
    const page = url.searchParams.get('page') ?? '1';
    if (page === '1') return json({ count: 1, values: [row('1880', 2022, 78.9)], next_url: `${origin}/v3/data/kpi/N00914/municipality/1880?page=2&per_page=5000`, previous_url: null });
    return json({ count: 1, values: [row('1880', 2023, 79.2)], next_url: null, previous_url: `${origin}/v3/data/kpi/N00914/municipality/1880?page=1` });
  }
  if (url.pathname.startsWith('/v3/data/kpi/N00914/municipality/0500')) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('Internal Server Error');
    return;
  }
  if (url.pathname.startsWith('/v3/data/kpi/N00914/municipality/0600')) {
    setTimeout(() => json({ count: 0, values: [], next_url: null }), 2000);
    return;
  }
  if (url.pathname.startsWith('/v3/data/kpi/N00914/municipality/0700')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"values": [ {"kpi": "N00914", ');
    return;
  }
  if (url.pathname.startsWith('/v3/data/kpi/N00914/municipality/0800')) return json({ count: 1, values: [row('0800', 2022, 1)], next_url: 'https://example.com/v3/data?page=2' });
  if (url.pathname.startsWith('/v3/data/kpi/N00914/municipality/0900')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ values: [], padding: 'x'.repeat(300_000), next_url: null }));
    return;
  }
  res.writeHead(404);
  res.end();
}

const kolada = useFakeKolada(handle);
const { requests } = kolada;

const options = (over: Partial<KoladaFetchOptions> = {}): KoladaFetchOptions => ({ fetch: (url, init) => fetch(url, init), origin: kolada.origin(), timeoutMs: 1000, ...over });

describe('hämtning från Kolada i huvudprocessen', () => {
  it('bygger adresser med högst 25 id per del, och bara till Kolada', () => {
    const areas = Array.from({ length: 30 }, (_, i) => String(1800 + i).padStart(4, '0'));
    const urls = koladaDataUrls(['N00914', 'N01951'], areas, [2024, 2022, 2024]);
    expect(urls).toHaveLength(2);
    expect(urls[0]).toBe(`${KOLADA_API_ORIGIN}/v3/data/kpi/N00914,N01951/municipality/${areas.slice(0, 25).join(',')}/year/2022,2024?per_page=5000`);
    expect(urls[1]).toContain(`/municipality/${areas.slice(25).join(',')}/`);
    expect(koladaDataUrls(['N00914'], ['0018', '0000', 'G12345'])).toEqual([`${KOLADA_API_ORIGIN}/v3/data/kpi/N00914/municipality/0018,0000,G12345?per_page=5000`]);
    expect(() => koladaDataUrls(['N00914'], ['../etc'])).toThrow(/Inga Kolada-id/u);
  });

  it('följer next_url till sista sidan, visar framsteg och ger sidor som läses som sparade filer', async () => {
    const progress: number[] = [];
    const result = await fetchKoladaPages(koladaDataUrls(['N00914'], ['1880'], [], kolada.origin()), options({ onProgress: (p) => progress.push(p.pages) }));
    if (!result.ok) throw new Error(result.problem);
    expect(result.pages).toHaveLength(2);
    expect(progress).toEqual([1, 2]);
    const read = readKoladaJsonFiles(result.pages.map((page, i) => ({ name: `sida ${i + 1}`, bytes: page.bytes })));
    expect(read.ok && read.read.values.map((v) => `${v.year} ${v.value}`)).toEqual(['2022 78.9', '2023 79.2']);
  });

  it('säger vad som gick fel, för vilken adress, och ger inga sidor', async () => {
    const fail = async (area: string, over: Partial<KoladaFetchOptions> = {}) => {
      const result = await fetchKoladaPages(koladaDataUrls(['N00914'], [area], [], kolada.origin()), options(over));
      if (result.ok) throw new Error('väntade ett fel');
      expect(result.problem).toContain(`/municipality/${area}`);
      return result.problem;
    };
    expect(await fail('0500')).toMatch(/^Hämtningen från Kolada misslyckades: Kolada svarade med felkod 500 \(ett fel hos Kolada; försök igen senare\)/u);
    expect(await fail('0600', { timeoutMs: 300 })).toMatch(/Kolada svarade inte inom 300 millisekunder|svaret kom inte fram helt \(tiden tog slut\)/u);
    expect(await fail('0700')).toMatch(/svaret är inte JSON/u);
    expect(await fail('0900', { maxPageBytes: 100_000 })).toMatch(/en sida får vara/u);
    const elsewhere = await fetchKoladaPages(koladaDataUrls(['N00914'], ['0800'], [], kolada.origin()), options());
    expect(elsewhere.ok ? '' : elsewhere.problem).toMatch(/adressen går till https:\/\/example\.com, men värden hämtas bara från http:\/\/127\.0\.0\.1/u);
  });

  it('går bara till den tillåtna servern, och kan avbrytas', async () => {
    const outside = await fetchKoladaPages(['https://example.com/v3/data/kpi/N00914/municipality/1880'], options());
    expect(outside).toMatchObject({ ok: false, cancelled: false });
    expect(requests.some((r) => r.includes('example'))).toBe(false);
    // The app's own default: Kolada's API host, over HTTPS.
    const notKolada = await fetchKoladaPages([`${kolada.origin()}/v3/data/kpi/N00914/municipality/1880`], { fetch: (url, init) => fetch(url, init) });
    expect(notKolada.ok ? '' : notKolada.problem).toContain('värden hämtas bara från https://api.kolada.se');

    const controller = new AbortController();
    const pending = fetchKoladaPages(koladaDataUrls(['N00914'], ['0600'], [], kolada.origin()), options({ signal: controller.signal, timeoutMs: 5000 }));
    setTimeout(() => controller.abort(), 100);
    expect(await pending).toEqual({ ok: false, cancelled: true, problem: 'Hämtningen avbröts. Inget sparades.' });
  });
});
