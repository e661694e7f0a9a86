/** Tidrapport: the time log over a period, against the mandate, ready to sign. */
import type { TidrapportInput } from '#shared/documents/tidrapport.ts';
import { tidrapportExportNames } from '#shared/documents/export-names.ts';
import type { Mandate } from '#shared/domain/timelog.ts';
import { getProfile } from '../../../db/profile.ts';
import type { DocumentKind } from './document-kind.ts';

export interface TidrapportChoice {
  from: string;
  to: string;
  /** The period as the user chose it, e.g. `2026-01-01 – 2026-06-30`. */
  label: string;
}

/** The builder's input; the mandates are worded in the document's language when it is built. */
type Input = Omit<TidrapportInput, 'mandateDescription'> & { mandates: readonly Mandate[]; from: string; to: string };

export const tidrapport: DocumentKind<TidrapportChoice, Input> = {
  kind: 'tidrapport',

  async gather(database, { from, to, label }, today) {
    const [entries, mandates, categories, profile, { timeReportSummary }] = await Promise.all([
      database.timeEntries.where('date').between(from, to, true, true).toArray(),
      database.mandates.toArray(),
      database.timeCategories.orderBy('id').toArray(),
      getProfile(),
      import('#shared/timelog/time-report.ts'),
    ]);
    return {
      summary: timeReportSummary(entries, mandates, from, to),
      categories: [...categories].sort((a, b) => a.order - b.order),
      personName: profile?.name ?? '',
      organisation: profile?.organisation ?? '',
      periodLabel: label,
      mandates,
      from,
      to,
      today,
    };
  },

  build: async ({ mandates, from, to, ...input }, words, styles) => {
    const { buildTidrapport, mandateDescription } = await import('#shared/documents/tidrapport.ts');
    return buildTidrapport({ ...input, mandateDescription: mandateDescription(words, mandates, from, to) }, words, styles);
  },

  names: ({ personName }, choice, words) => tidrapportExportNames(words, personName, choice),

  source: () => ({ sourceId: null, version: null, draft: false }),
};
