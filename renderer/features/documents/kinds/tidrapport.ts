/** Tidrapport: the time log over a period, against the mandate, ready to sign. */
import type { TidrapportInput } from '../../../../shared/documents/tidrapport.ts';
import { fileNamePart } from '../../../../shared/documents/file-name.ts';
import type { Mandate } from '../../../../shared/domain/timelog.ts';
import { formatDuration } from '../../../../shared/timelog/duration.ts';
import { mandateWeeklyMinutes, sortMandates } from '../../../../shared/timelog/mandate.ts';
import { getProfile } from '../../../db/profile.ts';
import type { DocumentKind } from './document-kind.ts';

export interface TidrapportChoice {
  from: string;
  to: string;
  /** The period as the user chose it, e.g. `2026-01-01 – 2026-06-30`. */
  label: string;
}

// merge: the words helper's builder takes the reference styles as an argument instead.
type Input = Omit<TidrapportInput, 'referenceStyles'>;

// merge: moves to shared/documents with the words helper's catalogue
/** The mandates in force during the period, in words: `8 timmar i veckan`, `20 % av heltid (8 timmar i veckan) från 2026-07-01`. */
export function mandateDescription(mandates: readonly Mandate[], from: string, to: string): string {
  const sorted = sortMandates(mandates);
  const inForce = sorted.filter((m, i) => m.validFrom <= to && (sorted[i + 1]?.validFrom ?? '9999') > from);
  return inForce
    .map((m, i) => {
      const weekly = `${formatDuration(mandateWeeklyMinutes(m), 'hours')} timmar i veckan`;
      const text = 'percentOfFullTime' in m ? `${String(m.percentOfFullTime).replace('.', ',')} % av heltid (${weekly})` : weekly;
      return i === 0 && m.validFrom <= from ? text : `${text} från ${m.validFrom}`;
    })
    .join('; ');
}

export const tidrapport: DocumentKind<TidrapportChoice, Input> = {
  kind: 'tidrapport',

  async gather(database, { from, to, label }, today) {
    const [entries, mandates, categories, profile, { timeReportSummary }] = await Promise.all([
      database.timeEntries.where('date').between(from, to, true, true).toArray(),
      database.mandates.toArray(),
      database.timeCategories.orderBy('id').toArray(),
      getProfile(),
      import('../../../../shared/timelog/time-report.ts'),
    ]);
    return {
      summary: timeReportSummary(entries, mandates, from, to),
      categories: [...categories].sort((a, b) => a.order - b.order),
      personName: profile?.name ?? '',
      organisation: profile?.organisation ?? '',
      periodLabel: label,
      mandateDescription: mandateDescription(mandates, from, to),
      today,
    };
  },

  build: async (input, _words, styles) => (await import('../../../../shared/documents/tidrapport.ts')).buildTidrapport({ ...input, referenceStyles: styles }),

  // merge: words helper's export-names
  names: ({ personName }, { from, to, label }) => ({
    fileName: `Tidrapport_${fileNamePart(personName, 60) || 'MOA'}_${from}_${to}.docx`,
    subject: `${label} (${from} – ${to})`,
  }),

  source: () => ({ sourceId: null, version: null, draft: false }),
};
