import type { Locator, Page } from 'playwright-core';

/**
 * Typing into `<input type="date">` as a person does: focus it (the first
 * segment is selected) and type the digits in the order the browser shows
 * the segments. Chromium takes that order from its own UI language, not
 * from the page's locale (Debian's chromium without chromium-l10n only has
 * en-US: mm/dd/yyyy; with Swedish, as the harness runs it: yyyy-mm-dd), so
 * the order is learnt once per browser by typing into a scratch input.
 * Month and day move on after two digits; the year takes up to six, so
 * after its four a person presses → (typing "-" does not move on).
 */
export type Segment = 'year' | 'month' | 'day';
export type DateLayout = readonly [Segment, Segment, Segment];

const layouts: readonly DateLayout[] = [
  ['month', 'day', 'year'],
  ['year', 'month', 'day'],
  ['day', 'month', 'year'],
];

const width: Record<Segment, number> = { year: 4, month: 2, day: 2 };

/** The digits to type for an ISO date (`2027-04-15`) in a layout: `04152027` for month-day-year. */
export function digitsFor(layout: DateLayout, iso: string): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  const parts: Record<Segment, string> = { year, month, day };
  return layout.map((segment) => parts[segment]).join('');
}

/** Learns the segment order by typing a probe date into a scratch input outside the app's root. */
export async function learnDateLayout(page: Page): Promise<DateLayout> {
  for (const layout of layouts) {
    await page.evaluate(() => {
      const probe = document.createElement('input');
      probe.type = 'date';
      probe.id = 'date-layout-probe';
      document.body.append(probe);
    });
    const probe = page.locator('#date-layout-probe');
    await typeDate(page, probe, layout, '2031-11-22');
    const value = await probe.inputValue();
    await page.evaluate(() => document.getElementById('date-layout-probe')?.remove());
    if (value === '2031-11-22') return layout;
  }
  throw new Error('datumfältets ordning av år, månad och dag gick inte att lära sig');
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;

/**
 * The values the input holds after each digit, typed from a complete
 * `start` value: Chromium updates one segment at a time and the value is
 * the whole date whenever all three segments form a real date, else ''.
 * Two-digit segments are always typed with a leading zero, so no segment
 * advances early. The last element is the final value.
 */
export function valuesWhileTyping(layout: DateLayout, start: string, target: string): string[] {
  const [y = '', m = '', d = ''] = start.split('-');
  const current: Record<Segment, number> = { year: Number(y), month: Number(m), day: Number(d) };
  const digits = digitsFor(layout, target);
  const values: string[] = [];
  let at = 0;
  for (const segment of layout) {
    let typed = '';
    for (let i = 0; i < width[segment]; i += 1) {
      typed += digits[at] ?? '';
      at += 1;
      current[segment] = Number(typed);
      const { year, month, day } = current;
      const complete = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
      values.push(complete ? `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : '');
    }
  }
  return values;
}

/** Focuses a date input and types `iso` digit by digit, in the browser's segment order. */
export async function typeDate(page: Page, input: Locator, layout: DateLayout, iso: string): Promise<void> {
  const digits = digitsFor(layout, iso);
  await input.focus();
  let at = 0;
  for (const [index, segment] of layout.entries()) {
    await page.keyboard.type(digits.slice(at, at + width[segment]));
    at += width[segment];
    if (segment === 'year' && index < layout.length - 1) await page.keyboard.press('ArrowRight');
  }
}
