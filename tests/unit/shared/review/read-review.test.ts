/**
 * Reading a reviewed Word file back: the fixtures were made by LibreOffice
 * (tests/fixtures/review/README.md); the hostile files are made here.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readReview, type ReviewCommentRead, type ReviewRead } from '#shared/review/read-review.ts';
import { reviewManifestXml, withReplyAndManifest } from '../../../fixtures/review/word-like.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/review/${name}`, import.meta.url)));

type Read = Extract<ReviewRead, { ok: true }>;

function read(bytes: Uint8Array, fileName = 'granskning.docx'): Read {
  const result = readReview(bytes, { fileName });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

function refusal(bytes: Uint8Array, fileName = 'granskning.docx'): string {
  const result = readReview(bytes, { fileName });
  if (result.ok) throw new Error('read a file that should be refused');
  expect(result.problems).toHaveLength(1);
  const problem = result.problems[0] ?? '';
  expect(problem.startsWith(`«${fileName}»`)).toBe(true);
  // A refusal says what is wrong with the file, never that the reader itself failed.
  expect(problem).not.toContain('något gick fel');
  return problem;
}

function byText(comments: readonly ReviewCommentRead[], start: string): ReviewCommentRead {
  const comment = comments.find((c) => c.text.startsWith(start));
  if (!comment) throw new Error(`no comment starting "${start}"`);
  return comment;
}

/** granskning.docx with some parts replaced (or removed, with null). */
function withParts(parts: Record<string, string | Uint8Array | null>, base = fixture('granskning.docx')): Uint8Array {
  const files: Zippable = unzipSync(base);
  for (const [name, content] of Object.entries(parts)) {
    if (content === null) delete files[name];
    else files[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentOf = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}</w:body></w:document>`;
const heading = (name: string, text: string) => `<w:p><w:bookmarkStart w:id="9" w:name="${name}"/><w:r><w:t>${text}</w:t></w:r><w:bookmarkEnd w:id="9"/></w:p>`;

describe('a file commented in LibreOffice (granskning.fodt → .docx)', () => {
  const result = read(fixture('granskning.docx'));

  test('each comment comes with its author, initials, date and text, paragraphs on lines of their own', () => {
    expect(result.comments).toHaveLength(6);
    const women = byText(result.comments, 'Hur påverkar');
    expect(women).toMatchObject({ author: 'Anna Granskare', initials: 'AG', date: '2026-11-20T10:15:00Z', done: false, parentId: null });
    expect(women.text).toBe('Hur påverkar detta kvinnors företagande?\nAnge gärna siffror.');
    expect(byText(result.comments, 'Detta gäller').author).toBe('Dan Öberg');
  });

  test('the commented text and the part it sits in (the heading bookmark before it)', () => {
    const women = byText(result.comments, 'Hur påverkar');
    expect(women.commentedText).toBe('Andelen nystartade företag');
    expect(women.anchor).toBe('_moa_sabc12300');
  });

  test('a resolved comment is done, an open one is not', () => {
    expect(byText(result.comments, 'Stavfel rättat').done).toBe(true);
    expect(result.comments.filter((c) => c.done)).toHaveLength(1);
  });

  test('a comment spanning two parts belongs to the part where it starts, and covers the text of both', () => {
    const both = byText(result.comments, 'Detta gäller både');
    expect(both.anchor).toBe('_moa_tdef45600');
    expect(both.commentedText).toBe('en lots i varje kommun.\nAktivitet: Lotsträffar\nFyra träffar');
  });

  test('a comment in a table cell belongs to the part the table is in', () => {
    const cell = byText(result.comments, 'Vem på Almi');
    expect(cell.commentedText).toBe('Almi');
    expect(cell.anchor).toBe('_moa_aghi78900');
  });

  test('a comment before any part has no anchor (it is listed as outside the plan, not attached to the first part)', () => {
    const before = byText(result.comments, 'Gäller hela dokumentet');
    expect(before.anchor).toBeNull();
    expect(before.commentedText).toBe('Planen gäller 2027');
  });

  test('LibreOffice 7.4 writes a reply as a comment of its own on a point: no parent, no commented text', () => {
    const reply = byText(result.comments, 'Vi lägger till');
    expect(reply).toMatchObject({ author: 'Maria MOA', parentId: null, commentedText: '', anchor: '_moa_aghi78900' });
  });

  test('tracked changes are suggestions with author, date, text and part', () => {
    expect(result.suggestions.map(({ edit: _edit, ...rest }) => rest)).toEqual([
      { id: '0', kind: 'insertion', author: 'Bo Berg', date: '2026-11-21T09:30:00Z', text: 'särskilt unga ', anchor: '_moa_sabc12300' },
      { id: '1', kind: 'deletion', author: 'Bo Berg', date: '2026-11-21T09:31:00Z', text: 'alla kommuner', anchor: '_moa_sabc12300' },
    ]);
  });

  test('each tracked change says where it sits in its paragraph as the paragraph read before the changes', () => {
    for (const suggestion of result.suggestions) {
      const edit = suggestion.edit;
      if (!edit) throw new Error(`no place for ${suggestion.text}`);
      // Deleted text is in the paragraph as it was, inserted text is not.
      if (suggestion.kind === 'deletion') expect(edit.paragraph.slice(edit.at, edit.at + suggestion.text.length)).toBe(suggestion.text);
      else expect(edit.paragraph).not.toContain(suggestion.text);
      expect(edit.at).toBeGreaterThanOrEqual(0);
      expect(edit.at).toBeLessThanOrEqual(edit.paragraph.length);
    }
  });

  test('a file our export did not make has no manifest', () => {
    expect(result.manifest).toBeNull();
  });
});

test('a document whose bookmarks were deleted: the comment is read, with no part', () => {
  const result = read(fixture('utan-bokmarken.docx'));
  expect(result.comments).toHaveLength(1);
  expect(result.comments[0]).toMatchObject({ text: 'Rubrikens bokmärke är borttaget.', commentedText: 'Fler företag', anchor: null });
});

describe('replies and the manifest, as Word writes them', () => {
  const result = read(withReplyAndManifest(fixture('granskning.docx'), '1', '5'));

  test('a reply names the comment it answers', () => {
    const question = byText(result.comments, 'Hur påverkar');
    const answer = byText(result.comments, 'Vi lägger till');
    expect(answer.parentId).toBe(question.id);
    expect(question.parentId).toBeNull();
    expect(byText(result.comments, 'Stavfel rättat').done).toBe(true);
  });

  test('the review manifest is found among the custom XML parts and returned as written', () => {
    expect(result.manifest).toBe(reviewManifestXml);
  });
});

test('opened and saved again by LibreOffice: bookmarks, resolved state and manifest survive, replies come back flat', () => {
  const result = read(fixture('omsparad-i-libreoffice.docx'));
  expect(byText(result.comments, 'Vi lägger till').parentId).toBeNull();
  expect(byText(result.comments, 'Stavfel rättat').done).toBe(true);
  expect(byText(result.comments, 'Vem på Almi').anchor).toBe('_moa_aghi78900');
  expect(result.suggestions.map((s) => s.text)).toEqual(['särskilt unga ', 'alla kommuner']);
  expect(result.manifest).toContain('urn:moa-arbetsboken:review:1');
  expect(result.manifest).toContain('id="s_abc123"');
});

describe('where a comment sits, in documents Word writes', () => {
  const commentOn = (id: string, body: string) => read(withParts({ 'word/document.xml': documentOf(body) })).comments.find((c) => c.id === id);

  test('a comment on a whole heading whose range starts just before the heading’s bookmark belongs to that heading’s part', () => {
    const body =
      heading('_moa_s000first', 'Varför') +
      `<w:p><w:commentRangeStart w:id="1"/><w:bookmarkStart w:id="8" w:name="_moa_s00second"/><w:r><w:t>Vad</w:t></w:r><w:bookmarkEnd w:id="8"/><w:commentRangeEnd w:id="1"/></w:p>`;
    expect(commentOn('1', body)).toMatchObject({ anchor: '_moa_s00second', commentedText: 'Vad' });
  });

  test('a bookmark after some of the commented text does not move the comment', () => {
    const body = heading('_moa_s000first', 'Varför') + `<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>Slutet av delen</w:t></w:r></w:p>` + heading('_moa_s00second', 'Vad') + `<w:p><w:commentRangeEnd w:id="1"/></w:p>`;
    expect(commentOn('1', body)).toMatchObject({ anchor: '_moa_s000first', commentedText: 'Slutet av delen\nVad' });
  });

  test('an anchor a program wrote in upper case is still an anchor, named as the file has it', () => {
    const body = heading('_moa_s000first', 'Varför') + heading('_MOA_S00SECOND', 'Vad') + `<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>Text</w:t></w:r><w:commentRangeEnd w:id="1"/></w:p>`;
    expect(commentOn('1', body)).toMatchObject({ anchor: '_MOA_S00SECOND' });
  });

  test('a bookmark that only starts like an anchor is not one: the comment stays in the part before it', () => {
    const body = heading('_moa_s000first', 'Varför') + heading('_moa_mina_anteckningar', 'Egen') + `<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>Text</w:t></w:r><w:commentRangeEnd w:id="1"/></w:p>`;
    expect(commentOn('1', body)).toMatchObject({ anchor: '_moa_s000first' });
  });

  test('a text box’s fallback copy is not read twice', () => {
    const box = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const body = `<w:p><w:commentRangeStart w:id="1"/><w:r><mc:AlternateContent><mc:Choice Requires="wps">${box('I rutan')}</mc:Choice><mc:Fallback>${box('I rutan')}</mc:Fallback></mc:AlternateContent></w:r><w:commentRangeEnd w:id="1"/></w:p>`;
    const xml = documentOf(body).replace('<w:document ', '<w:document xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ');
    const comment = read(withParts({ 'word/document.xml': xml })).comments.find((c) => c.id === '1');
    expect(comment?.commentedText).toBe('I rutan');
  });

  test('a comment the document body does not mark (say, in a footnote) is kept, with no part and no commented text', () => {
    const comment = commentOn('4', heading('_moa_s000first', 'Varför'));
    expect(comment).toMatchObject({ author: 'Eva Lund', anchor: null, commentedText: '' });
  });
});

describe('tracked changes as Word writes them', () => {
  const change = (tag: 'ins' | 'del', id: number, author: string, text: string, date = '2026-11-21T09:00:00Z') =>
    `<w:${tag} w:id="${id}" w:author="${author}" w:date="${date}"><w:r><w:${tag === 'ins' ? 't' : 'delText'} xml:space="preserve">${text}</w:${tag === 'ins' ? 't' : 'delText'}></w:r></w:${tag}>`;

  test('one change split over runs (each with its own id) is one suggestion; another author is another', () => {
    const body =
      heading('_moa_s000000x1', 'Vad') +
      `<w:p><w:r><w:t xml:space="preserve">Vi ska </w:t></w:r>${change('ins', 1, 'Bo', 'snabbt ')}${change('ins', 2, 'Bo', 'och billigt ')}${change('ins', 3, 'Eva', 'tillsammans ')}<w:r><w:t>starta.</w:t></w:r></w:p>`;
    const { suggestions } = read(withParts({ 'word/document.xml': documentOf(body) }));
    expect(suggestions.map((s) => [s.author, s.text, s.anchor])).toEqual([
      ['Bo', 'snabbt och billigt ', '_moa_s000000x1'],
      ['Eva', 'tillsammans ', '_moa_s000000x1'],
    ]);
  });

  test('an insertion over two paragraphs is one suggestion on two lines; a marked paragraph mark adds no text', () => {
    const mark = '<w:pPr><w:rPr><w:ins w:id="7" w:author="Bo" w:date="2026-11-21T09:00:00Z"/></w:rPr></w:pPr>';
    const body = `<w:p>${mark}${change('ins', 5, 'Bo', 'Första')}</w:p><w:p>${change('ins', 6, 'Bo', 'Andra')}</w:p><w:p><w:r><w:t>Orört.</w:t></w:r>${change('del', 8, 'Bo', 'bort')}</w:p>`;
    const { suggestions } = read(withParts({ 'word/document.xml': documentOf(body) }));
    expect(suggestions.map((s) => [s.kind, s.text, s.anchor])).toEqual([
      ['insertion', 'Första\nAndra', null],
      ['deletion', 'bort', null],
    ]);
  });

  test('a change is placed in its paragraph as it read before every reviewer’s changes; a change over two paragraphs has no place', () => {
    const body =
      `<w:p><w:r><w:t xml:space="preserve">Vi ska </w:t></w:r>${change('del', 1, 'Bo', 'kanske ')}${change('ins', 2, 'Bo', 'alltid ')}<w:r><w:t xml:space="preserve">starta</w:t></w:r><w:r><w:br/><w:t>nu.</w:t></w:r>${change('ins', 3, 'Eva', '!')}</w:p>` +
      `<w:p>${change('ins', 5, 'Bo', 'Första')}</w:p><w:p>${change('ins', 6, 'Bo', 'Andra')}</w:p>`;
    const { suggestions } = read(withParts({ 'word/document.xml': documentOf(body) }));
    const paragraph = 'Vi ska kanske starta\nnu.';
    expect(suggestions.map((s) => [s.kind, s.text, s.edit])).toEqual([
      ['deletion', 'kanske ', { paragraph, at: 7 }],
      ['insertion', 'alltid ', { paragraph, at: 14 }],
      ['insertion', '!', { paragraph, at: paragraph.length }],
      ['insertion', 'Första\nAndra', null],
    ]);
  });

  test('deleted text is not part of a comment’s commented text', () => {
    const body = `<w:p><w:commentRangeStart w:id="1"/><w:r><w:t xml:space="preserve">Kvar </w:t></w:r>${change('del', 2, 'Bo', 'borta ')}<w:r><w:t>här</w:t></w:r><w:commentRangeEnd w:id="1"/></w:p>`;
    const result = read(withParts({ 'word/document.xml': documentOf(body) }));
    expect(result.comments.find((c) => c.id === '1')?.commentedText).toBe('Kvar här');
  });
});

describe('files that are refused, with a Swedish message naming the file', () => {
  test('a zip bomb: a part that inflates a thousand times its packed size', () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const message = refusal(withParts({ 'word/document.xml': zeros }));
    expect(message).toContain('word/document.xml');
    expect(message).toContain('zip-bomb');
  });

  test('a part larger than the limit', () => {
    const big = new Uint8Array(51 * 1024 * 1024).fill(0x20);
    big.set(strToU8(documentOf('')));
    const message = refusal(withParts({ 'word/document.xml': big }));
    expect(message).toMatch(/word\/document\.xml.*gränsen är 50 MB/u);
  });

  test('more than 20 000 comments', () => {
    const comment = (id: number) => `<w:comment w:id="${id}" w:author="A"><w:p><w:r><w:t>k</w:t></w:r></w:p></w:comment>`;
    const comments = `<?xml version="1.0"?>\n<w:comments ${W}>${Array.from({ length: 20_001 }, (_, i) => comment(i)).join('')}</w:comments>`;
    expect(refusal(withParts({ 'word/comments.xml': comments }))).toMatch(/fler än 20\s000 kommentarer/u);
  });

  test('a document marking more than 20 000 comments, even if comments.xml is small', () => {
    const starts = Array.from({ length: 20_001 }, (_, i) => `<w:commentRangeStart w:id="${i}"/>`).join('');
    expect(refusal(withParts({ 'word/document.xml': documentOf(`<w:p>${starts}<w:r><w:t>text</w:t></w:r></w:p>`) }))).toMatch(/fler än 20\s000 kommentarer/u);
  });

  test('thousands of comment ranges that never close cost no more than one', () => {
    const starts = Array.from({ length: 5_000 }, (_, i) => `<w:commentRangeStart w:id="${i}"/>`).join('');
    const paragraphs = Array.from({ length: 5_000 }, (_, i) => `<w:p><w:r><w:t>Stycke ${i} med lite text.</w:t></w:r></w:p>`).join('');
    const started = performance.now();
    const result = read(withParts({ 'word/document.xml': documentOf(`<w:p>${starts}</w:p>${paragraphs}`) }));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.comments).toHaveLength(6);
  });

  test('a DOCTYPE with an entity (an entity bomb)', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<w:document ${W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    const message = refusal(withParts({ 'word/document.xml': xml }));
    expect(message).toContain('word/document.xml innehåller en DOCTYPE-deklaration');
  });

  test('an entity no DOCTYPE defines, in the comments', () => {
    const xml = `<?xml version="1.0"?>\n<w:comments ${W}><w:comment w:id="0" w:author="&ext;"><w:p/></w:comment></w:comments>`;
    expect(refusal(withParts({ 'word/comments.xml': xml }))).toContain('entiteten «&ext;»');
  });

  test('XML that is cut off anywhere is refused as broken, never half-read', () => {
    const xml = strFromU8(unzipSync(fixture('granskning.docx'))['word/document.xml'] ?? new Uint8Array());
    for (let cut = 100; cut < xml.length - 20; cut += Math.floor(xml.length / 40)) {
      const message = refusal(withParts({ 'word/document.xml': xml.slice(0, cut) }));
      expect(message).toContain('word/document.xml är inte giltig XML');
    }
  });

  test('elements that close in the wrong order', () => {
    const message = refusal(withParts({ 'word/comments.xml': `<w:comments ${W}><w:comment w:id="0"><w:p></w:comment></w:p></w:comments>` }));
    expect(message).toContain('«w:p» avslutas med «w:comment»');
  });

  test('a broken custom XML part', () => {
    expect(refusal(withParts({ 'customXml/item1.xml': '<a xmlns="urn:moa-arbetsboken:review:1"><b></a>' }))).toContain('customXml/item1.xml är inte giltig XML');
  });

  test('a zip without word/document.xml', () => {
    const zip = zipSync({ 'mall.json': strToU8('{}') });
    expect(refusal(zip, 'svar.zip')).toContain('utan word/document.xml');
  });

  test('a file that is no zip at all, an empty file, a zip cut short', () => {
    expect(refusal(strToU8('Hej! Här är mina synpunkter.'), 'synpunkter.txt')).toContain('inget Word-dokument');
    expect(refusal(new Uint8Array(0))).toContain('är tom');
    const docx = fixture('granskning.docx');
    expect(refusal(docx.slice(0, docx.length - 200))).toContain('avkortad');
  });
});
