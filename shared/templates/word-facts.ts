/**
 * What a Word template says about itself, for the import form's first
 * values: its name (the document's title) and the period it is valid for,
 * when its text states one ("Gäller 2027-01-01 – 2027-12-31", "Period: 2027",
 * "för 2027–2028"). Only proposals: the user sees and may change them.
 */

export interface WordPeriod {
  validFrom: string;
  validTo: string;
}

/** Whether `YYYY-MM-DD` is a date on the calendar. */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const plausibleYear = (year: number): boolean => year >= 1990 && year <= 2100;
const dash = String.raw`\s*(?:[-‐‑‒–—]|till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.?)\s*`;
const dateRange = new RegExp(String.raw`(\d{4}-\d{2}-\d{2})${dash}(\d{4}-\d{2}-\d{2})`, 'u');
const yearRange = new RegExp(String.raw`(?<![\d-])(\d{4})${dash}(\d{4})(?![\d-])`, 'u');
/** A single year after a word that says it is the template's: "Period: 2027", "Gäller 2027", "för 2027", "verksamhetsåret 2027". */
const cuedYear = /(?<!\p{L})(?:gäller|giltig|period(?:en)?|för|avser|verksamhetsår(?:et)?|år(?:et)?)(?!\p{L})[\s:]*(?:år(?:et)?\s+)?(\d{4})(?![\d-])/iu;
/** A year standing alone, as in a title: "Handlingsplan 2027". */
const loneYear = /(?<![\d-])(\d{4})(?![\d-])/u;

function fromDates(text: string): WordPeriod | null {
  const m = dateRange.exec(text);
  if (!m?.[1] || !m[2] || !isCalendarDate(m[1]) || !isCalendarDate(m[2]) || m[1] > m[2]) return null;
  return { validFrom: m[1], validTo: m[2] };
}

function fromYears(text: string): WordPeriod | null {
  const m = yearRange.exec(text);
  if (!m) return null;
  const [first, last] = [Number(m[1]), Number(m[2])];
  if (!plausibleYear(first) || !plausibleYear(last) || last < first || last - first > 10) return null;
  return { validFrom: `${first}-01-01`, validTo: `${last}-12-31` };
}

function fromYear(text: string, pattern: RegExp): WordPeriod | null {
  const year = Number(pattern.exec(text)?.[1] ?? Number.NaN);
  return plausibleYear(year) ? { validFrom: `${year}-01-01`, validTo: `${year}-12-31` } : null;
}

/**
 * The period a template's text states. The title and the text before the
 * first heading speak for the template: a range of dates, a range of years,
 * a year after a word such as "gäller" or "period", or a year in the title.
 * The guidance further down may name other years ("läget 2020–2025"), so
 * there only a range of dates or a cued year counts.
 */
export function periodFromText(title: string, preamble: readonly string[], rest: readonly string[]): WordPeriod | null {
  const front = [title, ...preamble];
  for (const read of [fromDates, fromYears, (t: string) => fromYear(t, cuedYear)]) {
    for (const text of front) {
      const found = read(text);
      if (found) return found;
    }
  }
  const titleYear = fromYear(title, loneYear);
  if (titleYear) return titleYear;
  for (const read of [fromDates, (t: string) => fromYear(t, cuedYear)]) {
    for (const text of rest) {
      const found = read(text);
      if (found && /gäller|giltig|period/iu.test(text)) return found;
    }
  }
  return null;
}
