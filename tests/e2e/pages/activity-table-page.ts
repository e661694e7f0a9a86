import type { Locator, Page } from 'playwright-core';

/** Text as a user reads it: any run of spaces (the app groups digits with no-break spaces) as one space. */
export const plain = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** *Alla aktiviteter* under Planer: the table of every activity, with its search, filters and grouping. */
export class ActivityTablePage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/planer/aktiviteter`);
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: 'Alla aktiviteter' });
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Alla aktiviteter' });
  }

  /** The live count, e.g. "8 aktiviteter" or "2 av 8 aktiviteter". */
  async count(): Promise<string> {
    return plain(await this.page.getByTestId('activity-count').innerText());
  }

  async waitForCount(text: string): Promise<void> {
    await this.page.getByTestId('activity-count').filter({ hasText: new RegExp(`^${text.replace(/ /gu, '\\s')}$`, 'u') }).waitFor();
  }

  searchBox(): Locator {
    return this.page.getByLabel('Sök bland aktiviteterna');
  }

  statusFilter(label: string): Locator {
    return this.page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: label, exact: true });
  }

  /** Shows only the given statuses (Swedish labels). */
  async showOnlyStatuses(labels: string[]): Promise<void> {
    for (const label of ['planerad', 'pågår', 'klar', 'försenad', 'struken']) await this.statusFilter(label).setChecked(labels.includes(label));
  }

  groupBy(): Locator {
    return this.page.getByLabel('Gruppera efter');
  }

  columnHeader(name: string): Locator {
    return this.grid().getByRole('columnheader', { name, exact: true });
  }

  sortButton(name: string): Locator {
    return this.columnHeader(name).getByRole('button');
  }

  /** The column chooser's checkbox for a column, opening the chooser first. */
  async columnToggle(name: string): Promise<Locator> {
    const chooser = this.page.locator('details.column-chooser');
    if ((await chooser.getAttribute('open')) === null) await chooser.locator('summary').click();
    return chooser.getByRole('checkbox', { name, exact: true });
  }

  /** The activity rows now rendered (not group headers), as their titles. */
  async titles(): Promise<string[]> {
    return this.grid()
      .locator('tbody tr:not(.group-row):not(.grid-spacer) td[data-column="title"]')
      .evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? '').trim()));
  }

  /** Group header buttons' texts, e.g. "▾planerad3 aktiviteter · 85 000 kr" flattened. */
  groupToggles(): Locator {
    return this.grid().locator('.group-toggle');
  }

  group(label: string): Locator {
    return this.groupToggles().filter({ has: this.page.locator('.group-label', { hasText: new RegExp(`^${label}$`, 'u') }) });
  }

  row(title: string): Locator {
    return this.grid().locator('tbody tr').filter({ has: this.page.locator('td[data-column="title"]', { hasText: new RegExp(`^${title}$`, 'u') }) });
  }

  cell(title: string, columnId: string): Locator {
    return this.row(title).locator(`td[data-column="${columnId}"]`);
  }

  saveStatus(): Locator {
    return this.page.locator('.activity-save-status');
  }

  /** Waits until the remembered view in the settings has these parts, so a reload finds them. */
  async waitForViewSaved(expected: Record<string, unknown>): Promise<void> {
    await this.page.waitForFunction((parts) => {
      const raw = window.localStorage.getItem('moa.settings');
      if (raw === null) return false;
      const view = (JSON.parse(raw) as { tableViews?: Record<string, Record<string, unknown> | undefined> }).tableViews?.activities;
      return view !== undefined && Object.entries(parts).every(([key, value]) => JSON.stringify(view[key]) === JSON.stringify(value));
    }, expected);
  }
}
