/**
 * Where the browser edition of `npm start` listens, and what to do when that
 * port is taken. The browser keeps the workbook (IndexedDB) per origin, so
 * the edition must always come up on the same address: on another port the
 * user's workbook would seem to have vanished. So there is no fallback port.
 * When the port is busy and our own app answers there, the user is pointed
 * at it; anything else stops with a message saying why and what to do.
 */
import { createServer } from 'node:net';

export const WEB_HOST = '127.0.0.1';
export const WEB_PORT = 4173;

/** The address the browser edition is always served on. */
export function webAddress(host = WEB_HOST, port = WEB_PORT) {
  return `http://${host}:${port}/`;
}

/** The built index.html's title; a page with it is the workbook, whichever build served it. */
const APP_TITLE = /<title>\s*MOA-arbetsboken\s*<\/title>/u;

/** @param {string} html */
export function isWorkbookPage(html) {
  return APP_TITLE.test(html);
}

/**
 * @typedef {{ kind: 'free' } | { kind: 'ours' } | { kind: 'other' }} PortState
 * @typedef {{ action: 'serve' } | { action: 'reuse', exitCode: 0, message: string } | { action: 'refuse', exitCode: 1, message: string }} PortDecision
 */

/**
 * What `npm start` does with the port as found: serve on it, send the user
 * to the workbook already running there, or stop.
 * @param {PortState} state
 * @param {string} address
 * @returns {PortDecision}
 */
export function decideOnPort(state, address) {
  if (state.kind === 'free') return { action: 'serve' };
  if (state.kind === 'ours') {
    return {
      action: 'reuse',
      exitCode: 0,
      message: `MOA-arbetsboken körs redan på ${address} – öppna den adressen i webbläsaren. / MOA Workbook is already running at ${address} – open that address in the browser.`,
    };
  }
  const port = new URL(address).port;
  return {
    action: 'refuse',
    exitCode: 1,
    message:
      `Porten ${port} (${address}) används redan av ett annat program. Webbversionen startar bara där, eftersom webbläsaren sparar arbetsboken per adress och den på en annan port skulle se tom ut. Stäng programmet som använder porten och kör npm start igen. / ` +
      `Port ${port} (${address}) is already in use by another program. The browser edition only starts there, because the browser keeps the workbook per address and on another port it would look empty. Close the program using the port and run npm start again.`,
  };
}

/**
 * Whether something already listens on host:port (tried by listening, the
 * way the preview server would).
 * @param {string} host
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function isPortBusy(host, port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      if (error.code === 'EADDRINUSE') resolve(true);
      else reject(error);
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

/**
 * Asks the address for its page: our workbook, or something else (another
 * program, no HTTP at all, no answer within `timeoutMs`).
 * @param {string} address
 * @param {number} [timeoutMs]
 * @returns {Promise<'ours' | 'other'>}
 */
export async function whoAnswers(address, timeoutMs = 3000) {
  try {
    const response = await fetch(address, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok && isWorkbookPage(await response.text()) ? 'ours' : 'other';
  } catch {
    return 'other';
  }
}

/**
 * The port's state as `decideOnPort` needs it.
 * @param {string} host
 * @param {number} port
 * @returns {Promise<PortState>}
 */
export async function portState(host, port) {
  if (!(await isPortBusy(host, port))) return { kind: 'free' };
  return { kind: await whoAnswers(webAddress(host, port)) };
}
