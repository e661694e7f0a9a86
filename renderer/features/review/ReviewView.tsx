import './review.css';
import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../../i18n/i18n.tsx';
import { SaveIndicator } from '../../ui/SaveIndicator.tsx';
import { ImportReview } from './ImportReview.tsx';
import { ReviewItemsList } from './ReviewItemsList.tsx';
import { reviewPlanChoices, reviewViewData } from './review-queries.ts';

/**
 * Granskning (`#/planer/granskning/<plan>`): the plan's review copy to send, the reviewers' Word
 * files to read back, their comments per part with the MOA's status and answer, and the response
 * (Bemötande) to send back. Without a plan, the plans to choose among.
 */
export function ReviewView({ planId, exportCopy, exportResponse }: { planId: string | null } & Exports) {
  if (planId === null) return <ReviewPlanChoice />;
  return <ReviewOfPlan key={planId} planId={planId} exportCopy={exportCopy} exportResponse={exportResponse} />;
}

/** The view's Word exports (features/documents), composed in by the app. */
interface Exports {
  /** The review copy of the plan. */
  exportCopy: (planId: string) => ReactNode;
  /** The response to one version's review; `version` null when no review items are read in. */
  exportResponse: (planId: string, version: number | null) => ReactNode;
}

function ReviewPlanChoice() {
  const { t } = useI18n();
  const choices = useLiveQuery(reviewPlanChoices, []);
  if (choices === undefined) return <p>{t('app.loading')}</p>;
  const any = choices.some((c) => c.plans.length > 0);
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">{t('review.heading')}</h2>
      <p>{any ? t('review.choosePlan') : t('review.noPlans')}</p>
      {choices
        .filter((c) => c.plans.length > 0)
        .map(({ goalArea, plans }) => (
          <div key={goalArea.id}>
            <h3>
              {goalArea.code} {goalArea.name}
            </h3>
            <ul>
              {plans.map((p) => (
                <li key={p.id}>
                  <a href={`#/planer/granskning/${encodeURIComponent(p.id)}`}>{t('review.planVersion', { title: p.title, version: p.version })}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}

function ReviewOfPlan({ planId, exportCopy, exportResponse }: { planId: string } & Exports) {
  const { t } = useI18n();
  const data = useLiveQuery(() => reviewViewData(planId), [planId]);
  if (data === undefined) return <p>{t('app.loading')}</p>;
  if (data === null) {
    return (
      <div role="alert">
        <p>{t('review.notFound')}</p>
        <a href="#/planer/granskning">{t('review.back')}</a>
      </div>
    );
  }
  return (
    <div className="review-view">
      <p className="screen-only">
        <a href="#/planer/granskning">{t('review.back')}</a>
      </p>
      <div className="plan-header">
        <h2>
          {t('review.heading')}: {t('review.planVersion', { title: data.content.plan.title, version: data.content.plan.version })}
        </h2>
        <SaveIndicator />
      </div>
      <section aria-labelledby="review-send" className="review-part screen-only">
        <h3 id="review-send">{t('review.send.heading')}</h3>
        <p className="help">{t('review.send.intro')}</p>
        {exportCopy(planId)}
      </section>
      <ImportReview data={data} />
      <ReviewItemsList data={data} exportResponse={(version) => exportResponse(planId, version)} />
    </div>
  );
}
