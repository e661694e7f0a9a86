/**
 * The browser edition's host: downloads for saving, a file input for
 * opening, localStorage for settings. Selected by the `#host` alias.
 */
import type { AppInfo, OpenFileRequest, OpenFileResult, Platform, SaveFileRequest, SaveFileResult } from '#shared/platform/contract.ts';
import { isSafeExternalUrl } from '#shared/security/url-guards.ts';
import { applySettingsPatch, readSettings, settingsPatchSchema, type Settings, type SettingsPatch } from '#shared/settings.ts';
import { APP_NAME, DATA_FORMAT_VERSION } from '#shared/version.ts';
import { nativeWindowOpen } from '../security/browser-guards.ts';
import { createWebAutoBackups } from './web-auto-backups.ts';

const SETTINGS_KEY = 'moa.settings';

function loadSettings(): Settings {
  try {
    const raw = window.localStorage.getItem(SETTINGS_KEY);
    return readSettings(raw === null ? {} : JSON.parse(raw));
  } catch {
    return readSettings({});
  }
}

function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  // The Blob copies the bytes itself; only a view on shared memory, which a Blob does not take, is copied first.
  const { bytes } = request;
  const part = bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.slice();
  const blob = new Blob([part], { type: request.mimeType });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = request.suggestedName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started from the blob; give the browser time to read it before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ status: 'saved', name: request.suggestedName });
}

function openFile(request: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = request.accept.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    let settled = false;
    const finish = (result: OpenFileResult | Error) => {
      if (settled) return;
      settled = true;
      input.remove();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    input.addEventListener('cancel', () => finish({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) {
        finish({ status: 'cancelled' });
        return;
      }
      file.arrayBuffer().then(
        (buffer) => finish({ status: 'opened', name: file.name, bytes: new Uint8Array(buffer) }),
        (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
      );
    });
    document.body.append(input);
    input.click();
  });
}

const autoBackups = createWebAutoBackups();

const menuListeners = new Set<(command: 'about' | 'settings' | 'navigate-overview') => void>();

export const platform: Platform = {
  host: 'web',
  saveFile,
  openFile,
  getSettings: () => Promise.resolve(loadSettings()),
  updateSettings(patch: SettingsPatch) {
    const valid = settingsPatchSchema.parse(patch);
    const next = applySettingsPatch(loadSettings(), valid);
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
    return Promise.resolve(next);
  },
  getAppInfo(): Promise<AppInfo> {
    return Promise.resolve({
      appName: APP_NAME,
      appVersion: __APP_VERSION__,
      dataFormatVersion: DATA_FORMAT_VERSION,
      host: 'web',
      platform: navigator.userAgent,
    });
  },
  openExternal(url: string) {
    if (!isSafeExternalUrl(url)) return Promise.resolve(false);
    nativeWindowOpen(url);
    return Promise.resolve(true);
  },
  listAutoBackups: () => autoBackups.list(),
  writeAutoBackup: (request) => autoBackups.write(request),
  readAutoBackup: (id) => autoBackups.read(id),
  // The browser edition has no native menu; the listeners stay registered so code is host-agnostic.
  onMenuCommand(listener) {
    menuListeners.add(listener);
    return () => menuListeners.delete(listener);
  },
  // A browser gives a closing page no time to wait on; autosave flushes on pagehide itself, and its journal covers the rest.
  onBeforeClose() {
    return () => undefined;
  },
};
