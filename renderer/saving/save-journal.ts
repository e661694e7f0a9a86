/**
 * The write-ahead journal of autosaves. IndexedDB writes started while a
 * page unloads are lost (Chromium drops a transaction that needs more than
 * a read or two before the page goes), so every scheduled save is also
 * written here at once, synchronously, and removed only once its write has
 * committed. At start the app replays what is left (see save-queue.ts).
 *
 * Why localStorage and one entry per key, shared by all tabs: it is
 * synchronous and survives a crash or a closed window, which
 * sessionStorage does not. Another tab replaying an entry is harmless,
 * because operations set fields to values (idempotent), and one storage key
 * per entry means no tab ever rewrites a list another tab is changing.
 */
import type { SaveOperation } from './save-operation.ts';

/** The part of the Web Storage API the journal uses (a fake in unit tests). */
export type JournalStorage = Pick<Storage, 'length' | 'key' | 'getItem' | 'setItem' | 'removeItem'>;

export interface JournalEntry {
  /** The entry's own storage key; sorts oldest first. */
  id: string;
  /** The saved field (autosave key): a newer entry for the same key supersedes an older one. */
  key: string;
  op: SaveOperation;
}

export interface SaveJournal {
  /** Records a scheduled save; returns the entry's id. */
  add(key: string, op: SaveOperation): string;
  /** Drops an entry that will never be written (superseded before it was started). */
  remove(id: string): void;
  /** The entry's write has committed: drops it and any older entry for the same key, never a newer one. */
  committed(id: string, key: string): void;
  /** Every entry, oldest first. */
  entries(): JournalEntry[];
}

export const JOURNAL_PREFIX = 'moa.saveJournal.';

interface Options {
  now?: () => number;
  /** Tells apart entries two tabs add in the same millisecond. */
  tabId?: string;
  warn?: (message: string, detail?: unknown) => void;
}

export function createSaveJournal(storage: JournalStorage, options: Options = {}): SaveJournal {
  const now = options.now ?? Date.now;
  const tabId = options.tabId ?? Math.random().toString(36).slice(2, 8);
  const warn = options.warn ?? ((message: string, detail?: unknown) => console.warn(message, detail));
  let counter = 0;

  // Fixed-width fields, so string order is time order (and add order within a tab).
  const nextId = () => `${JOURNAL_PREFIX}${now().toString(36).padStart(10, '0')}.${(counter++).toString(36).padStart(6, '0')}.${tabId}`;

  const read = (id: string): JournalEntry | null => {
    const text = storage.getItem(id);
    if (text === null) return null;
    try {
      const parsed: unknown = JSON.parse(text);
      if (isStored(parsed)) return { id, key: parsed.key, op: parsed.op };
    } catch {
      // Falls through: an entry that is not ours or was cut short cannot be replayed.
    }
    warn('save journal: unreadable entry dropped', { id });
    storage.removeItem(id);
    return null;
  };

  const ids = (): string[] => {
    const found: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const id = storage.key(i);
      if (id?.startsWith(JOURNAL_PREFIX)) found.push(id);
    }
    return found.sort();
  };

  return {
    add(key, op) {
      const id = nextId();
      try {
        storage.setItem(id, JSON.stringify({ key, op }));
      } catch (error) {
        // Storage full or refused: the save itself still runs; only its protection against a reload is missing.
        warn('save journal: entry not written', { key, error: String(error) });
      }
      return id;
    },
    remove(id) {
      storage.removeItem(id);
    },
    committed(id, key) {
      storage.removeItem(id);
      for (const other of ids()) {
        if (other < id && read(other)?.key === key) storage.removeItem(other);
      }
    },
    entries() {
      return ids().flatMap((id) => read(id) ?? []);
    },
  };
}

function isStored(value: unknown): value is { key: string; op: SaveOperation } {
  if (typeof value !== 'object' || value === null) return false;
  const { key, op } = value as { key?: unknown; op?: { name?: unknown; args?: unknown } };
  return typeof key === 'string' && typeof op === 'object' && op !== null && typeof op.name === 'string' && Array.isArray(op.args);
}

/** A journal kept in memory only, where localStorage cannot be used (it protects nothing across a reload). */
export function memoryStorage(): JournalStorage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}
