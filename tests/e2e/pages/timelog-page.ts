import type { Locator, Page } from 'playwright-core';
import type { TimeEntry, TimerState } from '#shared/domain/timelog.ts';
import { label as labelled, storedRecords } from './stored-records.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Tidlogg: the timer on top, the week grid (Vecka), the day list (Dagslista) and the categories. */
export class TimelogPage {
  constructor(private readonly page: Page) {}

  /** Opens a part of the time log (`vecka/2026-W48`, `dag/2026-11-27`, `kategorier`) from a fresh load. */
  async open(baseUrl: string, path = ''): Promise<void> {
    await this.page.goto(`${baseUrl}#/tidlogg${path === '' ? '' : `/${path}`}`);
    await this.page.reload();
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Tidlogg' });
  }

  tab(name: 'Vecka' | 'Dagslista' | 'Uppföljning' | 'Kategorier'): Locator {
    return this.page.getByRole('navigation', { name: 'Tidloggens delar' }).getByRole('link', { name, exact: true });
  }

  // --- the week ---------------------------------------------------------------------------

  weekHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^v\. \d+ \d{4}$/u });
  }

  grid(): Locator {
    return this.page.getByRole('grid');
  }

  /** A day cell by its row's text and day, as its accessible name says: `MOA-uppdraget, måndag 23/11`. */
  cell(row: string, day: string): Locator {
    return this.grid().getByRole('gridcell', { name: new RegExp(`^${escape(row)}, ${escape(day)}:`, 'u') });
  }

  /** The cell's shown value: hours with a decimal comma, or '' when empty. */
  async hours(row: string, day: string): Promise<string> {
    return (await this.cell(row, day).innerText()).trim();
  }

  rowTotal(row: string): Locator {
    return this.grid().getByRole('gridcell', { name: new RegExp(`^Summa för ${escape(row)}:`, 'u') });
  }

  dayTotal(day: string): Locator {
    return this.grid().getByRole('gridcell', { name: new RegExp(`^Summa för ${escape(day)}:`, 'u') });
  }

  weekTotal(): Locator {
    return this.grid().getByRole('gridcell', { name: /^Summa för veckan:/u });
  }

  /** The day totals Monday to Sunday, then the week's total, as shown. */
  async totalsRow(): Promise<string[]> {
    return this.grid()
      .locator('tfoot td')
      .evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? '').trim()));
  }

  /** The rows' labels as read (category, then the links). */
  async rowLabels(): Promise<string[]> {
    return this.grid()
      .locator('tbody th')
      .evaluateAll((cells) => cells.map((cell) => [...cell.querySelectorAll('span')].map((s) => (s.textContent ?? '').trim()).join(' · ')));
  }

  editor(): Locator {
    return this.grid().getByRole('textbox');
  }

  cellError(): Locator {
    return this.grid().locator('.cell-error');
  }

  weekStatus(): Locator {
    return this.page.locator('.timelog-week [role="status"]');
  }

  addRowForm(): Locator {
    return this.page.locator('form.add-row-form');
  }

  // --- the day list -----------------------------------------------------------------------

  dayRows(): Locator {
    return this.page.locator('table.day-table tbody tr');
  }

  /** The day list's rows as their cells' texts (time, category, link, note). */
  async dayTable(): Promise<string[][]> {
    return this.dayRows().evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].slice(0, 4).map((cell) => (cell.textContent ?? '').trim())));
  }

  entryForm(): Locator {
    return this.page.locator('form.entry-form');
  }

  entryField(label: 'Datum' | 'Tid' | 'Kategori' | 'Anteckning'): Locator {
    return this.entryForm().getByLabel(labelled(label));
  }

  dayStatus(): Locator {
    return this.page.locator('.timelog-day [role="status"]');
  }

  // --- the timer --------------------------------------------------------------------------

  timer(): Locator {
    return this.page.getByRole('region', { name: 'Tidtagning' });
  }

  elapsed(): Locator {
    return this.timer().getByRole('timer');
  }

  timerButton(name: 'Start' | 'Paus' | 'Fortsätt' | 'Stopp' | 'Byt uppgift' | 'Kasta'): Locator {
    return this.timer().getByRole('button', { name, exact: true });
  }

  timerStatus(): Locator {
    return this.timer().locator('[role="status"]');
  }

  // --- keyboard and storage ---------------------------------------------------------------

  /** The focused element's accessible name (aria-label, else its label or text). */
  async focusedName(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement)) return '';
      const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
      return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').replace(/\s*\*$/u, '').trim();
    });
  }

  /** Presses Tab (or Shift+Tab) until `target` has focus: the keyboard way to a control. */
  async tabTo(target: Locator, backwards = false, max = 80): Promise<void> {
    for (let i = 0; i < max; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`fokus nådde inte målet efter ${max} tryck på Tab`);
  }

  async storedEntries(): Promise<TimeEntry[]> {
    return (await storedRecords<TimeEntry>(this.page, 'timeEntries')).sort((a, b) => a.date.localeCompare(b.date) || a.categoryId.localeCompare(b.categoryId) || a.minutes - b.minutes);
  }

  async storedTimer(): Promise<TimerState[]> {
    return storedRecords<TimerState>(this.page, 'timer');
  }
}
