import { describe, expect, it } from 'vitest';
import { createSettingsStore, type KeyValueStore } from '../../../electron/main/settings-store.ts';
import { defaultSettings } from '#shared/settings.ts';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return { data, get: (key) => data.get(key), set: (key, value) => void data.set(key, value) };
}

describe('settings store', () => {
  it('returns the defaults when nothing is stored', () => {
    expect(createSettingsStore(memoryStore()).get()).toEqual(defaultSettings);
  });

  it('reads valid stored settings', () => {
    const store = createSettingsStore(memoryStore({ settings: { language: 'en', tableViews: { plans: { sort: 'name' } } } }));
    expect(store.get()).toEqual({ language: 'en', tableViews: { plans: { sort: 'name' } }, autoBackup: true });
  });

  it.each([
    ['a string', 'corrupt'],
    ['null', null],
    ['an array', ['sv']],
    ['a number', 7],
  ])('falls back to the defaults when the stored value is %s', (_label, stored) => {
    expect(createSettingsStore(memoryStore({ settings: stored })).get()).toEqual(defaultSettings);
  });

  it('keeps the valid fields and resets only the invalid ones', () => {
    const store = createSettingsStore(memoryStore({ settings: { language: 'klingon', tableViews: { plans: 1 } } }));
    expect(store.get()).toEqual({ language: 'sv', tableViews: { plans: 1 }, autoBackup: true });
  });

  it('applies a patch, persists it and returns the new settings', () => {
    const backing = memoryStore();
    const store = createSettingsStore(backing);
    expect(store.update({ language: 'en' })).toEqual({ ...defaultSettings, language: 'en' });
    expect(backing.data.get('settings')).toEqual({ ...defaultSettings, language: 'en' });
    expect(createSettingsStore(backing).get().language).toBe('en');
  });

  it('keeps fields the patch does not mention', () => {
    const store = createSettingsStore(memoryStore({ settings: { language: 'en', tableViews: { a: 1 } } }));
    expect(store.update({ tableViews: { b: 2 } })).toEqual({ language: 'en', tableViews: { b: 2 }, autoBackup: true });
  });

  it.each([
    ['an unknown key', { language: 'sv', theme: 'dark' }],
    ['a wrong value', { language: 'de' }],
    ['a wrong type', { tableViews: 'all' }],
    ['not an object', 'sv'],
    ['null', null],
  ])('refuses a patch with %s and stores nothing', (_label, patch) => {
    const backing = memoryStore();
    expect(() => createSettingsStore(backing).update(patch)).toThrow(/settings patch refused/);
    expect(backing.data.has('settings')).toBe(false);
  });

  it('keeps window state under its own key, apart from the settings', () => {
    const backing = memoryStore();
    const store = createSettingsStore(backing);
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
    store.setWindowState(state);
    expect(store.getWindowState()).toEqual(state);
    expect(backing.data.get('windowState')).toEqual(state);
    expect(store.get()).toEqual(defaultSettings);
  });
});
