import { describe, expect, it, vi } from 'vitest';
import {
  createNavigationGuard,
  createPermissionRequestHandler,
  createWindowOpenHandler,
  denyPermissionCheck,
  createPermissionCheckHandler,
  isGrantedPermission,
} from '../../../electron/main/navigation-guard.ts';
import { DESKTOP_ORIGIN } from '#shared/version.ts';
import { recordingLogger } from './helpers.ts';

const appOrigins = [DESKTOP_ORIGIN];

function navigate(url: string) {
  const { log, entries } = recordingLogger();
  const event = { url, preventDefault: vi.fn() };
  createNavigationGuard(appOrigins, log)(event);
  return { blocked: event.preventDefault.mock.calls.length > 0, entries };
}

describe('navigation guard (will-navigate / will-redirect)', () => {
  it.each(['app://moa/', 'app://moa/index.html', 'app://moa/planer/12?flik=mal#rubrik'])('lets the app navigate within itself: %s', (url) => {
    expect(navigate(url).blocked).toBe(false);
  });

  it.each([
    ['another web site', 'https://example.com/'],
    ['plain http', 'http://moa/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['blob:', 'blob:app://moa/1234'],
    ['a look-alike host', 'app://evil/'],
    ['a look-alike subdomain', 'app://moa.evil.com/'],
    ['credentials', 'app://user:pass@moa/'],
    ['a port', 'app://moa:8080/'],
    ['a malformed URL', 'http://[::1'],
    ['an empty URL', ''],
    ['about:blank', 'about:blank'],
  ])('blocks %s and logs it', (_label, url) => {
    const result = navigate(url);
    expect(result.blocked).toBe(true);
    expect(result.entries).toEqual([expect.objectContaining({ level: 'warn', message: 'navigation blocked' })]);
  });
});

describe('window open handler', () => {
  it('never opens an Electron window, but sends a safe link to the browser', () => {
    const openExternal = vi.fn(async () => true);
    const handler = createWindowOpenHandler(openExternal, recordingLogger().log);
    expect(handler({ url: 'https://www.regionuppsala.se/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.regionuppsala.se/');
  });

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'data:text/html,hi',
    'app://moa/',
    'https://user:secret@example.com/',
    'ms-msdt:/id PCWDiagnostic',
    'smb://server/share',
    'not a url',
  ])('denies %s without handing it to the OS', (url) => {
    const openExternal = vi.fn(async () => true);
    const { log, entries } = recordingLogger();
    expect(createWindowOpenHandler(openExternal, log)({ url })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(entries).toHaveLength(1);
  });
});

describe('permission handlers', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('refuses a %s request', (permission) => {
    const callback = vi.fn();
    const { log, entries } = recordingLogger();
    createPermissionRequestHandler(log)(null, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(entries[0]).toMatchObject({ message: 'permission request denied', context: { permission } });
  });

  it('answers every permission check with "no"', () => {
    expect(denyPermissionCheck()).toBe(false);
  });

  it('grants only the app its clipboard write, and nothing else to anyone', () => {
    const app = ['app://moa'];
    expect(isGrantedPermission('clipboard-sanitized-write', 'app://moa/index.html', app)).toBe(true);
    expect(isGrantedPermission('clipboard-sanitized-write', 'https://evil.example/', app)).toBe(false);
    expect(isGrantedPermission('clipboard-sanitized-write', 'app://x@moa/', app)).toBe(false);
    expect(isGrantedPermission('clipboard-sanitized-write', undefined, app)).toBe(false);
    expect(isGrantedPermission('clipboard-read', 'app://moa/', app)).toBe(false);
    expect(isGrantedPermission('media', 'app://moa/', app)).toBe(false);
    const check = createPermissionCheckHandler(app);
    expect(check(null, 'clipboard-sanitized-write', 'app://moa')).toBe(true);
    expect(check(null, 'geolocation', 'app://moa')).toBe(false);
    const granted: boolean[] = [];
    createPermissionRequestHandler({ warn: () => undefined, error: () => undefined, info: () => undefined }, app)(
      null,
      'clipboard-sanitized-write',
      (g) => granted.push(g),
      { requestingUrl: 'app://moa/index.html' },
    );
    expect(granted).toEqual([true]);
  });
});
