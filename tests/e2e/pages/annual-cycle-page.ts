import type { Locator, Page } from 'playwright-core';

/** Möten › Årscykel: the year's month boxes, a month's grid of weeks, and the list instead of either. */
export class AnnualCyclePage {
  constructor(private readonly page: Page) {}

  /** Opens `#/moten/arscykel` with an optional rest (`2027`, `2027-03/lista`). */
  async open(baseUrl: string, rest = ''): Promise<void> {
    await this.page.goto(`${baseUrl}#/moten/arscykel${rest === '' ? '' : `/${rest}`}`);
    await this.heading().waitFor();
  }

  heading(name?: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 2, name: name ?? /^Årscykel/u });
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Bläddra i årscykeln' });
  }

  navLink(name: string | RegExp): Locator {
    return this.nav().getByRole('link', { name });
  }

  listToggle(): Locator {
    return this.page.getByRole('checkbox', { name: 'Visa som lista' });
  }

  /** A month's box in the year view, by its heading ("Mars 2027"). */
  monthBox(title: string): Locator {
    return this.page.locator('.cal-month').filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }

  /** The texts of a month box's items, in order, with white space made single. */
  async monthItems(title: string): Promise<string[]> {
    // The heading changes at once; the boxes come when the year's meetings are read.
    await this.monthBox(title).waitFor();
    return (await this.monthBox(title).getByRole('listitem').allInnerTexts()).map(single);
  }

  grid(): Locator {
    return this.page.getByRole('table', { name: /en rad per vecka$/u });
  }

  /** The grid's rows as [week, Mån … Sön] texts (a day's number with its month, said to screen readers). */
  async gridRows(): Promise<string[][]> {
    return this.grid()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll<HTMLElement>('th, td')].map((cell) => cell.innerText.replace(/\s+/gu, ' ').trim())));
  }

  /** The day cell of a day of the month shown, found by its number. */
  dayCell(day: number): Locator {
    return this.grid()
      .locator('td.cal-day')
      .filter({ has: this.page.locator('.cal-day-number', { hasText: new RegExp(`^${day}\\s`, 'u') }) });
  }

  list(): Locator {
    return this.page.getByRole('table', { name: /i datumordning$/u });
  }

  /** The list's rows as [date, time, what, kind]. */
  async listRows(): Promise<string[][]> {
    return this.list()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll<HTMLElement>('td')].map((cell) => cell.innerText.replace(/\s+/gu, ' ').trim())));
  }
}

const single = (text: string) => text.replace(/\s+/gu, ' ').trim();
