import { describe, expect, it, vi } from 'vitest';
import { createOpenExternal } from '../../../electron/main/external-links.ts';
import { recordingLogger } from './helpers.ts';

describe('openExternal', () => {
  it('opens an https link in the browser and reports success', async () => {
    const shellOpen = vi.fn(async () => undefined);
    const openExternal = createOpenExternal(shellOpen, recordingLogger().log);
    await expect(openExternal('https://www.scb.se/')).resolves.toBe(true);
    expect(shellOpen).toHaveBeenCalledWith('https://www.scb.se/');
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,x',
    'app://moa/',
    'https://a:b@example.com/',
    'https://example.com/' + 'a'.repeat(3000),
    '',
    'mailto:someone@example.com',
  ])('refuses %s and never reaches the shell', async (url) => {
    const shellOpen = vi.fn(async () => undefined);
    const { log, entries } = recordingLogger();
    await expect(createOpenExternal(shellOpen, log)(url)).resolves.toBe(false);
    expect(shellOpen).not.toHaveBeenCalled();
    expect(entries[0]?.message).toBe('external link refused');
  });

  it('reports false, and logs, when the OS cannot open the link', async () => {
    const { log, entries } = recordingLogger();
    const openExternal = createOpenExternal(async () => {
      throw new Error('no browser');
    }, log);
    await expect(openExternal('https://example.com/')).resolves.toBe(false);
    expect(entries[0]).toMatchObject({ level: 'error' });
  });
});
