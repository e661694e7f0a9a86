/** Aktivitetsplan: the action plans' activities, for one goal area or all, grouped by status or by quarter. */
import type { AktivitetsplanGrouping, AktivitetsplanInput } from '#shared/documents/aktivitetsplan.ts';
import { aktivitetsplanExportNames } from '#shared/documents/export-names.ts';
import type { PlanScope } from '#shared/plan/plan-scope.ts';
import { getProfile } from '../../../db/profile.ts';
import type { DocumentKind } from './document-kind.ts';

export interface AktivitetsplanChoice {
  goalAreaId: string | null;
  grouping: AktivitetsplanGrouping;
  /** Which plans: the current one of each goal area (the default), one period's, or all. */
  planScope: PlanScope;
  period: { from: string; to: string } | null;
}

export const aktivitetsplan: DocumentKind<AktivitetsplanChoice, AktivitetsplanInput> = {
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

  build: async (input, words, styles) => (await import('#shared/documents/aktivitetsplan.ts')).buildAktivitetsplan(input, words, styles),

  names: ({ goalAreas, today }, choice, words) => aktivitetsplanExportNames(words, choice, goalAreas.find((g) => g.id === choice.goalAreaId) ?? null, today),

  // The goal area chosen, if it still exists.
  source: ({ goalAreas }, choice) => ({ sourceId: goalAreas.find((g) => g.id === choice.goalAreaId)?.id ?? null, version: null, draft: false }),
};
