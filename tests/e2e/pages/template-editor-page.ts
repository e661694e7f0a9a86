import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { label } from './stored-records.ts';
import { TemplatesPage } from './templates-page.ts';

/** The parts of the template editor, as its "on this page" list names them. */
export type EditorPartName =
  | 'Allmänt'
  | 'Handlingsplanen'
  | 'Projektplanen'
  | 'Målområden'
  | 'Genomsyrande perspektiv'
  | 'Vägledning för strategier och taktiker'
  | 'Tidlogg och mandat'
  | 'Kansliets stöd'
  | 'Årscykeln'
  | 'Indikatorkatalogen';

/** Mallar's template editor: a stored template edited into a new version, part by part. */
export class TemplateEditorPage {
  readonly templates: TemplatesPage;

  constructor(private readonly page: Page) {
    this.templates = new TemplatesPage(page);
  }

  /** Opens Mallar and starts a new version of a stored template. */
  async open(baseUrl: string, name = 'RUS standardmall 2026', version = 1): Promise<void> {
    await this.templates.open(baseUrl);
    await this.page.getByRole('button', { name: `Redigera som ny version: ${name} version ${version}` }).click();
    await this.editor().getByRole('heading', { name: `Ny version av ${name}` }).waitFor();
  }

  editor(): Locator {
    return this.page.locator('section.template-editor');
  }

  /** A part's disclosure (details), opened through the "on this page" list. */
  async part(name: EditorPartName): Promise<Locator> {
    await this.editor().getByRole('navigation', { name: 'På den här sidan' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
    const part = this.editor().locator('details.template-part').filter({ has: this.page.locator('summary', { hasText: name }) });
    await part.locator('.template-part-body').first().waitFor();
    return part;
  }

  async openAllParts(): Promise<void> {
    await this.editor().getByRole('button', { name: 'Öppna alla delar' }).click();
  }

  /** A row of a list by its legend, e.g. `Sektion 10: Budget`. */
  row(within: Locator, legend: string | RegExp): Locator {
    return within.getByRole('group', { name: legend, exact: true });
  }

  field(within: Locator, text: string): Locator {
    return within.getByLabel(label(text));
  }

  /** The status region where moves, additions and removals are announced. */
  announcement(): Locator {
    return this.editor().locator('p[role="status"]');
  }

  problems(): Locator {
    return this.editor().locator('.template-problems');
  }

  async save(): Promise<void> {
    await this.editor().getByRole('button', { name: 'Spara i arbetsboken' }).click();
  }

  /** Clicks "Spara som fil" after saving and returns the downloaded file. */
  async exportFile(): Promise<{ name: string; bytes: Uint8Array }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.editor().getByRole('button', { name: 'Spara som fil' }).click()]);
    return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
  }

  /** The data-path of the focused element, to see where focus went. */
  async focusedPath(): Promise<string | null> {
    return this.page.evaluate(() => (document.activeElement instanceof HTMLElement ? (document.activeElement.dataset['path'] ?? null) : null));
  }

  async focusedLabel(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? null);
  }
}
