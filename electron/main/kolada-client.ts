/**
 * Fetching values from Kolada's API (issue: Indikatorer), in the main process only and to
 * Kolada's API host alone: HTTPS, a timeout per request, a size limit per page, following
 * `next_url` pages (never to another host), cancellable, with progress. The pages come back as
 * bytes, to be read by the same all-or-nothing reader as saved files (shared/kolada).
 *
 * `fetch` is passed in: the app gives Electron's `net.fetch` (Chromium's network stack, so the
 * computer's proxy settings apply, as on a locked-down laptop they must); the tests give Node's
 * own fetch and a local fake Kolada server.
 */
import { formatInteger } from '#shared/format.ts';
import { KOLADA_API_ORIGIN } from '#shared/kolada/api-urls.ts';

export { KOLADA_API_ORIGIN, KOLADA_MAX_IDS_PER_PART, KOLADA_PER_PAGE, koladaDataUrls } from '#shared/kolada/api-urls.ts';

export interface KoladaFetchOptions {
  fetch: (url: string, init: { signal: AbortSignal; headers: Record<string, string>; redirect: 'error' }) => Promise<Response>;
  /** The only origin requests may go to; Kolada's API in the app. */
  origin?: string;
  /** Per request. */
  timeoutMs?: number;
  maxPageBytes?: number;
  maxPages?: number;
  /** All pages together. */
  maxTotalBytes?: number;
  /** Cancels the whole fetch. */
  signal?: AbortSignal;
  onProgress?: (progress: { pages: number; url: string }) => void;
}

export interface KoladaPage {
  url: string;
  bytes: Uint8Array;
}

export type KoladaFetchResult = { ok: true; pages: KoladaPage[] } | { ok: false; cancelled: boolean; problem: string };

class FetchProblem extends Error {}

/** Reads a body up to `max` bytes; a longer one is refused without being read to the end. */
async function boundedBody(response: Response, max: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) throw new FetchProblem(`svaret är ${formatInteger(Math.ceil(declared / 1024 / 1024))} MB, mer än de ${formatInteger(max / 1024 / 1024)} MB en sida får vara`);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new FetchProblem(`svaret är större än de ${formatInteger(max / 1024 / 1024)} MB en sida får vara`);
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/** The page's `next_url`, or null; the page itself is validated later with the rest. */
function nextUrlOf(bytes: Uint8Array): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new FetchProblem('svaret är inte JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || !('values' in parsed)) throw new FetchProblem('svaret är inte ett svar från Kolada (listan "values" saknas)');
  const next = (parsed as { next_url?: unknown }).next_url;
  if (next === undefined || next === null || next === '') return null;
  if (typeof next !== 'string') throw new FetchProblem('svarets next_url är ingen adress');
  return next;
}

/**
 * Fetches every page of the given addresses, following `next_url`. All or nothing: on any problem
 * (a status other than 200, a timeout, a page too large or not Kolada's JSON, a next page on another
 * host, too many pages) the result says which address and what, in Swedish, and no page is returned.
 */
export async function fetchKoladaPages(startUrls: readonly string[], options: KoladaFetchOptions): Promise<KoladaFetchResult> {
  const origin = options.origin ?? KOLADA_API_ORIGIN;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxPageBytes = options.maxPageBytes ?? 16 * 1024 * 1024;
  const maxPages = options.maxPages ?? 500;
  // All pages together, as the file route allows for a pick (256 MB): they are kept in memory and passed to the renderer.
  const maxTotalBytes = options.maxTotalBytes ?? 256 * 1024 * 1024;
  let totalBytes = 0;
  const pages: KoladaPage[] = [];
  const seen = new Set<string>();
  const queue = [...startUrls];
  let current = '';
  try {
    while (queue.length > 0) {
      current = queue.shift() ?? '';
      if (options.signal?.aborted) return { ok: false, cancelled: true, problem: 'Hämtningen avbröts. Inget sparades.' };
      let url: URL;
      try {
        url = new URL(current);
      } catch {
        throw new FetchProblem('adressen går inte att läsa');
      }
      if (url.origin !== origin) throw new FetchProblem(`adressen går till ${url.origin}, men värden hämtas bara från ${origin}`);
      if (seen.has(url.href)) continue;
      seen.add(url.href);
      if (pages.length >= maxPages) throw new FetchProblem(`svaret har fler än ${formatInteger(maxPages)} sidor`);
      const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
      let response: Response;
      try {
        response = await options.fetch(url.href, { signal, headers: { accept: 'application/json' }, redirect: 'error' });
      } catch (error) {
        if (options.signal?.aborted) return { ok: false, cancelled: true, problem: 'Hämtningen avbröts. Inget sparades.' };
        if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) throw new FetchProblem(`Kolada svarade inte inom ${timeoutMs >= 1000 ? `${formatInteger(Math.round(timeoutMs / 1000))} sekunder` : `${formatInteger(timeoutMs)} millisekunder`}`);
        throw new FetchProblem('det gick inte att nå Kolada (ingen anslutning till internet, eller en brandvägg stoppar den)');
      }
      if (response.status !== 200) throw new FetchProblem(`Kolada svarade med felkod ${response.status}${response.status >= 500 ? ' (ett fel hos Kolada; försök igen senare)' : ''}`);
      let bytes: Uint8Array;
      try {
        bytes = await boundedBody(response, maxPageBytes);
      } catch (error) {
        if (options.signal?.aborted) return { ok: false, cancelled: true, problem: 'Hämtningen avbröts. Inget sparades.' };
        if (error instanceof FetchProblem) throw error;
        throw new FetchProblem(`svaret kom inte fram helt (${error instanceof Error && error.name === 'TimeoutError' ? 'tiden tog slut' : 'anslutningen bröts'})`);
      }
      totalBytes += bytes.byteLength;
      if (totalBytes > maxTotalBytes) throw new FetchProblem(`svaret är tillsammans större än ${formatInteger(Math.round(maxTotalBytes / 1024 / 1024))} MB`);
      const next = nextUrlOf(bytes);
      pages.push({ url: url.href, bytes });
      options.onProgress?.({ pages: pages.length, url: url.href });
      if (next !== null) queue.unshift(next);
    }
  } catch (error) {
    if (error instanceof FetchProblem) return { ok: false, cancelled: false, problem: `Hämtningen från Kolada misslyckades: ${error.message} (${current}). Inget sparades.` };
    throw error;
  }
  return { ok: true, pages };
}
