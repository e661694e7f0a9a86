import type { Page } from 'playwright-core';

export class SettingsPage {
  constructor(private readonly page: Page) {}

  field(label: string) {
    return this.page.getByLabel(label);
  }

  async saveProfile(): Promise<void> {
    await this.page.getByRole('button', { name: 'Spara profilen' }).click();
  }

  async chooseLanguage(value: 'sv' | 'en'): Promise<void> {
    await this.page.getByLabel(value === 'sv' ? 'App language' : 'Språk i appen').selectOption(value);
  }

  storageStatus() {
    return this.page.locator('[data-storage-state]');
  }
}
