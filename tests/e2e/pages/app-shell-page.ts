import type { Page } from 'playwright-core';

export const navItems = ['Översikt', 'Planer', 'Projekt', 'Tidlogg', 'Dokument', 'Mallar', 'Inställningar'] as const;

/** The frame around every view: main menu and the current view's heading. */
export class AppShellPage {
  constructor(private readonly page: Page) {}

  nav() {
    return this.page.getByRole('navigation', { name: 'Huvudmeny' });
  }

  navLink(name: string) {
    return this.nav().getByRole('link', { name, exact: true });
  }

  heading() {
    return this.page.locator('main h1');
  }

  async goTo(name: (typeof navItems)[number]): Promise<void> {
    await this.navLink(name).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /** Describes the focused element as "role:name", for keyboard tests. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      const role = el.tagName === 'A' ? 'link' : el.tagName.toLowerCase();
      return `${role}:${(el.textContent ?? '').trim()}`;
    });
  }
}
