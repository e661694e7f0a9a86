/**
 * What changed between two versions of a template, as a list the import
 * preview shows before the user moves plans to the newer one. Items are
 * matched by their key (section key, goal-area code, id), so a new title on
 * the same key is a rename, not a removal and an addition. Each change
 * carries a Swedish sentence; the fields let the UI group and style.
 */
import { sectionKindLabels, templateDocumentLabels, templateDocuments, type Template, type TemplateDocument, type TemplateMandate } from './schema.ts';
import { monthName } from '../locale.ts';

export type TemplateChangeArea =
  | 'template'
  | 'strategyGuidance'
  | 'section'
  | 'goalArea'
  | 'perspective'
  | 'category'
  | 'mandate'
  | 'supportOffer'
  | 'event'
  | 'indicator';

export type TemplateChangeKind =
  | 'added'
  | 'removed'
  | 'renamed'
  | 'guidanceChanged'
  | 'requiredChanged'
  | 'kindChanged'
  | 'descriptionChanged'
  | 'detailsChanged'
  | 'reordered';

export interface TemplateChange {
  area: TemplateChangeArea;
  kind: TemplateChangeKind;
  /** For sections: which document. */
  document?: TemplateDocument;
  /** The item's key, code or id ('' for the template itself and for a reordering). */
  key: string;
  /** The item's name or title now (before, for a removed item). */
  name: string;
  /** For a rename: the name before. */
  previousName?: string;
  /** A Swedish sentence for the change list. */
  text: string;
}

const q = (text: string): string => `”${text}”`;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Items matched by key: those only in the old, those only in the new, and the pairs in the new one's order. */
function match<T>(before: readonly T[], after: readonly T[], keyOf: (item: T) => string) {
  const oldByKey = new Map(before.map((item) => [keyOf(item), item]));
  const newKeys = new Set(after.map(keyOf));
  return {
    removed: before.filter((item) => !newKeys.has(keyOf(item))),
    added: after.filter((item) => !oldByKey.has(keyOf(item))),
    pairs: after.flatMap((item) => {
      const old = oldByKey.get(keyOf(item));
      return old === undefined ? [] : [[old, item] as const];
    }),
  };
}

function listCountText(before: readonly string[], after: readonly string[]): string {
  const added = after.filter((x) => !before.includes(x)).length;
  const removed = before.filter((x) => !after.includes(x)).length;
  const parts = [added === 1 ? '1 ny' : added > 1 ? `${added} nya` : '', removed === 1 ? '1 borttagen' : removed > 1 ? `${removed} borttagna` : ''].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(', ') : 'omformulerade eller i ny ordning';
}

function sectionChanges(before: Template, after: Template, document: TemplateDocument): TemplateChange[] {
  const where = `i ${templateDocumentLabels[document]}`;
  const base = { area: 'section', document } as const;
  const { removed, added, pairs } = match(before[document].sections, after[document].sections, (s) => s.key);
  const changes: TemplateChange[] = [];
  for (const s of added) changes.push({ ...base, kind: 'added', key: s.key, name: s.title, text: `Ny sektion ${where}: ${q(s.title)} (${sectionKindLabels[s.kind]}${s.required ? ', obligatorisk' : ''}).` });
  for (const s of removed) changes.push({ ...base, kind: 'removed', key: s.key, name: s.title, text: `Sektionen ${q(s.title)} ${where} finns inte längre.` });
  for (const [o, n] of pairs) {
    if (o.title !== n.title) changes.push({ ...base, kind: 'renamed', key: n.key, name: n.title, previousName: o.title, text: `Sektionen ${q(o.title)} ${where} heter nu ${q(n.title)}.` });
    if (o.kind !== n.kind)
      changes.push({ ...base, kind: 'kindChanged', key: n.key, name: n.title, text: `Sektionen ${q(n.title)} ${where} innehåller nu ${sectionKindLabels[n.kind]} (tidigare ${sectionKindLabels[o.kind]}).` });
    if (o.required !== n.required)
      changes.push({ ...base, kind: 'requiredChanged', key: n.key, name: n.title, text: `Sektionen ${q(n.title)} ${where} är ${n.required ? 'nu obligatorisk' : 'inte längre obligatorisk'}.` });
    if (o.guidance !== n.guidance) changes.push({ ...base, kind: 'guidanceChanged', key: n.key, name: n.title, text: `Vägledningen för sektionen ${q(n.title)} ${where} har ändrats.` });
  }
  const kept = new Set(pairs.map(([, n]) => n.key));
  const oldOrder = before[document].sections.map((s) => s.key).filter((k) => kept.has(k));
  const newOrder = after[document].sections.map((s) => s.key).filter((k) => kept.has(k));
  if (!sameList(oldOrder, newOrder)) changes.push({ ...base, kind: 'reordered', key: '', name: '', text: `Sektionerna ${where} kommer i en ny ordning.` });
  return changes;
}

/** Added, removed and renamed for a list of named items with an id; `details` adds the area's own changes for a kept item. */
function namedChanges<T extends { name: string }>(
  area: TemplateChangeArea,
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
  words: { added: (item: T) => string; removed: (item: T) => string; renamed: (o: T, n: T) => string },
  details?: (o: T, n: T) => TemplateChange[],
): TemplateChange[] {
  const { removed, added, pairs } = match(before, after, keyOf);
  const changes: TemplateChange[] = [];
  for (const item of added) changes.push({ area, kind: 'added', key: keyOf(item), name: item.name, text: words.added(item) });
  for (const item of removed) changes.push({ area, kind: 'removed', key: keyOf(item), name: item.name, text: words.removed(item) });
  for (const [o, n] of pairs) {
    if (o.name !== n.name) changes.push({ area, kind: 'renamed', key: keyOf(n), name: n.name, previousName: o.name, text: words.renamed(o, n) });
    if (details) changes.push(...details(o, n));
  }
  return changes;
}

function eventWhen(event: Template['annualCycle'][number]): string {
  if (event.date !== undefined) return event.endDate !== undefined && event.endDate !== event.date ? `${event.date}–${event.endDate}` : event.date;
  return event.month !== undefined ? monthName(event.month, 'sv') : '';
}

function mandateText(mandate: TemplateMandate): string {
  const n = (x: number) => String(x).replace('.', ',');
  return 'hoursPerWeek' in mandate ? `${n(mandate.hoursPerWeek)} timmar per vecka` : `${n(mandate.percentOfFullTime)} % av en heltid på ${n(mandate.fullTimeHoursPerWeek)} timmar`;
}

const strategyWords = { why: 'varför', what: 'vad', who: 'vem', how: 'hur' } as const;

/** Everything that changed from `before` to `after`, in the order the preview lists it. */
export function compareTemplates(before: Template, after: Template): TemplateChange[] {
  const changes: TemplateChange[] = [];
  const template = (kind: TemplateChangeKind, text: string, previousName?: string): TemplateChange => ({
    area: 'template',
    kind,
    key: '',
    name: after.name,
    ...(previousName === undefined ? {} : { previousName }),
    text,
  });
  if (before.name !== after.name) changes.push(template('renamed', `Mallen heter nu ${q(after.name)} (tidigare ${q(before.name)}).`, before.name));
  if (before.issuer !== after.issuer) changes.push(template('detailsChanged', `Mallen ges nu ut av ${after.issuer} (tidigare ${before.issuer}).`));
  if (before.validFrom !== after.validFrom || before.validTo !== after.validTo)
    changes.push(template('detailsChanged', `Mallen gäller nu ${after.validFrom}–${after.validTo} (tidigare ${before.validFrom}–${before.validTo}).`));
  if (before.description !== after.description) changes.push(template('descriptionChanged', 'Mallens beskrivning har ändrats.'));

  for (const key of ['why', 'what', 'who', 'how'] as const) {
    if (before.strategyGuidance[key] !== after.strategyGuidance[key])
      changes.push({ area: 'strategyGuidance', kind: 'guidanceChanged', key, name: strategyWords[key], text: `Vägledningen för ${q(strategyWords[key])} har ändrats.` });
  }

  for (const document of templateDocuments) changes.push(...sectionChanges(before, after, document));

  changes.push(
    ...namedChanges(
      'goalArea',
      before.goalAreas,
      after.goalAreas,
      (g) => g.code,
      {
        added: (g) => `Nytt målområde: ${g.code} ${g.name}.`,
        removed: (g) => `Målområdet ${g.code} ${g.name} finns inte längre.`,
        renamed: (o, n) => `Målområdet ${n.code} heter nu ${q(n.name)} (tidigare ${q(o.name)}).`,
      },
      (o, n) => [
        ...(o.description !== n.description ? [{ area: 'goalArea', kind: 'descriptionChanged', key: n.code, name: n.name, text: `Beskrivningen av målområdet ${n.code} ${n.name} har ändrats.` } as const] : []),
        ...(!sameList(o.effectGoals, n.effectGoals)
          ? [{ area: 'goalArea', kind: 'detailsChanged', key: n.code, name: n.name, text: `Effektmålen för målområdet ${n.code} ${n.name} har ändrats: ${listCountText(o.effectGoals, n.effectGoals)}.` } as const]
          : []),
      ],
    ),
  );

  changes.push(
    ...namedChanges(
      'perspective',
      before.perspectives,
      after.perspectives,
      (p) => p.key,
      {
        added: (p) => `Nytt genomsyrande perspektiv: ${q(p.name)}.`,
        removed: (p) => `Perspektivet ${q(p.name)} finns inte längre.`,
        renamed: (o, n) => `Perspektivet ${q(o.name)} heter nu ${q(n.name)}.`,
      },
      (o, n) => [
        ...(o.description !== n.description ? [{ area: 'perspective', kind: 'descriptionChanged', key: n.key, name: n.name, text: `Beskrivningen av perspektivet ${q(n.name)} har ändrats.` } as const] : []),
        ...(!sameList(o.questions, n.questions)
          ? [{ area: 'perspective', kind: 'detailsChanged', key: n.key, name: n.name, text: `Granskarnas frågor för perspektivet ${q(n.name)} har ändrats: ${listCountText(o.questions, n.questions)}.` } as const]
          : []),
      ],
    ),
  );

  changes.push(
    ...namedChanges('category', before.timeLog.categories, after.timeLog.categories, (c) => c.id, {
      added: (c) => `Ny kategori i tidloggen: ${q(c.name)}.`,
      removed: (c) => `Tidloggens kategori ${q(c.name)} finns inte längre.`,
      renamed: (o, n) => `Tidloggens kategori ${q(o.name)} heter nu ${q(n.name)}.`,
    }),
  );
  const oldMandate = mandateText(before.timeLog.defaultMandate);
  const newMandate = mandateText(after.timeLog.defaultMandate);
  if (oldMandate !== newMandate)
    changes.push({ area: 'mandate', kind: 'detailsChanged', key: '', name: newMandate, text: `Standardmandatet är nu ${newMandate} (tidigare ${oldMandate}).` });

  changes.push(
    ...namedChanges(
      'supportOffer',
      before.supportOffers,
      after.supportOffers,
      (o) => o.id,
      {
        added: (o) => `Nytt stöd från kansliet: ${q(o.name)}.`,
        removed: (o) => `Kansliet erbjuder inte längre ${q(o.name)}.`,
        renamed: (o, n) => `Stödet ${q(o.name)} heter nu ${q(n.name)}.`,
      },
      (o, n) => (o.description !== n.description ? [{ area: 'supportOffer', kind: 'descriptionChanged', key: n.id, name: n.name, text: `Beskrivningen av stödet ${q(n.name)} har ändrats.` }] : []),
    ),
  );

  changes.push(
    ...namedChanges(
      'event',
      before.annualCycle,
      after.annualCycle,
      (e) => e.id,
      {
        added: (e) => `Ny händelse i årscykeln: ${q(e.name)} (${eventWhen(e)}).`,
        removed: (e) => `Händelsen ${q(e.name)} finns inte längre i årscykeln.`,
        renamed: (o, n) => `Händelsen ${q(o.name)} i årscykeln heter nu ${q(n.name)}.`,
      },
      (o, n) => [
        ...(eventWhen(o) !== eventWhen(n) ? [{ area: 'event', kind: 'detailsChanged', key: n.id, name: n.name, text: `Händelsen ${q(n.name)} är flyttad från ${eventWhen(o)} till ${eventWhen(n)}.` } as const] : []),
        ...(o.description !== n.description ? [{ area: 'event', kind: 'descriptionChanged', key: n.id, name: n.name, text: `Beskrivningen av händelsen ${q(n.name)} har ändrats.` } as const] : []),
      ],
    ),
  );

  changes.push(
    ...namedChanges(
      'indicator',
      before.indicatorCatalogue,
      after.indicatorCatalogue,
      (i) => i.id,
      {
        added: (i) => `Ny indikator i katalogen: ${q(i.name)}.`,
        removed: (i) => `Indikatorn ${q(i.name)} finns inte längre i katalogen.`,
        renamed: (o, n) => `Indikatorn ${q(o.name)} heter nu ${q(n.name)}.`,
      },
      (o, n) => {
        const fields = [o.unit !== n.unit ? 'enhet' : '', o.koladaKpiId !== n.koladaKpiId ? 'Kolada-id' : '', o.description !== n.description ? 'beskrivning' : ''].filter((f) => f !== '');
        return fields.length > 0 ? [{ area: 'indicator', kind: 'detailsChanged', key: n.id, name: n.name, text: `Indikatorn ${q(n.name)} har ändrats: ${fields.join(', ')}.` }] : [];
      },
    ),
  );
  return changes;
}
