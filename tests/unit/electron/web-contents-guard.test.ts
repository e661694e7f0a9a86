import { describe, expect, it, vi } from 'vitest';
import type { HandlerDetails, WebPreferences, WindowOpenHandlerResponse } from 'electron';
import { guardWebContents, type GuardableWebContents } from '../../../electron/main/web-contents-guard.ts';
import type { NavigationEvent } from '../../../electron/main/navigation-guard.ts';
import { DESKTOP_ORIGIN } from '#shared/version.ts';
import { recordingLogger } from './helpers.ts';

type AttachListener = (event: { preventDefault(): void }, webPreferences: WebPreferences, params: Record<string, string>) => void;

class FakeWebContents implements GuardableWebContents {
  navigationListeners = new Map<string, (event: NavigationEvent) => void>();
  attachListener: AttachListener | undefined;
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;

  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: AttachListener): unknown;
  on(event: string, listener: ((event: NavigationEvent) => void) | AttachListener): unknown {
    if (event === 'will-attach-webview') this.attachListener = listener as AttachListener;
    else this.navigationListeners.set(event, listener as (event: NavigationEvent) => void);
    return this;
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
}

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async () => true);
  const { log, entries } = recordingLogger();
  guardWebContents(contents, { appOrigins: [DESKTOP_ORIGIN], openExternal, log });
  return { contents, openExternal, entries };
}

describe('guardWebContents', () => {
  it('guards both navigations and redirects', () => {
    const { contents } = guarded();
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = { url: 'https://evil.example/', preventDefault: vi.fn() };
      contents.navigationListeners.get(name)?.(event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
  });

  it('installs a window open handler that denies', () => {
    const { contents } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' } as HandlerDetails)).toEqual({ action: 'deny' });
  });

  it('refuses any <webview> and strips its dangerous preferences', () => {
    const { contents, entries } = guarded();
    const event = { preventDefault: vi.fn() };
    const prefs: WebPreferences = { nodeIntegration: true, preload: '/tmp/evil.js' };
    contents.attachListener?.(event, prefs, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.preload).toBeUndefined();
    expect(entries.at(-1)).toMatchObject({ message: 'webview refused' });
  });
});
