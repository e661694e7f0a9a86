/**
 * Bemötande: the MOA's response to a review, as the secretariat reads it. Every comment and suggested
 * edit under the part it was made on, in the plan's order, replies indented under their comment, the
 * status and answer in words ("Inget svar ännu" when there is none), the items outside every part and
 * from another plan or version in sections of their own; a summary per status and per reviewer; what
 * changed since the reviewed version, from the plan editor's diff; reviewers' text kept verbatim.
 */
import { describe, expect, it } from 'vitest';
import { buildBemotande, changesSinceReview, type BemotandeInput } from '#shared/documents/bemotande.ts';
import { bemotandeExportNames } from '#shared/documents/export-names.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { documentWords } from '#shared/documents/words/index.ts';
import type { PlanSnapshot } from '#shared/domain/plan.ts';
import { reviewItemSchema, type ReviewItem } from '#shared/domain/review.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { snapshotPlan } from '#shared/plan/versions.ts';
import { exampleHandlingsplanInput, longTrickyText, trickyText } from './document-fixtures.ts';
import { headings, paragraphTexts, part, unzipDocx } from './docx-reading.ts';
import { everyCellHasAParagraph, everyTableRepeatsItsHeader, furniture, tables } from './docx-tables.ts';
import { validateDocx, validationTimeout } from './ooxml-validator.ts';

const sv = documentWords('sv');
const en = documentWords('en');

/** The example plan as submitted in version 1: the version the reviewers read. */
function reviewedPlan(): PlanSnapshot {
  const { content } = exampleHandlingsplanInput();
  return snapshotPlan({ ...content, plan: { ...content.plan, status: 'submitted' } });
}

/**
 * The plan now, version 2 as a draft: the first strategy's *varför?* rewritten, the UF fair started,
 * the kick-off removed, a new activity under the microloans tactic and a section's text changed.
 */
function currentPlan(): PlanContent {
  const s = reviewedPlan();
  return {
    plan: { ...s.plan, version: 2, status: 'draft', sections: s.plan.sections.map((x) => (x.key === 'nulage' ? { ...x, text: 'Nuläget efter granskningen.' } : x)) },
    strategies: s.strategies.map((x) => (x.id === 'id-8' ? { ...x, why: 'Få unga kvinnor startar företag i länet.' } : x)),
    tactics: s.tactics,
    activities: [
      ...s.activities.filter((a) => a.id !== 'id-10').map((a) => (a.id === 'id-11' ? { ...a, status: 'ongoing' as const } : a)),
      { ...(s.activities.find((a) => a.id === 'id-11') ?? s.activities[0]!), id: 'new-1', tacticId: 'id-22', title: 'Förebilder bland kvinnliga företagare', order: 99 },
    ],
  };
}

let n = 0;
function item(overrides: Partial<ReviewItem> & Pick<ReviewItem, 'text' | 'placement'>): ReviewItem {
  n += 1;
  return reviewItemSchema.parse({
    id: `item-${n}`,
    planId: 'id-2',
    version: 1,
    kind: 'comment',
    author: 'Maria Svensson',
    initials: 'MS',
    writtenAt: '2027-04-02T10:15:00Z',
    commentedText: '',
    parentId: null,
    resolvedInWord: false,
    status: 'new',
    answer: '',
    source: { fileName: 'kommenterad.docx', identity: `identity-${n}` },
    importedAt: '2027-04-05T08:00:00.000Z',
    updatedAt: '2027-04-05T08:00:00.000Z',
    ...overrides,
  });
}

const onPart = (partKind: 'section' | 'strategy' | 'tactic' | 'activity' | 'indicator' | 'perspective', recordId: string) => ({ kind: 'part' as const, partKind, recordId, anchor: '_moa_x' });

/** One of everything: a thread, suggestions of both kinds, a part removed since, outside, another plan, another version. */
function reviewItems(): ReviewItem[] {
  const strategyComment = item({
    id: 'c-strategy',
    text: 'Hur når strategin kvinnor som driver företag?',
    commentedText: 'Fler unga företagare',
    placement: onPart('strategy', 'id-8'),
    status: 'answered',
    answer: 'Vi lägger till en aktivitet med kvinnliga förebilder.',
  });
  return [
    // Listed before its comment, and written a day later: shown under it all the same.
    item({ id: 'r-strategy', author: 'Per Ek', writtenAt: '2027-04-03T09:00:00Z', text: 'Håller med, och tänk på landsbygden.', parentId: 'c-strategy', placement: onPart('strategy', 'id-8') }),
    item({ id: 'c-tactic', author: 'Per Ek', writtenAt: '2027-04-01T12:00:00Z', text: 'Vem står för rådgivningen?', placement: onPart('tactic', 'id-22'), status: 'done', answer: 'Almi står för rådgivningen; det står nu i planen.' }),
    item({ id: 's-activity', kind: 'insertion', text: ' i samarbete med Almi', placement: onPart('activity', 'id-11'), status: 'notDone', answer: 'Ryms inte i budgeten i år.' }),
    item({ id: 's-section', kind: 'deletion', text: 'Texten om 2020 års läge', placement: onPart('section', 'nulage'), resolvedInWord: true }),
    item({ id: 'c-removed', text: 'Är kickoffen verkligen nödvändig?', placement: onPart('activity', 'id-10'), status: 'answered', answer: 'Nej, den är struken.' }),
    strategyComment,
    item({ id: 'c-outside', author: 'RUS-kansliet', text: 'Titelsidan saknar datum.', placement: { kind: 'outside' } }),
    item({ id: 'c-other-plan', author: 'Eva Berg', text: 'Gäller detta rätt plan?', placement: { kind: 'otherPlan', planId: 'another-plan' } }),
    item({ id: 'c-other-version', author: 'Eva Berg', writtenAt: null, text: 'En kommentar på en äldre fil.', placement: { kind: 'otherVersion', version: 3 } }),
  ];
}

function input(overrides: Partial<BemotandeInput> = {}): BemotandeInput {
  const example = exampleHandlingsplanInput();
  return {
    current: currentPlan(),
    goalArea: { ...example.goalArea, reviewers: [{ name: 'Maria Svensson', organisation: 'Länsstyrelsen', email: '', perspective: 'jämställdhet' }] },
    reviewedVersion: 1,
    reviewed: { snapshot: reviewedPlan(), submittedAt: '2027-03-20T14:00:00.000Z' },
    items: reviewItems(),
    contacts: example.contacts,
    goalAreas: [example.goalArea],
    ownerName: 'Anna Lindqvist',
    today: '2027-04-10',
    ...overrides,
  };
}

async function packed(given: BemotandeInput, words = sv) {
  const bytes = await packDocx(buildBemotande(given, words, undefined));
  const parts = unzipDocx(bytes);
  const xml = part(parts, 'word/document.xml');
  return { bytes, parts, xml, texts: paragraphTexts(xml) };
}

/** The texts after a heading up to the next heading. */
function under(xml: string, texts: readonly string[], title: string): string[] {
  const all = new Set(headings(xml).map(([, text]) => text));
  const start = texts.indexOf(title);
  if (start < 0) throw new Error(`no heading ${title}`);
  const next = texts.findIndex((t, i) => i > start && all.has(t));
  return texts.slice(start + 1, next === -1 ? undefined : next);
}

/** The paragraph holding `text`, raw. */
function paragraphWith(xml: string, text: string): string {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/gu) ?? []).find((p) => paragraphTexts(p).join('').includes(text)) ?? '';
}

const { xml, texts, parts, bytes } = await packed(input());

describe('the response to a review', () => {
  it('opens with the plan, the goal area, the version reviewed and the plan now, the day and the MOA', () => {
    expect(texts.slice(0, 7)).toEqual([
      'Bemötande av granskning',
      'Målområde: IE Innovationer och entreprenörskap',
      'Handlingsplan: Handlingsplan Innovationer och entreprenörskap 2026–2028',
      'Granskad version: version 1, inlämnad 2027-03-20',
      'Planen nu: version 2 (utkast)',
      'Datum: 2027-04-10',
      'Målområdesansvarig: Anna Lindqvist',
    ]);
  });

  it('has the summary, the parts in the plan’s order, the items apart and the changes as headings', () => {
    expect(headings(xml).slice(1)).toEqual([
      ['Heading1', 'Sammanfattning'],
      ['Heading2', 'Per status'],
      ['Heading2', 'Per granskare'],
      ['Heading1', 'Synpunkter per del av planen'],
      ['Heading2', 'Avsnitt Nuläge och omvärld'],
      ['Heading2', 'Strategi 1 Fler unga företagare'],
      ['Heading2', 'Aktivitet 1.1.1 Kickoff för UF-lärare'],
      ['Heading2', 'Aktivitet 1.1.2 Regional UF-mässa'],
      ['Heading2', 'Taktik 3.1 Mikrolån och rådgivning'],
      ['Heading1', 'Utanför planens delar'],
      ['Heading1', 'Från en annan plan'],
      ['Heading1', 'Från version 3'],
      ['Heading1', 'Ändringar sedan granskningen'],
    ]);
  });

  it('counts the items per status and per reviewer, with the perspective the goal area gives the reviewer', () => {
    expect(texts).toContain('9 synpunkter från 4 granskare: 7 kommentarer (varav ett svar i kommentarstrådar) och 2 ändringsförslag.');
    const [perStatus, perReviewer] = tables(xml);
    expect(perStatus).toEqual([
      ['Status', 'Kommentarer', 'Ändringsförslag', 'Totalt'],
      ['Ny', '4', '1', '5'],
      ['Besvarad', '2', '0', '2'],
      ['Åtgärdad', '1', '0', '1'],
      ['Ej åtgärd', '0', '1', '1'],
      ['Totalt', '7', '2', '9'],
    ]);
    expect(perReviewer).toEqual([
      ['Granskare', 'Kommentarer', 'Ändringsförslag', 'Ny', 'Besvarad', 'Åtgärdad', 'Ej åtgärd'],
      ['Eva Berg', '2', '0', '2', '0', '0', '0'],
      ['Maria Svensson (jämställdhet)', '2', '2', '1', '2', '0', '1'],
      ['Per Ek', '2', '0', '1', '0', '1', '0'],
      ['RUS-kansliet', '1', '0', '1', '0', '0', '0'],
    ]);
    expect(everyTableRepeatsItsHeader(xml)).toBe(true);
    expect(everyCellHasAParagraph(xml)).toBe(true);
  });

  it('gives every item, with its reviewer, date, commented text, text, status and answer in Swedish', () => {
    expect(under(xml, texts, 'Strategi 1 Fler unga företagare')).toEqual([
      '2. Kommentar från Maria Svensson, 2027-04-02',
      'Kommenterad text: ”Fler unga företagare”',
      'Synpunkt: Hur når strategin kvinnor som driver företag?',
      'Status: Besvarad',
      'Svar: Vi lägger till en aktivitet med kvinnliga förebilder.',
      '2.1 Svar från Per Ek, 2027-04-03',
      'Synpunkt: Håller med, och tänk på landsbygden.',
      'Status: Ny',
      'Svar: Inget svar ännu',
      'Ändrat i delen sedan granskningen: Varför? Se ”Ändringar sedan granskningen”.',
    ]);
    expect(under(xml, texts, 'Taktik 3.1 Mikrolån och rådgivning')).toEqual([
      '5. Kommentar från Per Ek, 2027-04-01',
      'Synpunkt: Vem står för rådgivningen?',
      'Status: Åtgärdad',
      'Svar: Almi står för rådgivningen; det står nu i planen.',
    ]);
  });

  it('says which suggestions insert and which delete, and that one was resolved in Word', () => {
    expect(under(xml, texts, 'Aktivitet 1.1.2 Regional UF-mässa')).toEqual([
      '4. Ändringsförslag från Maria Svensson, 2027-04-02',
      'Föreslagen infogning: ” i samarbete med Almi”',
      'Status: Ej åtgärd',
      'Svar: Ryms inte i budgeten i år.',
      'Ändrat i delen sedan granskningen: Status. Se ”Ändringar sedan granskningen”.',
    ]);
    expect(under(xml, texts, 'Avsnitt Nuläge och omvärld')).toEqual([
      '1. Ändringsförslag från Maria Svensson, 2027-04-02 · markerad som löst i Word',
      'Föreslagen borttagning: ”Texten om 2020 års läge”',
      'Status: Ny',
      'Svar: Inget svar ännu',
      'Ändrat i delen sedan granskningen: Text. Se ”Ändringar sedan granskningen”.',
    ]);
  });

  it('puts a reply right under its comment, indented, even when it is listed first', () => {
    const comment = texts.indexOf('Synpunkt: Hur når strategin kvinnor som driver företag?');
    const reply = texts.indexOf('2.1 Svar från Per Ek, 2027-04-03');
    expect(reply).toBeGreaterThan(comment);
    expect(texts.slice(comment, reply).some((t) => t.startsWith('3.'))).toBe(false);
    expect(paragraphWith(xml, '2.1 Svar från Per Ek')).toContain('<w:ind w:left="425"/>');
    expect(paragraphWith(xml, 'Håller med, och tänk')).toContain('<w:ind w:left="850"/>');
    expect(paragraphWith(xml, '2. Kommentar från Maria')).not.toContain('w:left="425"');
    // The reply is shown once.
    expect(texts.filter((t) => t.includes('Håller med'))).toHaveLength(1);
  });

  it('keeps a comment on a part removed since the review under that part, and says it was removed', () => {
    expect(under(xml, texts, 'Aktivitet 1.1.1 Kickoff för UF-lärare')).toEqual([
      '3. Kommentar från Maria Svensson, 2027-04-02',
      'Synpunkt: Är kickoffen verkligen nödvändig?',
      'Status: Besvarad',
      'Svar: Nej, den är struken.',
      'Delen har tagits bort ur planen sedan granskningen.',
    ]);
  });

  it('lists the items outside every part and from another plan or version in sections of their own, at the end', () => {
    expect(under(xml, texts, 'Utanför planens delar')).toEqual([
      'Kommentarer på titelsidan, på dokumentets egna rubriker eller på delar som inte längre finns.',
      '6. Kommentar från RUS-kansliet, 2027-04-02',
      'Synpunkt: Titelsidan saknar datum.',
      'Status: Ny',
      'Svar: Inget svar ännu',
    ]);
    expect(under(xml, texts, 'Från en annan plan').slice(1)).toEqual(['7. Kommentar från Eva Berg, 2027-04-02', 'Synpunkt: Gäller detta rätt plan?', 'Status: Ny', 'Svar: Inget svar ännu']);
    expect(under(xml, texts, 'Från version 3').slice(1)).toEqual(['8. Kommentar från Eva Berg', 'Synpunkt: En kommentar på en äldre fil.', 'Status: Ny', 'Svar: Inget svar ännu']);
  });

  it('gives every item read in, none twice', () => {
    for (const i of input().items) expect(texts.filter((t) => t.includes(i.text.trim())), i.id).toHaveLength(1);
    expect(texts.filter((t) => t.startsWith('Status: '))).toHaveLength(input().items.length);
  });

  it('lists what changed since the reviewed version, from the plan editor’s diff, with the values as a reader knows them', () => {
    const shown = under(xml, texts, 'Ändringar sedan granskningen');
    const diff = changesSinceReview(input());
    expect(diff?.entries.length).toBe(5);
    expect(shown[0]).toBe('Version 1, som granskades, jämförd med planen nu, version 2 (utkast): 5 ändringar.');
    expect(shown.filter((t) => /^(Tillagd|Borttagen|Ändrad|Flyttad): /u.test(t))).toEqual([
      'Ändrad: Avsnitt Nuläge och omvärld',
      'Ändrad: Strategi 1 Fler unga företagare',
      'Borttagen: Aktivitet 1.1.1 Kickoff för UF-lärare',
      // Numbered as in the version reviewed, as the parts above are; the one added since as in the plan now.
      'Ändrad: Aktivitet 1.1.2 Regional UF-mässa',
      'Tillagd: Aktivitet 3.1.5 Förebilder bland kvinnliga företagare',
    ]);
    const changeTables = tables(xml).slice(2);
    expect(changeTables[0]?.[0]).toEqual(['Uppgift', 'Före', 'Efter']);
    expect(changeTables[0]?.[1]?.[0]).toBe('Text');
    expect(changeTables[0]?.[1]?.[2]).toBe('Nuläget efter granskningen.');
    expect(changeTables[1]?.[1]).toEqual(['Varför?', reviewedPlan().strategies.find((s) => s.id === 'id-8')?.why, 'Få unga kvinnor startar företag i länet.']);
    expect(changeTables[2]).toEqual([
      ['Uppgift', 'Före', 'Efter'],
      ['Status', 'Planerad', 'Pågår'],
    ]);
  });

  it('names the plan and the version reviewed in the header and the core properties', () => {
    expect(furniture(parts, 'header').map((h) => paragraphTexts(h).join(''))).toContain('Bemötande · IE Innovationer och entreprenörskap · 2026–2028, granskad version 1 · 10 april 2027');
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Bemötande av granskning – Handlingsplan Innovationer och entreprenörskap 2026–2028</dc:title>');
    expect(core).toContain('<dc:creator>Anna Lindqvist</dc:creator>');
    expect(core).toContain('<dc:description>9 synpunkter, 4 med svar. 10 april 2027.</dc:description>');
  });

  it('passes the Open XML schema validator', async () => {
    expect(await validateDocx(bytes)).toEqual({ ok: true, errors: [] });
  }, validationTimeout);
});

describe('the response in other cases', () => {
  it('says the plan is unchanged when the reviewed version is the plan now', async () => {
    const { xml: same, texts: shown } = await packed(input({ current: reviewedPlan() }));
    expect(under(same, shown, 'Ändringar sedan granskningen')).toEqual(['Planen är oförändrad sedan version 1, som granskades.']);
    expect(shown).not.toContain('Planen nu: version 1 (inlämnad)');
    expect(shown.some((t) => t.startsWith('Ändrat i delen'))).toBe(false);
  });

  it('says the changes cannot be listed when the reviewed version is not kept, and names the parts from the plan now', async () => {
    const { xml: unkept, texts: shown } = await packed(input({ reviewed: null }));
    expect(shown).toContain('Granskad version: version 1');
    expect(under(unkept, shown, 'Ändringar sedan granskningen')[0]).toMatch(/^Version 1 finns inte sparad som inlämnad version i arbetsboken, så ändringarna sedan granskningen kan inte listas\./u);
    // The kick-off is gone from the plan now: its comment stays, under the part, said to be gone.
    expect(headings(unkept).map(([, t]) => t)).toContain('Aktivitet (delen finns inte längre)');
    expect(shown).toContain('Synpunkt: Är kickoffen verkligen nödvändig?');
  });

  it('says so when no review items are read in', async () => {
    const { xml: empty, texts: shown } = await packed(input({ items: [] }));
    expect(shown).toContain('0 synpunkter från 0 granskare: 0 kommentarer och 0 ändringsförslag.');
    expect(under(empty, shown, 'Synpunkter per del av planen')).toEqual(['Inga synpunkter är inlästa för den här versionen.']);
    expect(tables(empty)).toHaveLength(3);
  });

  it('keeps a reply whose comment is not among the items, and items in a loop of replies, once each', async () => {
    const items = [
      item({ id: 'orphan', text: 'Svar på något som saknas', parentId: 'gone', placement: onPart('strategy', 'id-8') }),
      item({ id: 'loop-a', text: 'Loop A', parentId: 'loop-b', placement: { kind: 'outside' } }),
      item({ id: 'loop-b', text: 'Loop B', parentId: 'loop-a', placement: { kind: 'outside' } }),
    ];
    const { texts: shown } = await packed(input({ items }));
    expect(shown).toContain('1. Svar från Maria Svensson, 2027-04-02 · svar på en kommentar som inte finns med');
    for (const text of ['Synpunkt: Svar på något som saknas', 'Synpunkt: Loop A', 'Synpunkt: Loop B']) expect(shown.filter((t) => t === text), text).toHaveLength(1);
  });

  it('keeps hostile text from reviewers verbatim: XML’s own characters, quotes, emoji, line breaks and 50 000 characters', async () => {
    const items = [
      item({ id: 'h1', author: '<script>alert("x")</script> & Co', text: trickyText, commentedText: trickyText, placement: onPart('strategy', 'id-16'), answer: longTrickyText }),
      item({ id: 'h2', kind: 'insertion', text: longTrickyText, placement: { kind: 'outside' } }),
    ];
    const hostile = await packed(input({ items }));
    expect(hostile.texts).toContain(`Synpunkt: ${trickyText}`);
    expect(hostile.texts).toContain(`Kommenterad text: ”${trickyText}”`);
    expect(hostile.texts).toContain(`Svar: ${longTrickyText}`);
    expect(hostile.texts).toContain(`Föreslagen infogning: ”${longTrickyText}”`);
    expect(hostile.texts).toContain('1. Kommentar från <script>alert("x")</script> & Co, 2027-04-02');
    expect(hostile.xml).not.toContain('<script>');
    expect(await validateDocx(hostile.bytes)).toEqual({ ok: true, errors: [] });
  }, validationTimeout);

  it('is in English with English words', async () => {
    const { texts: shown, xml: english } = await packed(input(), en);
    expect(shown[0]).toBe('Response to the review (bemötande)');
    expect(headings(english).map(([, t]) => t)).toContain('Comments by part of the plan');
    expect(shown).toContain('Status: Answered');
    expect(shown).toContain('Answer: No answer yet');
    expect(shown).toContain('Suggested deletion: “Texten om 2020 års läge”');
    expect(shown).toContain('Changed: Strategy 1 Fler unga företagare');
  });
});

describe('the response’s file name and subject', () => {
  it('names the kind, the goal area, the period, the version reviewed and the day', () => {
    const { plan } = currentPlan();
    expect(bemotandeExportNames(sv, plan, 1, { name: 'Innovationer och entreprenörskap' }, '2027-04-10')).toEqual({
      fileName: 'Bemotande_Innovationer-och-entreprenorskap_2026-2028_v1_2027-04-10.docx',
      subject: 'Handlingsplan Innovationer och entreprenörskap 2026–2028 (granskad version 1)',
    });
    expect(bemotandeExportNames(en, plan, 2, { name: 'Innovationer och entreprenörskap' }, '2027-04-10').fileName).toBe('Review-response_Innovationer-och-entreprenorskap_2026-2028_v2_2027-04-10.docx');
  });
});
