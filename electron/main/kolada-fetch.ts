/**
 * "Hämta värden från Kolada" in the main process: one fetch at a time (a new one replaces it), cancellable, with progress
 * sent to the renderer. The addresses are built here from the validated ids (the renderer never
 * names an address), and fetchKoladaPages keeps every request on Kolada's API host.
 */
import type { KoladaFetchAnswer, KoladaFetchRequest } from '#shared/platform/contract.ts';
import { koladaDataUrls, koladaKpiUrls } from '#shared/kolada/api-urls.ts';
import { fetchKoladaPages, type KoladaFetchOptions } from './kolada-client.ts';

export interface KoladaFetchDeps {
  fetch: KoladaFetchOptions['fetch'];
  /** Tells the renderer how many pages have come. */
  progress: (progress: { pages: number }) => void;
  origin?: string;
  timeoutMs?: number;
}

export interface KoladaFetchService {
  fetch(request: KoladaFetchRequest): Promise<KoladaFetchAnswer>;
  cancel(): void;
}

export function createKoladaFetchService(deps: KoladaFetchDeps): KoladaFetchService {
  let running: AbortController | null = null;
  return {
    async fetch(request) {
      // A new fetch replaces one under way: the page that asked for that one may have been reloaded and cannot cancel it.
      running?.abort();
      const controller = new AbortController();
      running = controller;
      try {
        // The KPIs' titles first: a small page that tells at once whether Kolada can be reached.
        const urls = [...koladaKpiUrls(request.kpiIds, deps.origin), ...koladaDataUrls(request.kpiIds, request.areaIds, [], deps.origin)];
        const result = await fetchKoladaPages(urls, {
          fetch: deps.fetch,
          origin: deps.origin,
          timeoutMs: deps.timeoutMs,
          signal: controller.signal,
          onProgress: ({ pages }) => deps.progress({ pages }),
        });
        if (result.ok) return { status: 'fetched', pages: result.pages };
        return result.cancelled ? { status: 'cancelled' } : { status: 'failed', problem: result.problem };
      } finally {
        if (running === controller) running = null;
      }
    },
    cancel() {
      running?.abort();
    },
  };
}
