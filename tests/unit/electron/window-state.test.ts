import { describe, expect, it } from 'vitest';
import {
  captureWindowState,
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  restoreWindowPlacement,
  type DisplayLike,
} from '../../../electron/main/window-state.ts';

const laptop: DisplayLike = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const secondScreenRight: DisplayLike = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const saved = (x: number, y: number, width = 1200, height = 800, maximized = false) => ({ bounds: { x, y, width, height }, maximized });

describe('restoreWindowPlacement', () => {
  it('restores a window that is on a current display', () => {
    expect(restoreWindowPlacement(saved(100, 50), [laptop])).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: false });
  });

  it('restores a window on a second display', () => {
    expect(restoreWindowPlacement(saved(2200, 100), [laptop, secondScreenRight])).toMatchObject({ x: 2200, y: 100 });
  });

  it('keeps the maximized flag', () => {
    expect(restoreWindowPlacement(saved(100, 50, 1200, 800, true), [laptop]).maximized).toBe(true);
  });

  it('centres the default size on the primary display when the saved screen is gone', () => {
    const placement = restoreWindowPlacement(saved(2200, 100), [laptop]);
    expect(placement).toEqual({
      width: DEFAULT_WINDOW_SIZE.width,
      height: DEFAULT_WINDOW_SIZE.height,
      x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2,
      y: (1040 - DEFAULT_WINDOW_SIZE.height) / 2,
      maximized: false,
    });
  });

  it('still maximizes when it had to re-centre', () => {
    expect(restoreWindowPlacement(saved(5000, 5000, 1200, 800, true), [laptop]).maximized).toBe(true);
  });

  it('centres on the given primary display, not just the first one', () => {
    const placement = restoreWindowPlacement(undefined, [laptop, secondScreenRight], secondScreenRight);
    expect(placement.x).toBe(1920 + (2560 - DEFAULT_WINDOW_SIZE.width) / 2);
  });

  it('rejects a window whose title bar is above the screen, even if the rest is visible', () => {
    expect(restoreWindowPlacement(saved(100, -200, 1200, 800), [laptop])).toMatchObject({ x: 320 });
  });

  it('rejects a window with only a sliver of title bar on screen', () => {
    expect(restoreWindowPlacement(saved(1900, 100), [laptop])).toMatchObject({ x: 320 });
  });

  it('accepts a window that sticks out a bit but whose title bar can be grabbed', () => {
    expect(restoreWindowPlacement(saved(1500, 100), [laptop])).toMatchObject({ x: 1500, y: 100 });
  });

  it('enforces the minimum size', () => {
    expect(restoreWindowPlacement(saved(100, 50, 200, 100), [laptop])).toMatchObject({
      width: MIN_WINDOW_SIZE.width,
      height: MIN_WINDOW_SIZE.height,
    });
  });

  it('shrinks a window larger than its display', () => {
    expect(restoreWindowPlacement(saved(0, 0, 5000, 3000), [laptop])).toMatchObject({ width: 1920, height: 1040 });
  });

  it('fits the default size to a small screen', () => {
    const small: DisplayLike = { workArea: { x: 0, y: 0, width: 1024, height: 600 } };
    expect(restoreWindowPlacement(undefined, [small])).toEqual({ x: 0, y: 0, width: 1024, height: 600, maximized: false });
  });

  it.each([
    ['nothing saved', undefined],
    ['garbage', 'kaputt'],
    ['missing bounds', { maximized: true }],
    ['non-integer numbers', saved(1.5, 2, 1200, 800)],
    ['NaN', saved(Number.NaN, 0)],
    ['a negative size', saved(0, 0, -100, 800)],
    ['absurd coordinates', saved(1e9, 1e9)],
  ])('falls back to the default for %s', (_label, state) => {
    expect(restoreWindowPlacement(state, [laptop])).toMatchObject({
      width: DEFAULT_WINDOW_SIZE.width,
      height: DEFAULT_WINDOW_SIZE.height,
      x: 320,
    });
  });

  it('leaves the position to Electron when no display is known', () => {
    expect(restoreWindowPlacement(undefined, [])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });
});

describe('captureWindowState', () => {
  it('saves the normal (un-maximized) bounds, rounded, with the maximized flag', () => {
    const window = {
      getNormalBounds: () => ({ x: 10.4, y: 20.6, width: 1000, height: 700 }),
      isMaximized: () => true,
    };
    expect(captureWindowState(window)).toEqual({ bounds: { x: 10, y: 21, width: 1000, height: 700 }, maximized: true });
  });

  it('round-trips through restore on the same display', () => {
    const state = captureWindowState({ getNormalBounds: () => ({ x: 40, y: 30, width: 1100, height: 750 }), isMaximized: () => false });
    expect(restoreWindowPlacement(state, [laptop])).toEqual({ x: 40, y: 30, width: 1100, height: 750, maximized: false });
  });
});
