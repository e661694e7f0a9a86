import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { Logger } from '../../../electron/main/log.ts';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  context: Record<string, unknown> | undefined;
}

/** A Logger that remembers what was logged, so tests can assert that refusals leave a trace. */
export function recordingLogger(): { log: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const record = (level: LogEntry['level']) => (message: string, context?: Record<string, unknown>) => {
    entries.push({ level, message, context });
  };
  return { log: { info: record('info'), warn: record('warn'), error: record('error') }, entries };
}

/**
 * A fake Kolada API on localhost for the tests' lifetime: `answer` gets each request's URL (on the
 * server's own origin) and the response to write. Started in `beforeAll`, closed in `afterAll`.
 */
export function useFakeKolada(answer: (url: URL, res: ServerResponse) => void): { origin: () => string; requests: string[] } {
  let server: Server | undefined;
  let origin = '';
  const requests: string[] = [];
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', origin);
      requests.push(url.pathname + url.search);
      answer(url, res);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });
  return { origin: () => origin, requests };
}

/** Writes `body` as Kolada's JSON answer. */
export function answerJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
