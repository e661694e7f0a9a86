/**
 * A long plan in the editor (406 rows): it is drawn in slices as it opens, and whatever the slices
 * have reached, the whole plan ends up in the page, a linked row opens selected and focused, and
 * the arrow keys move past the first slice without losing focus.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Activity, ActionPlan, GoalArea, Strategy, Tactic } from '#shared/domain/plan.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { writeIntoWorkbook } from './seed-workbook.ts';

const planId = 'lang-plan';

function longPlan() {
  const goalArea: GoalArea = { id: 'ga-lang', code: 'MO9', name: 'Kompetensförsörjning', description: '', effectGoals: [], owner: 'Anna Lindqvist', reviewers: [] };
  const plan: ActionPlan = { id: planId, goalAreaId: goalArea.id, periodStart: 2026, periodEnd: 2027, title: 'Handlingsplan med många aktiviteter', status: 'draft', sections: [], version: 1, updatedAt: '2026-11-20T13:05:00.000Z', templateRef: null };
  const strategies: Strategy[] = [1, 2].map((n) => ({ id: `s${n}`, planId, title: `Strategi nummer ${n}`, why: '', effectGoal: '', what: '', target: '', indicators: [], order: n }));
  const tactics: Tactic[] = [1, 2, 3, 4].map((n) => ({ id: `t${n}`, planId, strategyId: n <= 2 ? 's1' : 's2', title: `Taktik nummer ${n}`, who: { responsibleContactId: null, partnerContactIds: [], text: '' }, how: '', perspectives: [], order: n }));
  const activities: Activity[] = Array.from({ length: 400 }, (_, i) => ({
    id: `a${i}`,
    planId,
    tacticId: `t${Math.floor(i / 100) + 1}`,
    title: `Aktivitet nummer ${i}`,
    responsible: 'Anna Lindqvist',
    startDate: '2026-03-01',
    endDate: '2026-04-30',
    status: 'planned',
    costOre: 0,
    projectId: null,
    relatedGoalAreaIds: [],
    notes: '',
    order: i % 100,
  }));
  return { goalAreas: [goalArea], actionPlans: [plan], strategies, tactics, activities };
}

const ROWS = 2 + 4 + 400;

async function openPlan(page: Page, baseUrl: string, nodeId?: string): Promise<void> {
  await page.goto(`${baseUrl}#/planer/plan/${planId}${nodeId ? `/${nodeId}` : ''}`);
  await page.reload();
}

const focusedTitle = (page: Page) => page.evaluate(() => (document.activeElement instanceof HTMLInputElement ? document.activeElement.value : ''));

describe('en lång plan i planredigeraren', () => {
  const e2e = useBrowser();

  it('visar hela planen, öppnar en länkad rad markerad och låter piltangenterna gå förbi de första raderna', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1366, height: 768 });
    await startWithProfile(page, baseUrl);
    await writeIntoWorkbook(page, longPlan());

    // Opened plainly: every row ends up in the page, in reading order.
    await openPlan(page, baseUrl);
    await expect.poll(() => page.locator('.outline-row').count()).toBe(ROWS);
    const labels = await page.locator('.outline-row input').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('aria-label')));
    expect(labels.slice(0, 4)).toEqual(['Strategi 1', 'Taktik 1.1', 'Aktivitet 1.1.1', 'Aktivitet 1.1.2']);
    expect(labels.at(-1)).toBe('Aktivitet 2.2.100');

    // Opened at a row far down (as the overview links it): that row is drawn, selected and focused at once.
    await openPlan(page, baseUrl, 'a350');
    await expect.poll(() => focusedTitle(page)).toBe('Aktivitet nummer 350');
    await expect.poll(() => page.locator('.details-panel input').first().inputValue()).toBe('Aktivitet nummer 350');

    // Opened at the last row of the first slice (80 rows: a77 is the 80th), ↓ pressed the moment it is focused, before
    // the next slice is drawn: focus goes on to the row below, drawn for it. Then ↓ on down, as a person holds the key.
    await page.addInitScript(() => {
      document.addEventListener('focusin', (event) => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement) || input.value !== 'Aktivitet nummer 77' || sessionStorage.getItem('pressed') === 'yes') return;
        sessionStorage.setItem('pressed', 'yes');
        const drawn = document.querySelectorAll('.outline-row').length;
        sessionStorage.setItem('drawnWhenPressed', String(drawn));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
      });
    });
    await openPlan(page, baseUrl, 'a77');
    await expect.poll(() => focusedTitle(page)).toBe('Aktivitet nummer 78');
    expect(await page.evaluate(() => sessionStorage.getItem('drawnWhenPressed'))).toBe('80');
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowDown');
    expect(await focusedTitle(page)).toBe('Aktivitet nummer 85');
    await expect.poll(() => page.locator('.outline-row').count()).toBe(ROWS);
    await expectAccessible(page, 'lång plan');

    // Typing in a row far down is stored like anywhere else.
    await page.keyboard.type(' (ändrad)');
    await page.locator('[data-save-status="saved"]').waitFor();
    await openPlan(page, baseUrl, 'a85');
    await expect.poll(() => focusedTitle(page)).toBe('Aktivitet nummer 85 (ändrad)');
  });
});
