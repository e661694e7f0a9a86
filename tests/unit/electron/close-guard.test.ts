import { describe, expect, it, vi } from 'vitest';
import { CLOSE_WAIT_MS, guardWindowClose, type ClosingWindow } from '../../../electron/main/close-guard.ts';
import type { Logger } from '../../../electron/main/log.ts';

/** A window whose close the test triggers, as the user's click on the close box does. */
function fakeWindow() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  let destroyed = false;
  const window: ClosingWindow = {
    on: (_event, listener) => listeners.push(listener),
    isDestroyed: () => destroyed,
  };
  /** Fires 'close'; true when the window may close (nobody prevented it). */
  const tryClose = () => {
    let prevented = false;
    for (const listener of listeners) listener({ preventDefault: () => (prevented = true) });
    return !prevented;
  };
  return { window, tryClose, destroy: () => (destroyed = true) };
}

function setup(options: { askToStore?: () => void } = {}) {
  const { window, tryClose, destroy } = fakeWindow();
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const log: Logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const askToStore = vi.fn(options.askToStore);
  const finishClose = vi.fn(() => {
    // What window.close() does: another close event, which must now go through.
    expect(tryClose()).toBe(true);
  });
  const guard = guardWindowClose(window, {
    askToStore,
    finishClose,
    log,
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  return { guard, tryClose, destroy, timers, log, askToStore, finishClose };
}

describe('closing the window waits for the renderer to store its edits', () => {
  it('holds the first close, asks the renderer, and closes once it has stored', () => {
    const { guard, tryClose, askToStore, finishClose, timers } = setup();
    expect(tryClose()).toBe(false);
    expect(askToStore).toHaveBeenCalledTimes(1);
    expect(finishClose).not.toHaveBeenCalled();
    guard.stored();
    expect(finishClose).toHaveBeenCalledTimes(1);
    expect(timers[0]?.cleared).toBe(true);
  });

  it('closes after the time limit when the renderer does not answer, and says so in the log', () => {
    const { tryClose, finishClose, timers, log } = setup();
    tryClose();
    expect(timers[0]?.ms).toBe(CLOSE_WAIT_MS);
    timers[0]?.run();
    expect(finishClose).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalled();
  });

  it('asks only once when the user clicks close again while waiting, and closes only once', () => {
    const { guard, tryClose, askToStore, finishClose, timers } = setup();
    tryClose();
    expect(tryClose()).toBe(false);
    expect(askToStore).toHaveBeenCalledTimes(1);
    guard.stored();
    timers[0]?.run();
    guard.stored();
    expect(finishClose).toHaveBeenCalledTimes(1);
  });

  it('ignores an answer that comes without a close in progress', () => {
    const { guard, finishClose } = setup();
    guard.stored();
    expect(finishClose).not.toHaveBeenCalled();
  });

  it('closes (after the event) when the renderer cannot be asked', () => {
    const { tryClose, finishClose, timers, log } = setup({
      askToStore: () => {
        throw new Error('Object has been destroyed');
      },
    });
    expect(tryClose()).toBe(false);
    expect(finishClose).not.toHaveBeenCalled();
    expect(timers.at(-1)?.ms).toBe(0);
    timers.at(-1)?.run();
    expect(finishClose).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalled();
  });

  it('does nothing more once the window is already destroyed', () => {
    const { guard, tryClose, destroy, finishClose } = setup();
    tryClose();
    destroy();
    guard.stored();
    expect(finishClose).not.toHaveBeenCalled();
  });
});
