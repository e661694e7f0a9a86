import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { AppShellPage } from './pages/app-shell-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { typeInto } from './pages/keyboard.ts';

describe('inställningar', () => {
  const e2e = useBrowser();

  it('ändrar profilen och behåller ändringen', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    await new AppShellPage(page).goTo('Inställningar');
    const settings = new SettingsPage(page);
    await typeInto(settings.field('Organisation'), 'Region Örebro län');
    await settings.saveProfile();
    await page.getByRole('status').filter({ hasText: 'Profilen är sparad.' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    expect(await settings.field('Organisation').inputValue()).toBe('Region Örebro län');
  });

  it('refuserar en felaktig e-postadress utan att ändra det sparade', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    await new AppShellPage(page).goTo('Inställningar');
    const settings = new SettingsPage(page);
    await typeInto(settings.field('E-post'), 'anna@');
    await typeInto(settings.field('Namn'), '');
    await settings.saveProfile();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('E-post: ange en e-postadress som namn@exempel.se.');
    await expectAccessible(page, 'inställningar med fel');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    expect(await settings.field('E-post').inputValue()).toBe('anna.lindqvist@orebro.se');
    expect(await settings.field('Namn').inputValue()).toBe('Anna Lindqvist');
  });

  it('byter språk till engelska och tillbaka, och minns valet', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    await new AppShellPage(page).goTo('Inställningar');
    await page.getByLabel('Språk i appen').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Time log' }).waitFor();
    // The menu is drawn before the view's own chunk has loaded: check the page once the view is there.
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expectAccessible(page, 'inställningar på engelska');
    await page.getByLabel('App language').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
  });

  it('visar om lagringen är beständig', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    await new AppShellPage(page).goTo('Inställningar');
    const state = await new SettingsPage(page).storageStatus().getAttribute('data-storage-state');
    expect(['persisted', 'not-persisted']).toContain(state);
    // The browser edition says which address holds the workbook, since another port would show an empty one.
    expect(await page.getByTestId('storage-origin').innerText()).toContain(`för adressen ${baseUrl}`);
  });
});
