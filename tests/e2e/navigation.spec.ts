import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { AppShellPage, navItems } from './pages/app-shell-page.ts';
import { DATA_FORMAT_VERSION } from '#shared/version.ts';

describe('navigering', () => {
  const e2e = useBrowser();

  it('når och öppnar varje menyval med tangentbordet enbart', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const shell = new AppShellPage(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();

    for (const item of navItems) {
      // Tab from the top of the page (its first stop, the skip link) until the menu item has focus, then press Enter.
      await page.evaluate(() => document.querySelector<HTMLElement>('.skip-link')?.focus());
      let reached = false;
      for (let presses = 0; presses < 25 && !reached; presses += 1) {
        await page.keyboard.press('Tab');
        reached = (await shell.focused()) === `link:${item}`;
      }
      expect(reached, `Tab når ${item}`).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: item }).waitFor();
      expect(await shell.navLink(item).getAttribute('aria-current')).toBe('page');
      // Focus moves to the new view's heading so screen readers announce it (Översikt was already shown).
      if (item !== 'Översikt') expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await expectAccessible(page, item);
    }
  });

  it('visar Mallar med den aktiva mallen', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const shell = new AppShellPage(page);
    await shell.goTo('Mallar');
    await page.getByRole('heading', { level: 1, name: 'Mallar' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Aktiv mall' }).waitFor();
  });

  it('visar versionerna i Om-dialogen och stänger den med Esc', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    await page.getByRole('button', { name: 'Om MOA-arbetsboken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Om MOA-arbetsboken' });
    await dialog.waitFor();
    await dialog.getByText('Webbversion').waitFor();
    expect(await dialog.innerText()).toMatch(new RegExp(`Dataformat\\s+${DATA_FORMAT_VERSION}`, 'u'));
    await expectAccessible(page, 'om-dialogen');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('stannar på samma vy efter omladdning', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    await new AppShellPage(page).goTo('Mallar');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mallar' }).waitFor();
  });
});
