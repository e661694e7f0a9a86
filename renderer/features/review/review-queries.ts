/**
 * What the Granskning view reads: the plan (now and as submitted), its goal area's reviewers, the
 * review items read back and the rounds sent. Other features are reached through their repositories.
 */
import type { PlanContent } from '#shared/plan/types.ts';
import type { GoalArea } from '#shared/domain/plan.ts';
import type { ReviewItem, ReviewRound } from '#shared/domain/review.ts';
import { listGoalAreasWithPlans, listPlanVersions, loadPlanContent } from '../plans/plan-repository.ts';
import { templateForRef } from '../templates/template-repository.ts';
import { listReviewItems, listReviewRounds } from './review-repository.ts';

export interface ReviewViewData {
  content: PlanContent;
  goalArea: GoalArea | null;
  /** The perspectives an export names: the template's and the goal area's reviewers'. */
  perspectives: string[];
  /** Each submitted version's frozen content, by version number. */
  versions: Map<number, PlanContent>;
  items: ReviewItem[];
  rounds: ReviewRound[];
}

export async function reviewViewData(planId: string): Promise<ReviewViewData | null> {
  const loaded = await loadPlanContent(planId);
  if (!loaded) return null;
  const { goalArea, ...content } = loaded;
  const [template, versions, items, rounds] = await Promise.all([templateForRef(content.plan.templateRef), listPlanVersions(planId), listReviewItems(planId), listReviewRounds(planId)]);
  const perspectives = [...new Set([...(template?.template.perspectives.map((p) => p.name) ?? []), ...(goalArea?.reviewers.map((r) => r.perspective).filter((p) => p !== '') ?? [])])];
  return {
    content,
    goalArea,
    perspectives,
    versions: new Map(versions.map((v) => [v.version, { plan: v.snapshot.plan, strategies: v.snapshot.strategies, tactics: v.snapshot.tactics, activities: v.snapshot.activities }])),
    items,
    rounds,
  };
}

/** The plans to choose among, by goal area. */
export async function reviewPlanChoices(): Promise<{ goalArea: GoalArea; plans: { id: string; title: string; version: number }[] }[]> {
  return (await listGoalAreasWithPlans()).map(({ goalArea, plans }) => ({ goalArea, plans: plans.map((p) => ({ id: p.id, title: p.title, version: p.version })) }));
}
