import { useCallback, useEffect, useRef, useState } from 'react';
import { platform } from '#host';
import { readActivityView, type ActivityView } from './activity-view.ts';

/** The key of this table's view in the settings' `tableViews`. */
export const ACTIVITY_VIEW_KEY = 'activities';

/** Waits this long after the last change before saving, so typing in the search box writes once. */
const SAVE_DELAY_MS = 400;

async function saveView(view: ActivityView): Promise<void> {
  // Read the current record first: tableViews is replaced as a whole, and other tables keep theirs in it.
  const current = await platform.getSettings();
  await platform.updateSettings({ tableViews: { ...current.tableViews, [ACTIVITY_VIEW_KEY]: view } });
}

/**
 * The table's view (sorting, search, filters, grouping, columns), read once
 * from the host settings (validated; defaults on anything invalid) and saved
 * shortly after each change. `undefined` until it has been read.
 */
export function useActivityView(): [ActivityView | undefined, (change: (view: ActivityView) => ActivityView) => void] {
  const [view, setView] = useState<ActivityView | undefined>(undefined);
  // The latest view, for changes made twice in one event before React renders.
  const latest = useRef<ActivityView | undefined>(undefined);
  const pending = useRef<ActivityView | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    platform.getSettings().then(
      (settings) => {
        if (!live) return;
        latest.current = readActivityView(settings.tableViews[ACTIVITY_VIEW_KEY]);
        setView(latest.current);
      },
      (error: unknown) => {
        // Settings that cannot be read must not hide the table: show it with the default view.
        console.warn('Tabellvyn kunde inte läsas in; standardvyn används.', error);
        if (!live) return;
        latest.current = readActivityView(undefined);
        setView(latest.current);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const toSave = pending.current;
    pending.current = null;
    if (toSave) saveView(toSave).catch((error: unknown) => console.warn('Tabellvyn kunde inte sparas.', error));
  }, []);

  // Leaving the view, or closing or reloading the window, saves what is still waiting.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (change: (view: ActivityView) => ActivityView) => {
      const current = latest.current;
      if (current === undefined) return;
      const next = change(current);
      if (next === current) return;
      latest.current = next;
      setView(next);
      pending.current = next;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  return [view, update];
}
