/**
 * When the automatic backup runs: once a day, and only when the workbook
 * changed since the newest copy (its tables' fingerprint differs). The host
 * keeps the copies (desktop: the app's data folder; browser: its own
 * database) and drops the oldest beyond fourteen.
 *
 * The check is cheap when today's copy exists (one list call), so it runs
 * at start, a minute after a change, and every hour (which also notices a
 * new day while the app stays open). Only a day without a copy reads the
 * workbook.
 */
import type { AutoBackupInfo, AutoBackupList, WriteAutoBackupRequest } from '#shared/platform/contract.ts';
import type { WorkbookSnapshot } from './backup-repository.ts';

export interface AutoBackupDeps {
  now(): Date;
  list(): Promise<AutoBackupList>;
  write(request: WriteAutoBackupRequest): Promise<AutoBackupInfo>;
  snapshot(): Promise<WorkbookSnapshot>;
}

export type AutoBackupOutcome =
  | { status: 'written'; backup: AutoBackupInfo }
  /** Today already has a copy; changes since go into tomorrow's. */
  | { status: 'alreadyToday' }
  /** Nothing changed since the newest copy. */
  | { status: 'unchanged' }
  /** Nothing to keep yet. */
  | { status: 'empty' };

/** Whether two instants fall on the same day on this computer's calendar. */
export function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

export async function runAutoBackup(deps: AutoBackupDeps): Promise<AutoBackupOutcome> {
  const now = deps.now();
  const { backups } = await deps.list();
  // Any copy from today counts, not only the newest: a copy dated ahead by a wrong clock must not open the door to one per change.
  if (backups.some((backup) => sameLocalDay(new Date(backup.createdAt), now))) return { status: 'alreadyToday' };
  const snapshot = await deps.snapshot();
  if (snapshot.empty) return { status: 'empty' };
  // Compared with the newest copy that is not dated ahead of now (or, with only such copies, the newest).
  const latest = backups.find((backup) => new Date(backup.createdAt).getTime() <= now.getTime()) ?? backups[0];
  if (latest?.fingerprint === snapshot.fingerprint) return { status: 'unchanged' };
  const backup = await deps.write({ bytes: await snapshot.fileBytes(), fingerprint: snapshot.fingerprint });
  return { status: 'written', backup };
}

export interface SchedulerTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface SchedulerOptions {
  deps: AutoBackupDeps;
  timers: SchedulerTimers;
  /** Runs the check so that two windows never run it at once (Web Locks in the app). */
  exclusive?: <T>(run: () => Promise<T>) => Promise<T | null>;
  onOutcome?: (outcome: AutoBackupOutcome) => void;
  onError?: (error: unknown) => void;
  startDelayMs?: number;
  changeDelayMs?: number;
  intervalMs?: number;
}

export interface AutoBackupScheduler {
  /** Tells the scheduler the workbook changed. */
  changed(): void;
  /** Runs a check now (unless one is running); resolves with its outcome, null when skipped. */
  checkNow(): Promise<AutoBackupOutcome | null>;
  stop(): void;
}

export const AUTO_BACKUP_START_DELAY_MS = 5_000;
export const AUTO_BACKUP_CHANGE_DELAY_MS = 60_000;
export const AUTO_BACKUP_INTERVAL_MS = 60 * 60_000;

export function startAutoBackupScheduler(options: SchedulerOptions): AutoBackupScheduler {
  const { deps, timers } = options;
  const exclusive = options.exclusive ?? ((run) => run());
  // Unknown at start, so the first check looks.
  let pending = true;
  let running: Promise<AutoBackupOutcome | null> | null = null;
  let changeTimer: unknown = null;
  let stopped = false;

  const check = (): Promise<AutoBackupOutcome | null> => {
    if (stopped) return Promise.resolve(null);
    if (running) return running;
    pending = false;
    running = exclusive(() => runAutoBackup(deps))
      .then((outcome) => {
        // A copy from earlier today says nothing about what changed since: look again tomorrow.
        // Null: another window held the check; this one looks again on the hour.
        if (outcome === null || outcome.status === 'alreadyToday') pending = true;
        if (outcome) options.onOutcome?.(outcome);
        return outcome;
      })
      .catch((error: unknown) => {
        pending = true;
        options.onError?.(error);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const startTimer = timers.setTimeout(() => void check(), options.startDelayMs ?? AUTO_BACKUP_START_DELAY_MS);
  const interval = timers.setInterval(() => {
    if (pending) void check();
  }, options.intervalMs ?? AUTO_BACKUP_INTERVAL_MS);

  return {
    changed() {
      pending = true;
      if (changeTimer !== null) timers.clearTimeout(changeTimer);
      changeTimer = timers.setTimeout(() => {
        changeTimer = null;
        void check();
      }, options.changeDelayMs ?? AUTO_BACKUP_CHANGE_DELAY_MS);
    },
    checkNow: check,
    stop() {
      stopped = true;
      timers.clearTimeout(startTimer);
      timers.clearInterval(interval);
      if (changeTimer !== null) timers.clearTimeout(changeTimer);
    },
  };
}
