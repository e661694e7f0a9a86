import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { GoalAreaEditorPage } from './pages/goal-area-editor-page.ts';
import { typeInto } from './pages/keyboard.ts';

describe('målområden', () => {
  const e2e = useBrowser();

  it('ändrar beskrivning och effektmål, lägger till granskare, och allt finns kvar efter omladdning', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const editor = new GoalAreaEditorPage(page);
    await editor.createGoalArea(baseUrl, 'KL', 'Kunskapslyft för barn och unga');
    await editor.open(baseUrl, 'KL');
    await expectAccessible(page, 'målområdet, nytt');

    await typeInto(editor.field('Beskrivning'), 'Alla barn och unga ska klara skolan.\nSamarbete mellan kommunerna 🎓');
    await typeInto(editor.field('Effektmål'), 'Fler elever klarar gymnasiet\n\nFler unga läser vidare');
    await typeInto(editor.field('Målområdesansvarig (MOA)'), 'Anna Lindqvist');
    await editor.addReviewer({ name: 'Karin Berg', organisation: 'Region Örebro län', email: 'karin.berg@regionorebrolan.se', perspective: 'jämställdhet' });
    await editor.status().filter({ hasText: 'Granskaren Karin Berg är tillagd i listan.' }).waitFor();
    await editor.addReviewer({ name: 'Omar Haddad', organisation: 'Örebro universitet', ownPerspective: 'tillgänglighet' });
    await editor.status().filter({ hasText: 'Granskaren Omar Haddad är tillagd i listan.' }).waitFor();
    // A reviewer with a bad address is not added.
    await editor.addReviewer({ name: 'Eva Ek', email: 'eva.ek' });
    await editor.error('E-post: ange en e-postadress som namn@exempel.se.').waitFor();
    await typeInto(editor.reviewerField('Granskarens namn'), '');
    await typeInto(editor.reviewerField('E-post'), '');

    // Editing a reviewer fills the same form; the perspective keeps its free text.
    await page.getByRole('button', { name: 'Ändra granskaren Omar Haddad', exact: true }).click();
    await page.getByRole('heading', { level: 4, name: 'Ändra granskaren Omar Haddad' }).waitFor();
    expect(await editor.reviewerField('Eget perspektiv').inputValue()).toBe('tillgänglighet');
    await typeInto(editor.reviewerField('Organisation'), 'Örebro universitet, Institutionen för hälsovetenskaper');
    await editor.reviewerField('Organisation').press('Enter');
    await editor.status().filter({ hasText: 'Granskaren Omar Haddad är ändrad i listan.' }).waitFor();
    const reviewers = [
      ['Karin Berg', 'Region Örebro län', 'karin.berg@regionorebrolan.se', 'jämställdhet'],
      ['Omar Haddad', 'Örebro universitet, Institutionen för hälsovetenskaper', '', 'tillgänglighet'],
    ];
    expect(await editor.reviewers()).toEqual(reviewers);
    await expectAccessible(page, 'målområdet med granskare och fel');

    await editor.saveButton().click();
    await editor.status().filter({ hasText: 'Målområdet är sparat.' }).waitFor();

    await page.reload();
    await editor.heading('Kunskapslyft för barn och unga').waitFor();
    expect(await editor.field('Beskrivning').inputValue()).toBe('Alla barn och unga ska klara skolan.\nSamarbete mellan kommunerna 🎓');
    expect(await editor.field('Effektmål').inputValue()).toBe('Fler elever klarar gymnasiet\nFler unga läser vidare');
    expect(await editor.field('Målområdesansvarig (MOA)').inputValue()).toBe('Anna Lindqvist');
    expect(await editor.reviewers()).toEqual(reviewers);
    const stored = await editor.storedByCode('KL');
    expect(stored.effectGoals).toEqual(['Fler elever klarar gymnasiet', 'Fler unga läser vidare']);
    expect(stored.reviewers.map((r) => r.perspective)).toEqual(['jämställdhet', 'tillgänglighet']);
    await expectAccessible(page, 'målområdet efter omladdning');

    await page.getByRole('link', { name: 'Till alla planer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Målområden och handlingsplaner' }).waitFor();
  });

  it('vägrar en kod som ett annat målområde redan har, och ändrar ingenting', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const editor = new GoalAreaEditorPage(page);
    await editor.createGoalArea(baseUrl, 'IE', 'Innovationer och entreprenörskap');
    await editor.createGoalArea(baseUrl, 'KL', 'Kunskapslyft för barn och unga');
    await editor.open(baseUrl, 'KL');
    const before = await editor.stored();

    await typeInto(editor.field('Kod'), ' ie ');
    await typeInto(editor.field('Beskrivning'), 'Ska inte sparas');
    await editor.field('Kod').press('Enter');
    await editor.error('Kod: koden används redan av ett annat målområde. Välj en annan kod.').waitFor();
    expect(await editor.field('Kod').getAttribute('aria-invalid')).toBe('true');
    await page.waitForFunction(() => document.activeElement?.closest('.field')?.querySelector('label')?.textContent?.startsWith('Kod') === true);
    await expectAccessible(page, 'målområdet med dubblettkod');
    expect(await editor.stored()).toEqual(before);

    await typeInto(editor.field('Namn på målområdet'), '');
    await typeInto(editor.field('Kod'), 'KL2');
    await editor.saveButton().click();
    await editor.error('Namn på målområdet: fyll i det här fältet.').waitFor();
    expect(await editor.stored()).toEqual(before);

    await page.reload();
    await editor.heading('Kunskapslyft för barn och unga').waitFor();
    expect(await editor.field('Kod').inputValue()).toBe('KL');
    expect(await editor.field('Beskrivning').inputValue()).toBe('');
  });
});
