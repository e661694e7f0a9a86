/**
 * The browser edition's host: downloads for saving, a file input for
 * opening, localStorage for settings. Selected by the `#host` alias.
 */
import { MAX_OPEN_FILES, MAX_OPEN_FILES_TOTAL_BYTES, type AppInfo, type OpenFileRequest, type OpenFileResult, type OpenFilesResult, type Platform, type SaveFileRequest, type SaveFileResult } from '#shared/platform/contract.ts';
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

/** The browser's file picker: the files chosen, or null when the user cancelled. */
function pickFiles(request: OpenFileRequest, multiple: boolean): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = request.accept.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    let settled = false;
    const finish = (files: File[] | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files && files.length > 0 ? files : null);
    };
    input.addEventListener('cancel', () => finish(null));
    input.addEventListener('change', () => finish(input.files ? [...input.files] : null));
    document.body.append(input);
    input.click();
  });
}

async function openFile(request: OpenFileRequest): Promise<OpenFileResult> {
  const file = (await pickFiles(request, false))?.[0];
  if (!file) return { status: 'cancelled' };
  return { status: 'opened', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function openFiles(request: OpenFileRequest): Promise<OpenFilesResult> {
  const files = await pickFiles(request, true);
  if (!files) return { status: 'cancelled' };
  if (files.length > MAX_OPEN_FILES) throw new Error(`Du valde ${files.length} filer; högst ${MAX_OPEN_FILES} kan öppnas på en gång.`);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_OPEN_FILES_TOTAL_BYTES) throw new Error(`Filerna är tillsammans ${Math.ceil(total / 1024 / 1024)} MB; högst ${MAX_OPEN_FILES_TOTAL_BYTES / 1024 / 1024} MB kan öppnas på en gång.`);
  return { status: 'opened', files: await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))) };
}

const autoBackups = createWebAutoBackups();

const menuListeners = new Set<(command: 'about' | 'settings' | 'navigate-overview') => void>();

export const platform: Platform = {
  host: 'web',
  saveFile,
  openFile,
  openFiles,
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
  // Whether Kolada's API answers a web page (CORS) is not known, so the browser edition offers the file route instead.
  canFetchKolada: false,
  fetchKolada: () => Promise.resolve({ status: 'unavailable' }),
  cancelKoladaFetch: () => Promise.resolve(),
  onKoladaProgress() {
    return () => undefined;
  },
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
