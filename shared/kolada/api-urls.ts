/**
 * The addresses of Kolada's API (api.kolada.se, v3) the app asks or, in the browser edition,
 * offers as links to save from: pure, so the desktop's main process and the renderer build the
 * same addresses.
 */

export const KOLADA_API_ORIGIN = 'https://api.kolada.se';
/** Kolada takes at most 25 ids in one comma-separated part of a path. */
export const KOLADA_MAX_IDS_PER_PART = 25;
/** Rows per page: Kolada's largest. */
export const KOLADA_PER_PAGE = 5000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const kpiId = /^[A-Z]\d{5}$/u;
const areaId = /^(?:\d{4}|G\d{1,10})$/u;

/**
 * The addresses of `/v3/data/kpi/{kpis}/municipality/{areas}[/year/{years}]` for the KPIs and
 * areas (municipalities, regions, `0000` for the country, `G…` groups), split so that no part has
 * more than 25 ids. Ids that are not Kolada's are refused here, before anything is asked.
 */
export function koladaDataUrls(kpiIds: readonly string[], areaIds: readonly string[], years: readonly number[] = [], origin: string = KOLADA_API_ORIGIN): string[] {
  const bad = [...kpiIds.filter((id) => !kpiId.test(id)), ...areaIds.filter((id) => !areaId.test(id))];
  if (bad.length > 0) throw new Error(`Inga Kolada-id: ${bad.slice(0, 5).join(', ')}`);
  if (years.some((year) => !Number.isInteger(year) || year < 1900 || year > 2100)) throw new Error('Ogiltigt årtal');
  const yearPart = years.length > 0 ? `/year/${[...new Set(years)].sort((a, b) => a - b).join(',')}` : '';
  const urls: string[] = [];
  for (const kpis of chunks([...new Set(kpiIds)], KOLADA_MAX_IDS_PER_PART)) {
    for (const areas of chunks([...new Set(areaIds)], KOLADA_MAX_IDS_PER_PART)) {
      urls.push(`${origin}/v3/data/kpi/${kpis.join(',')}/municipality/${areas.join(',')}${yearPart}?per_page=${KOLADA_PER_PAGE}`);
    }
  }
  return urls;
}

/** The addresses of `/v3/kpi/{kpis}`: the KPIs' titles, descriptions and whether they are divided by gender. */
export function koladaKpiUrls(kpiIds: readonly string[], origin: string = KOLADA_API_ORIGIN): string[] {
  const bad = kpiIds.filter((id) => !kpiId.test(id));
  if (bad.length > 0) throw new Error(`Inga Kolada-id: ${bad.slice(0, 5).join(', ')}`);
  return chunks([...new Set(kpiIds)], KOLADA_MAX_IDS_PER_PART).map((kpis) => `${origin}/v3/kpi/${kpis.join(',')}`);
}
