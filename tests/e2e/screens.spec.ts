import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { cutOutlineTitles, firstColumnsLost, labelsNotNamingTheirText, lookDifferences, lookOfPage, openByRoute, openFirst, overflowOf, screenViews, type ScreenView } from './pages/screens-page.ts';
import { longSummary, screenIds, seedScreensWorkbook } from './screens-workbook.ts';
import { typeInto } from './pages/keyboard.ts';

/** MOA_SCREENSHOTS=<folder> keeps a screenshot of every view at both sizes, to look at. */
const screenshotFolder = process.env.MOA_SCREENSHOTS;

const sizes = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
] as const;

/** Many views, each loaded fresh, on a busy two-core machine. */
const manyViews = 480_000;

async function seeded(page: Page, baseUrl: string): Promise<ScreenView[]> {
  await startWithProfile(page, baseUrl);
  const workbook = await seedScreensWorkbook(page);
  const thisMonday = workbook.timeEntries[0]?.date ?? '';
  return screenViews(thisMonday);
}

describe('Skärmarna: samma utseende, ingen sidledsrullning, utskrift och tillgänglighet i varje vy', () => {
  const e2e = useBrowser();

  it('varje vy ser likadan ut när appen öppnas i den som när man kommer dit från andra vyer (flikar, tabeller, knappar)', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize(sizes[0]);
    const views = await seeded(page, baseUrl);

    const first = new Map<string, Record<string, string>>();
    for (const view of views) {
      await openFirst(page, baseUrl, view);
      const tabs = page.locator('main nav.tabs');
      if ((await tabs.count()) > 0) {
        // The tab bar as the Planer view draws it: a row with a line under it, the current tab filled, no underlined links.
        const look = await tabs.evaluate((nav) => {
          const style = getComputedStyle(nav);
          const current = nav.querySelector('a[aria-current="page"]');
          const other = nav.querySelector('a:not([aria-current])');
          return {
            display: style.display,
            line: `${style.borderBottomWidth} ${style.borderBottomStyle}`,
            current: current ? getComputedStyle(current).backgroundColor : '',
            underline: other ? getComputedStyle(other).textDecorationLine : '',
          };
        });
        expect(look, `flikraden i ${view.name}, öppnad först`).toEqual({ display: 'flex', line: '2px solid', current: look.current === '' ? '' : 'rgb(11, 79, 138)', underline: 'none' });
        // A sub-view (a plan, a project) marks no tab; every other view marks its own.
        if (!['Planeditorn', 'Målområdet', 'Projekteditorn'].includes(view.name)) expect(look.current, `${view.name}: aktuell flik`).toBe('rgb(11, 79, 138)');
      }
      const tableHead = page.locator('main .data-table thead th').first();
      if ((await tableHead.count()) > 0) {
        expect(await tableHead.evaluate((th) => getComputedStyle(th).backgroundColor), `tabellhuvudet i ${view.name}, öppnad först`).toBe('rgb(243, 245, 248)');
      }
      // The pointer rests where no element changes on hover.
      await page.mouse.move(0, 0);
      first.set(view.name, await lookOfPage(page));
    }

    // Every view once, so every view's style sheet is loaded; then each view again, compared with its first look.
    for (const view of views) await openByRoute(page, view);
    for (const view of views) {
      await openByRoute(page, view);
      await page.mouse.move(0, 0);
      const differences = lookDifferences(first.get(view.name) ?? {}, await lookOfPage(page));
      expect(differences.slice(0, 12), `${view.name}: öppnad först jämfört med efter alla andra vyer`).toEqual([]);
    }
  }, manyViews);

  it('ingen vy rullar i sidled vid 1366×768 eller 1024×700; breda tabeller rullar i sin ruta med första kolumnen kvar, dispositionens rubriker syns hela', async () => {
    const { page, baseUrl } = e2e;
    const views = await seeded(page, baseUrl);
    if (screenshotFolder) mkdirSync(screenshotFolder, { recursive: true });
    for (const size of sizes) {
      await page.setViewportSize(size);
      for (const view of views) {
        await openFirst(page, baseUrl, view);
        const where = `${view.name} vid ${String(size.width)}×${String(size.height)}`;
        const overflow = await overflowOf(page);
        expect(overflow.beyond, `${where}: utanför fönstrets högra kant`).toEqual([]);
        expect(overflow.page.scrollWidth, `${where}: sidans bredd`).toBeLessThanOrEqual(overflow.page.clientWidth);
        expect(overflow.main.scrollWidth, `${where}: huvudytans bredd`).toBeLessThanOrEqual(overflow.main.clientWidth);
        expect(await firstColumnsLost(page), `${where}: tabeller som rullar i sidled`).toEqual([]);
        if (view.name === 'Planeditorn') expect(await cutOutlineTitles(page), `${where}: avklippta rubriker i dispositionen`).toEqual([]);
        if (view.name === 'Projekteditorn') {
          // The risks' text columns are wide enough to read a few words, at either size.
          const widths = await page.locator('.risk-table').evaluate((table) =>
            [...table.querySelectorAll('td.risk-description input, td.risk-mitigation textarea')].map((field) => field.getBoundingClientRect().width),
          );
          expect(widths.length).toBeGreaterThan(0);
          for (const width of widths) expect(width, `${where}: riskens textfält`).toBeGreaterThanOrEqual(200);
        }
        if (screenshotFolder) await page.screenshot({ path: join(screenshotFolder, `${String(size.width)}-${view.name.replace(/[^\p{L}\d]+/gu, '-')}.png`), fullPage: true });
      }
    }
  }, manyViews);

  // axe with every rule takes 10–30 s a view on a busy machine: the views in three groups.
  it.each([
    ['Översikt, Planer, planeditorn, målområdet, Alla aktiviteter, Kontakter', 0, 6],
    ['Projekt, projekteditorn, Tidslinje, Tidloggens fyra flikar', 6, 13],
    ['Dokument, Mallar, mallredigeraren, Inställningar', 13, 17],
  ])('axe med alla regler och knappar som heter det de visar: %s', async (_names, from, to) => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize(sizes[0]);
    const views = (await seeded(page, baseUrl)).slice(from, to);
    for (const view of views) {
      await openFirst(page, baseUrl, view);
      if (view.name === 'Mallar') {
        // The active template's sections, behind "Visa innehåll": headings one level below the section's.
        await page.getByRole('button', { name: 'Visa sektionerna' }).click();
        await page.locator('.template-summary h3').first().waitFor();
      }
      if (view.name === 'Mallredigeraren') await page.getByRole('button', { name: 'Öppna alla delar' }).click();
      await expectAccessible(page, view.name);
      expect(await labelsNotNamingTheirText(page), `${view.name}: tillgängligt namn utan den synliga texten`).toEqual([]);
    }
  }, manyViews);

  it('perspektivens kommentarsruta har en synlig etikett', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize(sizes[0]);
    const views = await seeded(page, baseUrl);
    const editor = views.find((v) => v.name === 'Planeditorn');
    if (!editor) throw new Error('planeditorn saknas');
    await openFirst(page, baseUrl, editor);
    await page.getByRole('textbox', { name: 'Taktik 1.1', exact: true }).click();
    const note = page.getByRole('textbox', { name: 'Hur taktiken tar hänsyn till jämställdhet' });
    await note.waitFor();
    const label = page.locator('label', { hasText: 'Hur taktiken tar hänsyn till jämställdhet' });
    expect(await label.isVisible()).toBe(true);
    expect(await label.evaluate((l) => l.getBoundingClientRect().width)).toBeGreaterThan(100);
    expect(await note.evaluate((input) => input.getAttribute('aria-label'))).toBeNull();
    await typeInto(note, 'Lika många tjejer som killar i UF');
    await expectAccessible(page, 'planeditorn, en taktiks perspektiv');
  });

  it('en utskrift av plan, projekt och uppföljning har innehållet och långa texter hela, utan meny, flikar och knappar', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize(sizes[0]);
    const views = await seeded(page, baseUrl);
    const byName = (name: string) => {
      const view = views.find((v) => v.name === name);
      if (!view) throw new Error(`${name} saknas`);
      return view;
    };
    const folder = await mkdtemp(join(tmpdir(), 'moa-print-'));
    const printed = async (view: ScreenView): Promise<string> => {
      await openFirst(page, baseUrl, view);
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(() =>
        ['.app-header', '.main-nav', 'main nav.tabs', 'main button'].map((selector) => {
          const element = document.querySelector(selector);
          return element ? `${selector}: ${getComputedStyle(element).display}` : `${selector}: saknas`;
        }),
      );
      expect(hidden.filter((h) => !h.endsWith(': none') && !h.endsWith(': saknas')), `${view.name}: syns på papper`).toEqual([]);
      const pdf = join(folder, `${view.name.replace(/[^\p{L}\d]+/gu, '-')}.pdf`);
      await writeFile(pdf, await page.pdf({ format: 'A4' }));
      if (screenshotFolder) await writeFile(join(screenshotFolder, `${view.name.replace(/[^\p{L}\d]+/gu, '-')}.pdf`), await readFile(pdf));
      await page.emulateMedia({ media: null });
      return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/gu, ' ');
    };
    const menu = ['Översikt', 'Inställningar', 'Om MOA-arbetsboken', 'Arbetsbok för målområdesansvariga'];

    const project = await printed(byName('Projekteditorn'));
    expect(project).toContain('Företagsakuten i Bergslagen');
    expect(project, 'sammanfattningen hel').toContain(longSummary);
    // A risk's mitigation (a two-line box on screen), every line of it; the table puts other cells' words between its lines.
    for (const word of ['Dokumentera', 'dubbelbemanna', 'rådgivningen.']) expect(project).toContain(word);
    for (const word of [...menu, 'Ta bort', 'Lägg till risk', 'Tillbaka till projektlistan']) expect(project, `projektet på papper: ${word}`).not.toContain(word);

    // A plan with a long text typed into a section.
    const plan = byName('Planeditorn');
    await openFirst(page, baseUrl, plan);
    const longPlanText = `${'Fler unga ska starta företag i hela länet, också utanför Örebro. '.repeat(12)}Slutord.`;
    await page.evaluate(
      ({ id, text }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('moa-arbetsboken');
          request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
          request.onsuccess = () => {
            const tx = request.result.transaction('actionPlans', 'readwrite');
            const store = tx.objectStore('actionPlans');
            const get = store.get(id);
            get.onsuccess = () => {
              const stored = get.result as { sections: { key: string; text: string }[] };
              stored.sections = stored.sections.map((s, i) => (i === 0 ? { ...s, text } : s));
              store.put(stored);
            };
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
          };
        }),
      { id: screenIds.planId, text: longPlanText },
    );
    const planText = await printed(plan);
    expect(planText).toContain('Handlingsplan Innovationer och entreprenörskap');
    expect(planText, 'sammanfattningen hel').toContain(longPlanText.trim());
    expect(planText, 'dispositionens rubriker').toContain('Uppföljning av lånen på Utvärderingsforum');
    for (const word of [...menu, 'Lämna in', 'Ny period', 'Lägg till strategi', 'Till alla planer', 'Tangenter i dispositionen']) expect(planText, `planen på papper: ${word}`).not.toContain(word);

    const followUp = await printed(byName('Tidlogg: Uppföljning'));
    expect(followUp).toContain('Uppföljning');
    expect(followUp).toContain('MOA-uppdraget');
    for (const word of [...menu, 'Tidtagning', 'Exportera']) expect(followUp, `uppföljningen på papper: ${word}`).not.toContain(word);
  }, manyViews);
});
