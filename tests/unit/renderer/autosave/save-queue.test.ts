import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveJournal, JOURNAL_PREFIX, type JournalStorage } from '../../../../renderer/saving/save-journal.ts';
import type { SaveOperation, SaveOutcome } from '../../../../renderer/saving/save-operation.ts';
import { createSaveQueue, type AutosaveStatus } from '../../../../renderer/saving/save-queue.ts';

/** localStorage as the journal sees it, kept in a Map (Node has none). */
class FakeStorage implements JournalStorage {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const DELAY = 300;
const title = (id: string, text: string): SaveOperation => ({ name: 'node.title', args: [id, text] });

/** A store for the "node.title" operation whose writes the test lets finish one by one. */
function harness(options: { storage?: FakeStorage; now?: () => number } = {}) {
  const storage = options.storage ?? new FakeStorage();
  const records = new Map<string, string>([['s1', 'Fler unga företagare'], ['s2', 'Fler nya företag']]);
  const writes: { op: SaveOperation; finish: (outcome?: 'fail') => void }[] = [];
  const statuses: AutosaveStatus[] = [];
  const warn = vi.fn();
  const error = vi.fn();
  let held = false;
  const apply = (op: SaveOperation): SaveOutcome => {
    const [id, text] = op.args as [string, string];
    if (!records.has(id)) return 'gone';
    records.set(id, text);
    return 'applied';
  };
  const queue = createSaveQueue({
    journal: createSaveJournal(storage, { now: options.now, tabId: 'tab1', warn }),
    run: (op) => {
      if (op.name !== 'node.title') return undefined;
      if (!held) return Promise.resolve(apply(op));
      return new Promise<SaveOutcome>((resolve, reject) => {
        writes.push({ op, finish: (outcome) => (outcome === 'fail' ? reject(new Error('QuotaExceededError')) : resolve(apply(op))) });
      });
    },
    delayMs: DELAY,
    onStatus: (status) => statuses.push(status),
    warn,
    error,
  });
  const journal = () => [...storage.items.entries()].filter(([key]) => key.startsWith(JOURNAL_PREFIX)).map(([, value]) => JSON.parse(value) as { key: string; op: SaveOperation });
  return { storage, records, writes, statuses, warn, error, queue, journal, hold: () => (held = true) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave journal', () => {
  it('journals a save the moment it is scheduled, before its delay has passed', () => {
    const { queue, journal, records } = harness();
    queue.schedule('title:s1', title('s1', 'Fler unga företagare i länet'));
    expect(journal()).toEqual([{ key: 'title:s1', op: title('s1', 'Fler unga företagare i länet') }]);
    expect(records.get('s1')).toBe('Fler unga företagare');
  });

  it('keeps one entry per field while typing: a later keystroke replaces the one not yet written', () => {
    const { queue, journal } = harness();
    queue.schedule('title:s1', title('s1', 'Fler u'));
    queue.schedule('title:s1', title('s1', 'Fler un'));
    queue.schedule('title:s2', title('s2', 'Fler nya'));
    expect(journal().map((e) => e.op.args[1])).toEqual(['Fler un', 'Fler nya']);
  });

  it('forgets a write not yet started when it is cancelled: neither stored nor left for replay', async () => {
    const { queue, journal, records } = harness();
    queue.schedule('title:s1', title('s1', 'Fler unga'));
    queue.cancel('title:s1');
    expect(journal()).toEqual([]);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(records.get('s1')).toBe('Fler unga företagare');
  });

  it('removes the entry once its write has committed', async () => {
    const { queue, journal, records, statuses } = harness();
    queue.schedule('title:s1', title('s1', 'Fler unga företagare i länet'));
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(records.get('s1')).toBe('Fler unga företagare i länet');
    expect(journal()).toEqual([]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('keeps a newer schedule for the same field that arrives while the older write is in flight', async () => {
    const { queue, journal, writes, hold, records } = harness();
    hold();
    queue.schedule('title:s1', title('s1', 'Fler unga'));
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(writes).toHaveLength(1);
    queue.schedule('title:s1', title('s1', 'Fler unga företagare'));
    writes[0]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(journal().map((e) => e.op.args[1])).toEqual(['Fler unga företagare']);
    await vi.advanceTimersByTimeAsync(DELAY);
    writes[1]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(journal()).toEqual([]);
    expect(records.get('s1')).toBe('Fler unga företagare');
  });

  it('keeps a failed write in the journal and shows the failed state', async () => {
    const { queue, journal, writes, hold, statuses, error } = harness();
    hold();
    queue.schedule('title:s1', title('s1', 'Fler unga företagare i länet'));
    await vi.advanceTimersByTimeAsync(DELAY);
    writes[0]?.finish('fail');
    await vi.advanceTimersByTimeAsync(0);
    expect(journal()).toHaveLength(1);
    expect(statuses.at(-1)).toBe('failed');
    expect(queue.lastError()).toBe('QuotaExceededError');
    expect(error).toHaveBeenCalled();
  });

  it('drops an older failed entry for a field once a newer value for it is written', async () => {
    const { queue, journal, writes, hold } = harness();
    hold();
    queue.schedule('title:s1', title('s1', 'Fler u'));
    await vi.advanceTimersByTimeAsync(DELAY);
    writes[0]?.finish('fail');
    await vi.advanceTimersByTimeAsync(0);
    queue.schedule('title:s1', title('s1', 'Fler unga'));
    await vi.advanceTimersByTimeAsync(DELAY);
    writes[1]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    // Replaying the older one at the next start would put back the text the user typed over.
    expect(journal()).toEqual([]);
  });

  it('writes everything pending at once on flush', async () => {
    const { queue, journal, records } = harness();
    queue.schedule('title:s1', title('s1', 'A'));
    queue.schedule('title:s2', title('s2', 'B'));
    await queue.flush();
    expect([records.get('s1'), records.get('s2')]).toEqual(['A', 'B']);
    expect(journal()).toEqual([]);
  });
});

describe('replaying the journal at start', () => {
  /** A page that journaled saves and was reloaded before writing them. */
  function leftBehind(ops: [string, SaveOperation][]) {
    const storage = new FakeStorage();
    let clock = 1_000;
    const before = harness({ storage, now: () => (clock += 1) });
    for (const [key, op] of ops) before.queue.schedule(key, op);
    return storage;
  }

  it('applies the entries oldest first and removes each once applied', async () => {
    const storage = leftBehind([
      ['title:s1', title('s1', 'Först')],
      ['title:s2', title('s2', 'Sedan')],
      ['now:1', title('s1', 'Sist')],
    ]);
    const after = harness({ storage });
    const order: unknown[] = [];
    after.records.set = new Proxy(after.records.set, {
      apply: (target, self, args: [string, string]) => {
        order.push(args[1]);
        return Reflect.apply(target, self, args);
      },
    });
    expect(await after.queue.replay()).toBe(true);
    expect(order).toEqual(['Först', 'Sedan', 'Sist']);
    expect(after.records.get('s1')).toBe('Sist');
    expect(after.journal()).toEqual([]);
  });

  it('drops an entry whose record is gone, with a warning rather than an error', async () => {
    const storage = leftBehind([['title:s9', title('s9', 'Borttagen strategi')]]);
    const after = harness({ storage });
    expect(await after.queue.replay()).toBe(true);
    expect(after.journal()).toEqual([]);
    expect(after.warn).toHaveBeenCalledWith('autosave: record gone, edit dropped', expect.objectContaining({ key: 'title:s9' }));
    expect(after.error).not.toHaveBeenCalled();
  });

  it('keeps an entry whose write fails, and shows the failed state', async () => {
    const storage = leftBehind([['title:s1', title('s1', 'Fler unga företagare i länet')]]);
    const after = harness({ storage });
    after.hold();
    const replay = after.queue.replay();
    await vi.advanceTimersByTimeAsync(0);
    after.writes[0]?.finish('fail');
    expect(await replay).toBe(false);
    expect(after.journal()).toHaveLength(1);
    expect(after.queue.status()).toBe('failed');
  });

  it('keeps an operation this version does not know (a newer version may)', async () => {
    const storage = leftBehind([['x', { name: 'future.op', args: [1] }]]);
    const after = harness({ storage });
    expect(await after.queue.replay()).toBe(true);
    expect(after.journal()).toHaveLength(1);
  });

  it('drops an unreadable entry', async () => {
    const storage = new FakeStorage();
    storage.setItem(`${JOURNAL_PREFIX}0000000001.000000.x`, '{"key":');
    storage.setItem('someone-else', 'kept');
    const after = harness({ storage });
    expect(await after.queue.replay()).toBe(true);
    expect([...storage.items.keys()]).toEqual(['someone-else']);
  });
});

describe('scheduleSave takes only a journal operation', () => {
  it('refuses a closure at compile time', () => {
    const { queue } = harness();
    // @ts-expect-error -- a closure cannot be written to the journal; every save must be a named operation
    expect(() => queue.schedule('title:s1', async () => undefined)).not.toThrow();
  });
});
