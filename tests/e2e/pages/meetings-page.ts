import type { Locator, Page } from 'playwright-core';
import { label } from './stored-records.ts';
import { typeInto } from './keyboard.ts';

/** Möten: the meeting list with its new-meeting form and invitation import, one meeting's editor, and the open actions. */
export class MeetingsPage {
  constructor(private readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Möten' }).click();
    await this.page.getByRole('heading', { level: 2, name: 'Alla möten' }).waitFor();
  }

  /** Types a time of day into `<input type="time">` as a person does: hours, then minutes (the field moves on by itself). */
  async typeTime(input: Locator, time: string): Promise<void> {
    const box = await input.boundingBox();
    await input.click({ position: { x: 10, y: (box?.height ?? 20) / 2 } });
    await this.page.keyboard.type(time.replace(':', ''));
  }

  async create(title: string, kind: string, goalArea: string, date: string, start: string, end: string): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Nytt möte' });
    await typeInto(form.getByLabel(label('Rubrik')), title);
    await form.getByLabel('Typ av möte').selectOption({ label: kind });
    await form.getByLabel('Målområde').selectOption({ label: goalArea });
    await typeInto(form.getByLabel(label('Första dagen')), date);
    await this.typeTime(form.getByLabel('Börjar kl.'), start);
    await this.typeTime(form.getByLabel('Slutar kl.'), end);
    await form.getByRole('button', { name: 'Skapa mötet' }).click();
  }

  field(accessibleName: string | RegExp): Locator {
    return typeof accessibleName === 'string' ? this.page.getByLabel(accessibleName, { exact: true }) : this.page.getByLabel(accessibleName);
  }

  async addByName(fieldLabel: string, button: string, name: string): Promise<void> {
    await typeInto(this.page.getByLabel(fieldLabel, { exact: true }), name);
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  /** Waits until autosave has written everything typed so far. */
  async saved(): Promise<void> {
    await this.page.locator('[data-save-status="saved"]').waitFor();
  }

  part(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
}
