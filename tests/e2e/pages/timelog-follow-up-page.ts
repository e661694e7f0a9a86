import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { ExportLogEntry } from '#shared/domain/export-log.ts';
import type { Mandate } from '#shared/domain/timelog.ts';
import { label as labelled, storedRecords } from './stored-records.ts';
import { typeInto } from './keyboard.ts';

/** A cell as the eye sees it and as a screen reader says it (over/under has words for the latter). */
export interface CellText {
  shown: string;
  spoken: string;
}

export type MandateInput = { validFrom: string; hoursPerWeek: string } | { validFrom: string; percentOfFullTime: string; fullTimeHoursPerWeek?: string };

/** Tidlogg › Uppföljning: period and year, key figures, the summary table, the two charts, CSV export and the mandates. */
export class TimelogFollowUpPage {
  constructor(private readonly page: Page) {}

  /** Opens the view from a fresh load, so records written straight into IndexedDB are read. */
  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/tidlogg/uppfoljning`);
    await this.page.reload();
    await this.heading().waitFor();
    await this.page.locator('.follow-up-results[aria-busy="false"]').waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: 'Uppföljning' });
  }

  view(): Locator {
    return this.page.locator('section.timelog-follow-up');
  }

  /** Waits until the summary shows the given dates (the query for a new choice has answered). */
  async waitForRange(from: string, to: string): Promise<void> {
    await this.page.locator(`table.follow-up-summary[data-range="${from}_${to}"]`).waitFor();
    await this.page.locator('.follow-up-results[aria-busy="false"]').waitFor();
  }

  async chooseYear(year: number): Promise<void> {
    await this.view().getByLabel('År', { exact: true }).selectOption(String(year));
  }

  async choosePeriod(period: 'Vecka' | 'Månad' | 'Kvartal' | 'År'): Promise<void> {
    await this.view().getByLabel('Dela upp per').selectOption({ label: period });
  }

  /** Switches to Eget intervall and types the dates (empty strings leave a field as it is). */
  async chooseCustomRange(from: string, to: string): Promise<void> {
    await this.view().getByRole('radio', { name: 'Eget intervall' }).check();
    if (from !== '') await typeInto(this.view().getByLabel('Från', { exact: true }), from);
    if (to !== '') await typeInto(this.view().getByLabel('Till', { exact: true }), to);
  }

  rangeError(text: string): Locator {
    return this.page.locator('.follow-up-controls .field-error', { hasText: text });
  }

  /** The summary's period labels, top to bottom. */
  async periodLabels(): Promise<string[]> {
    return this.page.locator('table.follow-up-summary tbody th[scope="row"]').allTextContents();
  }

  /** A key figure (Loggad tid, MOA-uppdraget, Mandat, Över/under mandatet, Andel projektledning). */
  async figure(name: string): Promise<CellText> {
    const cell = this.view().locator('.key-figures > div').filter({ has: this.page.locator('dt').getByText(name, { exact: true }) }).locator('dd');
    return cellText(cell);
  }

  /** The summary row for a period label (`v. 2`, `2026-01`), as column header → cell. */
  async summaryRow(periodLabel: string): Promise<Record<string, CellText>> {
    return rowByHeader(this.page.locator('table.follow-up-summary'), periodLabel);
  }

  chart(kind: 'weekly-bars' | 'cumulative'): Locator {
    return this.page.locator(`svg[data-chart="${kind}"]`);
  }

  /** The chart's text alternative: its `<desc>`. */
  async chartDescription(kind: 'weekly-bars' | 'cumulative'): Promise<string> {
    return (await this.chart(kind).locator('desc').textContent()) ?? '';
  }

  chartSection(kind: 'weekly-bars' | 'cumulative'): Locator {
    return this.page.locator('section.chart').filter({ has: this.chart(kind) });
  }

  /** Opens a chart's data table (Visa som tabell) and returns it. */
  async showChartTable(kind: 'weekly-bars' | 'cumulative'): Promise<Locator> {
    const section = this.chartSection(kind);
    const toggle = section.getByRole('button', { name: 'Visa som tabell' });
    if (await toggle.isVisible()) await toggle.click();
    const table = section.locator('table');
    await table.waitFor();
    return table;
  }

  async chartTableRow(kind: 'weekly-bars' | 'cumulative', weekLabel: string): Promise<Record<string, CellText>> {
    return rowByHeader(await this.showChartTable(kind), weekLabel);
  }

  // --- mandates -------------------------------------------------------------------------------

  mandateSection(): Locator {
    return this.page.locator('section.mandate-settings');
  }

  mandateField(name: 'Gäller från' | 'Timmar per vecka' | 'Procent av heltid' | 'Heltidsvecka i timmar'): Locator {
    return this.page.locator('.mandate-form').getByLabel(labelled(name));
  }

  async fillMandate(input: MandateInput): Promise<void> {
    await typeInto(this.mandateField('Gäller från'), input.validFrom);
    if ('hoursPerWeek' in input) {
      await this.page.locator('.mandate-form').getByRole('radio', { name: 'Antal timmar' }).check();
      await typeInto(this.mandateField('Timmar per vecka'), input.hoursPerWeek);
    } else {
      await this.page.locator('.mandate-form').getByRole('radio', { name: 'Andel av heltid' }).check();
      await typeInto(this.mandateField('Procent av heltid'), input.percentOfFullTime);
      if (input.fullTimeHoursPerWeek !== undefined) await typeInto(this.mandateField('Heltidsvecka i timmar'), input.fullTimeHoursPerWeek);
    }
  }

  async submitMandate(): Promise<void> {
    await this.page.locator('.mandate-form').getByRole('button', { name: /^(Lägg till mandatet|Spara mandatet)$/u }).click();
  }

  /** Adds a mandate through the form and waits for it to be listed. */
  async addMandate(input: MandateInput): Promise<void> {
    await this.fillMandate(input);
    await this.submitMandate();
    await this.mandateSection().getByRole('status').filter({ hasText: `Mandatet från ${input.validFrom} är sparat.` }).waitFor();
    await this.mandateSection().getByRole('rowheader', { name: input.validFrom, exact: true }).waitFor();
  }

  /** The mandates as listed: start date, size, hours per week. */
  async mandateRows(): Promise<string[][]> {
    return this.mandateSection()
      .locator('table tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 3).map((cell) => (cell.textContent ?? '').trim())));
  }

  fieldError(text: string): Locator {
    return this.page.locator('.mandate-form .field-error', { hasText: text });
  }

  storedMandates(): Promise<Mandate[]> {
    return storedRecords<Mandate>(this.page, 'mandates');
  }

  // --- export -----------------------------------------------------------------------------------

  storedExportLog(): Promise<ExportLogEntry[]> {
    return storedRecords<ExportLogEntry>(this.page, 'exportLog');
  }

  exportStatus(): Locator {
    return this.page.locator('.follow-up-export [role="status"]');
  }

  /** Clicks an export button and returns the downloaded file's name and bytes. */
  async exportCsv(button: 'Exportera poster (CSV)' | 'Exportera veckosammanställning (CSV)'): Promise<{ name: string; bytes: Uint8Array }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
  }
}

async function cellText(cell: Locator): Promise<CellText> {
  return cell.evaluate((element) => {
    const hidden = element.querySelector('[aria-hidden="true"]');
    const words = element.querySelector('.visually-hidden');
    const all = (element.textContent ?? '').trim();
    return { shown: hidden ? (hidden.textContent ?? '').trim() : all, spoken: words ? (words.textContent ?? '').trim() : all };
  });
}

/** A table row found by its row header, as column header → cell text. */
async function rowByHeader(table: Locator, rowLabel: string): Promise<Record<string, CellText>> {
  await table.locator('tbody th[scope="row"]', { hasText: rowLabel }).first().waitFor();
  return table.evaluate((element, wanted) => {
    const headers = [...element.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
    const row = [...element.querySelectorAll('tbody tr')].find((tr) => (tr.querySelector('th')?.textContent ?? '').trim() === wanted);
    if (!row) throw new Error(`raden ${wanted} saknas`);
    const cells = [...row.querySelectorAll('th, td')];
    const result: Record<string, { shown: string; spoken: string }> = {};
    cells.forEach((cell, index) => {
      const hidden = cell.querySelector('[aria-hidden="true"]');
      const words = cell.querySelector('.visually-hidden');
      const all = (cell.textContent ?? '').trim();
      result[headers[index] ?? String(index)] = { shown: hidden ? (hidden.textContent ?? '').trim() : all, spoken: words ? (words.textContent ?? '').trim() : all };
    });
    return result;
  }, rowLabel);
}
