import type { Page } from 'playwright-core';

/** Planer: the list of goal areas and plans, and one plan's editor. */
export class PlanEditorPage {
  constructor(private readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer', exact: true }).click();
    await this.page.getByRole('heading', { level: 2, name: 'Målområden och handlingsplaner' }).waitFor();
  }

  /** *Läs in exempel* from the plan list; waits until the example plan's outline is shown. */
  async loadExample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Läs in exempel' }).click();
    await this.rowInput('Strategi 1').waitFor();
  }

  /** The outline's rows as "kind number: title", in reading order. */
  async outline(): Promise<string[]> {
    return this.page.locator('.outline-row').evaluateAll((rows) =>
      rows.map((row) => {
        const input = row.querySelector('input');
        return `${input?.getAttribute('aria-label') ?? ''}: ${input instanceof HTMLInputElement ? input.value : ''}`;
      }),
    );
  }

  rowInput(label: string) {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async waitSaved(): Promise<void> {
    await this.page.locator('[data-save-status="saved"]').waitFor();
  }

  details() {
    return this.page.locator('.details-panel');
  }

  announcer() {
    return this.page.locator('.announcer');
  }
}
