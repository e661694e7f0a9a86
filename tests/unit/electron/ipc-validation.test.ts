import { describe, expect, it, vi } from 'vitest';
import type { IpcChannelName } from '#shared/platform/ipc.ts';
import { guardIpcHandler, validateIpcCall, type IpcInvokeEventLike } from '../../../electron/main/ipc-validation.ts';
import { DESKTOP_ORIGIN } from '#shared/version.ts';
import { recordingLogger } from './helpers.ts';

const trusted = [DESKTOP_ORIGIN];
const appUrl = 'app://moa/index.html';
const saveRequest = () => ({ suggestedName: 'Rapport.docx', bytes: new Uint8Array([1, 2, 3]), mimeType: 'application/octet-stream' });

function refusal(result: { ok: boolean; error?: string }): string {
  expect(result.ok).toBe(false);
  return result.error ?? '';
}

describe('validateIpcCall: accepted calls', () => {
  it.each<[IpcChannelName, unknown]>([
    ['saveFile', saveRequest()],
    ['saveFile', { ...saveRequest(), filters: [{ name: 'Word-dokument', extensions: ['docx'] }] }],
    ['openFile', { accept: [{ name: 'Arbetsbok', extensions: ['json', 'moa'] }] }],
    ['openFiles', { accept: [{ name: 'Kolada', extensions: ['json', 'csv', 'xlsx'] }] }],
    ['getSettings', undefined],
    ['updateSettings', { language: 'en' }],
    ['updateSettings', {}],
    ['getAppInfo', undefined],
    ['openExternal', 'https://example.com/'],
    ['updateSettings', { autoBackup: false }],
    ['listAutoBackups', undefined],
    ['writeAutoBackup', { bytes: new Uint8Array([1]), fingerprint: '0123456789abcdef' }],
    ['readAutoBackup', 'MOA-arbetsbok_2026-11-27T12-30-05Z_0123456789abcdef.moa.json'],
  ])('%s with a valid payload from the app', (channel, payload) => {
    const result = validateIpcCall(appUrl, channel, payload, trusted);
    expect(result).toEqual({ ok: true, payload });
  });

  it('passes the parsed bytes through untouched', () => {
    const request = saveRequest();
    const result = validateIpcCall(appUrl, 'saveFile', request, trusted);
    expect(result.ok && result.payload.bytes).toBe(request.bytes);
  });
});

describe('validateIpcCall: refused senders', () => {
  it.each([
    ['null (destroyed frame)', null],
    ['undefined', undefined],
    ['an empty URL', ''],
    ['another origin', 'https://evil.example/'],
    ['a look-alike app host', 'app://evil/index.html'],
    ['a look-alike suffix', 'app://moa.evil/'],
    ['file:', 'file:///C:/app/index.html'],
    ['data:', 'data:text/html,<script></script>'],
    ['javascript:', 'javascript:alert(1)'],
    ['about:blank', 'about:blank'],
    ['credentials in the URL', 'app://attacker@moa/'],
    ['a malformed URL', 'app://'],
    ['a non-string', 42],
  ])('%s', (_label, sender) => {
    expect(refusal(validateIpcCall(sender, 'getSettings', undefined, trusted))).toMatch(/untrusted sender/);
  });

  it('trusts nobody when no origin is trusted', () => {
    expect(refusal(validateIpcCall(appUrl, 'getSettings', undefined, []))).toMatch(/untrusted sender/);
  });
});

describe('validateIpcCall: refused channels', () => {
  it.each(['nope', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'moa:save-file'])('"%s"', (channel) => {
    expect(refusal(validateIpcCall(appUrl, channel as IpcChannelName, undefined, trusted))).toMatch(/unknown channel/);
  });
});

describe('validateIpcCall: refused payloads', () => {
  it.each<[string, IpcChannelName, unknown]>([
    ['save: extra key', 'saveFile', { ...saveRequest(), path: '/etc/passwd' }],
    ['save: bytes as a plain array', 'saveFile', { ...saveRequest(), bytes: [1, 2, 3] }],
    ['save: bytes as a string', 'saveFile', { ...saveRequest(), bytes: 'AAAA' }],
    ['save: bytes as an ArrayBuffer', 'saveFile', { ...saveRequest(), bytes: new ArrayBuffer(3) }],
    ['save: missing name', 'saveFile', { bytes: new Uint8Array(1), mimeType: 'x' }],
    ['save: empty name', 'saveFile', { ...saveRequest(), suggestedName: '' }],
    ['save: name too long', 'saveFile', { ...saveRequest(), suggestedName: 'a'.repeat(256) }],
    ['save: filter extension with a dot', 'saveFile', { ...saveRequest(), filters: [{ name: 'Word', extensions: ['.docx'] }] }],
    ['save: filter with extra key', 'saveFile', { ...saveRequest(), filters: [{ name: 'W', extensions: ['docx'], x: 1 }] }],
    ['save: null', 'saveFile', null],
    ['open: no filters', 'openFile', { accept: [] }],
    ['open: path smuggled in', 'openFile', { accept: [{ name: 'A', extensions: ['json'] }], defaultPath: '/etc' }],
    ['open: string instead of object', 'openFile', 'C:\\Windows'],
    ['getSettings: any payload', 'getSettings', {}],
    ['getAppInfo: any payload', 'getAppInfo', 'x'],
    ['settings: unknown key', 'updateSettings', { language: 'sv', isAdmin: true }],
    ['settings: unknown language', 'updateSettings', { language: 'de' }],
    ['settings: wrong type', 'updateSettings', { language: 1 }],
    ['settings: array', 'updateSettings', [{ language: 'sv' }]],
    ['external: not a string', 'openExternal', { url: 'https://example.com/' }],
    ['external: too long', 'openExternal', `https://example.com/${'a'.repeat(2048)}`],
    ['settings: autoBackup not a boolean', 'updateSettings', { autoBackup: 'yes' }],
    ['list backups: any payload', 'listAutoBackups', { folder: '/etc' }],
    ['write backup: no bytes', 'writeAutoBackup', { fingerprint: '0123456789abcdef' }],
    ['write backup: empty bytes', 'writeAutoBackup', { bytes: new Uint8Array(0), fingerprint: '0123456789abcdef' }],
    ['write backup: bad fingerprint', 'writeAutoBackup', { bytes: new Uint8Array([1]), fingerprint: '../../x' }],
    ['write backup: a name smuggled in', 'writeAutoBackup', { bytes: new Uint8Array([1]), fingerprint: '0123456789abcdef', name: 'x.exe' }],
    ['read backup: not a string', 'readAutoBackup', { id: 'x' }],
    ['read backup: empty', 'readAutoBackup', ''],
  ])('%s', (_label, channel, payload) => {
    expect(refusal(validateIpcCall(appUrl, channel, payload, trusted))).toMatch(/invalid payload/);
  });

  it('refuses a file over 200 MB', () => {
    const bytes = new Uint8Array(200 * 1024 * 1024 + 1);
    const error = refusal(validateIpcCall(appUrl, 'saveFile', { ...saveRequest(), bytes }, trusted));
    expect(error).toMatch(/invalid payload.*bytes/);
  });

  it('names the channel and the offending field in the error', () => {
    const error = refusal(validateIpcCall(appUrl, 'updateSettings', { language: 'de' }, trusted));
    expect(error).toContain('moa:update-settings');
    expect(error).toContain('language');
  });
});

function eventFrom(url: string | null): IpcInvokeEventLike {
  return { senderFrame: url === null ? null : { url } };
}

describe('guardIpcHandler', () => {
  it('runs the handler with the validated payload and returns its result', async () => {
    const handler = vi.fn(async (patch: unknown) => ({ language: 'en' as const, tableViews: {}, autoBackup: true, patch }));
    const guarded = guardIpcHandler('updateSettings', handler, { trustedOrigins: trusted, log: recordingLogger().log });
    await expect(guarded(eventFrom(appUrl), { language: 'en' })).resolves.toMatchObject({ language: 'en' });
    expect(handler).toHaveBeenCalledWith({ language: 'en' });
  });

  it('refuses an untrusted sender with a clear error, logs it, and never runs the handler', async () => {
    const handler = vi.fn(() => ({ language: 'sv' as const, tableViews: {}, autoBackup: true }));
    const { log, entries } = recordingLogger();
    const guarded = guardIpcHandler('getSettings', handler, { trustedOrigins: trusted, log });
    await expect(guarded(eventFrom('https://evil.example/'), undefined)).rejects.toThrow(/IPC refused on moa:get-settings: untrusted sender/);
    await expect(guarded(eventFrom(null), undefined)).rejects.toThrow(/untrusted sender \(none\)/);
    expect(handler).not.toHaveBeenCalled();
    expect(entries.map((entry) => entry.level)).toEqual(['warn', 'warn']);
  });

  it('treats a frame that throws on access as untrusted', async () => {
    const event = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed');
      },
    };
    const guarded = guardIpcHandler('getAppInfo', vi.fn(), { trustedOrigins: trusted, log: recordingLogger().log });
    await expect(guarded(event, undefined)).rejects.toThrow(/untrusted sender/);
  });

  it('refuses calls with more than one argument', async () => {
    const handler = vi.fn(async () => true);
    const guarded = guardIpcHandler('openExternal', handler, { trustedOrigins: trusted, log: recordingLogger().log });
    await expect(guarded(eventFrom(appUrl), 'https://example.com/', 'extra')).rejects.toThrow(/expected one argument/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an invalid payload before the handler runs', async () => {
    const handler = vi.fn(async () => true);
    const guarded = guardIpcHandler('openExternal', handler, { trustedOrigins: trusted, log: recordingLogger().log });
    await expect(guarded(eventFrom(appUrl), 42)).rejects.toThrow(/invalid payload/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('logs a failing handler with its channel and passes the error on', async () => {
    const { log, entries } = recordingLogger();
    const guarded = guardIpcHandler(
      'openExternal',
      async () => {
        throw new Error('boom');
      },
      { trustedOrigins: trusted, log },
    );
    await expect(guarded(eventFrom(appUrl), 'https://example.com/')).rejects.toThrow('boom');
    expect(entries[0]).toMatchObject({ level: 'error', context: { channel: 'moa:open-external' } });
  });
});
