import type { Page } from 'playwright-core';
import { typeInto } from './keyboard.ts';

export interface ProfileInput {
  name: string;
  organisation: string;
  email?: string;
  goalAreas?: string[];
}

/** The first-run screen: who the user is, before anything else. */
export class FirstRunPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Välkommen till MOA-arbetsboken' });
  }

  async fill(profile: ProfileInput): Promise<void> {
    await typeInto(this.page.getByLabel('Namn'), profile.name);
    await typeInto(this.page.getByLabel('Organisation'), profile.organisation);
    await typeInto(this.page.getByLabel('E-post'), profile.email ?? '');
    await typeInto(this.page.getByLabel('Mina målområden'), (profile.goalAreas ?? []).join('\n'));
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Kom igång' }).click();
  }

  errorSummary() {
    return this.page.getByRole('alert');
  }

  fieldError(label: string) {
    return this.page.getByLabel(label);
  }
}
