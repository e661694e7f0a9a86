import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';

describe('dataskydd vid start', () => {
  const e2e = useBrowser();

  it('rör inte en arbetsbok från en nyare version av appen och säger varför', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    // Simulate a newer app having upgraded the database on this computer.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('moa-arbetsboken', 990);
          request.onupgradeneeded = () => request.result.createObjectStore('framtid');
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
          request.onblocked = () => reject(new Error('blocked'));
        }),
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Arbetsboken kommer från en nyare version' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('dataformat 99');
    await expectAccessible(page, 'nyare dataformat');
    const version = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const request = indexedDB.open('moa-arbetsboken');
          request.onsuccess = () => {
            const v = request.result.version;
            request.result.close();
            resolve(v);
          };
        }),
    );
    expect(version).toBe(990);
    // The refusal is logged for support; that console error is expected.
    e2e.pageErrors = e2e.pageErrors.filter((line) => !line.includes('NewerDataFormatError') && !line.includes('dataformat'));
  });
});
