import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';

describe('säkerhet i webbversionen', () => {
  const e2e = useBrowser();

  it('window.open gör ingenting', async () => {
    const { page, baseUrl, context } = e2e;
    await startWithProfile(page, baseUrl);
    const result = await page.evaluate(() => window.open('https://example.org/', '_blank') === null);
    expect(result).toBe(true);
    await page.waitForTimeout(300);
    expect(context.pages()).toHaveLength(1);
  });

  it('sidan kan inte navigera sig själv till ett annat ursprung', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://evil.example/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    await page.evaluate(() => window.location.assign('javascript:alert(1)'));
    await page.waitForTimeout(200);
    expect(page.url()).toBe(before);
    expect(await page.getByRole('heading', { level: 1, name: 'Översikt' }).isVisible()).toBe(true);
    // The policy reports the refused javascript: URL as a console error; that one is expected.
    e2e.pageErrors = e2e.pageErrors.filter((line) => !line.includes('Content Security Policy'));
  });

  it('en länk till ett annat ursprung navigerar inte bort från appen', async () => {
    const { page, baseUrl, context } = e2e;
    await startWithProfile(page, baseUrl);
    const before = page.url();
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'file:///etc/passwd';
      link.textContent = 'farlig länk';
      link.id = 'farlig';
      document.querySelector('main')?.append(link);
    });
    await page.click('#farlig');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(before);
    expect(context.pages()).toHaveLength(1);
  });

  it('innehållspolicyn stoppar inbäddade skript', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    // The blocked script is reported as a console error; that one is expected.
    e2e.pageErrors = e2e.pageErrors.filter((line) => !line.includes('Content Security Policy'));
  });
});
