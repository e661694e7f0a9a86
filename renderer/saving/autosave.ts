/**
 * Autosave: edits are written within AUTOSAVE_DELAY_MS of the last
 * keystroke, without a Save button. Every scheduled save is a journaled
 * operation (save-operation.ts, save-journal.ts), so a reload, a closed
 * window or a crash before the write loses nothing: the next start replays
 * it. Pending writes are also flushed when the page is hidden or closed.
 * One queue for the whole app, so the quiet "Sparat" indicator reflects
 * every view.
 */
import { useSyncExternalStore } from 'react';
import { createSaveJournal, memoryStorage, type JournalStorage } from './save-journal.ts';
import type { SaveOperation, SaveOperationDefinition } from './save-operation.ts';

/** What the registry needs of an operation: its name and how to run it. */
export type RegisteredSaveOperation = Pick<SaveOperationDefinition<unknown[]>, 'name' | 'run'>;
import { createSaveQueue, type AutosaveStatus } from './save-queue.ts';

export type { AutosaveStatus } from './save-queue.ts';
export type { SaveOperation } from './save-operation.ts';

export const AUTOSAVE_DELAY_MS = 300;

const listeners = new Set<() => void>();
const operations = new Map<string, RegisteredSaveOperation>();

function journalStorage(): JournalStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Storage blocked by the browser's settings: saves still run, unprotected against a reload.
  }
  return memoryStorage();
}

const journal = createSaveJournal(journalStorage());
const queue = createSaveQueue({
  journal,
  run: (op) => operations.get(op.name)?.run(op.args),
  delayMs: AUTOSAVE_DELAY_MS,
  onStatus: () => {
    for (const listener of listeners) listener();
  },
});

/** Makes operations runnable by name; the composition root registers them all before replaying the journal. */
export function registerSaveOperations(definitions: readonly RegisteredSaveOperation[]): void {
  for (const definition of definitions) operations.set(definition.name, definition);
}

/** Schedules a write; a later call with the same key replaces an earlier one not yet written. */
export function scheduleSave(key: string, op: SaveOperation): void {
  queue.schedule(key, op);
}

/**
 * Forgets a scheduled write of this key that has not started: the user typed on past a valid value
 * into one that fails its check, and what was valid a moment ago is not what they mean.
 */
export function cancelSave(key: string): void {
  queue.cancel(key);
}

/**
 * A write whose answer the caller needs at once (a refusal to show, what it replaced), such as a
 * week-grid cell committed with Enter: its operation stands in the journal while it runs, so a reload
 * before it commits replays it at the next start instead of losing it.
 */
export async function journaledWrite<T>(key: string, op: SaveOperation, write: () => Promise<T>): Promise<T> {
  const entryId = journal.add(key, op);
  try {
    const result = await write();
    journal.committed(entryId, key);
    return result;
  } catch (error) {
    journal.remove(entryId);
    throw error;
  }
}

let immediate = 0;
/** Stores an operation now (a choice in a list, a tick box), journaled like a typed edit. */
export function saveNow(op: SaveOperation): Promise<void> {
  const key = `now:${(immediate += 1)}`;
  queue.schedule(key, op);
  return queue.flush();
}

/** Writes everything pending now (on blur, before navigation, when the page is hidden). */
export function flushSaves(): Promise<void> {
  return queue.flush();
}

/** Applies the edits an earlier page left unwritten; run once the database is open, before any view reads it. */
export function replaySaveJournal(): Promise<boolean> {
  return queue.replay();
}

export function lastSaveError(): string {
  return queue.lastError();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => void flushSaves());
  window.addEventListener('beforeunload', () => void flushSaves());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushSaves();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAutosaveStatus(): AutosaveStatus {
  return useSyncExternalStore(subscribe, () => queue.status());
}
