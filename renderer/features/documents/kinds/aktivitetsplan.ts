/** Aktivitetsplan: the action plans' activities, for one goal area or all, grouped by status or by quarter. */
import type { AktivitetsplanGrouping, AktivitetsplanInput } from '../../../../shared/documents/aktivitetsplan.ts';
import { fileNamePart } from '../../../../shared/documents/file-name.ts';
import { formatPlanPeriod } from '../../../../shared/plan/period-dates.ts';
import { scopePeriod, type PlanScope } from '../../../../shared/plan/plan-scope.ts';
import { getProfile } from '../../../db/profile.ts';
import type { DocumentKind } from './document-kind.ts';

export interface AktivitetsplanChoice {
  goalAreaId: string | null;
  grouping: AktivitetsplanGrouping;
  /** Which plans: the current one of each goal area (the default), one period's, or all. */
  planScope: PlanScope;
  period: { from: string; to: string } | null;
}

// merge: the words helper's builder takes the reference styles as an argument instead.
type Input = Omit<AktivitetsplanInput, 'referenceStyles'>;

// merge: words helper's export-names
/** The plans in the file name: `aktuell-plan`, `plan-2027-2029`, `alla-planer`. */
function scopeFileNamePart(scope: PlanScope): string {
  const period = scopePeriod(scope);
  if (period) return `plan-${period.periodStart === period.periodEnd ? period.periodStart : `${period.periodStart}-${period.periodEnd}`}`;
  return scope === 'all' ? 'alla-planer' : 'aktuell-plan';
}

export const aktivitetsplan: DocumentKind<AktivitetsplanChoice, Input> = {
  kind: 'aktivitetsplan',

  async gather(database, choice, today) {
    const [goalAreas, actionPlans, strategies, tactics, activities, profile] = await Promise.all([
      database.goalAreas.toArray(),
      database.actionPlans.toArray(),
      database.strategies.toArray(),
      database.tactics.toArray(),
      database.activities.toArray(),
      getProfile(),
    ]);
    return { ...choice, goalAreas, actionPlans, strategies, tactics, activities, ownerName: profile?.name ?? '', today };
  },

  build: async (input, _words, styles) => (await import('../../../../shared/documents/aktivitetsplan.ts')).buildAktivitetsplan({ ...input, referenceStyles: styles }),

  // merge: words helper's export-names
  names({ goalAreas, today }, choice) {
    const goalArea = goalAreas.find((g) => g.id === choice.goalAreaId) ?? null;
    const scope = goalArea ? fileNamePart(goalArea.name, 80) : 'Alla-malomraden';
    const range = choice.period ? `${choice.period.from}_${choice.period.to}` : 'alla-datum';
    const chosenPeriod = scopePeriod(choice.planScope);
    const plans = chosenPeriod ? `planer ${formatPlanPeriod(chosenPeriod)}` : choice.planScope === 'all' ? 'alla planer' : 'aktuell plan';
    return {
      fileName: `Aktivitetsplan_${scope}_${scopeFileNamePart(choice.planScope)}_${range}_${today}.docx`,
      subject: `${goalArea ? goalArea.name : 'Alla målområden'} (${plans}, ${choice.grouping === 'status' ? 'per status' : 'per kvartal'})`,
    };
  },

  // The goal area chosen, if it still exists.
  source: ({ goalAreas }, choice) => ({ sourceId: goalAreas.find((g) => g.id === choice.goalAreaId)?.id ?? null, version: null, draft: false }),
};
