import type { MessageKey } from '../i18n/sv.ts';

export const routes = [
  { id: 'overview', path: 'oversikt', label: 'nav.overview' },
  { id: 'plans', path: 'planer', label: 'nav.plans' },
  { id: 'projects', path: 'projekt', label: 'nav.projects' },
  { id: 'meetings', path: 'moten', label: 'nav.meetings' },
  { id: 'timelog', path: 'tidlogg', label: 'nav.timelog' },
  { id: 'documents', path: 'dokument', label: 'nav.documents' },
  { id: 'templates', path: 'mallar', label: 'nav.templates' },
  { id: 'settings', path: 'installningar', label: 'nav.settings' },
] as const satisfies readonly { id: string; path: string; label: MessageKey }[];

export type RouteId = (typeof routes)[number]['id'];

export function routeFromHash(hash: string): RouteId {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return routes.find((r) => r.path === path)?.id ?? 'overview';
}

export function hrefFor(id: RouteId): string {
  const route = routes.find((r) => r.id === id);
  return `#/${route?.path ?? ''}`;
}

/** The part of the hash after the view, e.g. `plan/<id>` for `#/planer/plan/<id>`. */
export function subPathFromHash(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split('/').slice(1).filter((p) => p !== '').map((p) => decodeURIComponent(p));
}
