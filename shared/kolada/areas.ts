/**
 * Sweden's municipalities and regions as Kolada's `/v3/municipality` lists them, shipped with
 * the app in `resources/kolada/municipalities.json` so a region and its municipalities can be
 * picked without a network. Ids follow SCB: a municipality is its four-digit kommunkod
 * ("1880"), whose first two digits are the county (län); a region is "00" and the county
 * ("0018"); the whole country is "0000".
 *
 * Pure: the caller imports or reads the JSON and hands it over.
 */
import { z } from 'zod';

/** A municipality (K) or a region or the whole country (L), as Kolada names it. */
export interface KoladaArea {
  id: string;
  title: string;
  /** K municipality (kommun), L region (landsting) or the whole country. */
  type: 'K' | 'L';
}

/** Kolada's id for the whole country ("Riket"). */
export const COUNTRY_AREA_ID = '0000';

const areaSchema = z.object({
  id: z.string().regex(/^\d{4}$/u),
  // Non-empty, no leading or trailing space: names are compared and shown as given.
  title: z.string().max(200).regex(/^\S(?:.*\S)?$/u),
  type: z.enum(['K', 'L']),
});

/** Kolada's v3 answer envelope; a saved `/v3/municipality` answer is one page holding every area. */
const envelopeSchema = z.object({
  count: z.number().int().min(0),
  next_url: z.string().nullable(),
  previous_url: z.string().nullable(),
  values: z.array(areaSchema),
});

/** The areas in a `/v3/municipality` answer; throws (a ZodError) when the answer has another shape. */
export function parseKoladaAreas(json: unknown): KoladaArea[] {
  return envelopeSchema.parse(json).values;
}

/** The two-digit county code of a municipality ("1880") or region ("0018") id; null for the country and for groups ("G…") or units. */
export function countyOf(areaId: string): string | null {
  if (!/^\d{4}$/u.test(areaId) || areaId === COUNTRY_AREA_ID) return null;
  return areaId.startsWith('00') ? areaId.slice(2) : areaId.slice(0, 2);
}

function isRegionId(areaId: string): boolean {
  return areaId.startsWith('00') && countyOf(areaId) !== null;
}

// One collator for every sort: Swedish order puts Å, Ä, Ö after Z.
const swedish = new Intl.Collator('sv');
const byTitle = (a: KoladaArea, b: KoladaArea): number => swedish.compare(a.title, b.title);

/** The municipalities in a region ("0018"), sorted by name; none for an id that is not a region's. */
export function regionAreas(areas: readonly KoladaArea[], regionId: string): KoladaArea[] {
  if (!isRegionId(regionId)) return [];
  const county = countyOf(regionId);
  return areas.filter((area) => area.type === 'K' && countyOf(area.id) === county).sort(byTitle);
}

/** The regions, without the whole country, sorted by name. */
export function regions(areas: readonly KoladaArea[]): KoladaArea[] {
  return areas.filter((area) => area.type === 'L' && isRegionId(area.id)).sort(byTitle);
}
