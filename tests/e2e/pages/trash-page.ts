import type { Locator, Page } from 'playwright-core';

/** Papperskorg in Inställningar: the removed things, Återställ per entry and Töm papperskorgen. */
export class TrashPage {
  constructor(private readonly page: Page) {}

  section(): Locator {
    return this.page.locator('section.trash');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: 'Papperskorg' });
  }

  /** The table's rows as their cells' text: typ, namn, med följde, borttagen (with "tas bort för gott" and its date). */
  async rows(): Promise<string[][]> {
    return this.section()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 4).map((cell) => (cell as HTMLElement).innerText.replace(/\s+/gu, ' ').trim())));
  }

  restoreButton(kind: string, title: string): Locator {
    return this.section().getByRole('button', { name: `Återställ ${kind} ${title}`, exact: true });
  }

  status(): Locator {
    return this.section().getByRole('status');
  }

  alert(): Locator {
    return this.section().getByRole('alert');
  }
}
