/**
 * Granskningsunderlag: the handlingsplan as a review package for the reviewers (granskare), the
 * ordinary document with an anchor on every part a comment can be made on and a manifest naming the
 * plan, its version and each part (shared/review/review-package.ts), so the comments in the file
 * that comes back can be traced to the parts they were made on.
 */
import type { HandlingsplanInput } from '#shared/documents/handlingsplan.ts';
import { granskningsunderlagExportNames } from '#shared/documents/export-names.ts';
import type { CompletenessItem } from '#shared/plan/completeness.ts';
import type { DocumentKind } from './document-kind.ts';
import { handlingsplan, type HandlingsplanChoice } from './handlingsplan.ts';

export const granskningsunderlag: DocumentKind<HandlingsplanChoice, HandlingsplanInput, CompletenessItem> = {
  kind: 'granskningsunderlag',
  missing: handlingsplan.missing,
  gather: handlingsplan.gather,
  build: handlingsplan.build,
  async packed(input, words, styles, today) {
    const { buildHandlingsplanReviewPackage } = await import('#shared/review/review-package.ts');
    return (await buildHandlingsplanReviewPackage(input, words, styles, { exportedAt: today, appVersion: __APP_VERSION__ })).bytes;
  },
  names: ({ content: { plan }, goalArea, today }, _choice, words) => granskningsunderlagExportNames(words, plan, goalArea, today),
  source: handlingsplan.source,
};
