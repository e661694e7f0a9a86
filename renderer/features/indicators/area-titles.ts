/**
 * Sweden's municipalities and regions as Kolada lists them, shipped with the app
 * (resources/kolada/municipalities.json), and their names by id: what the Indikatorer view offers
 * to choose and what its chart and the Word documents call an area.
 */
import areasJson from '../../../resources/kolada/municipalities.json';
import { parseKoladaAreas, type KoladaArea } from '#shared/kolada/areas.ts';

export const shippedAreas: readonly KoladaArea[] = parseKoladaAreas(areasJson);
const areaTitles = new Map(shippedAreas.map((a) => [a.id, a.title]));

/** The area's name, or its id when the app does not know it (a group or unit imported from Kolada). */
export function areaTitle(areaId: string): string {
  return areaTitles.get(areaId) ?? areaId;
}
