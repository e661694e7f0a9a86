import { describe, expect, it } from 'vitest';
import type { ActionPlan } from '#shared/domain/plan.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { Template } from '#shared/templates/schema.ts';
import { templateToJson } from '#shared/templates/serialize.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { label, storedRecords } from './pages/stored-records.ts';
import { TemplatesPage } from './pages/templates-page.ts';
import { typeInto } from './pages/keyboard.ts';

const guidanceOf = (key: string): string => {
  const found = defaultTemplate.actionPlan.sections.find((s) => s.key === key);
  if (!found) throw new Error(`standardmallen saknar ${key}`);
  return found.guidance;
};

/** The default template's next version: the summary renamed, a required section added before follow-up. */
const version2: Template = {
  ...defaultTemplate,
  version: 2,
  actionPlan: {
    sections: [
      ...defaultTemplate.actionPlan.sections.filter((s) => s.key !== 'uppfoljning').map((s) => (s.key === 'sammanfattning' ? { ...s, title: 'Planens sammanfattning' } : s)),
      { key: 'larande', title: 'Lärande och spridning', guidance: 'Hur sprids det ni lär er till andra målområden?', required: true, kind: 'freeText' },
      ...defaultTemplate.actionPlan.sections.filter((s) => s.key === 'uppfoljning'),
    ],
  },
};

describe('handlingsplanen följer sin mall', () => {
  const e2e = useBrowser();

  it('lägger till mallens målområden med kod, namn och effektmål', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    const offered = page.getByRole('region', { name: 'Målområden från mallen' });
    const [first, second] = defaultTemplate.goalAreas;
    if (!first || !second) throw new Error('standardmallen har målområden');
    await offered.getByRole('button', { name: `Lägg till ${first.code} ${first.name}` }).waitFor();
    expect(await offered.getByRole('button').count()).toBe(defaultTemplate.goalAreas.length);
    await expectAccessible(page, 'planer med mallens målområden');

    await offered.getByRole('button', { name: `Lägg till ${first.code} ${first.name}` }).click();
    await page.getByRole('status').filter({ hasText: `Målområdet ${first.name} är tillagt.` }).waitFor();
    await offered.getByRole('button', { name: `Lägg till ${first.code} ${first.name}` }).waitFor({ state: 'detached' });
    expect(await offered.getByRole('button').count()).toBe(defaultTemplate.goalAreas.length - 1);
    const stored = await storedRecords<{ code: string; name: string; effectGoals: string[]; owner: string }>(page, 'goalAreas');
    expect(stored).toEqual([expect.objectContaining({ code: first.code, name: first.name, effectGoals: first.effectGoals, owner: 'Anna Lindqvist' })]);
    await page.getByRole('heading', { level: 3, name: `${first.code} ${first.name}` }).waitFor();
  });

  it('visar mallens sektioner och vägledning, sparar stöd och indikatorer, och behåller planens egen mallversion', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.addGoalArea('AR', 'Arbetsmarknad');
    await plans.createPlan('Handlingsplan Arbetsmarknad 2027');
    const oldPlanUrl = page.url();

    // A new plan has the default template's text sections, each with its guidance tied to the field.
    expect(await plans.sectionLabels()).toEqual(['Sammanfattning *', 'Nuläge och omvärld *', 'Vad stödet ska hjälpa till med', 'Uppföljning *']);
    const summary = plans.sections().getByRole('textbox', { name: label('Sammanfattning') });
    expect(await plans.description(summary)).toBe(guidanceOf('sammanfattning'));
    expect(await plans.description(plans.sections().getByRole('textbox', { name: label('Uppföljning') }))).toBe(guidanceOf('uppfoljning'));
    expect(await plans.sections().locator('fieldset legend').first().innerText()).toBe('Behov av stöd från kansliet');
    expect(await plans.templateMissingNote().count()).toBe(0);
    // The completeness list names the template's required sections, not the optional support section.
    const missing = await plans.completeness().innerText();
    expect(missing).toContain('Avsnittet Sammanfattning är tomt.');
    expect(missing).toContain('Avsnittet Uppföljning är tomt.');
    expect(missing).not.toContain('Behov av stöd');
    await expectAccessible(page, 'ny plan med mallens sektioner');

    // Two offers of support ticked survive a reload.
    const dialog = page.getByRole('checkbox', { name: 'Individuella dialogmöten', exact: true });
    const analysis = page.getByRole('checkbox', { name: 'Analys och uppföljning', exact: true });
    expect(await plans.description(analysis)).toBe('Stöd med omvärldsanalys, analys, uppföljning och lärande.');
    // The boxes show what is stored, so they turn checked once the choice is written.
    await dialog.click();
    await analysis.click();
    await page.waitForFunction(() => document.querySelectorAll('.support-offer-list input:checked').length === 2);
    await typeInto(summary, 'Vår sammanfattning av arbetsmarknaden.');
    await plans.waitSaved();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan Arbetsmarknad 2027' }).waitFor();
    expect(await dialog.isChecked()).toBe(true);
    expect(await analysis.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Extern processledning', exact: true }).isChecked()).toBe(false);
    const saved = (await storedRecords<ActionPlan>(page, 'actionPlans'))[0];
    expect([...(saved?.supportRequests ?? [])].sort()).toEqual(['analys', 'dialogmoten']);
    expect(await plans.completeness().innerText()).not.toContain('Avsnittet Sammanfattning är tomt.');
    await expectAccessible(page, 'plan med två valda stöd');

    // The strategy's Varför? shows the template's guidance; an indicator is picked from the catalogue.
    await page.getByRole('button', { name: 'Lägg till strategi' }).click();
    await plans.rowInput('Strategi 1').waitFor();
    await plans.rowInput('Strategi 1').focus();
    const why = plans.details().getByRole('textbox', { name: 'Varför?' });
    await why.waitFor();
    expect(await plans.description(why)).toBe(defaultTemplate.strategyGuidance.why);
    const catalogue = plans.details().getByLabel('Välj ur katalogen');
    expect(await catalogue.locator('option').allInnerTexts()).toContain('Förvärvsarbetande invånare 20–64 år (andel (%)) · Kolada N00914');
    await catalogue.selectOption('forvarvsarbetande');
    await plans.details().getByRole('button', { name: 'Lägg till indikatorn ur katalogen' }).click();
    const indicator = plans.details().getByRole('group', { name: 'Indikator 1' });
    expect(await indicator.getByLabel('Namn').inputValue()).toBe('Förvärvsarbetande invånare 20–64 år');
    expect(await indicator.getByLabel('Enhet').inputValue()).toBe('andel (%)');
    await plans.waitSaved();
    const strategies = await storedRecords<{ indicators: { name: string; unit: string }[] }>(page, 'strategies');
    expect(strategies[0]?.indicators).toEqual([expect.objectContaining({ name: 'Förvärvsarbetande invånare 20–64 år', unit: 'andel (%)' })]);
    await expectAccessible(page, 'strategi med indikator ur katalogen');

    // A tactic picks a perspective of the template and sees the reviewers' questions.
    await typeInto(plans.rowInput('Strategi 1'), 'Fler i arbete');
    await plans.rowInput('Strategi 1').press('Enter');
    await plans.rowInput('Strategi 2').waitFor();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await plans.rowInput('Taktik 1.1').waitFor();
    await plans.details().getByRole('checkbox', { name: 'jämställdhet', exact: true }).click();
    await plans.details().getByText('Granskarens frågor om jämställdhet').click();
    await plans.details().getByText('Redovisas indikatorer och deltagare uppdelade på kön?').waitFor();
    await plans.waitSaved();
    await expectAccessible(page, 'taktik med granskarens frågor');

    // A newer template version with a renamed and an added section.
    const templates = new TemplatesPage(page);
    await templates.open(baseUrl);
    await templates.importFile('rus-standardmall-v2.json', new TextEncoder().encode(templateToJson(version2)), 'application/json');
    await templates.preview().getByRole('button', { name: 'Spara mallen' }).click();
    await page.getByRole('heading', { name: 'RUS standardmall 2026 version 2 är sparad och är nu aktiv mall.' }).waitFor();

    // The old plan keeps its own version's sections …
    await page.goto(oldPlanUrl);
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan Arbetsmarknad 2027' }).waitFor();
    expect(await plans.sectionLabels()).toEqual(['Sammanfattning *', 'Nuläge och omvärld *', 'Vad stödet ska hjälpa till med', 'Uppföljning *']);
    await expectAccessible(page, 'gammal plan efter en nyare mallversion');

    // … and a new plan gets the new ones.
    await plans.openList();
    await plans.createPlan('Handlingsplan Arbetsmarknad 2028');
    expect(await plans.sectionLabels()).toEqual(['Planens sammanfattning *', 'Nuläge och omvärld *', 'Vad stödet ska hjälpa till med', 'Lärande och spridning *', 'Uppföljning *']);
    expect(await plans.description(plans.sections().getByRole('textbox', { name: label('Lärande och spridning') }))).toBe('Hur sprids det ni lär er till andra målområden?');
    expect(await plans.completeness().innerText()).toContain('Avsnittet Lärande och spridning är tomt.');
    await expectAccessible(page, 'ny plan efter den nyare mallversionen');

    // Version 1 removed: the old plan says so, and shows its own text and choices.
    await templates.open(baseUrl);
    await templates.listRow('RUS standardmall 2026', 1).getByRole('button', { name: 'Ta bort RUS standardmall 2026 version 1' }).click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByText('RUS standardmall 2026 version 1 ligger nu i papperskorgen.', { exact: false }).waitFor();
    await page.goto(oldPlanUrl);
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan Arbetsmarknad 2027' }).waitFor();
    expect(await plans.templateMissingNote().innerText()).toBe(
      `Mallversionen som planen skrevs för (${defaultTemplate.id}, version 1) finns inte längre. Planen visas med sina egna sektioner.`,
    );
    expect(await plans.sections().getByRole('textbox', { name: label('Sammanfattning') }).inputValue()).toBe('Vår sammanfattning av arbetsmarknaden.');
    expect(await page.getByRole('checkbox', { name: 'analys', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'dialogmoten', exact: true }).isChecked()).toBe(true);
    await expectAccessible(page, 'plan vars mallversion är borttagen');
  });
});
