import { useSyncExternalStore } from 'react';
import { routeFromHash, subPathFromHash, type RouteId } from './routes.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current view, from the URL hash, so a reload stays where the user was. */
export function useRoute(): RouteId {
  return useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
}

/** The view's own sub-path (e.g. which plan is open), from the URL hash. */
export function useSubPath(): string[] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return subPathFromHash(hash);
}
