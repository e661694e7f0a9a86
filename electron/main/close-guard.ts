/**
 * Before the window closes, the renderer stores the edits it has not yet
 * written (autosave waits 0.3 s after the last keystroke). The first close
 * is held back: the renderer is asked to store, and the window closes when
 * it answers, or after a time limit, so a hung page never keeps the window
 * open. (The renderer's save journal in localStorage still covers a crash;
 * this makes an ordinary close leave nothing to replay.) Kept free of
 * Electron so it can be tested in Node.
 */
import type { Logger } from './log.ts';

/** How long a closing window waits for the renderer to store its edits. */
export const CLOSE_WAIT_MS = 3000;

/** The slice of BrowserWindow the guard uses. */
export interface ClosingWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  isDestroyed(): boolean;
}

export interface CloseGuardDeps {
  /** Sends the renderer the request to store its pending edits. */
  askToStore(): void;
  /** Closes (or, when the app is quitting, quits) once the edits are stored or the wait is over. */
  finishClose(): void;
  log: Logger;
  waitMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface CloseGuard {
  /** The renderer has stored its edits. */
  stored(): void;
}

export function guardWindowClose(window: ClosingWindow, deps: CloseGuardDeps): CloseGuard {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: 'open' | 'waiting' | 'closing' = 'open';
  let timer: unknown;

  const finish = (why: 'stored' | 'timeout') => {
    if (state !== 'waiting') return;
    state = 'closing';
    clearTimer(timer);
    if (why === 'timeout') deps.log.warn('window closed without the renderer confirming its edits were stored');
    if (!window.isDestroyed()) deps.finishClose();
  };

  window.on('close', (event) => {
    if (state === 'closing') return;
    event.preventDefault();
    if (state === 'waiting') return;
    state = 'waiting';
    timer = setTimer(() => finish('timeout'), deps.waitMs ?? CLOSE_WAIT_MS);
    try {
      deps.askToStore();
    } catch (error) {
      // A renderer that is gone cannot store anything; close (after this event) rather than wait.
      deps.log.warn('could not ask the renderer to store its edits', { error: String(error) });
      clearTimer(timer);
      timer = setTimer(() => finish('timeout'), 0);
    }
  });

  return { stored: () => finish('stored') };
}
