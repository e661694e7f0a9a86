import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Säkerhetskopia in Inställningar: back up (a download in the browser) and restore (a file chooser). */
export class BackupPage {
  constructor(private readonly page: Page) {}

  section() {
    return this.page.locator('.backup');
  }

  private sectionButton(name: string) {
    return this.section().locator(':scope > .actions').getByRole('button', { name, exact: true });
  }

  /** Clicks Säkerhetskopiera; returns the saved file's name and bytes. */
  async backUp(): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.sectionButton('Säkerhetskopiera').click()]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  /** Clicks Återställ and picks a file in the browser's file chooser. */
  async chooseFile(name: string, bytes: Buffer): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.sectionButton('Återställ').click()]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: bytes });
  }

  previewDialog() {
    return this.page.getByRole('dialog', { name: 'Återställ arbetsboken' });
  }

  /** The count shown in the preview for one kind of content, e.g. "Aktiviteter". */
  async previewCount(label: string): Promise<string> {
    return this.previewDialog().getByRole('row', { name: new RegExp(`^${label} `, 'u') }).getByRole('cell').innerText();
  }

  /**
   * Confirms replacing the workbook: the safety copy of the current one is
   * downloaded first, then the page reloads with the restored workbook.
   */
  async confirmReplace(): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.waitForEvent('load', { timeout: 30_000 }),
      this.previewDialog().getByRole('button', { name: 'Spara säkerhetskopia och återställ' }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  /** Confirms restoring into an empty workbook (no safety copy is needed); the page reloads with the restored workbook. */
  async confirmIntoEmpty(): Promise<void> {
    await Promise.all([this.page.waitForEvent('load', { timeout: 30_000 }), this.previewDialog().getByRole('button', { name: 'Återställ', exact: true }).click()]);
  }

  /** On the first-run screen: Återställ från säkerhetskopia, picking a file in the file chooser. */
  async chooseFileOnFirstRun(name: string, bytes: Buffer): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByRole('button', { name: 'Återställ från säkerhetskopia …' }).click()]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: bytes });
  }

  /** The table of automatic backups (present once there is one). */
  autoBackupTable() {
    return this.page.getByRole('table', { name: /^Automatiska säkerhetskopior \(\d+\)/u });
  }

  autoBackupToggle() {
    return this.page.getByRole('checkbox', { name: 'Gör en automatisk säkerhetskopia varje dag när något har ändrats' });
  }

  async cancel(): Promise<void> {
    await this.previewDialog().getByRole('button', { name: 'Avbryt' }).click();
  }

  status() {
    return this.section().getByRole('status');
  }

  problem() {
    return this.section().getByRole('alert');
  }
}
