/**
 * Planer › Indikatorer: importing Kolada's values from files as a user does: pick the files, read the
 * preview, import, see them; a wrong file refused with its row and field, and nothing saved.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithExamplePlan, typeExampleIndicatorForKolada, startWithProfile } from './helpers.ts';
import { typeInto } from './pages/keyboard.ts';
import { storedRecords } from './pages/stored-records.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/kolada/${name}`, import.meta.url));

async function openIndicators(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer', exact: true }).click();
  await page.getByRole('link', { name: 'Indikatorer', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Indikatorer från Kolada' }).waitFor();
}

async function pick(page: Page, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Läs in filer från Kolada …' }).click()]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files);
}

describe('indikatorer från Kolada', () => {
  const e2e = useBrowser();

  it('läser in sparade svar från Koladas API med förhandsvisning, och en tabell från kolada.se', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1366, height: 768 });
    await startWithProfile(page, baseUrl);
    await openIndicators(page);
    await page.getByText('Inga värden från Kolada är inlästa ännu.').waitFor();
    await expectAccessible(page, 'indikatorer, tom');

    // Both pages of an answer, the KPIs and the municipalities, in one pick.
    await pick(page, ['data-N00914-page1.json', 'data-N00914-page2.json', 'kpi-N00914-N01951.json', 'municipality-orebro-lan.json'].map(fixture));
    const dialog = page.getByRole('dialog', { name: 'Läs in från Kolada' });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').allInnerTexts()).toEqual([
      'data-N00914-page1.json: 3 rader med värden',
      'data-N00914-page2.json: 1 rad med värden',
      'kpi-N00914-N01951.json: 2 nyckeltal',
      'municipality-orebro-lan.json: 5 kommuner och regioner',
    ]);
    await dialog.getByText('11 nya värden, 0 ändrade, 0 borttagna (Kolada har tagit bort dem), 0 oförändrade.').waitFor();
    await expectAccessible(page, 'indikatorer, förhandsvisning');
    expect(await storedRecords(page, 'koladaValues')).toEqual([]);
    await dialog.getByRole('button', { name: 'Läs in' }).click();
    await page.getByRole('status').filter({ hasText: 'Inläst: 11 nya värden, 0 ändrade, 0 borttagna, 0 oförändrade.' }).waitFor();
    const kpis = page.getByRole('table', { name: 'Inlästa nyckeltal. Källa: Kolada' });
    await kpis.getByRole('row', { name: /N00914 Invånare 20-64 år som förvärvsarbetar/u }).waitFor();
    expect(await kpis.getByRole('row').allInnerTexts()).toEqual([
      'Nyckeltal\tVärden\tOmråden\tÅr',
      'N00914 Invånare 20-64 år som förvärvsarbetar, andel (%)\t11\t2\t2022–2023',
      'N01951 Invånare totalt, antal\t0\t0\t–',
    ]);
    expect((await storedRecords<{ id: string; value: number | null }>(page, 'koladaValues')).find((v) => v.id === 'N00914:1880:2023:K')).toMatchObject({ value: null });

    // A table exported from kolada.se (semicolons, decimal commas, a title above the header), read by name.
    await pick(page, [fixture('kolada-tabell.csv')]);
    await dialog.getByText(/^kolada-tabell\.csv: tabell, 5 rader: rubrikrad 4; nyckeltal i ”Nyckeltal”, område i ”Kommun-ID”, år i ”År”, värden i ”Totalt” \(T\), ”Kvinnor” \(K\), ”Män” \(M\)$/u).waitFor();
    // What the answer already gave is unchanged; the total Kolada had removed comes back from the table, N01951 is new.
    await dialog.getByText('2 nya värden, 0 ändrade, 0 borttagna (Kolada har tagit bort dem), 11 oförändrade.').waitFor();
    await dialog.getByRole('button', { name: 'Läs in' }).click();
    await expect.poll(() => kpis.getByRole('row').allInnerTexts()).toEqual([
      'Nyckeltal\tVärden\tOmråden\tÅr',
      'N00914 Invånare 20-64 år som förvärvsarbetar, andel (%)\t12\t2\t2022–2023',
      'N01951 Invånare totalt, antal\t1\t1\t2023',
    ]);
    expect(await page.getByRole('table', { name: 'Inläsningar' }).getByRole('row').count()).toBe(3);
  });

  it('vägrar en fil med fel, säger var felet är, sparar inget och avbryts med Escape', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1024, height: 700 });
    await startWithProfile(page, baseUrl);
    await openIndicators(page);
    const folder = await mkdtemp(join(tmpdir(), 'moa-kolada-'));
    const bad = join(folder, 'fel.json');
    await writeFile(bad, JSON.stringify({ values: [{ kpi: 'N00914', municipality: '1880', period: 'förra året', values: [{ gender: 'T', value: 1 }] }] }));
    await pick(page, [fixture('data-N00914-page1.json'), bad]);
    const alert = page.getByRole('alert');
    await alert.getByText('Filerna lästes inte in. Inget sparades.').waitFor();
    expect(await alert.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/^«fel\.json», rad 1: fältet period /u)]);
    expect(await storedRecords(page, 'koladaValues')).toEqual([]);
    await expectAccessible(page, 'indikatorer, vägrad fil');

    // A good pick, then Escape in the preview: nothing is imported and focus is back on the button.
    await pick(page, [fixture('data-N00914-page1.json')]);
    await page.getByRole('dialog', { name: 'Läs in från Kolada' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Läs in från Kolada' }).waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Läs in filer från Kolada …');
    expect(await storedRecords(page, 'koladaValues')).toEqual([]);
  });
  it('följer planens indikator med Kolada-värden: region och jämförelse, diagram, tabell och appens bedömning', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1366, height: 768 });
    const { plans } = await startWithExamplePlan(page, baseUrl);
    // The example's third strategy measures new firms; the MOA turns its indicator into Kolada's N00914.
    const indicator = await typeExampleIndicatorForKolada(plans);
    // A digit short first: refused, marked and kept; then corrected, in lower case as typed in a hurry.
    await typeInto(indicator.getByLabel('Kolada-id'), 'n0091');
    await plans.details().getByText('Indikator 1: Kolada-id skrivs som en versal och fem siffror, till exempel N00914, eller lämnas tomt.').waitFor();
    await typeInto(indicator.getByLabel('Kolada-id'), 'n00914');
    await plans.waitSaved();
    await expect
      .poll(async () => (await storedRecords<{ indicators: { name: string; koladaKpiId?: string }[] }>(page, 'strategies')).flatMap((s) => s.indicators).find((i) => i.name === 'Förvärvsarbetande 20–64 år')?.koladaKpiId)
      .toBe('N00914');

    // The strategy now links to its plan's Indikatorer view.
    await plans.details().getByRole('link', { name: 'Se indikatorernas värden från Kolada och bedömningen' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/planer\/indikatorer\/[^/]+\/[^/]+$/u);
    await page.getByRole('navigation', { name: 'Planer', exact: true }).getByRole('link', { name: 'Indikatorer', exact: true }).click();
    const card = page.getByRole('article', { name: 'Förvärvsarbetande 20–64 år (%)' });
    await card.getByText('Välj region ovan för att se regionens värden och bedömningen.').waitFor();
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Örebro län' });
    await page.getByRole('checkbox', { name: 'Kumla' }).check();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Kumla' }).isChecked()).toBe(true);
    // Arrowing through the regions by keyboard changes the region at each step but keeps Kumla ticked.
    await page.getByLabel('Region', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Region', { exact: true }).inputValue()).not.toBe('0018');
    expect(await page.getByRole('checkbox', { name: 'Kumla' }).isChecked()).toBe(true);
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Örebro län' });
    // The choice is the goal area's: it is there after a reload.
    await page.reload();
    await card.waitFor();
    expect(await page.getByLabel('Region', { exact: true }).inputValue()).toBe('0018');
    expect(await page.getByRole('checkbox', { name: 'Kumla' }).isChecked()).toBe(true);
    // The exact addresses to save from Kolada, for this KPI in the region, Kumla and the country.
    await page.getByRole('link', { name: 'https://api.kolada.se/v3/data/kpi/N00914/municipality/0018,1881,0000?per_page=5000' }).waitFor();
    await page.getByRole('link', { name: 'https://api.kolada.se/v3/kpi/N00914' }).waitFor();
    await card.getByText('Inga värden för N00914 i de valda områdena är inlästa ännu.', { exact: false }).waitFor();

    await pick(page, [fixture('data-N00914-2014-2023.json'), fixture('kpi-N00914-N01951.json')]);
    await page.getByRole('dialog', { name: 'Läs in från Kolada' }).getByRole('button', { name: 'Läs in' }).click();
    await card.getByText('På väg mot målet', { exact: true }).waitFor();
    expect((await card.locator('dl').innerText()).replaceAll('\u00a0', ' ')).toMatch(
      /Senaste värde, Region Örebro län\s+80,3 % \(2023\)\s+Utgångsläge\s+78,5 % \(2019\)\s+Mål\s+82 % \(2028\)\s+Bedömning\s+På väg mot målet Trenden 2019–2023 \(\+0,42 per år\) ger 82,34 % år 2028; målet är 82 %\./u,
    );
    await card.getByText('Kolada N00914: Invånare 20-64 år som förvärvsarbetar, andel (%)', { exact: false }).waitFor();
    // The chart is named by its title and described in words (aria-describedby), with the same lines as its legend.
    const chart = card.getByRole('img', { name: 'Förvärvsarbetande 20–64 år, 2014–2023', exact: true });
    await chart.waitFor();
    expect(await chart.evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent)).toMatch(
      /^Linjediagram med Region Örebro län, Region Örebro län, kvinnor, Region Örebro län, män, Kumla, Riket\./u,
    );
    await card.getByText('Bedömningen är appens egen beräkning på Koladas värden, inte Koladas.').waitFor();
    await card.getByText(/^Källa: Kolada, hämtat \d{4}-\d{2}-\d{2}\./u).waitFor();
    await card.getByText('Visa värdena som tabell').click();
    const table = card.getByRole('table', { name: 'Förvärvsarbetande 20–64 år (%) per år. Källa: Kolada' });
    expect(await table.getByRole('row').count()).toBe(11);
    expect(await table.getByRole('row').nth(10).innerText()).toBe('2023\t80,3\t79,1\t81,5\t80,7\t80,7');
    await expectAccessible(page, 'indikatorer, målområdets indikator med värden');
    await page.setViewportSize({ width: 1024, height: 700 });
    await expectAccessible(page, 'indikatorer, 1024 bred');
  });
});
