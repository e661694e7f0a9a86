import { describe, expect, it, vi } from 'vitest';
import { acquireSingleInstance, focusExistingWindow, type RestorableWindow, type SingleInstanceApp } from '../../../electron/main/single-instance.ts';

function fakeWindow(state: { minimized?: boolean; destroyed?: boolean } = {}) {
  return {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  } satisfies RestorableWindow;
}

function fakeApp(gotLock: boolean) {
  let secondInstance: (() => void) | undefined;
  const app = {
    requestSingleInstanceLock: () => gotLock,
    quit: vi.fn(),
    on: vi.fn((_event: 'second-instance', listener: () => void) => {
      secondInstance = listener;
    }),
  } satisfies SingleInstanceApp;
  return { app, launchAgain: () => secondInstance?.() };
}

describe('single instance', () => {
  it('the first instance keeps running and brings its window forward on a second launch', () => {
    const { app, launchAgain } = fakeApp(true);
    const window = fakeWindow({ minimized: true });
    expect(acquireSingleInstance(app, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    launchAgain();
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('a second instance quits and sets nothing up', () => {
    const { app } = fakeApp(false);
    expect(acquireSingleInstance(app, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('does not restore a window that is not minimized', () => {
    const window = fakeWindow();
    expect(focusExistingWindow(window)).toBe(true);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('does nothing without a live window', () => {
    expect(focusExistingWindow(null)).toBe(false);
    const destroyed = fakeWindow({ destroyed: true });
    expect(focusExistingWindow(destroyed)).toBe(false);
    expect(destroyed.focus).not.toHaveBeenCalled();
  });
});
