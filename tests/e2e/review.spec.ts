import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewItem } from '#shared/domain/review.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { findSoffice } from './harness/libreoffice.ts';
import { startWithProfile } from './helpers.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { storedRecords } from './pages/stored-records.ts';
import { typeInto } from './pages/keyboard.ts';

interface Comment {
  id: number;
  /** The text in the document the comment is made on: the run of it in the paragraph that carries an anchor of `kind` (the part's own heading, not the strategy tree's copy). */
  on: string;
  kind: 'g' | 't' | 'a';
  author: string;
  text: string;
}

/** Adds comments as Word writes them: a range around the run holding `on`, a reference after it, and word/comments.xml. */
function withComments(docx: Uint8Array, comments: readonly Comment[]): Uint8Array {
  const files = unzipSync(docx);
  let xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  for (const comment of comments) {
    let at = xml.indexOf(`>${comment.on}</w:t>`);
    while (at >= 0 && !xml.slice(xml.lastIndexOf('<w:p', at), at).includes(`w:name="_moa_${comment.kind}`)) at = xml.indexOf(`>${comment.on}</w:t>`, at + 1);
    if (at < 0) throw new Error(`no anchored run with ${comment.on}`);
    const runStart = Math.max(xml.lastIndexOf('<w:r>', at), xml.lastIndexOf('<w:r ', at));
    const runEnd = xml.indexOf('</w:r>', at) + '</w:r>'.length;
    xml = `${xml.slice(0, runStart)}<w:commentRangeStart w:id="${comment.id}"/>${xml.slice(runStart, runEnd)}<w:commentRangeEnd w:id="${comment.id}"/><w:r><w:commentReference w:id="${comment.id}"/></w:r>${xml.slice(runEnd)}`;
  }
  files['word/document.xml'] = strToU8(xml);
  files['word/comments.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      comments.map((c) => `<w:comment w:id="${c.id}" w:author="${c.author}" w:date="2027-04-02T10:15:00Z" w:initials="MS"><w:p><w:r><w:t xml:space="preserve">${c.text}</w:t></w:r></w:p></w:comment>`).join('') +
      '</w:comments>',
  );
  const rels = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
  files['word/_rels/document.xml.rels'] = strToU8(rels.replace('</Relationships>', '<Relationship Id="rIdComments1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
  const types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
  return zipSync(files);
}

describe('Granskning', () => {
  const e2e = useBrowser();
  let soffice = '';
  beforeAll(() => {
    soffice = findSoffice();
  });

  it('skickar planen på granskning, läser in granskarens kommenterade fil efter en tur genom LibreOffice, och kommentarerna hamnar vid rätt del; samma fil igen lägger inte till något', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    await page.getByRole('link', { name: 'Granskning', exact: true }).click();
    await page.getByText('Välj handlingsplanen som ska granskas').waitFor();
    await expectAccessible(page, 'granskning, välj plan');
    await page.getByRole('link', { name: /^Handlingsplan Innovationer och entreprenörskap/u }).click();
    await page.getByRole('heading', { level: 3, name: 'Skicka på granskning' }).waitFor();
    // Nothing to answer yet: the response is disabled and says why.
    expect(await page.getByRole('button', { name: 'Bemötande (Word)' }).isDisabled()).toBe(true);
    await page.getByText('Bemötandet kan skapas när granskarnas synpunkter har lästs in.').waitFor();

    // The review copy: the plan in Word, with its marks.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: 'Granskningsunderlag (Word)' }).click();
        const asDraft = page.getByRole('button', { name: 'Exportera utkast ändå' });
        if (await asDraft.isVisible().catch(() => false)) await asDraft.click();
      })(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Granskningsunderlag_Innovationer-och-entreprenorskap_\d{4}-\d{4}_v1_\d{4}-\d{2}-\d{2}\.docx$/u);
    const exported = new Uint8Array(await readFile((await download.path()) ?? ''));
    expect(strFromU8(unzipSync(exported)['word/document.xml'] ?? new Uint8Array())).toContain('w:name="_moa_');

    // The reviewer comments in Word; the file then goes through LibreOffice and back, as a colleague might save it.
    const dir = await mkdtemp(join(tmpdir(), 'moa-review-'));
    const commented = join(dir, 'kommenterad.docx');
    await writeFile(
      commented,
      withComments(exported, [
        { id: 1, on: 'Fler unga företagare', kind: 'g', author: 'Maria Svensson', text: 'Hur når strategin kvinnor som driver företag?' },
        { id: 2, on: 'Mikrolån och rådgivning', kind: 't', author: 'Maria Svensson', text: 'Vem står för rådgivningen?' },
      ]),
    );
    const saved = join(dir, 'saved');
    execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', saved, commented], { stdio: 'pipe', timeout: 120_000 });
    const returned = join(saved, 'kommenterad.docx');

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Välj granskade Word-filer …' }).click()]);
    await chooser.setFiles([returned]);
    await page.getByText(/«kommenterad\.docx»: 2 kommentarer och 0 ändringsförslag; 2 vid delar av planen/u).waitFor();
    await page.getByText('Filen är granskningsunderlaget för version 1 av den här planen.').waitFor();
    await expectAccessible(page, 'granskning, förhandsvisning');
    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
    await page.getByText('2 synpunkter lästes in; 0 fanns redan.').waitFor();

    // Each comment sits under its part.
    const strategy = page.getByRole('region', { name: 'Strategi 1 Fler unga företagare' });
    await strategy.getByText('Hur når strategin kvinnor som driver företag?').waitFor();
    const tactic = page.getByRole('region', { name: /^Taktik 3\.1 Mikrolån och rådgivning/u });
    await tactic.getByText('Vem står för rådgivningen?').waitFor();
    await expectAccessible(page, 'granskning, synpunkter');

    // The MOA answers one and marks it; after a reload both are stored and shown.
    await strategy.getByLabel('Status för synpunkten från Maria Svensson').selectOption({ label: 'Besvarad' });
    await typeInto(strategy.getByLabel('Ditt svar till Maria Svensson'), 'Vi lägger till en aktivitet med kvinnliga förebilder.');
    await page.locator('[data-save-status="saved"]').waitFor();
    await page.reload();
    await page.getByRole('region', { name: 'Strategi 1 Fler unga företagare' }).getByText('Hur når strategin').waitFor();
    const stored = await storedRecords<ReviewItem>(page, 'reviewItems');
    const answered = stored.find((i) => i.text.startsWith('Hur når'));
    expect(answered).toMatchObject({ status: 'answered', answer: 'Vi lägger till en aktivitet med kvinnliga förebilder.', author: 'Maria Svensson', placement: { kind: 'part', partKind: 'strategy' } });
    expect(await page.getByRole('region', { name: 'Strategi 1 Fler unga företagare' }).getByLabel('Ditt svar till Maria Svensson').inputValue()).toBe('Vi lägger till en aktivitet med kvinnliga förebilder.');

    // The response to the secretariat: every comment with the answer, as a valid Word file.
    const [response] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bemötande (Word)' }).click()]);
    expect(response.suggestedFilename()).toMatch(/^Bemotande_Innovationer-och-entreprenorskap_\d{4}-\d{4}_v1_\d{4}-\d{2}-\d{2}\.docx$/u);
    const responseParts = unzipSync(new Uint8Array(await readFile((await response.path()) ?? '')));
    expect(Object.keys(responseParts)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const responseXml = strFromU8(responseParts['word/document.xml'] ?? new Uint8Array());
    for (const text of ['Bemötande av granskning', 'Hur når strategin kvinnor som driver företag?', 'Vi lägger till en aktivitet med kvinnliga förebilder.', 'Vem står för rådgivningen?', 'Inget svar ännu', 'Besvarad']) expect(responseXml).toContain(text);

    // The same file again adds nothing.
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Välj granskade Word-filer …' }).click()]);
    await again.setFiles([returned]);
    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
    await page.getByText('0 synpunkter lästes in; 2 fanns redan.').waitFor();
    expect(await storedRecords(page, 'reviewItems')).toHaveLength(2);
  });
});
