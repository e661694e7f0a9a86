/**
 * The app window's webPreferences, and the guard that forces the same safe
 * values onto any other web contents (e.g. a `<webview>` about to attach).
 * Electron's defaults are already mostly safe; we still spell every flag out
 * so a future default change or a stray option cannot weaken the sandbox.
 */
import type { WebPreferences } from 'electron';

/** Flags no web contents of this app may ever run without. */
export const SAFE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
} as const satisfies WebPreferences;

type SafeKey = keyof typeof SAFE_WEB_PREFERENCES;

export interface MainWebPreferencesOptions {
  preloadPath: string;
  /** DevTools only in development; a packaged app has no use for them. */
  allowDevTools: boolean;
  /** Where the spellchecker is the operating system's (Windows, macOS); on Linux Chromium would download dictionaries, so it stays off. */
  spellcheck: boolean;
}

export function createWebPreferences(options: MainWebPreferencesOptions): WebPreferences {
  return {
    ...SAFE_WEB_PREFERENCES,
    spellcheck: options.spellcheck,
    devTools: options.allowDevTools,
    preload: options.preloadPath,
  };
}

export interface HardeningReport {
  /** True when anything had to be changed: the caller should log it and, for guests, refuse. */
  wasUnsafe: boolean;
  /** The preference keys that were changed or removed. */
  fixed: string[];
}

/**
 * Forces the safe values onto `prefs` in place (Electron's `will-attach-webview`
 * only honours changes made to the object it passed in). A preload other than
 * `trustedPreload` and any Blink feature switches are removed.
 */
export function hardenWebPreferences(prefs: WebPreferences, trustedPreload?: string): HardeningReport {
  const fixed: string[] = [];
  for (const key of Object.keys(SAFE_WEB_PREFERENCES) as SafeKey[]) {
    const safe = SAFE_WEB_PREFERENCES[key];
    if (prefs[key] !== safe) {
      // An unset flag falls back to Electron's default; we do not trust defaults.
      if (prefs[key] !== undefined) fixed.push(key);
      prefs[key] = safe;
    }
  }
  if (prefs.preload !== undefined && prefs.preload !== trustedPreload) {
    fixed.push('preload');
    delete prefs.preload;
  }
  if (prefs.enableBlinkFeatures !== undefined) {
    fixed.push('enableBlinkFeatures');
    delete prefs.enableBlinkFeatures;
  }
  return { wasUnsafe: fixed.length > 0, fixed };
}
