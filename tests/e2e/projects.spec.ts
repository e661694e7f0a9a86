import { describe, expect, it } from 'vitest';
import type { Project } from '#shared/domain/project.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { ProjectEditorPage } from './pages/project-editor-page.ts';
import { storedRecords } from './pages/stored-records.ts';
import { TimelinePage } from './pages/timeline-page.ts';
import { typeInto } from './pages/keyboard.ts';

const title = 'Unga innovatörer i Bergslagen';

describe('projektplaner', () => {
  const e2e = useBrowser();

  it('skapar ett projekt från början: budget, finansiering som inte går ihop och sedan gör det, risker och koppling till en taktik; allt finns kvar efter omladdning', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    const projects = new ProjectEditorPage(page);
    await projects.openList();
    await page.getByText('Här finns inga projekt ännu.').waitFor();
    await expectAccessible(page, 'projektlistan, tom');

    // A period that ends before it starts is refused at the field.
    await typeInto(page.getByLabel(/^Projektets namn/), title);
    await typeInto(page.getByLabel(/^Startdatum/), '2027-01-01');
    await typeInto(page.getByLabel(/^Slutdatum/), '2026-12-31');
    await page.getByRole('button', { name: 'Skapa projektet' }).click();
    await page.getByText('Slutdatumet kan inte ligga före startdatumet.').waitFor();
    expect(await storedRecords(page, 'projects')).toHaveLength(0);

    await projects.create(title, 'IE Innovationer och entreprenörskap', '2027-01-01', '2028-12-31');
    await expectAccessible(page, 'projektredigeraren, nytt projekt');

    // Link to a tactic of the example plan.
    await page.getByRole('checkbox', { name: 'Taktik: UF i alla gymnasieskolor' }).check();
    expect(await page.getByRole('checkbox', { name: 'Strategi: Fler unga företagare' }).isChecked()).toBe(true);

    // Budget: one cost line over two years; a negative amount is refused at the field.
    await page.getByRole('button', { name: 'Lägg till kostnadsrad' }).click();
    await typeInto(projects.field('Personal, 2027, kronor'), '450 000');
    await typeInto(projects.field('Personal, 2028, kronor'), '-5');
    await page.getByText('Beloppet kan inte vara negativt. Ange 0 eller mer.').waitFor();
    await typeInto(projects.field('Personal, 2028, kronor'), '150 000');
    await expect.poll(() => projects.text(page.getByTestId('budget-total'))).toBe('600 000 kr');

    // A financier with no name is refused; then one that does not cover the budget.
    await page.getByRole('button', { name: 'Lägg till finansiär', exact: true }).click();
    await page.getByText('Fyll i ny finansiär.').waitFor();
    await projects.addByName('Ny finansiär', 'Lägg till finansiär', 'Region Örebro län');
    await typeInto(projects.field('Region Örebro län, kontant, 2027, kronor'), '300 000');
    await expect.poll(() => projects.text(projects.balance())).toContain('Finansieringen täcker inte budgeten: det saknas 300 000 kr.');
    await expectAccessible(page, 'projektredigeraren, obalanserad finansiering');
    await projects.addByName('Ny finansiär', 'Lägg till finansiär', 'Örebro kommun');
    await typeInto(projects.field('Örebro kommun, i natura, 2028, kronor'), '300 000');
    await expect.poll(() => projects.text(projects.balance())).toContain('Finansieringen täcker budgeten exakt: 600 000 kr.');

    // A risk, placed in the matrix; likelihood outside 1–5 is refused.
    await projects.addByName('Ny risk', 'Lägg till risk', 'Skolorna hinner inte delta');
    await typeInto(projects.field('Sannolikhet för risk R1, 1–5'), '7');
    await page.getByText('Ange ett heltal från 1 till 5.').waitFor();
    await typeInto(projects.field('Sannolikhet för risk R1, 1–5'), '4');
    await typeInto(projects.field('Konsekvens för risk R1, 1–5'), '5');
    await expect.poll(() => projects.matrixCell(4, 5).innerText()).toContain('R1');

    // An activity dated outside the project period is refused at the field.
    await projects.addByName('Ny aktivitet', 'Lägg till aktivitet', 'Kickoff med skolorna');
    await typeInto(projects.field('Startdatum för Kickoff med skolorna'), '2026-05-01');
    await page.getByText('Datumet ligger utanför projektperioden 2027-01-01–2028-12-31.').waitFor();
    await typeInto(projects.field('Startdatum för Kickoff med skolorna'), '2027-02-01');
    await typeInto(projects.field('Slutdatum för Kickoff med skolorna'), '2027-02-15');
    await projects.addByName('Ny milstolpe', 'Lägg till milstolpe', 'Halvtidsrapport');
    await typeInto(projects.field('Startdatum för Halvtidsrapport'), '2027-12-15');
    await projects.saved();
    await expectAccessible(page, 'projektredigeraren, ifylld');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Taktik: UF i alla gymnasieskolor' }).isChecked()).toBe(true);
    expect((await projects.field('Personal, 2028, kronor').inputValue()).replace(/\s/gu, ' ')).toBe('150 000');
    expect(await projects.text(projects.balance())).toContain('Finansieringen täcker budgeten exakt: 600 000 kr.');
    expect(await projects.matrixCell(4, 5).innerText()).toContain('R1');
    expect(await projects.field('Slutdatum för Kickoff med skolorna').inputValue()).toBe('2027-02-15');

    const [stored] = await storedRecords<Project>(page, 'projects');
    expect(stored?.budget[0]?.amounts).toEqual([
      { year: 2027, ore: 45_000_000 },
      { year: 2028, ore: 15_000_000 },
    ]);
    expect(stored?.financiers.map((f) => f.name)).toEqual(['Region Örebro län', 'Örebro kommun']);
    expect(stored?.risks[0]).toMatchObject({ likelihood: 4, consequence: 5 });
    expect(stored?.activities.find((a) => a.milestone)).toMatchObject({ title: 'Halvtidsrapport', startDate: '2027-12-15', endDate: '2027-12-15' });

    await projects.openList();
    const row = projects.listRow(title);
    expect(await projects.text(row)).toContain('600 000 kr');
    expect(await projects.text(row)).toContain('I balans');
    await expectAccessible(page, 'projektlistan med ett projekt');

    // The project, its activity and its milestone are on the timeline.
    const timeline = new TimelinePage(page);
    await timeline.open(baseUrl);
    await timeline.projectFilter().selectOption({ label: title });
    await timeline.bar('Projekt', title).waitFor();
    await timeline.bar('Projektaktivitet', 'Kickoff med skolorna').waitFor();
    await timeline.bar('Milstolpe', 'Halvtidsrapport').waitFor();
    await expectAccessible(page, 'tidslinjen med projektet');
  });
});
