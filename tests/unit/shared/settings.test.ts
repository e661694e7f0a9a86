import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings, readSettings, settingsPatchSchema } from '#shared/settings.ts';

describe('settings', () => {
  it('defaults to Swedish', () => {
    expect(defaultSettings.language).toBe('sv');
    expect(readSettings(undefined)).toEqual(defaultSettings);
  });
  it('keeps valid stored values and drops invalid ones field by field', () => {
    expect(readSettings({ language: 'en', tableViews: { a: { sort: 'x' } } })).toEqual({ language: 'en', tableViews: { a: { sort: 'x' } }, autoBackup: true });
    expect(readSettings({ language: 'fi', tableViews: { a: 1 } })).toEqual({ language: 'sv', tableViews: { a: 1 }, autoBackup: true });
    expect(readSettings({ language: 'en', tableViews: 'broken' })).toEqual({ language: 'en', tableViews: {}, autoBackup: true });
    expect(readSettings('garbage')).toEqual(defaultSettings);
    expect(readSettings(null)).toEqual(defaultSettings);
  });
  it('refuses patches with unknown keys or wrong values', () => {
    expect(settingsPatchSchema.safeParse({ language: 'en' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ language: 'de' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ nodeIntegration: true }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ __proto__: { language: 'en' } }).success).toBe(true);
    expect(settingsPatchSchema.safeParse(JSON.parse('{"__proto__": {"polluted": true}}')).success).toBe(false);
  });
  it('applies a patch without touching other settings', () => {
    const next = applySettingsPatch({ language: 'sv', tableViews: { t: 1 }, autoBackup: true }, { language: 'en' });
    expect(next).toEqual({ language: 'en', tableViews: { t: 1 }, autoBackup: true });
  });
});
