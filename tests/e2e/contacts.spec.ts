import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { ContactsPage } from './pages/contacts-page.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { typeInto } from './pages/keyboard.ts';

describe('kontakter', () => {
  const e2e = useBrowser();

  it('lägger till en kontakt med tangentbordet enbart, och den finns kvar efter omladdning', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const contacts = new ContactsPage(page);
    await contacts.open(baseUrl);
    await page.getByText('Här finns inga kontakter ännu.').waitFor();
    await expectAccessible(page, 'kontakter, tomt register');

    await contacts.field('Typ').focus();
    await page.keyboard.press('ArrowDown');
    expect(await contacts.field('Typ').inputValue()).toBe('person');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lars Nilsson');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Karlskoga kommun');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Näringslivschef');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Karlskoga');
    await page.keyboard.press('Tab');
    await page.keyboard.type('lars.nilsson@karlskoga.se');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0586-610 00');
    await page.keyboard.press('Tab');
    await page.keyboard.type('RUS-forum');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Kommunernas jämförelsenätverk');
    await page.keyboard.press('Tab');
    expect(await contacts.focusedLabel()).toBe('Lägg till kontakten');
    await page.keyboard.press('Enter');

    await contacts.status().filter({ hasText: 'Kontakten Lars Nilsson är tillagd.' }).waitFor();
    // Focus goes back to the name, ready for the next contact.
    expect(await contacts.focusedLabel()).toBe('Namn');
    const expected = [['Lars Nilsson', 'Person', 'Karlskoga kommun', 'Näringslivschef', 'Karlskoga', 'lars.nilsson@karlskoga.se', '0586-610 00', 'RUS-forum, Kommunernas jämförelsenätverk']];
    expect(await contacts.rows()).toEqual(expected);
    await expectAccessible(page, 'kontakter med en kontakt');

    await page.reload();
    await contacts.heading().waitFor();
    await contacts.row('Lars Nilsson').waitFor();
    expect(await contacts.rows()).toEqual(expected);
  });

  it('ger ett svenskt felmeddelande för en felaktig e-postadress och sparar ingenting', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const contacts = new ContactsPage(page);
    await contacts.open(baseUrl);

    await typeInto(contacts.field('Namn'), 'Ung Företagsamhet Örebro län');
    await typeInto(contacts.field('E-post'), 'orebro.ungforetagsamhet.se');
    await typeInto(contacts.field('Telefon'), '019 ankn 12');
    await contacts.field('E-post').press('Enter');
    await contacts.error('E-post: ange en e-postadress som namn@exempel.se.').waitFor();
    await contacts.error('Telefon: ange ett telefonnummer med siffror, mellanslag och + - ( ), till exempel 019-17 48 00.').waitFor();
    expect(await contacts.field('E-post').getAttribute('aria-invalid')).toBe('true');
    // Focus moves to the first field to correct.
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'email');
    await expectAccessible(page, 'kontaktformuläret med fel');
    expect(await contacts.stored()).toEqual([]);
    await page.getByText('Här finns inga kontakter ännu.').waitFor();

    await typeInto(contacts.field('E-post'), 'orebro@ungforetagsamhet.se');
    await typeInto(contacts.field('Telefon'), '019-10 20 30');
    await contacts.submitButton().click();
    await contacts.status().filter({ hasText: 'Kontakten Ung Företagsamhet Örebro län är tillagd.' }).waitFor();
    expect((await contacts.stored()).map((c) => c.email)).toEqual(['orebro@ungforetagsamhet.se']);
  });

  it('ändrar en kontakt, och tar bara bort en kontakt som ingen taktik använder', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    await page.getByRole('heading', { level: 2, name: /Handlingsplan Innovationer och entreprenörskap/u }).waitFor();

    const contacts = new ContactsPage(page);
    await contacts.open(baseUrl);
    await contacts.row('Almi Företagspartner Mälardalen').waitFor();
    const before = (await contacts.rows()).length;

    await contacts.editButton('Almi Företagspartner Mälardalen').click();
    await page.getByRole('heading', { level: 3, name: 'Ändra kontakten Almi Företagspartner Mälardalen' }).waitFor();
    expect(await contacts.field('E-post').inputValue()).toBe('info.malardalen@almi.se');
    await typeInto(contacts.field('Roll'), 'Finansiär');
    await typeInto(contacts.field('E-post'), 'almi@');
    await contacts.submitButton().click();
    await contacts.error('E-post: ange en e-postadress som namn@exempel.se.').waitFor();
    expect((await contacts.stored()).find((c) => c.name === 'Almi Företagspartner Mälardalen')?.email).toBe('info.malardalen@almi.se');
    await typeInto(contacts.field('E-post'), 'info@almi.se');
    await contacts.submitButton().click();
    await contacts.status().filter({ hasText: 'Kontakten Almi Företagspartner Mälardalen är sparad.' }).waitFor();
    expect(await contacts.row('Almi Företagspartner Mälardalen').innerText()).toContain('info@almi.se');
    expect(await contacts.focusedLabel()).toBe('Ändra Almi Företagspartner Mälardalen');

    await contacts.removeButton('Almi Företagspartner Mälardalen').click();
    await contacts.confirmRemoveButton('Almi Företagspartner Mälardalen').waitFor();
    await expectAccessible(page, 'kontakter, bekräfta borttagning');
    await contacts.confirmRemoveButton('Almi Företagspartner Mälardalen').click();
    await contacts.alert().filter({ hasText: /^Kontakten Almi Företagspartner Mälardalen kan inte tas bort: den är ansvarig aktör eller samarbetspartner i/u }).waitFor();
    expect(await contacts.rows()).toHaveLength(before);

    await typeInto(contacts.field('Namn'), 'Testkontakt');
    await contacts.submitButton().click();
    await contacts.row('Testkontakt').waitFor();
    await contacts.removeButton('Testkontakt').click();
    // "Nej" keeps it and returns focus to the button.
    await page.getByRole('button', { name: 'Nej, behåll' }).click();
    await contacts.status().filter({ hasText: 'Kontakten Testkontakt är kvar.' }).waitFor();
    await contacts.removeButton('Testkontakt').click();
    await contacts.confirmRemoveButton('Testkontakt').click();
    await contacts.status().filter({ hasText: 'Kontakten Testkontakt ligger nu i papperskorgen.' }).waitFor();
    expect(await contacts.row('Testkontakt').count()).toBe(0);
    expect(await contacts.rows()).toHaveLength(before);
  });

  it('visar aldrig ett lyckat meddelande och ett fel på en gång', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const contacts = new ContactsPage(page);
    await contacts.open(baseUrl);
    await typeInto(contacts.field('Namn'), 'Lars Nilsson');
    await contacts.submitButton().click();
    await contacts.status().filter({ hasText: 'Kontakten Lars Nilsson är tillagd.' }).waitFor();

    // An error in the form: the success above goes.
    await typeInto(contacts.field('Namn'), 'Karin Berg');
    await typeInto(contacts.field('E-post'), 'karin@');
    await contacts.submitButton().click();
    await contacts.error('E-post: ange en e-postadress som namn@exempel.se.').waitFor();
    expect(await contacts.status().innerText()).toBe('');
    await expectAccessible(page, 'kontakter med fel och inget lyckat meddelande');

    // Corrected: the success, and no error left.
    await typeInto(contacts.field('E-post'), 'karin.berg@orebro.se');
    await contacts.submitButton().click();
    await contacts.status().filter({ hasText: 'Kontakten Karin Berg är tillagd.' }).waitFor();
    expect(await page.locator('.contact-form .field-error').count()).toBe(0);
    expect(await contacts.alert().innerText()).toBe('');

    // Errors in the form, then a removal elsewhere succeeds: the form's errors go, what was typed stays.
    await typeInto(contacts.field('Namn'), 'Almi');
    await typeInto(contacts.field('E-post'), 'almi@');
    await contacts.submitButton().click();
    await contacts.error('E-post: ange en e-postadress som namn@exempel.se.').waitFor();
    await contacts.removeButton('Lars Nilsson').click();
    await contacts.confirmRemoveButton('Lars Nilsson').click();
    await contacts.status().filter({ hasText: 'Kontakten Lars Nilsson ligger nu i papperskorgen.' }).waitFor();
    expect(await page.locator('.contact-form .field-error').count()).toBe(0);
    expect(await contacts.field('E-post').inputValue()).toBe('almi@');
  });
});
