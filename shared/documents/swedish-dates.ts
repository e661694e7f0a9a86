/**
 * Dates as Swedish prose for documents ("27 november 2026"); tables keep
 * ISO dates. Pure: the caller passes the date, nothing reads the clock.
 */
const monthNames = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

/** `2026-11-27` → `27 november 2026`. Throws on anything that is not a real `YYYY-MM-DD` date (a bug in the caller). */
export function longSwedishDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? monthNames[Number(match[2]) - 1] : undefined;
  const day = match ? Number(match[3]) : 0;
  const year = match ? Number(match[1]) : 0;
  // Day-of-month check via UTC arithmetic, so 2026-02-30 is refused without any time zone involved.
  const daysInMonth = match ? new Date(Date.UTC(year, Number(match[2]), 0)).getUTCDate() : 0;
  if (!match || month === undefined || day < 1 || day > daysInMonth) throw new Error(`longSwedishDate: not an ISO date: ${isoDate}`);
  return `${day} ${month} ${match[1]}`;
}
