import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { typeInto } from './pages/keyboard.ts';

describe('handlingsplaner', () => {
  const e2e = useBrowser();

  it('läser in exemplet och visar en ifylld plan', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await expectAccessible(page, 'planlistan, tom');
    await plans.loadExample();
    await page.getByRole('heading', { level: 2, name: /Handlingsplan Innovationer och entreprenörskap/ }).waitFor();
    const outline = await plans.outline();
    expect(outline.filter((r) => r.startsWith('Strategi'))).toHaveLength(3);
    expect(outline.filter((r) => r.startsWith('Aktivitet'))).toHaveLength(12);
    expect(outline[0]).toBe('Strategi 1: Fler unga företagare');
    await plans.rowInput('Strategi 1').focus();
    await plans.details().getByLabel('Varför?').waitFor();
    expect(await plans.details().getByLabel('Varför?').inputValue()).toContain('UF-företagandet varierar');
    await expectAccessible(page, 'planredigeraren med exempel');
    await plans.openList();
    await expectAccessible(page, 'planlistan med exempel');
  });

  it('bygger en plan med tangentbordet enbart, och allt finns kvar efter omladdning', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();

    await page.getByLabel('Kod').focus();
    await page.keyboard.type('KL');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kunskapslyft för barn och unga');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Målområdet Kunskapslyft för barn och unga är tillagt.' }).waitFor();

    await page.getByLabel('Titel').focus();
    await page.keyboard.type('Handlingsplan Kunskapslyft 2027–2029');
    await typeInto(page.getByLabel('Period från år'), '2027');
    await typeInto(page.getByLabel('Period till år'), '2029');
    await page.getByLabel('Period till år').press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan Kunskapslyft 2027–2029' }).waitFor();

    await page.getByRole('button', { name: 'Lägg till strategi' }).focus();
    await page.keyboard.press('Enter');
    await plans.rowInput('Strategi 1').waitFor();
    await page.keyboard.type('Fler elever klarar gymnasiet');
    await page.keyboard.press('Enter');
    await plans.rowInput('Strategi 2').waitFor();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await plans.rowInput('Taktik 1.1').waitFor();
    await plans.announcement().getByText('Raden är nu en taktik.').waitFor();
    await page.keyboard.type('Läxhjälp i alla kommuner');
    await page.keyboard.press('Enter');
    await plans.rowInput('Taktik 1.2').waitFor();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await plans.rowInput('Aktivitet 1.1.1').waitFor();
    await page.keyboard.type('Starta läxhjälp i Laxå');
    await page.keyboard.press('Enter');
    await plans.rowInput('Aktivitet 1.1.2').waitFor();
    await page.keyboard.type('Utvärdera läxhjälpen 🎓 & <rapport>');
    await page.keyboard.press('Alt+ArrowUp');
    await page.waitForFunction(() => document.querySelectorAll('.outline-row')[2]?.querySelector('input')?.value.startsWith('Utvärdera'));
    // Esc leaves the outline for the selected row's details.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.closest('.details-panel') !== null)).toBe(true);
    await plans.waitSaved();

    const expected = [
      'Strategi 1: Fler elever klarar gymnasiet',
      'Taktik 1.1: Läxhjälp i alla kommuner',
      'Aktivitet 1.1.1: Utvärdera läxhjälpen 🎓 & <rapport>',
      'Aktivitet 1.1.2: Starta läxhjälp i Laxå',
    ];
    expect(await plans.outline()).toEqual(expected);
    await expectAccessible(page, 'planredigeraren');
    await page.reload();
    await plans.rowInput('Strategi 1').waitFor();
    expect(await plans.outline()).toEqual(expected);
  });

  it('dispositionen är ett tabbstopp: piltangenterna går mellan raderna och Tab går vidare till radens detaljer', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    const focusIn = (selector: string) => page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);
    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    const tabStops = () => page.locator('.outline').evaluate((ol) => [...ol.querySelectorAll<HTMLElement>('input, button, textarea, select, a[href]')].filter((el) => el.tabIndex >= 0).length);
    expect(await tabStops()).toBe(1);

    // Into the outline from the field before it, and out again with Tab: to the first row's details, not the next row.
    await page.locator('.outline-section').evaluate((section) => {
      const before = [...document.querySelectorAll<HTMLElement>('input, textarea, select, button, a[href]')].filter((el) => el.tabIndex >= 0 && section.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
      before.at(-1)?.focus();
    });
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Strategi 1');
    await page.keyboard.press('Tab');
    expect(await focusIn('.details-panel')).toBe(true);
    expect(await plans.details().getByLabel('Titel').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await plans.details().getByLabel('Titel').inputValue()).toBe('Fler unga företagare');
    expect(await plans.announcement().innerText()).toBe('');

    // The arrow keys go between the rows; the tab stop follows, and Tab goes to that row's details.
    await plans.rowInput('Strategi 1').focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel()).toBe('Taktik 1.1');
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel()).toBe('Aktivitet 1.1.1');
    expect(await tabStops()).toBe(1);
    const activityTitle = await plans.rowInput('Aktivitet 1.1.1').inputValue();
    await page.keyboard.press('Tab');
    expect(await plans.details().getByLabel('Titel').inputValue()).toBe(activityTitle);
    expect(await plans.details().getByLabel('Titel').evaluate((el) => el === document.activeElement)).toBe(true);
    // Back with Shift+Tab: past "Lägg till strategi" to the same row, and once more out of the outline.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedLabel()).toBe('Lägg till strategi');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedLabel()).toBe('Aktivitet 1.1.1');
    await page.keyboard.press('Shift+Tab');
    expect(await focusIn('.outline')).toBe(false);
    expect(await plans.outline()).toContain(`Aktivitet 1.1.1: ${activityTitle}`);
    await expectAccessible(page, 'planredigeraren, dispositionen med tangentbordet');

    // Alt+Shift+← and → outdent and indent, as in Word's outline view.
    await plans.rowInput('Aktivitet 1.1.1').focus();
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await plans.announcement().getByText('Raden är nu en taktik.').waitFor();
    // The announcement comes when the change is stored; the outline redraws from the database just after.
    await expect.poll(async () => (await plans.outline()).filter((row) => row.endsWith(`: ${activityTitle}`))).toEqual([`Taktik 1.2: ${activityTitle}`]);
    await expect.poll(focusedLabel).toBe('Taktik 1.2');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await plans.announcement().getByText('Raden är nu en aktivitet.').waitFor();
    await expect.poll(focusedLabel).toMatch(/^Aktivitet 1\.1\.\d+$/u);
    expect((await plans.outline()).filter((row) => row.endsWith(`: ${activityTitle}`))).toHaveLength(1);
  });

  it('tar bort en strategi med allt under den och ångrar', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    await plans.rowInput('Strategi 2').waitFor();
    const before = await plans.outline();
    await plans.rowInput('Strategi 2').focus();
    await page.keyboard.press('Control+Shift+Delete');
    await plans.announcement().getByText('Strategi borttagen, med 4 rader under.').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('.outline-row').length === n, before.length - 5);
    // Folding by keyboard: Ctrl+↑ hides the rows under a strategy, Ctrl+↓ shows them again.
    await plans.rowInput('Strategi 1').focus();
    await page.keyboard.press('Control+ArrowUp');
    await page.waitForFunction((n) => document.querySelectorAll('.outline-row').length === n, before.length - 5 - 7);
    await page.keyboard.press('Control+ArrowDown');
    await page.waitForFunction((n) => document.querySelectorAll('.outline-row').length === n, before.length - 5);
    await page.getByRole('button', { name: 'Ångra (Ctrl+Z)' }).click();
    await plans.announcement().getByText('Ångrat: Strategi borttagen, med 4 rader under.').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('.outline-row').length === n, before.length);
    expect(await plans.outline()).toEqual(before);
  });

  it('säger till på svenska vid fel i en aktivitet och sparar inget fel', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    await plans.rowInput('Aktivitet 1.1.1').focus();
    const cost = plans.details().getByLabel('Beräknad kostnad (kr)');
    expect((await cost.inputValue()).replace(/\s/g, ' ')).toBe('45 000');
    await typeInto(cost, '-5');
    await plans.details().getByText('Beräknad kostnad (kr): beloppet kan inte vara negativt.').waitFor();
    const end = plans.details().getByLabel('Slutdatum');
    await typeInto(end, '2020-01-01');
    await plans.details().getByText('Slutdatum kan inte vara före startdatum. Inget av datumen sparas förrän de stämmer.').waitFor();
    const title = plans.details().getByLabel('Titel');
    await typeInto(title, '');
    await plans.details().getByText('Titel: fyll i det här fältet.').waitFor();
    await expectAccessible(page, 'aktivitet med fel');
    // Input that is not stored is marked, counted, and leaving the page asks first.
    expect(await plans.details().locator('[data-unsaved="true"]').count()).toBe(3);
    await page.getByText('3 fält är inte sparade: rätta det som är markerat.').waitFor();
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await page.waitForTimeout(600);
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await plans.rowInput('Aktivitet 1.1.1').focus();
    expect((await plans.details().getByLabel('Beräknad kostnad (kr)').inputValue()).replace(/\s/g, ' ')).toBe('45 000');
    expect(await plans.details().getByLabel('Titel').inputValue()).toBe('Kickoff för UF-lärare');
    expect(await plans.details().getByLabel('Slutdatum').inputValue()).not.toBe('2020-01-01');
  });

  it('lämnar in, visar ändringarna sedan dess och startar en ny period', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    await page.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByText(/Version 1 är inlämnad/).waitFor();
    await page.getByText(/version 1 · Inlämnad/).waitFor();

    await plans.rowInput('Aktivitet 1.1.2').focus();
    await typeInto(plans.details().getByLabel('Beräknad kostnad (kr)'), '150 000');
    await plans.waitSaved();
    await page.getByText(/version 2 · Utkast/).waitFor();
    // A text changed by a few words: a new first word, a sentence added at the end.
    await plans.rowInput('Strategi 1').focus();
    const why = plans.details().getByLabel('Varför?');
    await why.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.type('Alltför få');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Flickor deltar mer sällan.');
    await plans.waitSaved();
    await page.getByText(/Ändringar sedan version 1/).click();
    const diff = page.locator('.diff');
    await diff.getByText('Regional UF-mässa').waitFor();
    // A value changes whole: the old struck through, the new underlined, and in words for a screen reader.
    const spoken = (locator: Locator) => locator.evaluate((el) => (el.textContent ?? '').replace(/\s+/gu, ' ').trim());
    const cost = diff.locator('li li').filter({ hasText: 'Beräknad kostnad (kr):' });
    expect(await spoken(cost.locator('del'))).toBe('borttaget: 120 000 kr');
    expect(await spoken(cost.locator('ins'))).toBe('tillagt: 150 000 kr');
    expect(await cost.locator('del').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(await cost.locator('ins').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    // A text shows the words that changed where they stand, the rest once.
    const whyChange = diff.locator('li li').filter({ hasText: 'Varför?' });
    // The question's own mark ends the field's name: no "Varför?:".
    expect(await whyChange.innerText()).toMatch(/^Varför\? /u);
    const marked = async (tag: 'del' | 'ins') => (await whyChange.locator(tag).evaluateAll((els) => els.map((el) => [...el.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join('').trim())));
    expect(await marked('del')).toEqual(['Få']);
    expect(await marked('ins')).toEqual(['Alltför få', 'Flickor deltar mer sällan.']);
    const read = await spoken(whyChange);
    expect(read).toContain('borttaget: Få slut på borttaget tillagt: Alltför få slut på tillagt unga i länet ser företagande som ett alternativ');
    expect(read.match(/unga i länet/gu)).toHaveLength(1);
    await expectAccessible(page, 'ändringar sedan inlämning');

    await page.getByRole('button', { name: 'Ny period' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Skapa ny period' }).click();
    await page.getByRole('heading', { level: 2, name: /Handlingsplan/ }).waitFor();
    await page.getByText(/version 1 · Utkast/).waitFor();
    const outline = await plans.outline();
    // 12 activities, of which 2 are done and 1 cancelled: 9 are carried over.
    expect(outline.filter((r) => r.startsWith('Aktivitet'))).toHaveLength(9);
  });

  it('ändrar en strategis indikator med decimalkomma och avvisar fel värden', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    await plans.rowInput('Strategi 3').focus();
    const indicator = plans.details().getByRole('group', { name: 'Indikator 1' });
    expect(await indicator.getByLabel('Namn').inputValue()).toBe('Nystartade företag');
    expect(await indicator.getByLabel('Basvärde').inputValue()).toBe('8,4');
    await typeInto(indicator.getByLabel('Målvärde'), '10,5,1');
    await plans.details().getByText('Indikator 1: ange värden som tal, till exempel 8,4.').waitFor();
    await typeInto(indicator.getByLabel('Målvärde'), '10,5');
    await plans.waitSaved();
    await expectAccessible(page, 'strategi med indikator');
    await page.reload();
    await plans.rowInput('Strategi 3').focus();
    expect(await plans.details().getByRole('group', { name: 'Indikator 1' }).getByLabel('Målvärde').inputValue()).toBe('10,5');
  });

  it('skriver en ettårig period som 2027, inte 2027–2027, och kallar inte en ny indikatorrad fel innan man skrivit i den', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await page.getByLabel('Kod').focus();
    await page.keyboard.type('KL');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kunskapslyft för barn och unga');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Målområdet Kunskapslyft för barn och unga är tillagt.' }).waitFor();
    await typeInto(page.getByLabel('Titel'), 'Handlingsplan Kunskapslyft');
    await typeInto(page.getByLabel('Period från år'), '2027');
    await typeInto(page.getByLabel('Period till år'), '2027');
    await page.getByLabel('Period till år').press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan Kunskapslyft' }).waitFor();
    await page.getByText('Kunskapslyft för barn och unga · 2027 · version 1 · Utkast').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('2027–2027');

    // A new indicator row is empty, not wrong: no message and nothing marked until it is typed in or left.
    await page.getByRole('button', { name: 'Lägg till strategi' }).click();
    await plans.rowInput('Strategi 1').waitFor();
    await plans.rowInput('Strategi 1').focus();
    await plans.details().getByRole('button', { name: 'Lägg till indikator', exact: true }).click();
    const row = plans.details().getByRole('group', { name: 'Indikator 1' });
    await row.waitFor();
    expect(await row.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await plans.details().getByText('Indikator 1: fyll i ett namn.').count()).toBe(0);
    expect(await row.innerText()).not.toContain('Inte sparat');
    await expectAccessible(page, 'ny tom indikatorrad');
    // Left empty: now it is said.
    await row.getByLabel('Namn').focus();
    await page.keyboard.press('Tab');
    await plans.details().getByText('Indikator 1: fyll i ett namn.').waitFor();
    expect(await row.getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Andel behöriga till gymnasiet');
    await plans.waitSaved();
    expect(await plans.details().getByText('Indikator 1: fyll i ett namn.').count()).toBe(0);

    await plans.openList();
    expect(await page.getByRole('listitem').filter({ hasText: 'Handlingsplan Kunskapslyft' }).last().innerText()).toMatch(/2027 · Utkast · v1/u);
    expect(await page.locator('main').innerText()).not.toContain('2027–2027');
  });
});
