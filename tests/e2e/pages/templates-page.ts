import type { Locator, Page } from 'playwright-core';

/** Mallar: the active template, the stored ones, and the import flow (file dialog or drop). */
export class TemplatesPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/mallar`);
    await this.heading().waitFor();
    await this.activeSection().getByText('RUS standardmall 2026').first().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Mallar' });
  }

  activeSection(): Locator {
    return this.page.locator('section.template-active');
  }

  /** Picks a file through "Läs in mall …" and the browser's file chooser. */
  async importFile(name: string, bytes: Uint8Array, mimeType = 'application/octet-stream'): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByRole('button', { name: 'Läs in mall …' }).click()]);
    await chooser.setFiles({ name, mimeType, buffer: Buffer.from(bytes) });
  }

  /** Drops a file on the page as a file manager would: dragenter, dragover, then drop with a DataTransfer holding it. */
  async dropFile(name: string, bytes: Uint8Array): Promise<void> {
    await this.page.evaluate(
      ({ name, data }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], name));
        for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      },
      { name, data: [...bytes] },
    );
  }

  preview(): Locator {
    return this.page.locator('section.template-preview');
  }

  problems(): Locator {
    return this.page.locator('section.template-panel.problems');
  }

  /** The texts of a list's items. */
  async items(list: Locator): Promise<string[]> {
    return list.locator('li').allInnerTexts();
  }

  listRow(name: string, version: number): Locator {
    return this.page
      .locator('table.templates-table tbody tr')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) })
      .filter({ has: this.page.getByRole('cell', { name: String(version), exact: true }) });
  }
}
