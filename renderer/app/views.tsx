/**
 * The views the shell shows, each but the overview its own chunk. The view a
 * start opens at is loaded at boot alongside the database (`preloadView`)
 * and then rendered straight away: a view that is already loaded never goes
 * through `lazy`, so the first render does not suspend (React holds a
 * suspended fallback for up to 300 ms before it retries).
 */
import { lazy, type ComponentType, type ReactElement } from 'react';
import { routeFromHash, subPathFromHash, type RouteId } from './routes.ts';

interface PreloadableView<P extends object> {
  Component: (props: P) => ReactElement;
  preload: () => Promise<unknown>;
}

function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableView<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then((component) => (loaded = component));
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P): ReactElement {
    const Loaded = loaded;
    return Loaded === null ? <Lazy {...props} /> : <Loaded {...props} />;
  }
  return { Component, preload };
}

export const PlansView = preloadable(() => import('./PlansView.tsx').then((m) => m.PlansView));
export const ProjectsView = preloadable(() => import('../features/projects/ProjectsView.tsx').then((m) => m.ProjectsView));
export const MeetingsView = preloadable(() => import('./MeetingsView.tsx').then((m) => m.MeetingsView));
export const TimelogView = preloadable(() => import('../features/timelog/TimelogView.tsx').then((m) => m.TimelogView));
export const DocumentsView = preloadable(() => import('../features/documents/DocumentsView.tsx').then((m) => m.DocumentsView));
export const TemplatesView = preloadable(() => import('../features/templates/TemplatesView.tsx').then((m) => m.TemplatesView));
export const SettingsView = preloadable(() => import('./SettingsView.tsx').then((m) => m.SettingsView));

const byRoute: Record<Exclude<RouteId, 'overview'>, { preload: () => Promise<unknown> }> = {
  plans: PlansView,
  projects: ProjectsView,
  meetings: MeetingsView,
  timelog: TimelogView,
  documents: DocumentsView,
  templates: TemplatesView,
  settings: SettingsView,
};

/**
 * Starts reading what the view at `hash` shows, where the view reads through a value kept in memory
 * (the activity table's 10 000 joined rows), so the read runs while the view's chunk is evaluated and
 * the shell is drawn instead of after the view has mounted. Called once the database is open, after
 * the reads the first render needs have been asked for (the database answers in order).
 */
export function preloadViewData(hash: string): void {
  const [section] = subPathFromHash(hash);
  if (routeFromHash(hash) === 'plans' && section === 'aktiviteter') {
    import('../features/activities/activity-queries.ts').then(
      (queries) => queries.activityTable.preload(),
      () => undefined, // the view's own render reports a chunk that does not load
    );
  }
}

/** Loads a view's chunk (the overview is part of the shell). A failed load is left for the view's own render to report. */
export function preloadView(route: RouteId): Promise<void> {
  if (route === 'overview') return Promise.resolve();
  return byRoute[route].preload().then(
    () => undefined,
    () => undefined,
  );
}
