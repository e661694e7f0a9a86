/**
 * Remembering where the window was. A saved position is only reused when the
 * window would still be reachable: a monitor may have been unplugged or the
 * resolution changed since, and a window restored off-screen looks like an
 * app that never started.
 */
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  workArea: Rectangle;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;
/** The part of the window that must be on a display so the user can grab and move it. */
const TITLE_BAR_HEIGHT = 32;
const MIN_VISIBLE_TITLE_BAR_WIDTH = 120;

const rectangleSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});

export const windowStateSchema = z.object({ bounds: rectangleSchema, maximized: z.boolean() });
export type WindowState = z.infer<typeof windowStateSchema>;

export interface WindowPlacement {
  width: number;
  height: number;
  /** Absent only when no display is known; Electron then centres the window. */
  x?: number;
  y?: number;
  maximized: boolean;
}

/** The slice of BrowserWindow read when saving. */
export interface MeasurableWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

export function captureWindowState(window: MeasurableWindow): WindowState {
  // Normal bounds, not current ones: a maximized window should un-maximize to where it was.
  const { x, y, width, height } = window.getNormalBounds();
  return {
    bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) },
    maximized: window.isMaximized(),
  };
}

function intersection(a: Rectangle, b: Rectangle): Rectangle | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** The display whose work area holds enough of the window's title bar, if any. */
export function displayShowingTitleBar(bounds: Rectangle, displays: readonly DisplayLike[]): DisplayLike | undefined {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(TITLE_BAR_HEIGHT, bounds.height) };
  return displays.find((display) => {
    const visible = intersection(titleBar, display.workArea);
    const neededWidth = Math.min(MIN_VISIBLE_TITLE_BAR_WIDTH, titleBar.width);
    return visible !== null && visible.width >= neededWidth && visible.height >= titleBar.height;
  });
}

function fitSize(size: { width: number; height: number }, area: Rectangle): { width: number; height: number } {
  // At least the minimum, at most the work area (a small screen wins over the minimum).
  const fit = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);
  return {
    width: fit(size.width, MIN_WINDOW_SIZE.width, area.width),
    height: fit(size.height, MIN_WINDOW_SIZE.height, area.height),
  };
}

function centredOn(area: Rectangle, maximized: boolean): WindowPlacement {
  const { width, height } = fitSize(DEFAULT_WINDOW_SIZE, area);
  return {
    width,
    height,
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    maximized,
  };
}

/**
 * Where to open the window: the saved bounds when their title bar is on a
 * current display, otherwise the default size centred on the primary display.
 * A remembered "maximized" survives either way.
 */
export function restoreWindowPlacement(
  saved: unknown,
  displays: readonly DisplayLike[],
  primary: DisplayLike | undefined = displays[0],
): WindowPlacement {
  const parsed = windowStateSchema.safeParse(saved);
  const maximized = parsed.success && parsed.data.maximized;
  if (parsed.success) {
    const display = displayShowingTitleBar(parsed.data.bounds, displays);
    if (display) {
      const { x, y } = parsed.data.bounds;
      return { ...fitSize(parsed.data.bounds, display.workArea), x, y, maximized };
    }
  }
  if (primary) return centredOn(primary.workArea, maximized);
  return { ...DEFAULT_WINDOW_SIZE, maximized };
}
