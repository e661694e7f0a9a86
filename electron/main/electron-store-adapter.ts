/**
 * The real KeyValueStore: electron-store (atomic JSON file in userData).
 * Separate from settings-store.ts because electron-store loads Electron at
 * import time, which the unit tests must not.
 */
import ElectronStore from 'electron-store';
import type { KeyValueStore } from './settings-store.ts';

export function openElectronStore(): KeyValueStore {
  const store = new ElectronStore<Record<string, unknown>>({
    name: 'settings',
    // A corrupt file would otherwise throw here and stop the app from starting;
    // settings are preferences, losing them beats not starting.
    clearInvalidConfig: true,
    // Keys are ours and flat; dotted paths would only add surprises.
    accessPropertiesByDotNotation: false,
  });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
  };
}
