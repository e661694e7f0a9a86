import type { Page } from 'playwright-core';

/**
 * Writes records straight into the app's IndexedDB (`moa-arbetsboken`),
 * table by table in large chunks (the benchmarks load 60 000 records this way). The app must have
 * created the database first (open it once, e.g. startWithProfile), and the
 * page should be reloaded afterwards so every view reads the new records.
 */
export async function writeIntoWorkbook(page: Page, tables: Record<string, readonly unknown[]>): Promise<void> {
  for (const [table, rows] of Object.entries(tables)) {
    for (let start = 0; start < rows.length; start += 25_000) {
      const chunk = rows.slice(start, start + 25_000);
      await page.evaluate(
        ({ table, chunk }) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('moa-arbetsboken');
            request.onerror = () => reject(request.error ?? new Error('IndexedDB gick inte att öppna'));
            request.onsuccess = () => {
              const database = request.result;
              const tx = database.transaction(table, 'readwrite');
              const store = tx.objectStore(table);
              for (const row of chunk) store.put(row);
              tx.oncomplete = () => {
                database.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error ?? new Error(`kunde inte skriva ${table}`));
            };
          }),
        { table, chunk },
      );
    }
  }
}
