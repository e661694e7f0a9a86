import type { Locator, Page } from 'playwright-core';

/** Text as a user reads it: any run of spaces (the app groups digits with no-break spaces) as one space. */
const plain = (text: string): string => text.replace(/\s+/gu, ' ').trim();

export type TimelineKind = 'Projekt' | 'Projektaktivitet' | 'Milstolpe' | 'Handlingsplan' | 'Planaktivitet';

/** Projekt › Tidslinje: the chart (a tree of rows with bars), its filters, zoom and table alternative. */
export class TimelinePage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/projekt/tidslinje`);
    await this.heading().waitFor();
    await this.loaded();
  }

  /** Waits until everything is read: the chart is drawn from the projects first, and the plan activities fill it in after. */
  async loaded(): Promise<void> {
    await this.page.locator('section.timeline[aria-busy="false"]').waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: 'Tidslinje' });
  }

  chart(): Locator {
    return this.page.getByRole('tree', { name: /^Tidslinje / });
  }

  /** A row by what it is and its title; its accessible name starts `Projekt: UF-satsning i Kumla, …`. */
  row(kind: TimelineKind, title: string): Locator {
    return this.chart().getByRole('treeitem', { name: new RegExp(`^${kind}: ${escape(title)},`, 'u') });
  }

  /** The bar (or a milestone's diamond) on a row. */
  bar(kind: TimelineKind, title: string): Locator {
    return this.row(kind, title).locator('.timeline-bar, .timeline-milestone');
  }

  /** The titles of the rows on screen, top to bottom, level-2 rows indented by two spaces. */
  async rowTitles(): Promise<string[]> {
    return this.chart()
      .getByRole('treeitem')
      .evaluateAll((rows) => rows.map((row) => `${row.getAttribute('aria-level') === '2' ? '  ' : ''}${row.querySelector('.timeline-title')?.textContent ?? ''}`));
  }

  goalAreaFilter(): Locator {
    return this.page.getByLabel('Målområde', { exact: true });
  }

  projectFilter(): Locator {
    return this.page.getByLabel('Projekt', { exact: true });
  }

  zoomButton(name: 'Månad' | 'Kvartal' | 'År'): Locator {
    return this.page.getByRole('group', { name: 'Zoomnivå' }).getByRole('button', { name, exact: true });
  }

  todayButton(): Locator {
    return this.page.getByRole('button', { name: 'Idag', exact: true });
  }

  tableToggle(): Locator {
    return this.page.getByRole('button', { name: 'Visa som tabell' });
  }

  table(): Locator {
    return this.page.getByRole('table', { name: /^Tidslinjen som tabell/ });
  }

  /** The table's body rows as cell texts: name, type, belongs to, start, end, status. */
  async tableRows(): Promise<string[][]> {
    return this.table()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/gu, ' ').trim())));
  }

  async count(): Promise<string> {
    return plain(await this.page.getByTestId('timeline-count').innerText());
  }

  /** Waits until the count line says this (it is drawn together with the rows it counts). */
  async waitForCount(text: string): Promise<void> {
    await this.page.getByTestId('timeline-count').filter({ hasText: new RegExp(`^${escape(text).replace(/ /gu, '\\s')}$`, 'u') }).waitFor();
  }

  /** The labels of the axis's columns (`2026 K4`, `november 2026`, `2026`). */
  async columnLabels(): Promise<string[]> {
    return this.page.locator('.axis-major .axis-tick').allInnerTexts();
  }

  todayLabel(): Locator {
    return this.page.locator('.timeline-today-label');
  }

  todayLine(): Locator {
    return this.page.locator('.timeline-today-line');
  }

  scrollBox(): Locator {
    return this.page.locator('.timeline-scroll');
  }

  /** The header over the sticky column of row names; the time area is visible to its right. */
  namesHeader(): Locator {
    return this.page.locator('.timeline-corner');
  }

  /** The polite announcement of a zoom change (`Zoomnivå: Månad`). */
  async zoomAnnouncement(): Promise<string> {
    return plain(await this.page.getByRole('status').filter({ hasText: /^Zoomnivå/u }).innerText());
  }

  /** What a screen reader hears for the focused row: the accessible name of the tree's active descendant. */
  async focusedRowName(): Promise<string> {
    return this.chart().evaluate((tree) => {
      const id = tree.getAttribute('aria-activedescendant');
      return (id ? document.getElementById(id)?.getAttribute('aria-label') : null) ?? '';
    });
  }

  /** Presses Tab until the chart has the focus (keyboard only), at most `limit` times. */
  async tabToChart(limit = 40): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      await this.page.keyboard.press('Tab');
      if (await this.chart().evaluate((tree) => tree === document.activeElement)) return;
    }
    throw new Error(`tidslinjen fick inte fokus efter ${limit} tryck på Tab`);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
