import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { anna } from './helpers.ts';
import { storedRecords } from './pages/stored-records.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import type { GoalArea } from '#shared/domain/plan.ts';

/** Anna as she fills in the first run: with the two goal areas she owns. */
const annaWithGoalAreas = { ...anna, goalAreas: ['Innovationer och entreprenörskap', 'Kunskapslyft för barn och unga'] };
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

    await firstRun.fill(annaWithGoalAreas);
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

  it('gör profilens målområden till riktiga målområden, utan dubbletter när profilen ändras senare', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(baseUrl);
    const firstRun = new FirstRunPage(page);
    await firstRun.heading().waitFor();
    // Typed like a person, one goal area per line, with a slip corrected on the way.
    await page.getByLabel('Namn').pressSequentially('Anna Lindqvist');
    await page.getByLabel('Organisation').pressSequentially('Örebro kommun');
    const goalAreaField = page.getByLabel('Mina målområden');
    await goalAreaField.pressSequentially('kunskapslyft för barn och unga');
    await page.keyboard.press('Enter');
    await goalAreaField.pressSequentially('Kultur och turissm');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('m');
    expect(await page.getByText(/Varje rad blir ett målområde under Planer/u).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();

    const counts = page.getByTestId('workbook-counts');
    const goalAreaCount = async () => counts.locator('dt', { hasText: /^Målområden$/u }).locator('xpath=following-sibling::dd[1]').innerText();
    expect(await goalAreaCount()).toBe('2');
    await expectAccessible(page, 'översikt med profilens målområden');

    const expected = [
      ['KBU', 'Kunskapslyft för barn och unga'],
      ['KT', 'Kultur och turism'],
    ];
    const stored = async () => (await storedRecords<GoalArea>(page, 'goalAreas')).map((g) => [g.code, g.name]).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '', 'sv'));
    expect(await stored()).toEqual(expected);
    // The template's goal area brings its description; the new one is empty, owned by Anna.
    const records = await storedRecords<GoalArea>(page, 'goalAreas');
    expect(records.find((g) => g.code === 'KBU')?.description).toMatch(/\S/u);
    expect(records.every((g) => g.owner === 'Anna Lindqvist')).toBe(true);

    const plans = new PlanEditorPage(page);
    await plans.openList();
    const listed = async () => page.locator('section[aria-labelledby="plans-list"] h3').allInnerTexts();
    expect(await listed()).toEqual(['KBU Kunskapslyft för barn och unga', 'KT Kultur och turism']);
    // The template's offer no longer includes what the profile already made.
    await page.getByRole('button', { name: 'Lägg till IE Innovationer och entreprenörskap' }).waitFor();
    expect(await page.getByRole('button', { name: /Lägg till KBU/u }).count()).toBe(0);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Målområden och handlingsplaner' }).waitFor();
    expect(await listed()).toEqual(['KBU Kunskapslyft för barn och unga', 'KT Kultur och turism']);

    // Inställningar: saving the same names again (in other case) adds nothing; a new name is offered, not added behind the user's back.
    const shell = new AppShellPage(page);
    await shell.goTo('Inställningar');
    const settingsField = page.getByLabel('Mina målområden');
    await settingsField.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Innovationer och entreprenörskap');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await page.getByRole('status').filter({ hasText: 'Profilen är sparad.' }).waitFor();
    const offer = page.getByRole('region', { name: 'Målområden som saknas under Planer' });
    await offer.waitFor();
    expect(await offer.getByRole('listitem').allInnerTexts()).toEqual(['Innovationer och entreprenörskap']);
    expect(await storedRecords<GoalArea>(page, 'goalAreas')).toHaveLength(2);
    await expectAccessible(page, 'inställningar med erbjudna målområden');
    await offer.getByRole('button', { name: 'Lägg till som målområde' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Tillagda målområden: Innovationer och entreprenörskap (IE).' }).waitFor();
    expect(await offer.count()).toBe(0);
    expect(await stored()).toEqual([['IE', 'Innovationer och entreprenörskap'], ...expected]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    expect(await offer.count()).toBe(0);
    await shell.goTo('Översikt');
    expect(await goalAreaCount()).toBe('3');
    expect(await stored()).toHaveLength(3);
  });
});
