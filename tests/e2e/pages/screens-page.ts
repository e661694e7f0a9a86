import type { Page } from 'playwright-core';
import { screenIds } from '../screens-workbook.ts';

/** A view (or a view's tab or sub-view) the screen tests open: its route, and what shows it is drawn. */
export interface ScreenView {
  name: string;
  hash: string;
  /** Waits until the view shows the seeded workbook (and does what it takes to get there, e.g. a click). */
  ready: (page: Page) => Promise<void>;
}

const visible = (page: Page, selector: string) => page.locator(selector).first().waitFor();

/** Every view of the app with the screen workbook (screens-workbook.ts) loaded. */
export function screenViews(thisMonday: string): ScreenView[] {
  return [
    { name: 'Översikt', hash: '#/oversikt', ready: (page) => visible(page, '[data-testid="workbook-counts"]') },
    { name: 'Planer', hash: '#/planer', ready: (page) => visible(page, '.goal-area-list') },
    { name: 'Planeditorn', hash: `#/planer/plan/${screenIds.planId}`, ready: (page) => page.getByRole('textbox', { name: 'Strategi 1', exact: true }).waitFor() },
    { name: 'Målområdet', hash: '#/planer/malomrade/id-1', ready: (page) => visible(page, '.reviewers-table') },
    { name: 'Alla aktiviteter', hash: '#/planer/aktiviteter', ready: (page) => visible(page, '.activity-grid tbody td') },
    { name: 'Kontakter', hash: '#/planer/kontakter', ready: (page) => visible(page, '.contacts-table tbody th') },
    { name: 'Projekt', hash: '#/projekt', ready: (page) => visible(page, '.project-table tbody th') },
    { name: 'Projekteditorn', hash: `#/projekt/${screenIds.projectId}`, ready: (page) => visible(page, '.risk-table tbody th') },
    { name: 'Tidslinje', hash: '#/projekt/tidslinje', ready: (page) => visible(page, 'section.timeline[aria-busy="false"] .timeline-row') },
    { name: 'Tidlogg: Vecka', hash: '#/tidlogg', ready: (page) => visible(page, '.week-grid tbody th') },
    { name: 'Tidlogg: Dagslista', hash: `#/tidlogg/dag/${thisMonday}`, ready: (page) => visible(page, '.day-table tbody td') },
    { name: 'Tidlogg: Uppföljning', hash: '#/tidlogg/uppfoljning', ready: (page) => visible(page, '.follow-up-summary tbody th') },
    { name: 'Tidlogg: Kategorier', hash: '#/tidlogg/kategorier', ready: (page) => visible(page, '.categories-table tbody th') },
    { name: 'Dokument', hash: '#/dokument', ready: (page) => visible(page, '.export-log tbody td') },
    { name: 'Mallar', hash: '#/mallar', ready: (page) => visible(page, '.templates-table tbody th') },
    {
      name: 'Mallredigeraren',
      hash: '#/mallar',
      ready: async (page) => {
        await page.getByRole('button', { name: 'Redigera som ny version: RUS standardmall 2026 version 1' }).click();
        await visible(page, 'section.template-editor .template-part');
      },
    },
    { name: 'Inställningar', hash: '#/installningar', ready: (page) => visible(page, 'section.trash h2') },
  ];
}

/** Nothing in the main region is still loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main [aria-busy="true"]') === null && document.querySelector('main .loading') === null);
}

/** Opens a view as the first one: a fresh load of the app at the view's route. */
export async function openFirst(page: Page, baseUrl: string, view: ScreenView): Promise<void> {
  await page.goto(`${baseUrl}${view.hash}`);
  await page.reload();
  await page.locator('main h1').waitFor();
  await view.ready(page);
  await settled(page);
}

/** Opens a view from the menu's point of view: the route changes, the app stays loaded. */
export async function openByRoute(page: Page, view: ScreenView): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash === window.location.hash ? `${hash}/` : hash;
  }, view.hash);
  await page.waitForFunction((hash) => window.location.hash.startsWith(hash), view.hash);
  await page.locator('main h1').waitFor();
  await view.ready(page);
  await settled(page);
}

/** The computed properties that make a look: a style sheet that is missing or comes in another order changes some of them. */
const lookProperties = [
  'display', 'position', 'color', 'background-color', 'font-weight', 'font-size', 'padding-top', 'padding-left', 'margin-top', 'margin-left',
  'border-bottom-width', 'border-bottom-style', 'border-bottom-color', 'border-left-width', 'border-top-left-radius', 'white-space',
  'flex-direction', 'flex-wrap', 'gap', 'text-align', 'max-width', 'min-width', 'text-decoration-line', 'list-style-type', 'vertical-align', 'overflow-x',
];

/** Each element of the app's frame (header, menu, view) with its look, keyed by its place in the tree, tag and classes. */
export function lookOfPage(page: Page): Promise<Record<string, string>> {
  return page.evaluate((properties) => {
    const looks: Record<string, string> = {};
    const walk = (element: Element, path: string) => {
      const style = getComputedStyle(element);
      const classes = typeof element.className === 'string' ? element.className.trim().split(/\s+/u).filter(Boolean).join('.') : '';
      looks[`${path} ${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`] = properties.map((p) => `${p}: ${style.getPropertyValue(p)}`).join('; ');
      [...element.children].forEach((child, i) => walk(child, `${path}/${String(i)}`));
    };
    const shell = document.querySelector('.shell');
    if (shell) walk(shell, 'shell');
    return looks;
  }, lookProperties);
}

/** Where two looks of the same view differ, in words: "path tag.class: display: block → flex". */
export function lookDifferences(first: Record<string, string>, later: Record<string, string>): string[] {
  const differences: string[] = [];
  for (const [key, look] of Object.entries(first)) {
    const other = later[key];
    if (other === undefined || other === look) continue;
    const a = look.split('; ');
    const b = other.split('; ');
    differences.push(`${key}: ${a.map((p, i) => (p === b[i] ? '' : `${p} → ${b[i] ?? ''}`)).filter(Boolean).join(', ')}`);
  }
  return differences;
}

export interface Overflow {
  page: { scrollWidth: number; clientWidth: number };
  main: { scrollWidth: number; clientWidth: number };
  /** Elements in the view that reach past the window's right edge (at most five). */
  beyond: string[];
}

export function overflowOf(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const main = document.querySelector('main');
    const describe = (e: Element) => `${e.tagName.toLowerCase()}.${typeof e.className === 'string' ? e.className.trim().replace(/\s+/gu, '.') : ''}`;
    // Only what is not inside a scroll box of its own: a wide table scrolling in its box is allowed.
    const scrolls = (e: Element | null): boolean => {
      for (let p = e?.parentElement; p && p !== main; p = p.parentElement) if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    const beyond = [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && !scrolls(e))
      .slice(0, 5)
      .map(describe);
    return {
      page: { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth },
      main: { scrollWidth: main?.scrollWidth ?? 0, clientWidth: main?.clientWidth ?? 0 },
      beyond,
    };
  });
}

/**
 * Every box in the view that scrolls sideways, scrolled to its right end: does its first column
 * stay at the box's left edge? Returns the boxes where it did not, described.
 */
export function firstColumnsLost(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lost: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('main .table-scroll, main .activity-grid-scroll')) {
      if (box.scrollWidth <= box.clientWidth + 1) continue;
      const cell = box.querySelector<HTMLElement>('tbody tr:not(.group-row, .grid-spacer) > :first-child');
      if (!cell) continue;
      box.scrollLeft = box.scrollWidth;
      const left = cell.getBoundingClientRect().left - box.getBoundingClientRect().left;
      if (Math.abs(left) > 2) lost.push(`${box.className} (${box.getAttribute('aria-labelledby') ?? ''}): first column at ${String(Math.round(left))} px`);
      box.scrollLeft = 0;
    }
    return lost;
  });
}

/** Outline titles (plan editor) whose text does not fit in their field. */
export function cutOutlineTitles(page: Page): Promise<string[]> {
  return page.locator('.outline-row input.outline-title').evaluateAll((inputs) =>
    inputs.filter((i) => i instanceof HTMLInputElement && i.scrollWidth > i.clientWidth + 1).map((i) => (i instanceof HTMLInputElement ? `${i.getAttribute('aria-label') ?? ''}: ${i.value} (${String(i.clientWidth)} px)` : '')),
  );
}

/**
 * Buttons and links whose accessible name (aria-label) does not contain the words they show
 * (WCAG 2.5.3 Label in Name): a speech-control user says what they see.
 */
export function labelsNotNamingTheirText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // As axe compares them: letters and digits only, so an ellipsis or a colon does not count.
    const normal = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
    const shown = (element: Element): string => {
      let text = '';
      for (const node of element.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
        else if (node instanceof Element && !node.classList.contains('visually-hidden') && node.getAttribute('aria-hidden') !== 'true') text += shown(node);
      }
      return text;
    };
    return [...document.querySelectorAll('button[aria-label], a[aria-label], [role="button"][aria-label]')]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => ({ label: normal(e.getAttribute('aria-label') ?? ''), text: normal(shown(e)) }))
      .filter(({ label, text }) => /\p{L}{2}/u.test(text) && !label.includes(text))
      .map(({ label, text }) => `"${text}" heter "${label}"`);
  });
}
