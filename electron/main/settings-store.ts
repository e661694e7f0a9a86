/**
 * Host settings and window state over a minimal key-value store. The store
 * file lives in the user's profile and may be hand-edited, half-written or
 * from an older version, so everything read is validated and anything
 * invalid falls back to its default instead of breaking startup.
 */
import { applySettingsPatch, readSettings, settingsPatchSchema, type Settings } from '#shared/settings.ts';

/** The part of electron-store used here; an in-memory Map satisfies it in tests. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const SETTINGS_KEY = 'settings';
const WINDOW_STATE_KEY = 'windowState';

export interface SettingsStore {
  get(): Settings;
  /** Validates the patch (unknown keys refused), applies and persists it; returns the new settings. */
  update(patch: unknown): Settings;
  /** Raw saved window state; window-state.ts validates it. */
  getWindowState(): unknown;
  setWindowState(state: unknown): void;
  /** Calls `listener` after every stored update, with the settings before it. */
  onChange(listener: (next: Settings, previous: Settings) => void): void;
}

export function createSettingsStore(store: KeyValueStore): SettingsStore {
  const get = (): Settings => readSettings(store.get(SETTINGS_KEY));
  const listeners: ((next: Settings, previous: Settings) => void)[] = [];
  return {
    get,
    update(patch) {
      const parsed = settingsPatchSchema.safeParse(patch);
      if (!parsed.success) {
        throw new Error(`settings patch refused: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
      }
      const previous = get();
      const next = applySettingsPatch(previous, parsed.data);
      store.set(SETTINGS_KEY, next);
      for (const listener of listeners) listener(next, previous);
      return next;
    },
    getWindowState: () => store.get(WINDOW_STATE_KEY),
    setWindowState: (state) => store.set(WINDOW_STATE_KEY, state),
    onChange: (listener) => void listeners.push(listener),
  };
}
