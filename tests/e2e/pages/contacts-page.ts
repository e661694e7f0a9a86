import type { Locator, Page } from 'playwright-core';
import type { Contact } from '#shared/domain/plan.ts';
import { label as labelled, storedRecords } from './stored-records.ts';

/** Kontakter under Planer: the table of contacts, the add/edit form and removal with confirmation. */
export class ContactsPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/planer/kontakter`);
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: 'Kontakter' });
  }

  field(label: 'Typ' | 'Namn' | 'Organisation' | 'Roll' | 'Kommun' | 'E-post' | 'Telefon' | 'Nätverk'): Locator {
    return this.page.locator('.contact-form').getByLabel(labelled(label));
  }

  submitButton(): Locator {
    return this.page.locator('.contact-form').getByRole('button', { name: /^(Lägg till kontakten|Spara kontakten)$/u });
  }

  table(): Locator {
    return this.page.locator('table.contacts-table');
  }

  row(name: string): Locator {
    return this.table().locator('tbody tr').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The table's rows as their cells' texts, name first. */
  async rows(): Promise<string[][]> {
    return this.table()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 8).map((cell) => (cell.textContent ?? '').trim())));
  }

  status(): Locator {
    return this.page.locator('.contacts > p[role="status"]');
  }

  alert(): Locator {
    return this.page.locator('.contacts > p[role="alert"]');
  }

  error(text: string): Locator {
    return this.page.locator('.contact-form .field-error', { hasText: text });
  }

  editButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Ändra ${name}`, exact: true });
  }

  removeButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Ta bort ${name}`, exact: true });
  }

  confirmRemoveButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Ja, ta bort ${name}`, exact: true });
  }

  stored(): Promise<Contact[]> {
    return storedRecords<Contact>(this.page, 'contacts');
  }

  /** Describes the focused element as its accessible label, for keyboard tests. */
  async focusedLabel(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement)) return '';
      return el.getAttribute('aria-label') ?? (el.id ? (document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent ?? '') : (el.textContent ?? '')).replace(/\s*\*$/u, '').trim();
    });
  }
}
