import type { Locator, Page } from 'playwright-core';

/** The running timer in the app header, shown in every view. */
export class HeaderTimerPage {
  constructor(private readonly page: Page) {}

  group(name = 'Pågående tidtagning'): Locator {
    return this.page.getByRole('banner').getByRole('group', { name });
  }

  elapsed(name?: string): Locator {
    return this.group(name).getByRole('timer');
  }

  stopButton(name?: string, label = 'Stopp'): Locator {
    return this.group(name).getByRole('button', { name: label, exact: true });
  }

  status(): Locator {
    return this.page.getByRole('banner').locator('[role="status"]');
  }
}
