/**
 * Putting reviewers' suggested edits into the plan's text: through the real pipeline (the example
 * plan's review package as the app exports it, with tracked changes written into its XML as Word
 * writes them, read by readReview and mapped by mapReview), then locateSuggestion and
 * applyToCurrent on the plan as it was reviewed and as it reads now.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewItem } from '#shared/domain/review.ts';
import { documentWords } from '#shared/documents/words/index.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { applyToCurrent, locateSuggestion, textFieldValue, type LocatedSuggestion } from '#shared/review/accept-suggestion.ts';
import { mapReview, type ReviewTarget } from '#shared/review/map-review.ts';
import { readReview } from '#shared/review/read-review.ts';
import { buildHandlingsplanReviewPackage } from '#shared/review/review-package.ts';
import { exampleHandlingsplanInput } from '../documents/document-fixtures.ts';

let changeId = 100;
const del = (text: string, rPr: string, author = 'Bo Berg') =>
  `<w:del w:id="${(changeId += 1)}" w:author="${author}" w:date="2026-12-01T10:00:00Z"><w:r>${rPr}<w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const ins = (text: string, rPr: string, author = 'Bo Berg') =>
  `<w:ins w:id="${(changeId += 1)}" w:author="${author}" w:date="2026-12-01T10:01:00Z"><w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r></w:ins>`;
const run = (text: string, rPr: string) => (text === '' ? '' : `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`);

/**
 * A tracked replacement inside the run whose text contains `needle` (the first such run, searched
 * from `from` in the XML): `removed` deleted at the needle's offset `at` and `inserted` put there, as
 * Word writes a change typed over selected text.
 */
function replaceInRun(xml: string, needle: string, at: number, removed: string, inserted: string, from = 0): string {
  const textAt = xml.indexOf(`>${needle}`, from) >= 0 ? xml.indexOf(`>${needle}`, from) : xml.indexOf(needle, from);
  if (textAt < 0) throw new Error(`no run with «${needle}»`);
  const runStart = Math.max(xml.lastIndexOf('<w:r>', textAt), xml.lastIndexOf('<w:r ', textAt));
  const runEnd = xml.indexOf('</w:r>', textAt) + '</w:r>'.length;
  const whole = xml.slice(runStart, runEnd);
  const rPr = /<w:rPr>.*?<\/w:rPr>/s.exec(whole)?.[0] ?? '';
  const text = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(whole)?.[1];
  if (text === undefined) throw new Error(`no text in the run with «${needle}»`);
  const offset = text.indexOf(needle) + at;
  if (text.slice(offset, offset + removed.length) !== removed) throw new Error(`«${removed}» is not at ${offset} in «${text}»`);
  const replaced = run(text.slice(0, offset), rPr) + (removed ? del(removed, rPr) : '') + (inserted ? ins(inserted, rPr) : '') + run(text.slice(offset + removed.length), rPr);
  return xml.slice(0, runStart) + replaced + xml.slice(runEnd);
}

function withDocument(docx: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files: Zippable = unzipSync(docx);
  const data = files['word/document.xml'];
  if (!(data instanceof Uint8Array)) throw new Error('no document.xml');
  files['word/document.xml'] = strToU8(edit(strFromU8(data)));
  return zipSync(files);
}

const counter = (prefix: string) => {
  let n = 0;
  return () => `${prefix}-${(n += 1)}`;
};

function located(item: ReviewItem, content: PlanContent): LocatedSuggestion {
  const result = locateSuggestion(item, content);
  if (!result.ok) throw new Error(`not located (${result.reason}): «${item.text}»`);
  return result.suggestion;
}

describe('suggested edits in a reviewed handlingsplan, put into the plan', () => {
  const input = exampleHandlingsplanInput();
  const { content } = input;
  const strategy = content.strategies[0];
  const tactic = content.tactics[0];
  const activity = content.activities.find((a) => a.title.includes(' ') && a.responsible !== '');
  if (!strategy || !tactic || !activity) throw new Error('the example plan has strategies, tactics and activities');
  const target: ReviewTarget = { content, planId: content.plan.id, version: content.plan.version, perspectives: [] };
  let items: ReviewItem[] = [];
  const item = (text: string): ReviewItem => {
    const found = items.filter((i) => i.text === text);
    if (found.length !== 1) throw new Error(`${found.length} items say «${text}»`);
    return found[0] as ReviewItem;
  };
  const [firstWord = ''] = activity.title.split(' ');
  const whyWord = strategy.why.split(' ')[1] ?? '';

  beforeAll(async () => {
    const built = await buildHandlingsplanReviewPackage(input, documentWords('sv'), undefined, { exportedAt: '2026-11-27', appVersion: '0.1.0' });
    const reviewed = withDocument(built.bytes, (xml) => {
      // The strategy's *varför* (a text under its label): a word replaced. The activity's title in its table cell: its first word deleted, something inserted at its end.
      let edited = replaceInRun(xml, strategy.why, strategy.why.indexOf(whyWord), whyWord, 'ALDRIG');
      edited = replaceInRun(edited, activity.title, 0, `${firstWord} `, '');
      edited = replaceInRun(edited, activity.title.slice(firstWord.length + 1), activity.title.length - firstWord.length - 1, '', ' (utökad)');
      return edited;
    });
    const read = readReview(reviewed, { fileName: 'granskning.docx' });
    if (!read.ok) throw new Error(read.problems.join('\n'));
    items = mapReview(read, target, { fileName: 'granskning.docx', newId: counter('r'), now: new Date('2026-12-02T08:00:00Z') }).items;
  }, 30_000);

  it('finds the field each change was made in and what the field would read with it', () => {
    const deleted = located(item(whyWord), content);
    expect(deleted).toMatchObject({ target: { recordKind: 'strategy', recordId: strategy.id, field: 'why' }, reviewed: strategy.why, removed: whyWord, inserted: '' });
    expect(deleted.proposed).toBe(strategy.why.replace(whyWord, ''));
    const inserted = located(item('ALDRIG'), content);
    expect(inserted.target.field).toBe('why');
    expect(inserted.proposed).toBe(strategy.why.replace(whyWord, `${whyWord}ALDRIG`));
    const titleCut = located(item(`${firstWord} `), content);
    expect(titleCut).toMatchObject({ target: { recordKind: 'activity', recordId: activity.id, field: 'title' }, offset: 0 });
    expect(titleCut.proposed).toBe(activity.title.slice(firstWord.length + 1));
  });

  it('a replacement (deletion and insertion) put in one after the other, in either order, reads as the reviewer meant', () => {
    const replaced = strategy.why.replace(whyWord, 'ALDRIG');
    for (const order of [
      [whyWord, 'ALDRIG'],
      ['ALDRIG', whyWord],
    ]) {
      let text = strategy.why;
      for (const text_ of order) {
        const result = applyToCurrent(located(item(text_), content), text);
        if (!result.ok) throw new Error(`refused «${text_}»`);
        text = result.value;
      }
      expect(text).toBe(replaced);
    }
  });

  it('the title’s two changes together, and each on a title the MOA has edited elsewhere since', () => {
    let title = activity.title;
    for (const text of [`${firstWord} `, ' (utökad)']) {
      const result = applyToCurrent(located(item(text), content), title);
      if (!result.ok) throw new Error(`refused «${text}»`);
      title = result.value;
    }
    expect(title).toBe(`${activity.title.slice(firstWord.length + 1)} (utökad)`);
    // The MOA put a word at the very start since: the insertion at the end still finds its place.
    const edited = `Ny: ${activity.title}`;
    expect(applyToCurrent(located(item(' (utökad)'), content), edited)).toEqual({ ok: true, value: `${edited} (utökad)` });
  });

  it('a change whose own text was edited away since is refused, never guessed', () => {
    const deletion = located(item(whyWord), content);
    expect(applyToCurrent(deletion, strategy.why.replace(whyWord, whyWord.toUpperCase()))).toEqual({ ok: false, reason: 'textChanged' });
    expect(applyToCurrent(deletion, '')).toEqual({ ok: false, reason: 'textChanged' });
  });

  it('a change in a part gone from the reviewed version, on a comment or outside the plan is not located', () => {
    const withoutStrategy: PlanContent = { ...content, strategies: content.strategies.filter((s) => s.id !== strategy.id) };
    expect(locateSuggestion(item(whyWord), withoutStrategy)).toEqual({ ok: false, reason: 'partGone' });
    expect(locateSuggestion({ ...item(whyWord), kind: 'comment' }, content)).toEqual({ ok: false, reason: 'notOnText' });
    expect(locateSuggestion({ ...item(whyWord), placement: { kind: 'outside' } }, content)).toEqual({ ok: false, reason: 'notOnText' });
    expect(locateSuggestion({ ...item(whyWord), edit: null }, content)).toEqual({ ok: false, reason: 'noPlace' });
  });
});

describe('locating a change by its paragraph', () => {
  const input = exampleHandlingsplanInput();
  const content = input.content;
  const strategy = content.strategies[0];
  if (!strategy) throw new Error('the example plan has a strategy');
  const onStrategy = (kind: ReviewItem['kind'], text: string, paragraph: string, at: number) =>
    ({ kind, text, placement: { kind: 'part', partKind: 'strategy', recordId: strategy.id, anchor: '_moa_g00000000' }, edit: { paragraph, at } }) as const;

  it('a labelled paragraph ("Effektmål: …"): the change in the value goes into the field, one in the label is not in a field', () => {
    const paragraph = `Målvärde: ${strategy.target}`;
    const inValue = locateSuggestion(onStrategy('insertion', ' minst', paragraph, paragraph.length), content);
    expect(inValue.ok && inValue.suggestion).toMatchObject({ target: { field: 'target' }, proposed: `${strategy.target} minst` });
    expect(locateSuggestion(onStrategy('deletion', 'Mål', paragraph, 0), content)).toEqual({ ok: false, reason: 'notInField' });
  });

  it('word joiners the table cells put around a range’s dash are not the plan’s text', () => {
    const titled: PlanContent = { ...content, strategies: content.strategies.map((s) => (s.id === strategy.id ? { ...s, title: 'Träffar 1–3 i länet' } : s)) };
    const paragraph = 'Träffar 1\u2060–\u20603 i länet';
    const result = locateSuggestion(onStrategy('deletion', ' i länet', paragraph, paragraph.indexOf(' i länet')), titled);
    expect(result.ok && result.suggestion.proposed).toBe('Träffar 1–3');
  });

  it('a deletion whose text is not where the file says is not placed', () => {
    expect(locateSuggestion(onStrategy('deletion', 'XYZ', strategy.why, 0), content)).toEqual({ ok: false, reason: 'noPlace' });
  });

  it('two fields holding the same text are ambiguous', () => {
    const twins: PlanContent = { ...content, strategies: content.strategies.map((s) => (s.id === strategy.id ? { ...s, what: s.why } : s)) };
    // The same text can appear once in the paragraph and be both fields' value.
    expect(locateSuggestion(onStrategy('insertion', '!', strategy.why, strategy.why.length), twins)).toEqual({ ok: false, reason: 'ambiguous' });
  });

  it('reads a tactic’s *vem* through its group', () => {
    const tactic = content.tactics[0];
    if (!tactic) throw new Error('the example plan has a tactic');
    expect(textFieldValue(content, { recordKind: 'tactic', recordId: tactic.id, field: 'who.text' })).toBe(tactic.who.text);
  });
});
