/**
 * Which part of a plan each heading of a Word template becomes. The
 * secretariat's headings are numbered ("6. Genomsyrande perspektiv"),
 * lettered ("b) Behov av stöd"), in capitals or with a trailing colon; the
 * number, the case and the punctuation say nothing about the part, so they
 * are set aside before the heading is compared with the base template's
 * sections and with the words that name the workbook's structured parts.
 * The guess is only a proposal: the import preview shows it per heading
 * and lets the user pick another part, or "egen sektion".
 */
import { type SectionKind, type TemplateDocument, type TemplateSection } from './schema.ts';
import { dataLocale } from '../locale.ts';

/**
 * A leading number or letter: `6.`, `6)`, `6.1`, `6.1.`, `6` before a tab,
 * `A.`, `b)`, `(c)`, `IV.`, `iv)`, `§ 6`. A bare word is never taken: "Vad"
 * and "I dag" keep their first word.
 */
const numbering = /^(?:§\s*\d+[.:]?|\(?(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Za-zÅÄÖåäö]|[IVXLCivxlc]{1,6})[.):](?!\d)|\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?=\t))\s*/u;

/** A heading's words without numbering, trailing colon or extra spaces, as written: "6.  Behov av stöd:" → "Behov av stöd". */
export function headingWords(title: string): string {
  const collapsed = title.replace(/\s+/gu, ' ').trim();
  // The numbering first, while a tab after a bare number still tells it from a year ("2027 års plan").
  const words = title.trim().replace(numbering, '').replace(/\s+/gu, ' ').replace(/\s*[:.]+$/u, '').trim();
  return words === '' ? collapsed : words;
}

/** For comparing: the words in lower case, with typographic dashes as hyphens. */
export function headingMatchText(title: string): string {
  return headingWords(title).toLocaleLowerCase(dataLocale).replace(/[‐‑‒–—]/gu, '-');
}

/** A heading as written, tidied for a section title: spaces collapsed, a trailing colon dropped; its number stays. */
export function sectionTitleFromHeading(title: string): string {
  return title.replace(/\s+/gu, ' ').trim().replace(/\s*:+$/u, '');
}

/** The structured parts each document can place, in the order a list offers them. */
export const documentParts: Readonly<Record<TemplateDocument, readonly SectionKind[]>> = {
  actionPlan: ['strategyTree', 'activities', 'indicators', 'perspectives', 'support'],
  projectPlan: ['strategyTree', 'goals', 'targetGroups', 'organisation', 'activities', 'timeline', 'budget', 'financing', 'risks', 'principles', 'changeTheory'],
};

/** Structured parts recognised by a heading's first words (after its numbering). */
const kindsByWords: readonly [RegExp, SectionKind][] = [
  [/^strateg/u, 'strategyTree'],
  [/^(koppling till )?handlingsplan/u, 'strategyTree'],
  [/^aktivitet/u, 'activities'],
  [/^indikator/u, 'indicators'],
  [/^(genomsyrande |horisontella )?perspektiv/u, 'perspectives'],
  [/^(behov av )?stöd/u, 'support'],
  [/^(projektets )?mål(?!grupp)/u, 'goals'],
  [/^målgrupp/u, 'targetGroups'],
  [/^(projekt)?organisation/u, 'organisation'],
  [/^tidplan/u, 'timeline'],
  [/^budget/u, 'budget'],
  [/^finansiering/u, 'financing'],
  [/^risk/u, 'risks'],
  [/^horisontella principer/u, 'principles'],
  [/^förändringsteori/u, 'changeTheory'],
];

/**
 * What a heading becomes: an own free-text section, a section of the base
 * template (keeping its key, kind and requirement, so plans keep their text
 * across versions), or a structured part the base template does not have.
 */
export type HeadingChoice = { type: 'own' } | { type: 'base'; key: string } | { type: 'part'; kind: SectionKind };

/** As a string, for a select's value: `own`, `base:nulage`, `part:indicators`. */
export function choiceValue(choice: HeadingChoice): string {
  return choice.type === 'own' ? 'own' : choice.type === 'base' ? `base:${choice.key}` : `part:${choice.kind}`;
}

export function choiceFromValue(value: string): HeadingChoice {
  if (value.startsWith('base:')) return { type: 'base', key: value.slice(5) };
  if (value.startsWith('part:')) return { type: 'part', kind: value.slice(5) as SectionKind };
  return { type: 'own' };
}

/** What a heading of the document can become: own section, the base template's sections, then parts the base lacks. */
export function headingOptions(document: TemplateDocument, baseSections: readonly TemplateSection[]): HeadingChoice[] {
  const baseKinds = new Set(baseSections.map((s) => s.kind));
  return [
    { type: 'own' },
    ...baseSections.map((s): HeadingChoice => ({ type: 'base', key: s.key })),
    ...documentParts[document].filter((kind) => !baseKinds.has(kind)).map((kind): HeadingChoice => ({ type: 'part', kind })),
  ];
}

/** The kind a choice gives the section. */
export function choiceKind(choice: HeadingChoice, baseSections: readonly TemplateSection[]): SectionKind {
  if (choice.type === 'part') return choice.kind;
  if (choice.type === 'base') return baseSections.find((s) => s.key === choice.key)?.kind ?? 'freeText';
  return 'freeText';
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The proposal for each heading, in order. A heading matches a base section
 * by its words (title or key), else a structured part by its first words
 * (the base template's section of that kind when it has one). A base
 * section or part goes to the first heading that matches it; a later one
 * becomes an own section, so the proposal never places a part twice.
 */
export function guessHeadingChoices(titles: readonly string[], document: TemplateDocument, baseSections: readonly TemplateSection[]): HeadingChoice[] {
  const allowed = new Set(documentParts[document]);
  const chosen: HeadingChoice[] = [];
  for (const title of titles) {
    const words = headingMatchText(title);
    const key = slug(words);
    const byTitle = baseSections.find((s) => headingMatchText(s.title) === words || s.key === key);
    const kind = kindsByWords.find(([pattern]) => pattern.test(words))?.[1];
    const placeable = kind !== undefined && allowed.has(kind) ? kind : undefined;
    const byKind = placeable === undefined ? undefined : baseSections.find((s) => s.kind === placeable);
    let choice: HeadingChoice = { type: 'own' };
    if (byTitle) choice = { type: 'base', key: byTitle.key };
    else if (byKind) choice = { type: 'base', key: byKind.key };
    else if (placeable !== undefined) choice = { type: 'part', kind: placeable };
    const clash = headingChoiceClashes([...chosen, choice], baseSections).some((c) => c.index === chosen.length);
    chosen.push(clash ? { type: 'own' } : choice);
  }
  return chosen;
}

/**
 * Headings that claim the same base section, or the same structured part,
 * as an earlier heading: the later heading's index and the earlier one's.
 */
export function headingChoiceClashes(choices: readonly HeadingChoice[], baseSections: readonly TemplateSection[]): { index: number; earlier: number }[] {
  const firstBy = new Map<string, number>();
  const clashes: { index: number; earlier: number }[] = [];
  choices.forEach((choice, index) => {
    if (choice.type === 'own') return;
    const kind = choiceKind(choice, baseSections);
    const claims = [choiceValue(choice), ...(kind === 'freeText' ? [] : [`kind:${kind}`])];
    const earlier = claims.map((c) => firstBy.get(c)).find((i) => i !== undefined);
    if (earlier !== undefined) clashes.push({ index, earlier });
    else for (const c of claims) firstBy.set(c, index);
  });
  return clashes;
}
