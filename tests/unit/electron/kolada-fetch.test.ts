import { describe, expect, it } from 'vitest';
import { answerJson, useFakeKolada } from './helpers.ts';
import { createKoladaFetchService } from '../../../electron/main/kolada-fetch.ts';
import { koladaFetchPayloadSchema } from '#shared/platform/ipc.ts';
import { readKoladaJsonFiles } from '#shared/kolada/kolada-json.ts';

/** A fake Kolada API: the KPI's title, one area's values over two pages, and an area that never answers in time. */
const kolada = useFakeKolada((url, res) => {
  const origin = kolada.origin();
  if (url.pathname === '/v3/kpi/N00914') {
    return answerJson(res, { count: 1, next_url: null, values: [{ id: 'N00914', title: 'Invånare 20-64 år som förvärvsarbetar, andel (%)', description: '', operating_area: 'Arbetsmarknad', is_divided_by_gender: true, municipality_type: 'A' }] });
  }
  if (url.pathname === '/v3/data/kpi/N00914/municipality/0018,0000') {
    const row = (area: string, year: number, value: number) => ({ kpi: 'N00914', municipality: area, period: year, values: [{ gender: 'T', value, count: 1, status: null, isdeleted: false }] });
    if (url.searchParams.get('page') === '2') return answerJson(res, { count: 1, values: [row('0000', 2023, 80.7)], next_url: null });
    return answerJson(res, { count: 1, values: [row('0018', 2023, 80.3)], next_url: `${origin}/v3/data/kpi/N00914/municipality/0018,0000?page=2&per_page=5000` });
  }
  if (url.pathname.startsWith('/v3/data/kpi/N00914/municipality/0600')) {
    setTimeout(() => answerJson(res, { count: 0, values: [], next_url: null }), 3000);
    return;
  }
  res.writeHead(404);
  res.end();
});

describe('Hämta värden från Kolada (huvudprocessen)', () => {
  it('hämtar nyckeltalens namn och alla sidor med värden, med framsteg, och sidorna läses som sparade filer', async () => {
    const progress: number[] = [];
    const service = createKoladaFetchService({ fetch: (url, init) => fetch(url, init), progress: (p) => progress.push(p.pages), origin: kolada.origin(), timeoutMs: 2000 });
    const answer = await service.fetch({ kpiIds: ['N00914'], areaIds: ['0018', '0000'] });
    if (answer.status !== 'fetched') throw new Error(JSON.stringify(answer));
    expect(answer.pages.map((p) => new URL(p.url).pathname + new URL(p.url).search)).toEqual([
      '/v3/kpi/N00914',
      '/v3/data/kpi/N00914/municipality/0018,0000?per_page=5000',
      '/v3/data/kpi/N00914/municipality/0018,0000?page=2&per_page=5000',
    ]);
    expect(progress).toEqual([1, 2, 3]);
    const read = readKoladaJsonFiles(answer.pages.map((p, i) => ({ name: `sida ${i + 1}`, bytes: p.bytes })));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.read.kpis.map((k) => k.id)).toEqual(['N00914']);
    expect(read.read.values.map((v) => `${v.areaId} ${v.year} ${v.value}`)).toEqual(['0018 2023 80.3', '0000 2023 80.7']);
  });

  it('avbryts, och en ny hämtning ersätter en som pågår (sidan som bad om den kan ha laddats om)', async () => {
    const service = createKoladaFetchService({ fetch: (url, init) => fetch(url, init), progress: () => undefined, origin: kolada.origin(), timeoutMs: 10_000 });
    const first = service.fetch({ kpiIds: ['N00914'], areaIds: ['0600'] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = service.fetch({ kpiIds: ['N00914'], areaIds: ['0600'] });
    await expect(first).resolves.toEqual({ status: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    service.cancel();
    await expect(second).resolves.toEqual({ status: 'cancelled' });
    // Done: the next one runs to the end.
    const next = await service.fetch({ kpiIds: ['N00914'], areaIds: ['0018', '0000'] });
    expect(next.status).toBe('fetched');
  });

  it('tar inte emot mer än gränsen för alla sidor tillsammans', async () => {
    const { fetchKoladaPages } = await import('../../../electron/main/kolada-client.ts');
    const result = await fetchKoladaPages([`${kolada.origin()}/v3/kpi/N00914`, `${kolada.origin()}/v3/data/kpi/N00914/municipality/0018,0000?per_page=5000`], {
      fetch: (url, init) => fetch(url, init),
      origin: kolada.origin(),
      maxTotalBytes: 300,
    });
    expect(result).toEqual({ ok: false, cancelled: false, problem: expect.stringMatching(/svaret är tillsammans större än 0 MB/u) });
  });

  it('säger vad som gick fel, och sparar inga sidor', async () => {
    const service = createKoladaFetchService({ fetch: (url, init) => fetch(url, init), progress: () => undefined, origin: kolada.origin(), timeoutMs: 2000 });
    const answer = await service.fetch({ kpiIds: ['N00914'], areaIds: ['1234'] });
    expect(answer).toEqual({ status: 'failed', problem: expect.stringMatching(/^Hämtningen från Kolada misslyckades: Kolada svarade med felkod 404 .*Inget sparades\.$/u) });
  });

  it('tar bara emot Koladas egna id från renderaren', () => {
    expect(koladaFetchPayloadSchema.safeParse({ kpiIds: ['N00914'], areaIds: ['0018', 'G12345'] }).success).toBe(true);
    for (const bad of [
      { kpiIds: ['N00914/../x'], areaIds: ['0018'] },
      { kpiIds: ['N00914'], areaIds: ['0018?x=1'] },
      { kpiIds: [], areaIds: ['0018'] },
      { kpiIds: ['N00914'], areaIds: ['0018'], url: 'https://example.com' },
      { kpiIds: ['N00914'], areaIds: Array.from({ length: 51 }, () => '0018') },
    ]) {
      expect(koladaFetchPayloadSchema.safeParse(bad).success).toBe(false);
    }
  });
});
