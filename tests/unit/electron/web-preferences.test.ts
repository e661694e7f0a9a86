import { describe, expect, it } from 'vitest';
import type { WebPreferences } from 'electron';
import { createWebPreferences, hardenWebPreferences, SAFE_WEB_PREFERENCES } from '../../../electron/main/web-preferences.ts';

describe('createWebPreferences', () => {
  it('isolates and sandboxes the window, with spellcheck and our preload', () => {
    const prefs = createWebPreferences({ preloadPath: '/app/dist/electron/preload.cjs', allowDevTools: false, spellcheck: true });
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      devTools: false,
      preload: '/app/dist/electron/preload.cjs',
    });
  });

  it('passes the hardening guard unchanged', () => {
    const prefs = createWebPreferences({ preloadPath: '/p.cjs', allowDevTools: true, spellcheck: false });
    const before = { ...prefs };
    expect(hardenWebPreferences(prefs, '/p.cjs')).toEqual({ wasUnsafe: false, fixed: [] });
    expect(prefs).toEqual(before);
  });
});

describe('hardenWebPreferences', () => {
  it('forces every unsafe flag back and reports which ones were unsafe', () => {
    const prefs: WebPreferences = {
      nodeIntegration: true,
      contextIsolation: false,
      sandbox: false,
      webSecurity: false,
      allowRunningInsecureContent: true,
      webviewTag: true,
      nodeIntegrationInWorker: true,
      nodeIntegrationInSubFrames: true,
      experimentalFeatures: true,
    };
    const report = hardenWebPreferences(prefs);
    expect(report.wasUnsafe).toBe(true);
    expect(report.fixed).toEqual(
      expect.arrayContaining([
        'nodeIntegration',
        'contextIsolation',
        'sandbox',
        'webSecurity',
        'allowRunningInsecureContent',
        'webviewTag',
        'nodeIntegrationInWorker',
        'nodeIntegrationInSubFrames',
        'experimentalFeatures',
      ]),
    );
    expect(prefs).toMatchObject(SAFE_WEB_PREFERENCES);
  });

  it('fills in flags left to Electron defaults without calling them unsafe', () => {
    const prefs: WebPreferences = {};
    expect(hardenWebPreferences(prefs).wasUnsafe).toBe(false);
    expect(prefs).toMatchObject(SAFE_WEB_PREFERENCES);
  });

  it('removes a foreign preload script but keeps the trusted one', () => {
    const foreign: WebPreferences = { preload: '/tmp/evil.js' };
    expect(hardenWebPreferences(foreign, '/app/preload.cjs').fixed).toContain('preload');
    expect(foreign.preload).toBeUndefined();

    const ours: WebPreferences = { preload: '/app/preload.cjs' };
    expect(hardenWebPreferences(ours, '/app/preload.cjs').wasUnsafe).toBe(false);
    expect(ours.preload).toBe('/app/preload.cjs');
  });

  it('removes a preload when no preload is trusted at all (webview guests)', () => {
    const guest: WebPreferences = { preload: '/app/preload.cjs' };
    expect(hardenWebPreferences(guest).wasUnsafe).toBe(true);
    expect(guest.preload).toBeUndefined();
  });

  it('removes Blink feature switches', () => {
    const prefs: WebPreferences = { enableBlinkFeatures: 'SomethingExperimental' };
    expect(hardenWebPreferences(prefs).fixed).toContain('enableBlinkFeatures');
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });
});
