import { useId, useState } from 'react';
import { platform } from '#host';
import type { ReviewItem } from '#shared/domain/review.ts';
import type { ReviewMapping } from '#shared/review/map-review.ts';
import { newId } from '../../db/new-id.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/i18n.tsx';
import { errorText } from '../../ui/error-text.ts';
import { importReviewItems } from './review-repository.ts';
import type { ReviewViewData } from './review-queries.ts';
import { Notices } from '../../ui/Notices.tsx';
import { RefusedFiles } from '../../ui/RefusedFiles.tsx';

interface ReadFile {
  fileName: string;
  mapping: ReviewMapping;
  /** The version the items are stored under: the file's own when it is known, else the plan's. */
  version: number;
}

interface Preview {
  files: ReadFile[];
  refused: { fileName: string; problems: string[] }[];
}

const docxFilter = { name: 'Word-dokument', extensions: ['docx'] };

/**
 * Läs in granskning: each chosen file is read (shared/review/read-review.ts) and its items mapped to
 * the parts of the version it was exported from (the plan now, or that version as submitted), shown,
 * and stored on confirmation in one transaction per version.
 */
export function ImportReview({ data }: { data: ReviewViewData }) {
  const { t } = useI18n();
  const id = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const plan = data.content.plan;

  async function choose() {
    setStatus('');
    setAlert('');
    try {
      const picked = await platform.openFiles({ accept: [docxFilter] });
      if (picked.status !== 'opened') {
        setStatus(t('review.read.cancelled'));
        return;
      }
      const [{ readReview }, { mapReview }] = await Promise.all([import('#shared/review/read-review.ts'), import('#shared/review/map-review.ts')]);
      const now = new Date();
      const result: Preview = { files: [], refused: [] };
      for (const file of picked.files) {
        const read = readReview(file.bytes, { fileName: file.name });
        if (!read.ok) {
          result.refused.push({ fileName: file.name, problems: read.problems });
          continue;
        }
        const options = { fileName: file.name, newId, now };
        let mapping = mapReview(read, { content: data.content, planId: plan.id, version: plan.version, perspectives: data.perspectives }, options);
        let version = plan.version;
        // A file from a version submitted earlier is mapped to that version's parts, as it was sent.
        const fileVersion = mapping.document.version;
        const submitted = fileVersion === null ? undefined : data.versions.get(fileVersion);
        if (mapping.document.matches === 'otherVersion' && fileVersion !== null && submitted) {
          mapping = mapReview(read, { content: submitted, planId: plan.id, version: fileVersion, perspectives: data.perspectives }, options);
          version = fileVersion;
        }
        result.files.push({ fileName: file.name, mapping, version });
      }
      setPreview(result);
    } catch (error) {
      console.error('Granskningen gick inte att läsa', error);
      setAlert(t('review.read.failed', { message: errorText(error) }));
    }
  }

  async function confirm(files: readonly ReadFile[]) {
    try {
      let added = 0;
      let held = 0;
      const byVersion = new Map<number, ReviewItem[]>();
      for (const file of files) byVersion.set(file.version, [...(byVersion.get(file.version) ?? []), ...file.mapping.items]);
      for (const [version, items] of byVersion) {
        const result = await importReviewItems(plan.id, version, items);
        added += result.added;
        held += result.alreadyHeld;
      }
      setPreview(null);
      setStatus(t('review.read.done', { added, held }));
    } catch (error) {
      console.error('Granskningen gick inte att spara', error);
      setAlert(t('review.read.failed', { message: errorText(error) }));
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="review-part">
      <h3 id={`${id}-heading`}>{t('review.read.heading')}</h3>
      <p className="help">{t('review.read.intro')}</p>
      <button type="button" onClick={() => void choose()}>
        {t('review.read.choose')}
      </button>
      {preview ? (
        <div className="review-preview">
          <RefusedFiles refused={preview.refused} />
          {preview.files.length > 0 ? (
            <>
              <h4>{t('review.read.previewHeading')}</h4>
              <ul>
                {preview.files.map((file) => (
                  <li key={file.fileName}>
                    {t('review.read.file', {
                      file: `«${file.fileName}»`,
                      comments: file.mapping.counts.comments,
                      suggestions: file.mapping.counts.suggestions,
                      onParts: file.mapping.counts.onParts,
                      outside: file.mapping.counts.outside + file.mapping.counts.otherPlan + file.mapping.counts.otherVersion,
                    })}{' '}
                    {documentText(t, file)}
                    {file.mapping.counts.anchorsNotFound > 0 ? ` ${t('review.read.notFound', { count: file.mapping.counts.anchorsNotFound })}` : ''}
                  </li>
                ))}
              </ul>
              <div className="item-buttons">
                <button type="button" className="primary" onClick={() => void confirm(preview.files)}>
                  {t('review.read.confirm')}
                </button>
                <button type="button" onClick={() => (setPreview(null), setStatus(t('review.read.cancelled')))}>
                  {t('review.read.cancel')}
                </button>
              </div>
            </>
          ) : null}
        </div>
      ) : null}
      <Notices status={status} alert={alert} />
    </section>
  );
}

function documentText(t: Translate, file: ReadFile): string {
  const { document } = file.mapping;
  switch (document.matches) {
    case 'same':
      return document.identifiedBy === 'manifest' ? t('review.read.same', { version: file.version }) : t('review.read.sameByAnchors');
    case 'otherPlan':
      return t('review.read.otherPlan');
    case 'otherVersion':
      return t('review.read.otherVersion', { version: document.version ?? '?' });
    case 'unknown':
      return t('review.read.unknown');
  }
}
