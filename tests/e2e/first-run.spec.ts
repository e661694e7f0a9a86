import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { anna } from './helpers.ts';
import { FirstRunPage } from './pages/first-run-page.ts';
import { AppShellPage } from './pages/app-shell-page.ts';

describe('första start', () => {
  const e2e = useBrowser();

  it('tar emot profilen, och den finns kvar efter omladdning', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(baseUrl);
    const firstRun = new FirstRunPage(page);
    await firstRun.heading().waitFor();
    await expectAccessible(page, 'första start');

    await firstRun.fill(anna);
    await firstRun.submit();
    const shell = new AppShellPage(page);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(await page.getByText('Hej Anna Lindqvist!').isVisible()).toBe(true);
    // The default template's annual cycle: month events recur, so each shows its next month.
    const cycle = page.getByRole('region', { name: 'Årscykeln' });
    await cycle.getByText('Kommande händelser enligt mallen').waitFor();
    expect(await cycle.getByRole('listitem').filter({ hasText: 'Utvärderingsforum' }).innerText()).toMatch(/^Utvärderingsforum, maj \d{4}, dagen är inte bestämd/u);
    expect(await cycle.getByRole('listitem').count()).toBe(3);
    await expectAccessible(page, 'översikt');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(await page.getByText('Hej Anna Lindqvist!').isVisible()).toBe(true);
    expect(await page.getByText('Örebro kommun').isVisible()).toBe(true);
    expect(await page.getByRole('listitem').filter({ hasText: 'Kunskapslyft för barn och unga' }).count()).toBe(1);

    await shell.goTo('Inställningar');
    expect(await page.getByLabel('E-post').inputValue()).toBe('anna.lindqvist@orebro.se');
    expect(await page.getByLabel('Mina målområden').inputValue()).toBe(
      'Innovationer och entreprenörskap\nKunskapslyft för barn och unga',
    );
  });

  it('säger på svenska vad som saknas och sparar ingenting förrän det är rättat', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(baseUrl);
    const firstRun = new FirstRunPage(page);
    await firstRun.heading().waitFor();
    await firstRun.fill({ name: '   ', organisation: '', email: 'anna.orebro.se' });
    await firstRun.submit();

    const summary = firstRun.errorSummary();
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toContain('Namn: fyll i det här fältet.');
    expect(text).toContain('Organisation: fyll i det här fältet.');
    expect(text).toContain('E-post: ange en e-postadress som namn@exempel.se.');
    expect(await page.getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectAccessible(page, 'första start med fel');

    // Nothing was stored: a reload shows the empty first-run form again.
    await page.reload();
    await firstRun.heading().waitFor();
    expect(await page.getByLabel('Namn').inputValue()).toBe('');

    await firstRun.fill({ name: 'Anna', organisation: 'Region Örebro län', email: '' });
    await firstRun.submit();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  });

  it('behåller långa texter, radbrytningar och emoji exakt', async () => {
    const { page, baseUrl } = e2e;
    const longName = 'Å'.repeat(200);
    const goalAreas = ['Hållbar utveckling & <miljö> "citat" 🌱', 'Ökad tillgänglighet – för alla'];
    await page.goto(baseUrl);
    const firstRun = new FirstRunPage(page);
    await firstRun.heading().waitFor();
    await firstRun.fill({ name: longName, organisation: 'Lindesbergs kommun', goalAreas });
    await firstRun.submit();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await new AppShellPage(page).goTo('Inställningar');
    expect(await page.getByLabel('Namn').inputValue()).toBe(longName);
    expect(await page.getByLabel('Mina målområden').inputValue()).toBe(goalAreas.join('\n'));
  });
});
