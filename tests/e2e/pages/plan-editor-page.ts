import type { Locator, Page } from 'playwright-core';
import { typeInto } from './keyboard.ts';

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

  /** What the outline last said happened (without the undo and redo buttons beside it). */
  announcement() {
    return this.page.locator('.announcer > span');
  }

  /** Adds a goal area from the plan list (code and name), and waits for its confirmation. */
  async addGoalArea(code: string, name: string): Promise<void> {
    await typeInto(this.page.getByLabel(/^Kod/), code);
    await typeInto(this.page.getByLabel(/^Namn på målområdet/), name);
    await this.page.getByRole('button', { name: 'Lägg till målområdet' }).click();
    await this.page.getByRole('status').filter({ hasText: `Målområdet ${name} är tillagt.` }).waitFor();
  }

  /** Creates a plan from the plan list (for the first goal area) and waits for its editor. */
  async createPlan(title: string): Promise<void> {
    await typeInto(this.page.getByLabel(/^Titel/), title);
    await this.page.getByRole('button', { name: 'Skapa handlingsplanen' }).click();
    await this.page.getByRole('heading', { level: 2, name: title }).waitFor();
  }

  /** The plan's text sections (Avsnitt). */
  sections() {
    return this.page.locator('section.plan-sections');
  }

  /** The labels of the plan's text fields in Avsnitt, asterisks of required ones included, in order. */
  async sectionLabels(): Promise<string[]> {
    return this.sections().locator('.field > label').allInnerTexts();
  }

  /** The help text a control is tied to with aria-describedby. */
  async description(control: Locator): Promise<string> {
    return control.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim(),
    );
  }

  /** The list of what is still missing (Det här saknas). */
  completeness() {
    return this.page.locator('details.completeness');
  }

  /** The note shown when the plan's template version is gone. */
  templateMissingNote() {
    return this.page.locator('.template-missing');
  }
}
