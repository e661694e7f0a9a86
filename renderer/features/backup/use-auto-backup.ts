/**
 * Runs the automatic backup scheduler while the app is open and the setting
 * is on; Inställningar listens for new copies to refresh its list.
 */
import { useEffect } from 'react';
import Dexie from 'dexie';
import { platform } from '#host';
import { DATABASE_NAME } from '../../db/database.ts';
import { startAutoBackupScheduler, type AutoBackupOutcome } from './auto-backup.ts';
import { errorText } from '../../ui/error-text.ts';

const listeners = new Set<() => void>();
let lastProblem: string | null = null;

/** Called after every automatic copy the scheduler writes or fails to write; returns an unsubscribe function. */
export function onAutoBackupChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Why the last automatic copy failed, or null when the last attempt went well (or none was made). */
export function lastAutoBackupProblem(): string | null {
  return lastProblem;
}

function report(problem: string | null): void {
  lastProblem = problem;
  for (const listener of listeners) listener();
}

/** Two windows of the app share one check at a time; the second then sees the first's copy. */
async function exclusive<T>(run: () => Promise<T>): Promise<T | null> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return run();
  return navigator.locks.request('moa-auto-backup', { ifAvailable: true }, (lock) => (lock ? run() : null));
}

const workbookPart = `idb://${DATABASE_NAME}/`;

export function useAutoBackup(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const scheduler = startAutoBackupScheduler({
      deps: {
        now: () => new Date(),
        list: () => platform.listAutoBackups(),
        write: (request) => platform.writeAutoBackup(request),
        // The workbook file's code is loaded when a copy is due, not with the app.
        snapshot: () => import('./backup-repository.ts').then((backup) => backup.snapshotWorkbook()),
      },
      timers: {
        setTimeout: (run, ms) => window.setTimeout(run, ms),
        clearTimeout: (handle) => window.clearTimeout(handle as number),
        setInterval: (run, ms) => window.setInterval(run, ms),
        clearInterval: (handle) => window.clearInterval(handle as number),
      },
      exclusive,
      onOutcome: (outcome: AutoBackupOutcome) => {
        if (outcome.status === 'written' || lastProblem !== null) report(null);
      },
      onError: (error) => {
        console.error('Den automatiska säkerhetskopian kunde inte göras', error);
        report(errorText(error));
      },
    });
    // Only changes to the workbook's own database count, not the host's store of copies.
    const onMutated = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => part.startsWith(workbookPart))) scheduler.changed();
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    return () => {
      Dexie.on.storagemutated.unsubscribe(onMutated);
      scheduler.stop();
    };
  }, [enabled]);
}
