/**
 * A read of whole tables kept in memory and refreshed after every change to
 * those tables, wherever it was made: a form, a table cell, undo, the trash,
 * a restored backup or another window. Dexie announces each committed write
 * with the tables (and keys) it touched in its `storagemutated` event (other
 * windows' writes arrive through it too); a change counter tells a current
 * value from one read before the latest change, so a reader is never handed
 * rows older than a committed write.
 *
 * Why not `useLiveQuery` alone: its result lives as long as the component,
 * so every visit to a view read the same 10 000 activities afresh. This one
 * lives as long as the page. It is read again only after a change (several
 * changes in a row cost one read: one read is in flight at a time). While
 * no component shows it, the read after a change waits until the changes
 * have paused and the browser is idle, so typing in the plan editor does not
 * share the main thread with re-reading 10 000 activities; until then the
 * value is not current, and a view that mounts waits for the read.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { db } from './database.ts';

export interface FollowedRead<T> {
  /** The value if it reflects every change committed so far, else undefined (and a read is under way). */
  current(): T | undefined;
  /** The value as of the last read, possibly from before a change whose read is still under way; undefined before the first read. */
  latest(): T | undefined;
  /** Resolves with a value that reflects every change committed before the call. */
  get(): Promise<T>;
  /** Starts reading if nothing current is held; for warming the value before it is needed. */
  preload(): void;
  /** Called after each new current value (or failed read); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The last read's error, until a read succeeds. */
  error(): unknown;
}

/** Whether Dexie's mutation report touches one of the tables (its keys are `idb://<database>/<table>/<index>`). */
export function touchesTables(parts: ObservabilitySet, databaseName: string, tables: readonly string[]): boolean {
  const prefixes = tables.map((table) => `idb://${databaseName}/${table}/`);
  return Object.keys(parts).some((key) => prefixes.some((prefix) => key.startsWith(prefix)));
}

/** While nobody shows the value: how long the changes must pause before it is read again. */
const QUIET_MS = 1000;

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * `load` reads the `tables` (in one read transaction, for a consistent
 * snapshot) and builds the value. Nothing is read until the first `get`,
 * `preload` or `subscribe`; from then on the value follows the tables for
 * the life of the page.
 */
export function followedRead<T>(tables: readonly string[], load: () => Promise<T>): FollowedRead<T> {
  /** Counts the changes to the tables seen so far. */
  let changes = 0;
  let value: { data: T; asOf: number } | undefined;
  let failure: unknown;
  let reading = false;
  let following = false;
  const listeners = new Set<() => void>();
  let waiters: Waiter<T>[] = [];

  const isCurrent = () => value !== undefined && value.asOf === changes;
  const wanted = () => listeners.size > 0 || waiters.length > 0;

  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let idleHandle: number | undefined;
  /** Reads at once while the value is shown or awaited, else once the changes pause and the browser is idle. */
  function readAfterChange() {
    if (wanted()) {
      read();
      return;
    }
    if (quietTimer !== undefined) clearTimeout(quietTimer);
    quietTimer = setTimeout(() => {
      quietTimer = undefined;
      if (idleHandle !== undefined) return;
      const run = () => {
        idleHandle = undefined;
        if (!isCurrent()) read();
      };
      if (typeof requestIdleCallback === 'function') idleHandle = requestIdleCallback(run, { timeout: QUIET_MS });
      else run();
    }, QUIET_MS);
  }

  const onMutated = (parts: ObservabilitySet) => {
    if (!touchesTables(parts, db().name, tables)) return;
    changes += 1;
    readAfterChange();
  };

  function follow() {
    if (following) return;
    following = true;
    Dexie.on('storagemutated', onMutated);
  }

  function read() {
    if (reading) return; // the read under way is checked against the counter when it ends and repeated if needed
    reading = true;
    const asOf = changes;
    load().then(
      (data) => {
        reading = false;
        failure = undefined;
        value = { data, asOf };
        if (asOf !== changes) {
          readAfterChange(); // changed meanwhile: this value is already behind
          return;
        }
        const waiting = waiters;
        waiters = [];
        for (const waiter of waiting) waiter.resolve(data);
        for (const listener of [...listeners]) listener();
      },
      (error: unknown) => {
        reading = false;
        failure = error;
        const waiting = waiters;
        waiters = [];
        for (const waiter of waiting) waiter.reject(error);
        for (const listener of [...listeners]) listener();
      },
    );
  }

  function preload() {
    follow();
    if (!isCurrent()) read();
  }

  return {
    current: () => (isCurrent() ? value?.data : undefined),
    latest: () => value?.data,
    error: () => failure,
    preload,
    get() {
      preload();
      if (value !== undefined && isCurrent()) return Promise.resolve(value.data);
      return new Promise<T>((resolve, reject) => waiters.push({ resolve, reject }));
    },
    subscribe(listener) {
      listeners.add(listener);
      preload();
      return () => listeners.delete(listener);
    },
  };
}
