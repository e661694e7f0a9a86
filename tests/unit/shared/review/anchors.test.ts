import { describe, expect, it } from 'vitest';
import { anchorKinds, anchorLookup, anchorName, anchorRecords, maxBookmarkName, parseAnchorName, shortId, textHash } from '#shared/review/anchors.ts';
import { manifestChecksum, manifestXml, readManifestXml, reviewManifest, reviewNamespace } from '#shared/review/manifest.ts';
import type { ReviewManifest } from '#shared/review/manifest.ts';
import { anchoredRegions } from '#shared/review/regions.ts';
import { buildHandlingsplanReviewPackage } from '#shared/review/review-package.ts';
import { buildHandlingsplan } from '#shared/documents/handlingsplan.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { documentWords } from '#shared/documents/words/index.ts';
import type { HandlingsplanInput } from '#shared/documents/handlingsplan.ts';
import { exampleHandlingsplanInput } from '../documents/document-fixtures.ts';
import { part, unzipDocx } from '../documents/docx-reading.ts';
import { validateDocx, validationTimeout } from '../documents/ooxml-validator.ts';
import { n00914Indicator, sampleKoladaFigures } from '../../../fixtures/kolada/document-figures.ts';

const exampleInput = (): HandlingsplanInput => exampleHandlingsplanInput();

/** FNV-1a 64 as its definition reads, with BigInt and the platform's UTF-8, to check the fast one against. */
function referenceFnv(text: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & ((1n << 64n) - 1n);
  return hash;
}

describe('the text hash', () => {
  it('is FNV-1a 64: the published test vectors, and the reference over UTF-8 of any text', () => {
    expect([textHash(''), textHash('a'), textHash('foobar')]).toEqual(['cbf29ce484222325', 'af63dc4c8601ec8c', '85944171f73967e8']);
    for (const text of ['Jämställdhet', 'Tom & Jerry 🚀👩🏽‍💻 – ”citat”', '\u0000\u07ff\u0800\uffff', 'x'.repeat(1000)]) {
      expect(textHash(text)).toBe(referenceFnv(text).toString(16).padStart(16, '0'));
      expect(shortId('activity', text)).toBe((referenceFnv(`a:${text}`) & ((1n << 40n) - 1n)).toString(36).padStart(8, '0'));
    }
  });
});

describe('anchor names', () => {
  it('are hidden, short, of letters, digits and _ only, and say their kind', () => {
    const taken = new Set<string>();
    for (const kind of anchorKinds) {
      for (let i = 0; i < 200; i += 1) {
        const name = anchorName(kind, `record-${i}-åäö 🚀`, taken);
        expect(name).toMatch(/^_moa_[a-z0-9_]+$/);
        expect(name.length).toBeLessThanOrEqual(maxBookmarkName);
        expect(parseAnchorName(name)?.kind).toBe(kind);
      }
    }
    expect(taken.size).toBe(anchorKinds.length * 200);
  });

  it('are the same for the same record in every export, and differ between records and kinds', () => {
    expect(anchorName('strategy', 'abc', new Set())).toBe(anchorName('strategy', 'abc', new Set()));
    expect(shortId('strategy', 'abc')).toMatch(/^[0-9a-z]{8}$/);
    expect(shortId('strategy', 'abc')).not.toBe(shortId('strategy', 'abd'));
    expect(shortId('strategy', 'abc')).not.toBe(shortId('tactic', 'abc'));
  });

  it('give a name taken in the document the next free suffix, in the order asked', () => {
    const taken = new Set<string>();
    const first = anchorName('tactic', 't1', taken);
    const second = anchorName('tactic', 't1', taken);
    const third = anchorName('tactic', 't1', taken);
    expect([second, third]).toEqual([`${first}_2`, `${first}_3`]);
    expect(parseAnchorName(third)).toEqual({ kind: 'tactic', shortId: shortId('tactic', 't1'), occurrence: 3 });
    // A different record whose name happens to be taken gets a suffix too, never someone else's name.
    const clash = new Set([anchorName('activity', 'a1', new Set())]);
    expect(anchorName('activity', 'a1', clash)).toMatch(/_2$/);
  });

  it('lead back to their record without the manifest', () => {
    const records = [
      { kind: 'strategy' as const, recordId: 's1' },
      { kind: 'tactic' as const, recordId: 's1' },
      { kind: 'activity' as const, recordId: 'a1' },
    ];
    const lookup = anchorLookup(records);
    const taken = new Set<string>();
    for (const record of records) expect(lookup(anchorName(record.kind, record.recordId, taken))).toEqual(record);
    expect(lookup(anchorName('tactic', 's1', taken))).toEqual(records[1]); // the tactic's second anchor, `_2`
    expect(lookup(anchorName('activity', 'a2', taken))).toBeNull();
    expect(lookup('_Toc1')).toBeNull();
    // The same record listed twice is still one record.
    const twice = anchorLookup([...records, { kind: 'activity', recordId: 'a1' }]);
    expect(twice(anchorName('activity', 'a1', new Set()))).toEqual(records[2]);
  });

  it('are told apart from other bookmarks', () => {
    for (const other of ['_Toc123456', '_GoBack', 'moa_g12345678', '_moa_q12345678', '_moa_g1234567', '_moa_g12345678_1', '_moa_g12345678_x', `_moa_g12345678_${'9'.repeat(30)}`]) {
      expect(parseAnchorName(other)).toBeNull();
    }
    // Word compares bookmark names without regard to case, and may write them so.
    expect(parseAnchorName('_MOA_G0A1B2C3D')?.kind).toBe('strategy');
  });
});

const manifest: ReviewManifest = reviewManifest({
  planId: 'plan-1 & "citat" <x>',
  planVersion: 3,
  goalAreaCode: 'IE',
  exportedAt: '2026-11-27',
  appVersion: '0.1.0',
  parts: [
    { anchor: '_moa_g0a1b2c3d', kind: 'strategy', recordId: 'str-1', textHash: textHash('Fler unga företagare') },
    { anchor: '_moa_pzzzzzzzz_2', kind: 'perspective', recordId: 't-1#miljö och hållbar utveckling', textHash: textHash('') },
  ],
});

describe('the review manifest', () => {
  it('reads back what it wrote, with its checksum', () => {
    const read = readManifestXml(manifestXml(manifest));
    expect(read).toEqual({ ok: true, manifest });
    expect(manifest.checksum).toBe(manifestChecksum(manifest));
  });

  it('reads it as another program may have written it again: another prefix, single quotes, other order, white space', () => {
    const rewritten = manifestXml(manifest)
      .replace(`<review xmlns="${reviewNamespace}"`, `<ns0:review xmlns:ns0='${reviewNamespace}'`)
      .replace('</review>', '</ns0:review>')
      .replaceAll('<part ', '\n   <ns0:part  ')
      .replace(/ kind="(\w+)" recordId="([^"]*)"/g, " recordId='$2'  kind='$1'");
    expect(readManifestXml(rewritten)).toEqual({ ok: true, manifest });
  });

  it('has a checksum that follows the content, not the day or the app version', () => {
    const later = reviewManifest({ ...manifest, exportedAt: '2027-01-02', appVersion: '0.2.0' });
    expect(later.checksum).toBe(manifest.checksum);
    const edited = reviewManifest({ ...manifest, parts: manifest.parts.map((p, i) => (i === 0 ? { ...p, textHash: textHash('Färre unga') } : p)) });
    expect(edited.checksum).not.toBe(manifest.checksum);
  });

  it.each([
    ['<!DOCTYPE review [<!ENTITY a "aaaa">]><review xmlns="urn:moa-arbetsboken:review:1" planId="&a;" planVersion="1"/>', 'DOCTYPE'],
    [`<review xmlns="${reviewNamespace}" planId="&a;" planVersion="1"/>`, 'entitet'],
    [`<review xmlns="urn:annat" planId="p" planVersion="1"/>`, 'namnrymden'],
    [`<review xmlns="${reviewNamespace}" planId="p" planVersion="ett"/>`, 'version'],
    [`<review xmlns="${reviewNamespace}" planId="p" planVersion="1"><part anchor="_moa_x" kind="kapitel"/></review>`, 'okänd sort'],
    [`<review xmlns="${reviewNamespace}" planId="p" planVersion="1"><part anchor="_moa_x" kind="strategy">`, 'tar slut'],
    [`<review xmlns="${reviewNamespace}" planId="p" planVersion="1"><script/></review>`, 'okänt element'],
    [`<review xmlns="${reviewNamespace}" planId="p" planVersion="1">text</review>`, 'text'],
    [`<review xmlns="${reviewNamespace}" planId="${'p'.repeat(301)}" planVersion="1"/>`, 'längre'],
    ['<review', 'giltig XML'],
  ])('refuses %s with a Swedish message', (xml, says) => {
    const read = readManifestXml(xml);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem).toMatch(/^Granskningsmanifestet går inte att läsa: /);
      expect(read.problem).toContain(says);
    }
  });

  it('refuses one too large before reading it', () => {
    const huge = `<review xmlns="${reviewNamespace}" planId="p" planVersion="1">${'<part anchor="_moa_g00000000" kind="strategy" recordId="r" textHash="h"/>'.repeat(60_000)}</review>`;
    const read = readManifestXml(huge);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toContain('större än');
  });
});

describe('the handlingsplan as a review package', () => {
  const input = exampleInput();
  const words = documentWords('sv');

  it('is the ordinary document with bookmarks added, nothing else changed in its body', async () => {
    const ordinary = part(unzipDocx(await packDocx(buildHandlingsplan(input, words, undefined))), 'word/document.xml');
    const { bytes } = await buildHandlingsplanReviewPackage(input, words, undefined, { exportedAt: '2026-11-27', appVersion: '0.1.0' });
    const review = part(unzipDocx(bytes), 'word/document.xml');
    expect(review).not.toBe(ordinary);
    // Bookmarks aside (the contents' own `_Toc` ones are numbered on from ours): the same XML.
    const body = (xml: string) => xml.replace(/<w:bookmark(?:Start|End) [^>]*\/>/g, '').replace(/_Toc\d+/g, '_Toc');
    expect(body(review)).toBe(body(ordinary));
  });

  it('leaves the ordinary export without anchors or manifest', async () => {
    const parts = unzipDocx(await packDocx(buildHandlingsplan(input, words, undefined)));
    expect(part(parts, 'word/document.xml')).not.toContain('_moa_');
    expect([...parts.keys()].some((name) => name.startsWith('customXml/'))).toBe(false);
  });

  it(
    'anchors every section, strategy, tactic, activity, indicator and perspective text, and lists them in the manifest in document order',
    async () => {
      const { bytes, manifest: written } = await buildHandlingsplanReviewPackage(input, words, undefined, { exportedAt: '2026-11-27', appVersion: '0.1.0' });
      const parts = unzipDocx(bytes);
      const documentXml = part(parts, 'word/document.xml');
      const { content } = input;
      const recordsOf = (kind: string) => new Set(written.parts.filter((p) => p.kind === kind).map((p) => p.recordId));
      expect(recordsOf('section')).toEqual(new Set(content.plan.sections.map((s) => s.key)));
      expect(recordsOf('strategy')).toEqual(new Set(content.strategies.map((s) => s.id)));
      expect(recordsOf('tactic')).toEqual(new Set(content.tactics.map((t) => t.id)));
      expect(recordsOf('activity')).toEqual(new Set(content.activities.map((a) => a.id)));
      expect(recordsOf('indicator')).toEqual(new Set(content.strategies.flatMap((s) => s.indicators.map((_i, index) => `${s.id}#${index}`))));
      const notes = content.tactics.flatMap((t) => t.perspectives.map((p) => `${t.id}#${p.perspective}`));
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) expect(recordsOf('perspective')).toContain(note);
      expect(recordsOf('outside')).toEqual(new Set(['strategyTree', 'activities', 'perspectives', 'indicators', 'reviewers']));

      // Each name once in the document, in the manifest's order, each one the start of a region whose text begins as expected.
      const regions = anchoredRegions(documentXml);
      expect(regions.map((r) => r.anchor)).toEqual(written.parts.map((p) => p.anchor));
      expect(new Set(regions.map((r) => r.anchor)).size).toBe(regions.length);
      // A name taken again gets its suffix in document order: `_2` after the bare name, `_3` after `_2`.
      const seen = new Map<string, number>();
      for (const { anchor } of regions) {
        const base = anchor.replace(/_\d+$/, '');
        const occurrence = parseAnchorName(anchor)?.occurrence;
        expect(occurrence).toBe((seen.get(base) ?? 0) + 1);
        seen.set(base, occurrence ?? 0);
      }
      expect(Math.max(...seen.values())).toBeGreaterThan(1);
      const regionOf = (kind: string, recordId: string) => regions[written.parts.findIndex((p) => p.kind === kind && p.recordId === recordId)]?.text ?? '';
      const strategy = content.strategies[0];
      const activity = content.activities[0];
      if (!strategy || !activity) throw new Error('the example has strategies and activities');
      expect(regionOf('strategy', strategy.id).split('\n')[0]).toBe(strategy.title);
      expect(regionOf('activity', activity.id).startsWith(activity.title)).toBe(true);
      for (const [i, p] of written.parts.entries()) expect(p.textHash).toBe(textHash(regions[i]?.text ?? ''));

      const read = readManifestXml(part(parts, 'customXml/item1.xml'));
      expect(read).toEqual({ ok: true, manifest: written });
      expect(written).toMatchObject({ planId: content.plan.id, planVersion: content.plan.version, goalAreaCode: input.goalArea.code });
      expect(part(parts, 'docProps/custom.xml')).toContain(written.checksum);

      // Without the manifest, the plan itself leads from every anchor to its part.
      const lookup = anchorLookup(anchorRecords(content, input.goalArea.reviewers.map((r) => r.perspective)));
      for (const p of written.parts) expect(lookup(p.anchor)).toEqual({ kind: p.kind, recordId: p.recordId });

      const validation = await validateDocx(bytes);
      expect(validation.errors).toEqual([]);
    },
    validationTimeout,
  );

  it('anchors an indicator\'s Kolada block too, to the indicator, on its heading', async () => {
    const strategy = [...input.content.strategies].sort((a, b) => a.order - b.order)[0];
    if (!strategy) throw new Error('the example has strategies');
    const strategies = input.content.strategies.map((s) => (s.id === strategy.id ? { ...s, indicators: [n00914Indicator, ...s.indicators] } : s));
    const withKolada: HandlingsplanInput = { ...input, content: { ...input.content, strategies }, kolada: [sampleKoladaFigures(words, strategy.id, 0, n00914Indicator)] };
    const { bytes, manifest: written } = await buildHandlingsplanReviewPackage(withKolada, words, undefined, { exportedAt: '2026-11-27', appVersion: '0.1.0' });
    const regions = anchoredRegions(part(unzipDocx(bytes), 'word/document.xml'));
    const anchors = written.parts.filter((p) => p.recordId === `${strategy.id}#0`);
    // The bullet under the strategy, the row of the indicator table, and the heading of its block of figures.
    expect(anchors.map((p) => p.anchor)).toEqual([anchors[0]?.anchor, `${anchors[0]?.anchor}_2`, `${anchors[0]?.anchor}_3`]);
    const block = regions.find((r) => r.anchor === anchors[2]?.anchor);
    expect(block?.text.split('\n')[0]).toContain(n00914Indicator.name);
  });
});
