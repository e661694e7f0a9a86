import type { Locator, Page } from 'playwright-core';
import type { GoalArea } from '#shared/domain/plan.ts';
import { label as labelled, storedRecords } from './stored-records.ts';
import { typeInto } from './keyboard.ts';

/** Målområde under Planer: one goal area's details and reviewers, saved with "Spara målområdet". */
export class GoalAreaEditorPage {
  constructor(private readonly page: Page) {}

  /** Adds a goal area with the plan list's form, as a user starts. */
  async createGoalArea(baseUrl: string, code: string, name: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/planer`);
    await this.page.getByRole('heading', { level: 2, name: 'Nytt målområde' }).waitFor();
    await typeInto(this.page.getByLabel(labelled('Kod')), code);
    await typeInto(this.page.getByLabel(labelled('Namn på målområdet')), name);
    await this.page.getByRole('button', { name: 'Lägg till målområdet' }).click();
    await this.page.getByRole('status').filter({ hasText: `Målområdet ${name} är tillagt.` }).waitFor();
  }

  async stored(): Promise<GoalArea[]> {
    return storedRecords<GoalArea>(this.page, 'goalAreas');
  }

  async storedByCode(code: string): Promise<GoalArea> {
    const found = (await this.stored()).find((g) => g.code === code);
    if (!found) throw new Error(`målområdet ${code} finns inte i databasen`);
    return found;
  }

  async open(baseUrl: string, code: string): Promise<void> {
    const goalArea = await this.storedByCode(code);
    await this.page.goto(`${baseUrl}#/planer/malomrade/${encodeURIComponent(goalArea.id)}`);
    await this.heading(goalArea.name).waitFor();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name, exact: true });
  }

  field(label: 'Kod' | 'Namn på målområdet' | 'Beskrivning' | 'Effektmål' | 'Målområdesansvarig (MOA)'): Locator {
    return this.page.locator('#goal-area-form').getByLabel(labelled(label));
  }

  reviewerField(label: 'Granskarens namn' | 'Organisation' | 'E-post' | 'Genomsyrande perspektiv' | 'Eget perspektiv'): Locator {
    return this.page.locator('.reviewer-form').getByLabel(labelled(label));
  }

  async addReviewer(reviewer: { name: string; organisation?: string; email?: string; perspective?: string; ownPerspective?: string }): Promise<void> {
    await typeInto(this.reviewerField('Granskarens namn'), reviewer.name);
    await typeInto(this.reviewerField('Organisation'), reviewer.organisation ?? '');
    await typeInto(this.reviewerField('E-post'), reviewer.email ?? '');
    if (reviewer.ownPerspective !== undefined) {
      await this.reviewerField('Genomsyrande perspektiv').selectOption({ label: 'Annat perspektiv …' });
      await typeInto(this.reviewerField('Eget perspektiv'), reviewer.ownPerspective);
    } else if (reviewer.perspective !== undefined) await this.reviewerField('Genomsyrande perspektiv').selectOption({ label: reviewer.perspective });
    await this.page.locator('.reviewer-form').getByRole('button', { name: 'Lägg till granskaren' }).click();
  }

  /** The reviewers' table as rows of name, organisation, e-mail, perspective. */
  async reviewers(): Promise<string[][]> {
    const table = this.page.locator('table.reviewers-table');
    if ((await table.count()) === 0) return [];
    return table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 4).map((cell) => (cell.textContent ?? '').trim())));
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Spara målområdet', exact: true });
  }

  status(): Locator {
    return this.page.locator('.goal-area-editor [role="status"]');
  }

  error(text: string): Locator {
    return this.page.locator('.goal-area-editor .field-error', { hasText: text });
  }
}
