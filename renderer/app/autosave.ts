/**
 * Autosave: edits are written within AUTOSAVE_DELAY_MS of the last
 * keystroke, without a Save button. Pending writes are flushed when the
 * page is hidden or closed, so a reload or closing the window mid-typing
 * loses at most that delay. One queue for the whole app, so the quiet
 * "Sparat" indicator reflects every view.
 */
import { useSyncExternalStore } from 'react';

export const AUTOSAVE_DELAY_MS = 300;

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  run: () => Promise<void>;
}

const pending = new Map<string, Pending>();
let inFlight = 0;
let status: AutosaveStatus = 'idle';
let lastError = '';
const listeners = new Set<() => void>();

function setStatus(next: AutosaveStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

async function execute(key: string): Promise<void> {
  const entry = pending.get(key);
  if (!entry) return;
  clearTimeout(entry.timer);
  pending.delete(key);
  inFlight += 1;
  setStatus('saving');
  try {
    await entry.run();
    inFlight -= 1;
    if (inFlight === 0 && pending.size === 0) setStatus('saved');
  } catch (error) {
    inFlight -= 1;
    lastError = error instanceof Error ? error.message : String(error);
    console.error('autosave failed', key, error);
    setStatus('failed');
  }
}

/** Schedules a write; a later call with the same key replaces an earlier one not yet written. */
export function scheduleSave(key: string, run: () => Promise<void>): void {
  const existing = pending.get(key);
  if (existing) clearTimeout(existing.timer);
  pending.set(key, { run, timer: setTimeout(() => void execute(key), AUTOSAVE_DELAY_MS) });
  setStatus('pending');
}

/** Writes everything pending now (on blur, before navigation, when the page is hidden). */
export function flushSaves(): Promise<void> {
  return Promise.all([...pending.keys()].map((key) => execute(key))).then(() => undefined);
}

export function lastSaveError(): string {
  return lastError;
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => void flushSaves());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushSaves();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAutosaveStatus(): AutosaveStatus {
  return useSyncExternalStore(subscribe, () => status);
}
