import type { Locator, Page } from 'playwright-core';
import { label } from './stored-records.ts';
import { typeInto } from './keyboard.ts';

/** Projekt: the project list, the new-project form and one project's editor. */
export class ProjectEditorPage {
  constructor(private readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.goto(new URL('#/projekt', this.page.url()).href);
    await this.page.getByRole('heading', { level: 2, name: 'Projektplaner' }).waitFor();
  }

  async create(title: string, goalArea: string, start: string, end: string): Promise<void> {
    await typeInto(this.page.getByLabel(label('Projektets namn')), title);
    await this.page.getByLabel('Målområde').selectOption({ label: goalArea });
    await typeInto(this.page.getByLabel(label('Startdatum')), start);
    await typeInto(this.page.getByLabel(label('Slutdatum')), end);
    await this.page.getByRole('button', { name: 'Skapa projektet' }).click();
    await this.page.getByRole('heading', { level: 2, name: title }).waitFor();
  }

  /** Adds an item through one of the editor's one-field forms (Ny risk, Ny finansiär …). */
  async addByName(fieldLabel: string, button: string, name: string): Promise<void> {
    await typeInto(this.page.getByLabel(fieldLabel, { exact: true }), name);
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  field(accessibleName: string): Locator {
    return this.page.getByLabel(accessibleName, { exact: true });
  }

  /** Waits until autosave has written everything typed so far. */
  async saved(): Promise<void> {
    await this.page.locator('[data-save-status="saved"]').waitFor();
  }

  balance(): Locator {
    return this.page.getByTestId('financing-balance');
  }

  /** A locator's text with no-break spaces (as in `1 234 kr`) made plain, so tests can be written as people read. */
  async text(locator: Locator): Promise<string> {
    return (await locator.innerText()).replace(/[\u00a0\u202f]/gu, ' ');
  }

  matrixCell(likelihood: number, consequence: number): Locator {
    return this.page.locator(`[data-testid="risk-matrix"] td[data-likelihood="${likelihood}"][data-consequence="${consequence}"]`);
  }

  listRow(title: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: title }) });
  }
}
