/**
 * Bemötande: the MOA's response to a review round of one plan version, for the secretariat: every
 * comment and suggested edit read back, with the MOA's status and answer, and what changed in the
 * plan since the version the reviewers read (shared/documents/bemotande.ts).
 */
import type { BemotandeInput } from '#shared/documents/bemotande.ts';
import { bemotandeExportNames } from '#shared/documents/export-names.ts';
import { getProfile } from '../../../db/profile.ts';
import { listContacts } from '../../contacts/contact-repository.ts';
import { listPlanVersions, loadPlanContent } from '../../plans/plan-repository.ts';
import { listReviewItems } from '../../review/review-repository.ts';
import type { DocumentKind } from './document-kind.ts';

export interface BemotandeChoice {
  planId: string;
  /** The version whose review is answered; null for the newest version with review items. */
  version: number | null;
}

export const bemotande: DocumentKind<BemotandeChoice, BemotandeInput> = {
  kind: 'bemotande',

  async gather(database, { planId, version }, today) {
    const [loaded, versions, allItems, contacts, goalAreas, profile] = await Promise.all([
      loadPlanContent(planId),
      listPlanVersions(planId),
      listReviewItems(planId),
      listContacts(),
      database.goalAreas.toArray(),
      getProfile(),
    ]);
    if (!loaded) throw new Error(`Planen ${planId} finns inte`);
    const { goalArea, ...current } = loaded;
    if (!goalArea) throw new Error(`Planens målområde finns inte (${planId})`);
    const reviewedVersion = version ?? allItems.reduce((newest, i) => Math.max(newest, i.version), 0);
    const items = allItems.filter((i) => i.version === reviewedVersion);
    if (items.length === 0) throw new Error(`Det finns inga synpunkter att bemöta för version ${reviewedVersion}.`);
    const kept = versions.find((v) => v.version === reviewedVersion);
    return {
      current,
      goalArea,
      reviewedVersion,
      reviewed: kept ? { snapshot: kept.snapshot, submittedAt: kept.submittedAt } : null,
      items,
      contacts,
      goalAreas,
      ownerName: profile?.name ?? goalArea.owner,
      today,
    };
  },

  build: async (input, words, styles) => (await import('#shared/documents/bemotande.ts')).buildBemotande(input, words, styles),

  names: ({ current: { plan }, goalArea, reviewedVersion, today }, _choice, words) => bemotandeExportNames(words, plan, reviewedVersion, goalArea, today),

  source: ({ current: { plan }, reviewedVersion }) => ({ sourceId: plan.id, version: reviewedVersion, draft: false }),
};
