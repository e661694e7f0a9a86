import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isSafeExternalUrl, isTrustedSenderUrl, originOf } from '#shared/security/url-guards.ts';

const app = ['app://moa'];

describe('isSafeExternalUrl', () => {
  it.each(['https://www.regionorebrolan.se/rus', 'http://example.org/a?b=c#d', 'https://kolada.se/'])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['file:///etc/passwd'],
    ['data:text/html,<script>alert(1)</script>'],
    ['blob:https://example.org/1234'],
    ['app://moa/index.html'],
    ['ftp://example.org/'],
    ['mailto:anna@example.org'],
    ['https://user:pass@example.org/'],
    ['https://user@example.org/'],
    ['not a url'],
    [''],
    [`https://example.org/${'a'.repeat(3000)}`],
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
  it('refuses non-strings', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.org/'], new String('https://example.org/')]) {
      expect(isSafeExternalUrl(value)).toBe(false);
    }
  });
});

describe('originOf', () => {
  it('gives custom-scheme origins that WHATWG reports as null', () => {
    expect(originOf('app://moa/index.html#/planer')).toBe('app://moa');
  });
  it('gives no origin to URLs with credentials, which the app never uses', () => {
    expect(originOf('app://x@moa/')).toBeNull();
    expect(isAllowedNavigation('app://user:pw@moa/', app)).toBe(false);
    expect(isTrustedSenderUrl('https://a:b@example.org/', ['https://example.org'])).toBe(false);
  });
  it('gives no origin for opaque schemes', () => {
    expect(originOf('file:///C:/x.html')).toBeNull();
    expect(originOf('data:text/plain,x')).toBeNull();
    expect(originOf('javascript:void(0)')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app itself, any path or hash', () => {
    expect(isAllowedNavigation('app://moa/', app)).toBe(true);
    expect(isAllowedNavigation('app://moa/index.html#/tidlogg', app)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:4173/#/planer', ['http://127.0.0.1:4173'])).toBe(true);
  });
  it.each([
    'app://evil/',
    'app://moa.evil.example/',
    'https://moa/',
    'https://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'about:blank',
    '',
    'app:moa',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url, app)).toBe(false);
  });
  it('refuses another port on the same host', () => {
    expect(isAllowedNavigation('http://127.0.0.1:9999/', ['http://127.0.0.1:4173'])).toBe(false);
  });
});

describe('isTrustedSenderUrl', () => {
  it('trusts only frames of the app', () => {
    expect(isTrustedSenderUrl('app://moa/index.html', app)).toBe(true);
    expect(isTrustedSenderUrl('https://example.org/', app)).toBe(false);
    expect(isTrustedSenderUrl(undefined, app)).toBe(false);
    expect(isTrustedSenderUrl(null, app)).toBe(false);
    expect(isTrustedSenderUrl('app://moa/', [])).toBe(false);
  });
});
