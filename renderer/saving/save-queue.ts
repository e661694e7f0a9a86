/**
 * The autosave queue: a save waits `delayMs` after the last keystroke (a
 * later one for the same key replaces it), and is journaled from the
 * moment it is scheduled until its write commits, so a reload in between
 * loses nothing: the next start replays the journal. Kept free of the page
 * and of React so it can be tested in Node (autosave.ts wires it up).
 */
import type { SaveJournal } from './save-journal.ts';
import type { SaveOperation, SaveOutcome } from './save-operation.ts';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** Runs an operation by name; undefined when no operation has that name. */
export type SaveRunner = (op: SaveOperation) => Promise<SaveOutcome> | undefined;

export interface SaveQueueDeps {
  journal: SaveJournal;
  run: SaveRunner;
  delayMs: number;
  onStatus: (status: AutosaveStatus) => void;
  warn?: (message: string, detail?: unknown) => void;
  error?: (message: string, detail?: unknown) => void;
}

export interface SaveQueue {
  /** Schedules a write; a later call with the same key replaces an earlier one not yet started. */
  schedule(key: string, op: SaveOperation): void;
  /** Forgets a write not yet started (the field's text turned invalid): it is neither stored nor replayed. */
  cancel(key: string): void;
  /** Writes everything pending now. */
  flush(): Promise<void>;
  /** Applies what an earlier page left in the journal, oldest first; true when all of it could be stored. */
  replay(): Promise<boolean>;
  status(): AutosaveStatus;
  lastError(): string;
}

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  op: SaveOperation;
  entryId: string;
}

export function createSaveQueue(deps: SaveQueueDeps): SaveQueue {
  const warn = deps.warn ?? ((message: string, detail?: unknown) => console.warn(message, detail));
  const error = deps.error ?? ((message: string, detail?: unknown) => console.error(message, detail));
  const pending = new Map<string, Pending>();
  let inFlight = 0;
  let status: AutosaveStatus = 'idle';
  let lastError = '';

  const setStatus = (next: AutosaveStatus) => {
    status = next;
    deps.onStatus(next);
  };

  /** Stores one journaled operation; on failure its entry stays for the next start. */
  async function store(key: string, op: SaveOperation, entryId: string): Promise<boolean> {
    try {
      const outcome = deps.run(op);
      if (outcome === undefined) {
        // Written by a newer version of the app, perhaps: kept for it rather than thrown away.
        warn('autosave: unknown operation kept in the journal', { key, name: op.name });
        return true;
      }
      if ((await outcome) === 'gone') warn('autosave: record gone, edit dropped', { key, name: op.name });
      deps.journal.committed(entryId, key);
      return true;
    } catch (caught) {
      lastError = caught instanceof Error ? caught.message : String(caught);
      error('autosave failed', { key, name: op.name, error: caught });
      setStatus('failed');
      return false;
    }
  }

  async function execute(key: string): Promise<void> {
    const entry = pending.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    pending.delete(key);
    inFlight += 1;
    setStatus('saving');
    const ok = await store(key, entry.op, entry.entryId);
    inFlight -= 1;
    if (ok && status !== 'failed' && inFlight === 0 && pending.size === 0) setStatus('saved');
  }

  return {
    schedule(key, op) {
      const existing = pending.get(key);
      if (existing) {
        clearTimeout(existing.timer);
        deps.journal.remove(existing.entryId);
      }
      const entryId = deps.journal.add(key, op);
      pending.set(key, { op, entryId, timer: setTimeout(() => void execute(key), deps.delayMs) });
      setStatus('pending');
    },
    cancel(key) {
      const existing = pending.get(key);
      if (!existing) return;
      clearTimeout(existing.timer);
      deps.journal.remove(existing.entryId);
      pending.delete(key);
      if (inFlight === 0 && pending.size === 0 && status !== 'failed') setStatus('saved');
    },
    flush() {
      return Promise.all([...pending.keys()].map((key) => execute(key))).then(() => undefined);
    },
    async replay() {
      let allStored = true;
      for (const entry of deps.journal.entries()) {
        if (!(await store(entry.key, entry.op, entry.id))) allStored = false;
      }
      return allStored;
    },
    status: () => status,
    lastError: () => lastError,
  };
}
