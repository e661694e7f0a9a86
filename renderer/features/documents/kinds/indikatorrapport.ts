/** Indikatorrapport: a goal area's indicators (or one plan's) with their Kolada values, charts and the app's verdict. */
import type { IndikatorrapportInput } from '#shared/documents/indikatorrapport.ts';
import { indikatorrapportExportNames } from '#shared/documents/export-names.ts';
import { getProfile } from '../../../db/profile.ts';
import { loadIndicatorDocumentData } from '../../indicators/indicator-document-queries.ts';
import type { DocumentKind } from './document-kind.ts';

export interface IndikatorrapportChoice {
  goalAreaId: string;
  /** One plan's indicators, as Planer › Indikatorer shows them when a plan is chosen; null for all the goal area's plans. */
  planId: string | null;
}

export const indikatorrapport: DocumentKind<IndikatorrapportChoice, IndikatorrapportInput> = {
  kind: 'indikatorrapport',

  async gather(_database, { goalAreaId, planId }, today, words) {
    const [data, profile] = await Promise.all([loadIndicatorDocumentData(goalAreaId, planId, words), getProfile()]);
    if (!data) throw new Error(`Målområdet ${goalAreaId} finns inte`);
    return {
      goalArea: data.goalArea,
      plans: data.plans,
      strategies: data.strategies,
      kolada: data.kolada,
      regionTitle: data.regionTitle,
      compareTitles: data.compareTitles,
      ownerName: profile?.name ?? data.goalArea.owner,
      today,
    };
  },

  build: async (input, words, styles) => (await import('#shared/documents/indikatorrapport.ts')).buildIndikatorrapport(input, words, styles),

  names: ({ goalArea, plans, today }, { planId }, words) => indikatorrapportExportNames(words, goalArea, planId === null ? null : (plans[0] ?? null), today),

  source: ({ goalArea }) => ({ sourceId: goalArea.id, version: null, draft: false }),
};
