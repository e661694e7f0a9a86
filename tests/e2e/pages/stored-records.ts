import type { Page } from 'playwright-core';

/**
 * The records of one table as stored in the page's IndexedDB, read on a
 * connection of its own, so a test can check what was (not) saved.
 */
export async function storedRecords<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('moa-arbetsboken');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB gick inte att öppna'));
        open.onsuccess = () => {
          const database = open.result;
          const request = database.transaction(name, 'readonly').objectStore(name).getAll();
          request.onerror = () => reject(request.error ?? new Error(`${name} gick inte att läsa`));
          request.onsuccess = () => {
            database.close();
            resolve(request.result as T[]);
          };
        };
      }),
    table,
  );
}

/** A field's label as Playwright reads it: required fields end in an asterisk. */
export const label = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?: \\*)?$`, 'u');
