import type { SaveFileResult } from '#shared/platform/contract.ts';
import { saveAndLog } from '../../documents/export-log-repository.ts';
import { measureSince, measures } from './follow-up-data.ts';
import { CSV_MIME, type CsvFile } from './follow-up-export.ts';

/**
 * Builds a CSV file, saves it through the host (Spara som on desktop, a download in the browser)
 * and records it in the export log like every other export. The whole step is timed for the
 * benchmark.
 */
export async function exportCsv(build: () => Promise<CsvFile>): Promise<SaveFileResult> {
  const start = performance.now();
  const file = await build();
  const result = await saveAndLog(
    { suggestedName: file.name, bytes: file.bytes, mimeType: CSV_MIME, filters: [{ name: 'CSV-fil', extensions: ['csv'] }] },
    { kind: 'tidlogg-csv', subject: file.subject, sourceId: null, version: null, draft: false },
  );
  measureSince(measures.csvExport, start);
  return result;
}
