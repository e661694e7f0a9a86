import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { typeDate } from './pages/keyboard.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { storedRecords } from './pages/stored-records.ts';

interface StoredActivity {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
}

async function storedKickoff(page: Page): Promise<string> {
  const activity = (await storedRecords<StoredActivity>(page, 'activities')).find((a) => a.title === 'Kickoff för UF-lärare');
  return activity ? `${activity.startDate} – ${activity.endDate}` : 'saknas';
}

async function openKickoff(page: Page, baseUrl: string): Promise<PlanEditorPage> {
  await startWithProfile(page, baseUrl);
  const plans = new PlanEditorPage(page);
  await plans.openList();
  await plans.loadExample();
  await plans.rowInput('Aktivitet 1.1.1').click();
  return plans;
}

describe('förtroende i planredigeraren: det som syns är det som är sparat', () => {
  const e2e = useBrowser();

  it('tar emot datum i fel ordning, visar ett meddelande för paret och sparar båda när de stämmer', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1366, height: 768 });
    const plans = await openKickoff(page, baseUrl);
    const start = plans.details().getByLabel(/^Startdatum/u);
    const end = plans.details().getByLabel(/^Slutdatum/u);
    expect(await storedKickoff(page)).toBe('2026-08-25 – 2026-08-26');

    // The start after the stored end: both drafts stay, one message on the pair, nothing stored.
    await typeDate(page, start, '2027-04-15');
    const pairError = plans.details().locator('.field-pair .field-error');
    await pairError.getByText('Slutdatum kan inte vara före startdatum.', { exact: false }).waitFor();
    await pairError.getByText('Inte sparat').waitFor();
    expect(await plans.details().locator('.field-error').count()).toBe(1);
    await page.waitForTimeout(500);
    expect(await storedKickoff(page)).toBe('2026-08-25 – 2026-08-26');
    expect(await start.getAttribute('data-unsaved')).toBe('true');
    await expectAccessible(page, 'datumpar som inte stämmer');

    // The end typed next: the pair agrees, both are stored in one go and the message goes.
    await typeDate(page, end, '2027-06-30');
    await expect.poll(() => storedKickoff(page)).toBe('2027-04-15 – 2027-06-30');
    expect(await pairError.count()).toBe(0);
    expect(await start.inputValue()).toBe('2027-04-15');

    // The other order: the end before the stored start first, then the start.
    await typeDate(page, end, '2026-03-31');
    await pairError.waitFor();
    await page.waitForTimeout(500);
    expect(await storedKickoff(page)).toBe('2027-04-15 – 2027-06-30');
    await typeDate(page, start, '2026-03-02');
    await expect.poll(() => storedKickoff(page)).toBe('2026-03-02 – 2026-03-31');

    // A year typed slowly, digit by digit, never reaches the database on the way.
    await start.click({ position: { x: 14, y: 10 } });
    for (const digit of '2026') {
      await page.keyboard.type(digit);
      await page.waitForTimeout(450);
      const [year] = (await storedKickoff(page)).split('-');
      expect(Number(year)).toBeGreaterThanOrEqual(1900);
    }
    expect(await storedKickoff(page)).toBe('2026-03-02 – 2026-03-31');

    // After a reload the screen shows exactly what is stored.
    await page.reload();
    await plans.rowInput('Aktivitet 1.1.1').click();
    expect(await start.inputValue()).toBe('2026-03-02');
    expect(await end.inputValue()).toBe('2026-03-31');
  });

  it('behåller ett datumpar som inte stämmer vid byte av vy, och frågar innan sidan lämnas', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1024, height: 700 });
    const plans = await openKickoff(page, baseUrl);
    const start = plans.details().getByLabel(/^Startdatum/u);
    await typeDate(page, start, '2027-04-15');
    await plans.details().locator('.field-pair .field-error').waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await page.goBack();
    await plans.rowInput('Aktivitet 1.1.1').click();
    expect(await start.inputValue()).toBe('2027-04-15');
    expect(await start.getAttribute('data-unsaved')).toBe('true');
    expect(await storedKickoff(page)).toBe('2026-08-25 – 2026-08-26');
    await page.screenshot({ path: 'dist/screenshots/trust-unsaved-1024.png' });

    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await plans.rowInput('Aktivitet 1.1.1').click();
    expect(await start.inputValue()).toBe('2026-08-25');
  });

  it('Ctrl+Z efter borttagen rad tar tillbaka raden och rör inte texten i ett annat fält; Ctrl+Y gör om', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1366, height: 768 });
    const plans = await openKickoff(page, baseUrl);
    const summary = plans.sections().getByLabel(/^Sammanfattning/u);
    await summary.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tillägg skrivet före borttagningen.');
    await plans.waitSaved();
    const before = await plans.outline();

    await plans.rowInput('Aktivitet 1.1.2').focus();
    await page.keyboard.press('Control+Shift+Delete');
    await plans.announcement().getByText('Aktivitet borttagen.', { exact: true }).waitFor();
    await expect.poll(async () => (await plans.outline()).length).toBe(before.length - 1);

    // The undo offer is in view, next to where the user works, and says what it undoes.
    const offer = page.getByRole('button', { name: 'Ångra (Ctrl+Z)' });
    const box = await offer.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
    await expectAccessible(page, 'ångra-erbjudandet');
    await page.screenshot({ path: 'dist/screenshots/trust-undo-1366.png' });

    await page.keyboard.press('Control+z');
    await plans.announcement().getByText('Ångrat: Aktivitet borttagen.', { exact: true }).waitFor();
    // The announcement comes once the change is stored; the outline follows with the next live query.
    await expect.poll(() => plans.outline()).toEqual(before);
    expect(await summary.inputValue()).toContain('Tillägg skrivet före borttagningen.');
    const plan = (await storedRecords<{ sections: { key: string; text: string }[] }>(page, 'actionPlans'))[0];
    expect(JSON.stringify(plan?.sections)).toContain('Tillägg skrivet före borttagningen.');
    expect((await storedRecords<StoredActivity>(page, 'activities')).some((a) => a.title === 'Regional UF-mässa')).toBe(true);

    await page.keyboard.press('Control+y');
    await plans.announcement().getByText('Gjort om: Aktivitet borttagen.', { exact: true }).waitFor();
    await expect.poll(async () => (await plans.outline()).length).toBe(before.length - 1);
    await page.keyboard.press('Control+z');
    await plans.announcement().getByText('Ångrat: Aktivitet borttagen.', { exact: true }).waitFor();
    await expect.poll(() => plans.outline()).toEqual(before);

    // Typing in a row and then Ctrl+Z is the field's own undo, not the outline's.
    const row = plans.rowInput('Aktivitet 1.1.3');
    await row.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' extra');
    await page.keyboard.press('Control+z');
    await expect.poll(() => row.inputValue()).not.toContain('extra');
    expect(await plans.outline()).toHaveLength(before.length);
    expect(await summary.inputValue()).toContain('Tillägg skrivet före borttagningen.');
  });

  it('visar ångra-erbjudandet i bild också i ett mindre fönster', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1024, height: 700 });
    const plans = await openKickoff(page, baseUrl);
    await plans.rowInput('Aktivitet 2.1.1').focus();
    await page.keyboard.press('Control+Shift+Delete');
    const offer = page.getByRole('button', { name: 'Ångra (Ctrl+Z)' });
    await offer.waitFor();
    const box = await offer.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 700).toBe(true);
    // The row that took the focus is not hidden behind the offer.
    const focusedBottom = await page.evaluate(() => document.activeElement?.getBoundingClientRect().bottom ?? 0);
    const offerTop = await plans.announcer().evaluate((element) => element.getBoundingClientRect().top);
    expect(focusedBottom).toBeLessThanOrEqual(offerTop);
    await page.screenshot({ path: 'dist/screenshots/trust-undo-1024.png' });
    await offer.click();
    await plans.announcement().getByText('Ångrat: Aktivitet borttagen.', { exact: true }).waitFor();
  });
});
