import { useId, useState, type ReactNode } from 'react';
import { reviewStatuses, type ReviewItem, type ReviewStatus } from '#shared/domain/review.ts';
import { partName, partNames } from '#shared/review/part-titles.ts';
import { saveNow } from '../../saving/autosave.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { usePending } from '../../ui/use-pending.ts';
import { reviewItemEdit } from './review-repository.ts';
import type { ReviewViewData } from './review-queries.ts';

interface Group {
  key: string;
  heading: string;
  help?: string;
  items: ReviewItem[];
}

/**
 * Synpunkter: one version's review items grouped by the part they were made on, in the plan's order,
 * each with its status and the MOA's answer; `exportResponse` is the Bemötande export of the version
 * shown (null while there is none).
 */
export function ReviewItemsList({ data, exportResponse }: { data: ReviewViewData; exportResponse: (version: number | null) => ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  const versions = [...new Set(data.items.map((i) => i.version))].sort((a, b) => b - a);
  const [chosen, setChosen] = useState<number | null>(null);
  const version = chosen !== null && versions.includes(chosen) ? chosen : (versions[0] ?? null);
  const items = data.items.filter((i) => i.version === version);
  const content = (version === null ? undefined : data.versions.get(version)) ?? data.content;
  const { byKey, order } = partNames(content);
  const groups: Group[] = [];
  const onPart = new Map<string, ReviewItem[]>();
  const outside: ReviewItem[] = [];
  const otherPlan: ReviewItem[] = [];
  const otherVersion = new Map<number, ReviewItem[]>();
  for (const item of items) {
    const placement = item.placement;
    if (placement.kind === 'part') {
      const key = `${placement.partKind}:${placement.recordId}`;
      onPart.set(key, [...(onPart.get(key) ?? []), item]);
    } else if (placement.kind === 'outside') outside.push(item);
    else if (placement.kind === 'otherPlan') otherPlan.push(item);
    else otherVersion.set(placement.version, [...(otherVersion.get(placement.version) ?? []), item]);
  }
  const keys = [...order.filter((k) => onPart.has(k)), ...[...onPart.keys()].filter((k) => !byKey.has(k))];
  for (const key of keys) {
    const [kind, ...rest] = key.split(':');
    const name = partName(byKey, kind as Parameters<typeof partName>[1], rest.join(':'));
    const title = t('review.part.title', { kind: t(`review.part.${name.kind}`), number: name.number, title: name.title }).replace(/\s+/gu, ' ').trim();
    groups.push({ key, heading: name.found ? title : `${title} ${t('review.items.partGone')}`, items: onPart.get(key) ?? [] });
  }
  if (outside.length > 0) groups.push({ key: 'outside', heading: t('review.items.outside'), help: t('review.items.outsideHelp'), items: outside });
  if (otherPlan.length > 0) groups.push({ key: 'otherPlan', heading: t('review.items.otherPlan'), items: otherPlan });
  for (const [v, list] of otherVersion) groups.push({ key: `otherVersion:${v}`, heading: t('review.items.otherVersion', { version: v }), items: list });
  const count = (status: ReviewStatus) => items.filter((i) => i.status === status).length;

  return (
    <section aria-labelledby={`${id}-heading`} className="review-part">
      <h3 id={`${id}-heading`}>{t('review.items.heading')}</h3>
      {items.length === 0 ? (
        <>
          <p className="muted">{t('review.items.none')}</p>
          <div className="screen-only">{exportResponse(null)}</div>
        </>
      ) : (
        <>
          {versions.length > 1 ? (
            <FormField label={t('review.items.version')}>
              <select value={version ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
                {versions.map((v) => (
                  <option key={v} value={v}>
                    {t('review.items.versionOption', { version: v, count: data.items.filter((i) => i.version === v).length })}
                  </option>
                ))}
              </select>
            </FormField>
          ) : null}
          <p>{t('review.items.counts', { total: items.length, new: count('new'), answered: count('answered'), done: count('done'), notDone: count('notDone') })}</p>
          <div className="screen-only">{exportResponse(version)}</div>
          {groups.map((group) => (
            <section key={group.key} aria-labelledby={`${id}-${group.key}`} className="review-group">
              <h4 id={`${id}-${group.key}`}>{group.heading}</h4>
              {group.help ? <p className="help">{group.help}</p> : null}
              <ul className="review-items">
                {group.items.map((item) => (
                  <li key={item.id}>
                    <ReviewItemCard item={item} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function ReviewItemCard({ item }: { item: ReviewItem }) {
  const { t } = useI18n();
  const { pendingOr, setPending } = usePending<string>(item);
  const author = item.author.trim() || t('review.items.unknownAuthor');
  const status = pendingOr('status', item.status);
  return (
    <article className="review-item" aria-label={author}>
      <p className="review-from">
        {item.writtenAt ? t('review.items.from', { author, date: item.writtenAt.slice(0, 10) }) : t('review.items.fromNoDate', { author })}
        {item.parentId !== null ? <> · {t('review.items.reply')}</> : null}
        {item.resolvedInWord ? <> · {t('review.items.resolved')}</> : null}
      </p>
      {item.kind === 'comment' ? (
        <>
          <p className="review-text">{item.text}</p>
          {item.commentedText !== '' ? <p className="help">{t('review.items.commented', { text: item.commentedText })}</p> : null}
        </>
      ) : (
        <p className="review-text">{t(item.kind === 'insertion' ? 'review.items.insertion' : 'review.items.deletion', { text: item.text })}</p>
      )}
      <div className="field-row">
        <FormField label={t('review.items.statusOf', { author })}>
          <select
            value={status}
            onChange={(e) => {
              setPending('status', e.target.value);
              void saveNow(reviewItemEdit.op(item.id, { status: e.target.value as ReviewStatus }));
            }}
          >
            {reviewStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`review.status.${s}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <EditField multiline rows={2} label={t('review.items.answerOf', { author })} saveKey={`review:${item.id}:answer`} value={item.answer} onSave={(answer) => reviewItemEdit.op(item.id, { answer })} />
    </article>
  );
}
