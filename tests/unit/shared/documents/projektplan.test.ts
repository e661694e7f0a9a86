import { describe, expect, it } from 'vitest';
import type { Contact } from '#shared/domain/plan.ts';
import type { BudgetLine, Financier, Project, ProjectActivity, Risk } from '#shared/domain/project.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { buildProjektplan } from '#shared/documents/projektplan.ts';
import type { ProjektplanInput } from '#shared/documents/projektplan.ts';
import { formatKronor } from '#shared/format.ts';
import { budgetTotals, coFinancingShare, financingTotals, formatPercent } from '#shared/project/budget.ts';
import { projectCompleteness, projectCompletenessText } from '#shared/project/completeness.ts';
import { newProject, requiredProjectSectionKeys } from '#shared/project/defaults.ts';
import { projectLayout } from '#shared/project/template-sections.ts';
import type { TemplateSection } from '#shared/templates/schema.ts';
import { exampleWorkbook, longTrickyText, trickyText } from './document-fixtures.ts';
import { headings, paragraphTexts, part, unzipDocx } from './docx-reading.ts';
import { everyCellHasAParagraph, everyTableRepeatsItsHeader, furniture, sections, tables } from './docx-tables.ts';
import { validateDocx, validationTimeout } from './ooxml-validator.ts';
import { documentWords } from '#shared/documents/words/index.ts';

const kr = (kronor: number): number => kronor * 100;
const years = (pairs: [number, number][]) => pairs.map(([year, kronor]) => ({ year, ore: kr(kronor) }));

function contactNamed(contacts: readonly Contact[], name: string): string {
  const contact = contacts.find((c) => c.name === name);
  if (!contact) throw new Error(`the example workbook has ${name}`);
  return contact.id;
}

function activity(id: string, workPackageId: string | null, title: string, startDate: string, endDate: string, extra: Partial<ProjectActivity> = {}): ProjectActivity {
  return { id, workPackageId, title, responsible: 'Lars Nilsson', startDate, endDate, status: 'planned', milestone: false, ...extra };
}

function line(id: string, category: BudgetLine['category'], description: string, amounts: [number, number][]): BudgetLine {
  return { id, category, description, amounts: years(amounts) };
}

function financier(id: string, name: string, cash: [number, number][], inKind: [number, number][] = []): Financier {
  return { id, name, contactId: null, cash: years(cash), inKind: years(inKind) };
}

function risk(id: string, description: string, likelihood: number, consequence: number, mitigation = '', responsible = ''): Risk {
  return { id, description, likelihood, consequence, mitigation, responsible };
}

/** A filled project plan in the example workbook's goal area, 2026–2028: budget 1 500 000 kr, financed exactly. */
function fullInput(overrides: Partial<ProjektplanInput> = {}, projectOverrides: Partial<Project> = {}): ProjektplanInput {
  const example = exampleWorkbook();
  const goalArea = example.goalAreas[0];
  if (!goalArea) throw new Error('the example workbook has a goal area');
  const tactic = (title: string) => {
    const found = example.tactics.find((t) => t.title === title);
    if (!found) throw new Error(`the example workbook has the tactic ${title}`);
    return found;
  };
  const microLoans = tactic('Mikrolån och rådgivning');
  const oneEntrance = tactic('En ingång till innovationsstödet');
  const base = newProject({ id: 'p-1', goalAreaId: goalArea.id, title: 'Företagsakuten i Bergslagen', startDate: '2026-01-01', endDate: '2028-12-31', now: '2026-11-27T08:00:00.000Z' });
  const project: Project = {
    ...base,
    status: 'ongoing',
    strategyIds: [],
    tacticIds: [microLoans.id, oneEntrance.id],
    sections: [
      { key: 'sammanfattning', title: 'Sammanfattning', text: 'Företagsakuten ger nya företagare i Bergslagens kommuner rådgivning och mikrolån, nära dem och tidigt.' },
      { key: 'bakgrund', title: 'Bakgrund, problem och behov', text: 'Nyföretagandet i norra länet ligger under riksgenomsnittet.\nOrsaker: långt till rådgivning, svårt att låna små belopp.' },
      { key: 'syfte', title: 'Syfte', text: 'Fler företag ska starta och överleva sina första år i norra länet.' },
      { key: 'kommunikation', title: 'Kommunikation', text: 'Nyhetsbrev varje kvartal och ett avslutande seminarium.' },
      { key: 'spridning', title: 'Spridning av resultat', text: 'Metoden dokumenteras så att andra delar av länet kan ta den över.' },
      { key: 'uppfoljning', title: 'Uppföljning och utvärdering', text: 'Följeforskning av Örebro universitet; indikatorerna mäts varje halvår.' },
    ],
    goals: [
      { id: 'g-1', level: 'overall', text: 'Fler nystartade företag per 1 000 invånare i norra länet.', indicator: 'Nystartade företag per 1 000 invånare', baseline: '6,1', target: '8,0', targetDate: '2030-12-31' },
      { id: 'g-2', level: 'project', text: '120 företagare har fått rådgivning.', indicator: 'Antal rådgivna', baseline: '0', target: '120', targetDate: '2028-12-31' },
      { id: 'g-3', level: 'sub', text: 'Rådgivning finns i alla fyra kommunerna.', indicator: 'Kommuner med rådgivning', baseline: '1', target: '4', targetDate: '2026-12-31' },
      { id: 'g-4', level: 'sub', text: '40 mikrolån är beviljade.', indicator: 'Beviljade mikrolån', baseline: '0', target: '40', targetDate: null },
    ],
    targetGroups: { primary: 'Nya företagare i Lindesberg, Nora, Hällefors och Ljusnarsberg.', secondary: 'Kommunernas näringslivsenheter.' },
    stakeholders: 'Almi, bankerna, Ung Företagsamhet.',
    organisation: {
      ownerContactId: contactNamed(example.contacts, 'Karin Berg'),
      leaderContactId: contactNamed(example.contacts, 'Lars Nilsson'),
      steeringGroupContactIds: [contactNamed(example.contacts, 'Almi Företagspartner Mälardalen'), contactNamed(example.contacts, 'Karin Berg')],
      referenceGroupContactIds: [contactNamed(example.contacts, 'Örebro universitet, Innovation Office')],
      partnerContactIds: [contactNamed(example.contacts, 'Ung Företagsamhet Örebro län'), 'gone'],
    },
    workPackages: [
      { id: 'wp-1', title: 'Förankring i kommunerna', description: 'Avtal med de fyra kommunerna om lokaler och kontaktpersoner.' },
      { id: 'wp-2', title: 'Rådgivning och mikrolån', description: '' },
      { id: 'wp-3', title: 'Utvärdering', description: 'Följeforskning.' },
    ],
    activities: [
      activity('a-3', 'wp-2', 'Rådgivningsdagar varannan vecka', '2026-09-01', '2028-11-30', { status: 'ongoing', responsible: 'Almi Företagspartner Mälardalen' }),
      activity('a-1', 'wp-1', 'Avtal med kommunerna', '2026-01-15', '2026-04-30', { status: 'done' }),
      activity('a-2', 'wp-1', 'Alla kommuner anslutna', '2026-05-15', '2026-05-15', { milestone: true, status: 'done' }),
      activity('a-4', 'wp-2', 'Första mikrolånen beviljade', '2027-03-31', '2027-03-31', { milestone: true }),
      activity('a-5', null, 'Slutkonferens', '2028-11-20', '2028-11-20', { status: 'delayed' }),
    ],
    budget: [
      line('b-1', 'personal', 'Projektledare 50 %', [[2026, 300_000], [2027, 310_000], [2028, 320_000]]),
      line('b-2', 'travel', 'Resor till kommunerna', [[2026, 20_000], [2027, 20_000], [2028, 20_000]]),
      line('b-3', 'externalServices', 'Följeforskning', [[2027, 150_000], [2028, 200_000]]),
      line('b-4', 'indirectCosts', 'Schablon 15 % på personal', [[2028, 160_000]]),
    ],
    financiers: [
      financier('f-1', 'Region Örebro län', [[2026, 200_000], [2027, 240_000], [2028, 300_000]]),
      financier('f-2', 'Tillväxtverket', [[2027, 200_000], [2028, 360_000]]),
      financier('f-3', 'Kommunerna i Bergslagen', [], [[2026, 120_000], [2027, 40_000], [2028, 40_000]]),
    ],
    risks: [
      risk('r-1', 'Kommunerna drar sig ur', 2, 4, 'Avtal med uppsägningstid.', 'Karin Berg'),
      risk('r-2', 'Projektledaren slutar', 3, 5, 'Dokumentera löpande, dubbelbemanna rådgivningen.', 'Karin Berg'),
      risk('r-3', 'Få söker rådgivning', 2, 3, 'Marknadsför via bankerna.', 'Lars Nilsson'),
      risk('r-4', 'Rådgivningsdagar krockar', 2, 4),
    ],
    principles: [
      { principle: 'genderEquality', how: 'Hälften av mikrolånen till kvinnor.', rating: 'active' },
      { principle: 'accessibility', how: 'Lokaler som är tillgängliga.', rating: 'partial' },
      { principle: 'nonDiscrimination', how: '', rating: 'none' },
      { principle: 'sustainableDevelopment', how: '', rating: null },
    ],
    changeTheory: { challenge: 'Få startar företag i norra länet.', activities: 'Rådgivning och mikrolån nära företagarna.', results: '120 rådgivna, 40 lån.', effects: '' },
    ...projectOverrides,
  };
  const planActivities = example.activities.map((a) => (a.tacticId === microLoans.id ? { ...a, projectId: project.id } : a));
  return {
    project,
    goalArea,
    contacts: example.contacts,
    strategies: example.strategies,
    tactics: example.tactics,
    actionPlans: example.actionPlans,
    planActivities,
    ownerName: 'Anna Lindqvist',
    today: '2026-11-27',
    draft: false,
    completeness: projectCompleteness(project, requiredProjectSectionKeys),
    ...overrides,
  };
}

async function packed(input: ProjektplanInput): Promise<Map<string, string>> {
  return unzipDocx(await packDocx(buildProjektplan(input, documentWords('sv'), undefined)));
}

/** The first table after the heading with this text (the table of contents repeats the headings' texts, so match the heading style). */
function tableAfter(xml: string, headingText: string): string[][] {
  const heading = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((m) => /<w:pStyle w:val="Heading\d"\/>/.test(m[0]) && paragraphTexts(m[0]).join('') === headingText);
  if (!heading) throw new Error(`no heading ${headingText}`);
  const table = tables(xml.slice(heading.index))[0];
  if (!table) throw new Error(`no table after ${headingText}`);
  return table;
}

const full = fullInput();
const parts = await packed(full);
const documentXml = part(parts, 'word/document.xml');
const texts = paragraphTexts(documentXml);

describe('the projektplan as a Word document', () => {
  it('has the title and every part as real headings, the closing sections after the structured parts', () => {
    expect(headings(documentXml)).toEqual([
      ['Title', 'Företagsakuten i Bergslagen'],
      ['Heading1', 'Sammanfattning'],
      ['Heading1', 'Bakgrund, problem och behov'],
      ['Heading1', 'Syfte'],
      ['Heading1', 'Koppling till handlingsplanen'],
      ['Heading1', 'Mål'],
      ['Heading2', 'Övergripande mål'],
      ['Heading2', 'Projektmål'],
      ['Heading2', 'Delmål'],
      ['Heading1', 'Målgrupper och intressenter'],
      ['Heading1', 'Organisation'],
      ['Heading1', 'Aktiviteter och tidplan'],
      ['Heading2', 'Förankring i kommunerna'],
      ['Heading2', 'Rådgivning och mikrolån'],
      ['Heading2', 'Utvärdering'],
      ['Heading2', 'Aktiviteter utan arbetspaket'],
      ['Heading2', 'Tidplan'],
      ['Heading1', 'Budget'],
      ['Heading2', 'Kostnader per år'],
      ['Heading2', 'Per kategori'],
      ['Heading1', 'Finansiering'],
      ['Heading2', 'Finansiärer'],
      ['Heading2', 'Finansiering per år'],
      ['Heading2', 'Budget och finansiering per år'],
      ['Heading1', 'Risker'],
      ['Heading2', 'Riskmatris'],
      ['Heading1', 'Horisontella principer'],
      ['Heading2', 'Jämställdhet'],
      ['Heading2', 'Tillgänglighet'],
      ['Heading2', 'Icke-diskriminering'],
      ['Heading2', 'Hållbar utveckling'],
      ['Heading1', 'Förändringsteori'],
      ['Heading1', 'Kommunikation'],
      ['Heading1', 'Spridning av resultat'],
      ['Heading1', 'Uppföljning och utvärdering'],
    ]);
    expect(texts).toContain('Nyföretagandet i norra länet ligger under riksgenomsnittet.\nOrsaker: långt till rådgivning, svårt att låna små belopp.');
  });

  it('has a table of contents field over headings 1–2 that Word updates on opening', () => {
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(part(parts, 'word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('is in Swedish: sv-SE on the default run style and the heading styles', () => {
    const styles = part(parts, 'word/styles.xml');
    expect(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0]).toContain('<w:lang w:val="sv-SE"/>');
    for (const id of ['Title', 'Heading1', 'Heading2']) {
      expect(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0], id).toContain('<w:lang w:val="sv-SE"/>');
    }
  });

  it('marks every table header row to repeat and puts a paragraph in every cell', () => {
    expect(tables(documentXml).length).toBe(15); // goals 3, organisation, work packages 2 + loose, timeline, budget 2, financing 3, risks, matrix
    expect(everyTableRepeatsItsHeader(documentXml)).toBe(true);
    expect(everyCellHasAParagraph(documentXml)).toBe(true);
  });

  it('has a title page with goal area, period in words, status, owner, leader, author and date', () => {
    const at = texts.indexOf('Företagsakuten i Bergslagen');
    expect(texts[at - 1]).toBe('Projektplan');
    expect(texts.slice(at + 1, at + 8)).toEqual([
      'Målområde: Innovationer och entreprenörskap (IE)',
      'Projektperiod: 1 januari 2026 – 31 december 2028',
      'Status: Pågår',
      'Projektägare: Karin Berg (Region Örebro län)',
      'Projektledare: Lars Nilsson (Karlskoga kommun)',
      'Upprättad av: Anna Lindqvist',
      'Datum: 27 november 2026',
    ]);
  });

  it('names goal area, project and date in every header, "Sida X av Y" in every footer, and fills the core properties', () => {
    for (const header of furniture(parts, 'header')) expect(paragraphTexts(header).join('')).toBe('Innovationer och entreprenörskap · Projektplan Företagsakuten i Bergslagen · 27\u00a0november\u00a02026');
    const footers = furniture(parts, 'footer');
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) expect(footer).toMatch(/Sida [\s\S]*>PAGE<[\s\S]* av [\s\S]*>NUMPAGES</);
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Projektplan Företagsakuten i Bergslagen</dc:title>');
    expect(core).toContain('<dc:creator>Anna Lindqvist</dc:creator>');
    expect(core).toContain('<dc:subject>Projektplan inom målområdet Innovationer och entreprenörskap</dc:subject>');
    expect(core).toContain('<dc:description>Projektplan för 2026-01-01–2028-12-31, status pågår, 27 november 2026.</dc:description>');
  });

  it('names the linked strategies with their linked tactics, in the plan’s order', () => {
    const at = texts.indexOf('Koppling till handlingsplanen');
    const block = texts.slice(at + 1, texts.indexOf('Mål', at));
    expect(block[0]).toBe('Projektet genomför dessa delar av handlingsplanen ”Handlingsplan Innovationer och entreprenörskap 2026–2028” för målområdet Innovationer och entreprenörskap:');
    expect(block.filter((t) => t.startsWith('Strategi: ') || t.startsWith('Taktik: '))).toEqual([
      'Strategi: Innovationsstöd i hela länet',
      'Taktik: En ingång till innovationsstödet',
      'Strategi: Finansiering i tidiga skeden',
      'Taktik: Mikrolån och rådgivning',
    ]);
  });

  it('names each plan with its period when the links stand in two plans (after Ny period), and the goal area alone when the plans are not known', async () => {
    const example = exampleWorkbook();
    const [plan] = example.actionPlans;
    const strategy = example.strategies.find((x) => x.title === 'Finansiering i tidiga skeden');
    if (!plan || !strategy) throw new Error('the example workbook has a plan and the strategy');
    const next = { ...plan, id: 'plan-next', periodStart: 2029, periodEnd: 2031, title: 'Handlingsplan IE nästa period' };
    const copy = { ...strategy, id: 'strategy-next', planId: next.id };
    const input = fullInput({ strategies: [...full.strategies, copy], actionPlans: [plan, next] }, { strategyIds: [copy.id] });
    const linked = paragraphTexts(part(await packed(input), 'word/document.xml'));
    const at = linked.indexOf('Koppling till handlingsplanen');
    const block = linked.slice(at + 1, linked.indexOf('Mål', at));
    expect(block[0]).toBe('Projektet genomför dessa delar av 2 handlingsplaner för målområdet Innovationer och entreprenörskap:');
    expect(block.filter((t) => /^(Handlingsplan|Strategi|Taktik): /u.test(t))).toEqual([
      'Handlingsplan: Handlingsplan Innovationer och entreprenörskap 2026–2028',
      'Strategi: Innovationsstöd i hela länet',
      'Taktik: En ingång till innovationsstödet',
      'Strategi: Finansiering i tidiga skeden',
      'Taktik: Mikrolån och rådgivning',
      'Handlingsplan: Handlingsplan IE nästa period (2029–2031)',
      'Strategi: Finansiering i tidiga skeden',
    ]);
    expect(block.at(-1)).toBe('Projektet genomför strategin utan att en särskild taktik är vald.');
    const unknown = paragraphTexts(part(await packed(fullInput({ actionPlans: undefined })), 'word/document.xml'));
    expect(unknown).toContain('Projektet genomför dessa delar av handlingsplanen för målområdet Innovationer och entreprenörskap:');
  });

  it('shows each goal level as a table with indicator, baseline, target and ISO date', () => {
    expect(tableAfter(documentXml, 'Delmål')).toEqual([
      ['Mål', 'Indikator', 'Utgångsläge', 'Målvärde', 'Datum'],
      ['Rådgivning finns i alla fyra kommunerna.', 'Kommuner med rådgivning', '1', '4', '2026-12-31'],
      ['40 mikrolån är beviljade.', 'Beviljade mikrolån', '0', '40', '–'],
    ]);
  });

  it('lists the organisation by role with names and organisations (an organisation contact is its own, or the one it belongs to), saying when a contact is gone', () => {
    expect(tableAfter(documentXml, 'Organisation')).toEqual([
      ['Roll', 'Namn', 'Organisation'],
      ['Projektägare', 'Karin Berg', 'Region Örebro län'],
      ['Projektledare', 'Lars Nilsson', 'Karlskoga kommun'],
      ['Styrgrupp', 'Almi Företagspartner Mälardalen', 'Almi Företagspartner Mälardalen'],
      ['Styrgrupp', 'Karin Berg', 'Region Örebro län'],
      ['Referensgrupp', 'Örebro universitet, Innovation Office', 'Örebro universitet'],
      ['Samarbetspartner', 'Ung Företagsamhet Örebro län', 'Ung Företagsamhet Örebro län'],
      ['Samarbetspartner', '(kontakten finns inte längre)', ''],
    ]);
  });

  it('lists work packages with their activities by date, marking milestones in words', () => {
    expect(tableAfter(documentXml, 'Förankring i kommunerna')).toEqual([
      ['Aktivitet', 'Start', 'Slut', 'Ansvarig', 'Status'],
      ['Avtal med kommunerna', '2026-01-15', '2026-04-30', 'Lars Nilsson', 'Klar'],
      ['Milstolpe: Alla kommuner anslutna', '2026-05-15', '2026-05-15', 'Lars Nilsson', 'Klar'],
    ]);
    const at = texts.indexOf('Utvärdering');
    expect(texts.slice(at + 1, at + 3)).toEqual(['Följeforskning.', 'Arbetspaketet har inga aktiviteter ännu.']);
    const planActivities = full.planActivities?.filter((a) => a.projectId === 'p-1').length ?? 0;
    expect(planActivities).toBe(4);
    expect(texts).toContain('Projektet har 3 aktiviteter och 2 milstolpar i 3 arbetspaket. Dessutom genomför projektet 4 aktiviteter i handlingsplanen; de står med i tidplanen.');
  });

  it('has a timeline of everything by date with its quarter, the plan’s activities included', () => {
    const timeline = tableAfter(documentXml, 'Tidplan');
    expect(timeline[0]).toEqual(['Kvartal', 'Start', 'Slut', 'Aktivitet', 'Del av']);
    const starts = timeline.slice(1).map((r) => r[1] ?? '');
    expect(starts).toEqual([...starts].sort());
    expect(timeline).toContainEqual(['2026 K2', '2026-05-15', '2026-05-15', 'Milstolpe: Alla kommuner anslutna', 'Förankring i kommunerna']);
    expect(timeline).toContainEqual(['2028 K4', '2028-11-20', '2028-11-20', 'Slutkonferens', '–']);
    const planRows = timeline.filter((r) => r[4] === 'Handlingsplanen: Mikrolån och rådgivning');
    expect(planRows).toHaveLength(full.planActivities?.filter((a) => a.projectId === 'p-1').length ?? -1);
    expect(planRows.length).toBeGreaterThan(0);
  });

  it('says so when work packages have no activities yet, instead of an empty timeline', async () => {
    const xml = part(await packed({ ...fullInput({}, { activities: [] }), planActivities: [] }), 'word/document.xml');
    const out = paragraphTexts(xml);
    expect(out).toContain('Projektet har 0 aktiviteter och 0 milstolpar i 3 arbetspaket.');
    expect(out[out.indexOf('Tidplan') + 1]).toBe('Tidplanen är tom: arbetspaketen har inga aktiviteter ännu.');
    expect(tables(xml).some((t) => t[0]?.[0] === 'Kvartal')).toBe(false);
  });

  it('counts a project within one year in months', async () => {
    const short = fullInput({}, { startDate: '2026-03-01', endDate: '2026-12-31', activities: [activity('a-1', null, 'Start', '2026-03-02', '2026-03-02')], budget: [], financiers: [] });
    const timeline = tableAfter(part(await packed({ ...short, planActivities: [] }), 'word/document.xml'), 'Tidplan');
    expect(timeline).toEqual([
      ['Månad', 'Start', 'Slut', 'Aktivitet', 'Del av'],
      ['mars 2026', '2026-03-02', '2026-03-02', 'Start', '–'],
    ]);
  });

  it('sums the budget per year, per line and per category as budgetTotals does', () => {
    const totals = budgetTotals(full.project);
    const budget = tableAfter(documentXml, 'Kostnader per år');
    expect(budget[0]).toEqual(['Kategori', 'Beskrivning', '2026', '2027', '2028', 'Summa']);
    expect(budget.slice(1, -1).map((r) => r[0])).toEqual(['Personal', 'Externa tjänster', 'Resor', 'Indirekta kostnader']);
    expect(budget.at(-2)).toEqual(['Indirekta kostnader', 'Schablon 15 % på personal', '0 kr', '0 kr', '160\u00a0000 kr', '160\u00a0000 kr']);
    expect(budget.at(-1)).toEqual(['Summa', '', '320\u00a0000 kr', '480\u00a0000 kr', '700\u00a0000 kr', '1\u00a0500\u00a0000 kr']);
    expect(budget.at(-1)?.slice(2)).toEqual([...[2026, 2027, 2028].map((y) => formatKronor(totals.byYear.get(y) ?? -1)), formatKronor(totals.total)]);
    for (const [i, l] of full.project.budget.entries()) expect(budget.find((r) => r[1] === l.description)?.at(-1), l.description).toBe(formatKronor(totals.byLine[i]?.total ?? -1));
    const categories = tableAfter(documentXml, 'Per kategori');
    expect(categories).toHaveLength(1 + 7 + 1);
    expect(categories).toContainEqual(['Personal', formatKronor(totals.byCategory.personal), formatPercent(totals.byCategory.personal / totals.total)]);
    expect(categories.at(-1)).toEqual(['Summa', '1\u00a0500\u00a0000 kr', '100,0\u00a0%']);
  });

  it('sums the financing per financier, kind and year as financingTotals does, with each one’s share of the budget', () => {
    const totals = financingTotals(full.project);
    const financiers = tableAfter(documentXml, 'Finansiärer');
    expect(financiers[0]).toEqual(['Finansiär', 'Kontant', 'I natura', 'Summa', 'Andel av budgeten']);
    expect(financiers[1]).toEqual(['Region Örebro län', '740\u00a0000 kr', '0 kr', '740\u00a0000 kr', formatPercent(coFinancingShare(full.project, 'f-1'))]);
    expect(financiers[3]).toEqual(['Kommunerna i Bergslagen', '0 kr', '200\u00a0000 kr', '200\u00a0000 kr', '13,3\u00a0%']);
    expect(financiers.at(-1)).toEqual(['Summa', formatKronor(totals.cash), formatKronor(totals.inKind), formatKronor(totals.total), '100,0\u00a0%']);
    expect(totals.cash).toBe(kr(1_300_000));
    const perYear = tableAfter(documentXml, 'Finansiering per år');
    expect(perYear.map((r) => r.slice(0, 2))).toEqual([
      ['Finansiär', 'Slag'],
      ['Region Örebro län', 'Kontant'],
      ['Tillväxtverket', 'Kontant'],
      ['Kommunerna i Bergslagen', 'I natura'],
      ['Summa', ''],
    ]);
    expect(perYear.at(-1)?.slice(2)).toEqual([...[2026, 2027, 2028].map((y) => formatKronor(totals.byYear.get(y)?.total ?? -1)), formatKronor(totals.total)]);
    expect(perYear[2]?.slice(2)).toEqual(['0 kr', '200\u00a0000 kr', '360\u00a0000 kr', '560\u00a0000 kr']);
    expect(tableAfter(documentXml, 'Budget och finansiering per år').at(-1)).toEqual(['Summa', '1\u00a0500\u00a0000 kr', '1\u00a0500\u00a0000 kr', '0 kr']);
  });

  it('shows öre exactly, so the cells add up to the total and a 50-öre gap is not rounded away', async () => {
    const input = fullInput({}, {
      budget: [{ id: 'b-1', category: 'other', description: 'Fika', amounts: [{ year: 2026, ore: 123_456 }, { year: 2027, ore: 44 }] }],
      financiers: [{ id: 'f-1', name: 'Region Örebro län', contactId: null, cash: [{ year: 2026, ore: 123_450 }], inKind: [] }],
    });
    const xml = part(await packed(input), 'word/document.xml');
    expect(tableAfter(xml, 'Kostnader per år')).toContainEqual(['Övrigt', 'Fika', '1\u00a0234,56 kr', '0,44 kr', '0 kr', '1\u00a0235 kr']);
    expect(paragraphTexts(xml)).toContain('Det saknas 0,50 kr i finansieringen.');
    expect(tableAfter(xml, 'Budget och finansiering per år')).toContainEqual(['2027', '0,44 kr', '0 kr', '\u22120,44 kr']);
  });

  it.each<[string, Financier[], string]>([
    ['covers the budget', [], 'Finansieringen täcker budgeten.'],
    ['misses 150 000 kr', [], 'Det saknas 150\u00a0000 kr i finansieringen.'],
    ['exceeds the budget', [financier('f-x', 'Sparbanksstiftelsen', [[2027, 75_000]])], 'Finansieringen överstiger budgeten med 75\u00a0000 kr.'],
  ])('states the balance plainly when financing %s', async (_case, extra, sentence) => {
    const base = fullInput();
    // Missing: Region Örebro län gives 150 000 kr less in 2028.
    const financiers = sentence.startsWith('Det saknas')
      ? base.project.financiers.map((f) => (f.id === 'f-1' ? { ...f, cash: years([[2026, 200_000], [2027, 240_000], [2028, 150_000]]) } : f))
      : base.project.financiers;
    const out = paragraphTexts(part(await packed(fullInput({}, { financiers: [...financiers, ...extra] })), 'word/document.xml'));
    const at = out.indexOf('Finansiering');
    expect(out.slice(at + 1, at + 3)).toContainEqual(sentence);
    expect(out.filter((t) => /täcker budgeten\.$|saknas .* i finansieringen\.$|överstiger budgeten med/.test(t))).toEqual([sentence]);
  });

  it('sets budget and financing in a landscape section when there are more than three years', async () => {
    expect(sections(documentXml).map((s) => /w:orient="(\w+)"/.exec(s)?.[1])).toEqual(['portrait']);
    const long = fullInput({}, { endDate: '2029-12-31' });
    const xml = part(await packed(long), 'word/document.xml');
    const parts4 = sections(xml);
    expect(parts4.map((s) => /w:orient="(\w+)"/.exec(s)?.[1])).toEqual(['portrait', 'landscape', 'portrait']);
    expect(headings(parts4[1] ?? '').filter(([level]) => level === 'Heading1').map(([, t]) => t)).toEqual(['Budget', 'Finansiering']);
    expect(tableAfter(parts4[1] ?? '', 'Kostnader per år')[0]).toEqual(['Kategori', 'Beskrivning', '2026', '2027', '2028', '2029', 'Summa']);
  });

  it('sets budget and financing in landscape also when three years of large amounts do not fit across a portrait page', async () => {
    const large = fullInput({}, { budget: [line('b-1', 'investments', 'Anläggning', [[2026, 12_345_678], [2027, 23_456_789], [2028, 34_567_890]])] });
    const xml = part(await packed(large), 'word/document.xml');
    expect(sections(xml).map((s) => /w:orient="(\w+)"/.exec(s)?.[1])).toEqual(['portrait', 'landscape', 'portrait']);
    expect(tableAfter(xml, 'Kostnader per år').at(-1)?.at(-1)).toBe('70\u00a0370\u00a0357 kr');
  });

  it('lists risks by score with level in words, and places their numbers in the 5×5 matrix', () => {
    expect(tableAfter(documentXml, 'Risker')).toEqual([
      ['Nr', 'Risk', 'Sanno\u00adlikhet', 'Konse\u00adkvens', 'Nivå', 'Åtgärd', 'Ansvarig'],
      ['1', 'Projektledaren slutar', '3', '5', 'Hög (15)', 'Dokumentera löpande, dubbelbemanna rådgivningen.', 'Karin Berg'],
      ['2', 'Kommunerna drar sig ur', '2', '4', 'Medel (8)', 'Avtal med uppsägningstid.', 'Karin Berg'],
      ['3', 'Rådgivningsdagar krockar', '2', '4', 'Medel (8)', '', ''],
      ['4', 'Få söker rådgivning', '2', '3', 'Medel (6)', 'Marknadsför via bankerna.', 'Lars Nilsson'],
    ]);
    const matrix = tableAfter(documentXml, 'Riskmatris');
    expect(matrix[0]).toEqual(['Konsekvens ↑\nSannolikhet →', 'Sannolikhet 1', 'Sannolikhet 2', 'Sannolikhet 3', 'Sannolikhet 4', 'Sannolikhet 5']);
    expect(matrix.map((r) => r[0])).toEqual(['Konsekvens ↑\nSannolikhet →', 'Konsekvens 5', 'Konsekvens 4', 'Konsekvens 3', 'Konsekvens 2', 'Konsekvens 1']);
    expect(matrix[1]?.[3]).toBe('Hög\nRisk 1');
    expect(matrix[2]?.[2]).toBe('Medel\nRisker 2, 3');
    expect(matrix[3]?.[2]).toBe('Medel\nRisk 4');
    expect(matrix[5]?.[1]).toBe('Låg');
    expect(matrix[1]?.[5]).toBe('Hög');
  });

  it('gives each horizontal principle its rating and how, and says when one is not rated', () => {
    const at = texts.indexOf('Jämställdhet');
    expect(texts.slice(at + 1, at + 3)).toEqual(['Bedömning: Aktivt', 'Hälften av mikrolånen till kvinnor.']);
    const last = texts.indexOf('Hållbar utveckling');
    expect(texts.slice(last + 1, last + 3)).toEqual(['Bedömning: Ej bedömd', 'Hur projektet arbetar med principen är inte beskrivet.']);
  });

  it('shows the theory of change only when some of it is written', async () => {
    const at = texts.indexOf('Förändringsteori');
    expect(texts.slice(at + 2, at + 10)).toEqual(['Utmaning', 'Få startar företag i norra länet.', 'Aktiviteter', 'Rådgivning och mikrolån nära företagarna.', 'Resultat', '120 rådgivna, 40 lån.', 'Effekter', 'Ej ifyllt']);
    const none = await packed(fullInput({}, { changeTheory: { challenge: ' ', activities: '', results: '', effects: '\n' } }));
    expect(headings(part(none, 'word/document.xml')).map(([, t]) => t)).not.toContain('Förändringsteori');
  });

  it('marks a draft UTKAST in every header and ends with what is still missing', async () => {
    expect([...parts].filter(([n]) => n.startsWith('word/')).some(([, xml]) => xml.includes('UTKAST'))).toBe(false);
    expect(texts).not.toContain('Att komplettera');
    const input = fullInput({ draft: true }, { tacticIds: [], goals: [] });
    const completeness = projectCompleteness(input.project, requiredProjectSectionKeys);
    const draft = await packed({ ...input, completeness });
    const xml = part(draft, 'word/document.xml');
    const out = paragraphTexts(xml);
    expect(out).toContain('UTKAST');
    for (const header of furniture(draft, 'header')) expect(paragraphTexts(header).join('').startsWith('UTKAST – ')).toBe(true);
    expect(headings(xml).at(-1)).toEqual(['Heading1', 'Att komplettera']);
    const listed = out.slice(out.indexOf('Att komplettera') + 2);
    expect(listed).toEqual(completeness.map((item) => projectCompletenessText(item, input.project)));
    expect(listed).toContain('Projektet är inte kopplat till någon taktik i handlingsplanen.');
    expect(xml.match(/<w:numPr>/g)?.length).toBeGreaterThanOrEqual(completeness.length);
  });

  it('builds a project with nothing filled in, saying so in sentences instead of empty tables', async () => {
    const project = newProject({ id: 'p-0', goalAreaId: 'gone', title: 'Nytt projekt', startDate: '2026-01-01', endDate: '2026-12-31', now: '2026-11-27T08:00:00.000Z' });
    const input: ProjektplanInput = { project, goalArea: null, contacts: [], strategies: [], tactics: [], ownerName: '', today: '2026-11-27', draft: true, completeness: projectCompleteness(project, requiredProjectSectionKeys) };
    const xml = part(await packed(input), 'word/document.xml');
    const out = paragraphTexts(xml);
    expect(tables(xml)).toEqual([]);
    for (const sentence of [
      'Målområde: Ej angivet',
      'Projektägare: Ej angiven',
      'Projektet är inte kopplat till någon strategi eller taktik i handlingsplanen.',
      'Projektet har inga mål ännu.',
      'Målgrupper och intressenter är inte beskrivna ännu.',
      'Projektets organisation är inte angiven ännu.',
      'Projektet har inga aktiviteter ännu.',
      'Budgeten har inga kostnadsrader ännu.',
      'Ingen finansiär är angiven ännu, och budgeten är tom.',
      'Inga risker är beskrivna ännu.',
      'Bedömning: Ej bedömd',
      'Budgeten har inga kostnadsrader.',
    ]) {
      expect(out, sentence).toContain(sentence);
    }
    expect(out.filter((t) => t === 'Ej ifyllt')).toHaveLength(5);
    expect(headings(xml).map(([, t]) => t)).not.toContain('Förändringsteori');
  });

  it('keeps hard text exactly: XML characters, quotes, emoji, line breaks and 50 000 characters', async () => {
    const input = fullInput({ ownerName: 'Åsa "Ä" <Öberg> & co 👩🏽‍💻' });
    const p = input.project;
    const project: Project = {
      ...p,
      title: `Projekt ${trickyText}`,
      sections: [{ key: 'sammanfattning', title: 'Rubrik & <titel> "x"', text: longTrickyText }, ...p.sections.slice(1)],
      goals: [{ ...(p.goals[0] ?? goalMissing()), text: trickyText, indicator: '<%> & "x"' }],
      budget: [{ ...(p.budget[0] ?? goalMissing()), description: trickyText }],
      financiers: [{ ...(p.financiers[0] ?? goalMissing()), name: trickyText }],
      risks: [risk('r-x', trickyText, 5, 5, longTrickyText, '&')],
      changeTheory: { ...p.changeTheory, effects: trickyText },
    };
    const result = await packed({ ...input, project });
    const xml = part(result, 'word/document.xml');
    const out = paragraphTexts(xml);
    expect(out).toContain(longTrickyText);
    expect(out).toContain(trickyText);
    expect(headings(xml)).toContainEqual(['Heading1', 'Rubrik & <titel> "x"']);
    expect(headings(xml)[0]).toEqual(['Title', `Projekt ${trickyText}`]);
    expect(tableAfter(xml, 'Risker')[1]?.slice(1, 2)).toEqual([trickyText]);
    expect(tableAfter(xml, 'Risker')[1]?.[5]).toBe(longTrickyText);
    expect(tableAfter(xml, 'Finansiärer')[1]?.[0]).toBe(trickyText);
    expect(tableAfter(xml, 'Övergripande mål')[1]?.slice(0, 2)).toEqual([trickyText, '<%> & "x"']);
    expect(out).toContain('Upprättad av: Åsa "Ä" <Öberg> & co 👩🏽‍💻');
    expect(part(result, 'docProps/core.xml')).toContain('<dc:creator>Åsa &quot;Ä&quot; &lt;Öberg&gt; &amp; co 👩🏽‍💻</dc:creator>');
    expect(everyCellHasAParagraph(xml)).toBe(true);
  });
});

function goalMissing(): never {
  throw new Error('the full example has goals, budget lines and financiers');
}

describe('the projektplan passes the Open XML schema validator', () => {
  it.each<[string, () => ProjektplanInput]>([
    ['a full project', () => fullInput()],
    ['a full project over four years (landscape), as a draft', () => fullInput({ draft: true }, { endDate: '2029-12-31' })],
    [
      'a project with nothing filled in',
      () => {
        const project = newProject({ id: 'p-0', goalAreaId: 'gone', title: 'Nytt projekt', startDate: '2026-01-01', endDate: '2026-12-31', now: '2026-11-27T08:00:00.000Z' });
        return { project, goalArea: null, contacts: [], strategies: [], tactics: [], ownerName: '', today: '2026-11-27', draft: true, completeness: projectCompleteness(project, requiredProjectSectionKeys) };
      },
    ],
  ])('%s', async (_name, input) => {
    const result = await validateDocx(await packDocx(buildProjektplan(input(), documentWords('sv'), undefined)));
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  }, validationTimeout);
});

describe('the projektplan follows the project’s template', () => {
  const section = (key: string, kind: TemplateSection['kind'], title: string, required = true): TemplateSection => ({ key, title, guidance: '', required, kind });
  // The secretariat's own order: goals and risks first, budget with its own title, a required section the project has not written.
  const templateSections: TemplateSection[] = [
    section('sammanfattning', 'freeText', 'Sammanfattning'),
    section('mal', 'goals', 'Mål'),
    section('risker', 'risks', 'Risker'),
    section('hallbarhet', 'freeText', 'Hållbarhet och miljö'),
    section('pengar', 'budget', 'Kostnader'),
    section('finansiering', 'financing', 'Finansiering'),
  ];

  it('puts sections and parts in the template’s order, with its titles, and a section the project lacks as not filled in', async () => {
    const base = fullInput();
    const layout = projectLayout(base.project.sections, templateSections);
    const completeness = projectCompleteness(base.project, layout.requiredSectionKeys);
    const xml = part(await packed({ ...base, layout, completeness, draft: completeness.length > 0 }), 'word/document.xml');
    const level1 = headings(xml)
      .filter(([style]) => style === 'Heading1')
      .map(([, text]) => text);
    expect(level1.slice(0, 6)).toEqual(['Sammanfattning', 'Mål', 'Risker', 'Hållbarhet och miljö', 'Kostnader', 'Finansiering']);
    // The parts the template leaves out follow in the fixed order, then the project's own sections the template lacks.
    expect(level1.slice(6, 9)).toEqual(['Koppling till handlingsplanen', 'Målgrupper och intressenter', 'Organisation']);
    expect(level1).toContain('Bakgrund, problem och behov');
    expect(level1.at(-1)).toBe('Att komplettera');
    const texts = paragraphTexts(xml);
    expect(texts[texts.indexOf('Hållbarhet och miljö', texts.indexOf('Risker') + 1) + 1]).toBe('Ej ifyllt');
    expect(texts).toContain('Avsnittet ”Hållbarhet och miljö” saknar text.');
  });
});
