import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { decideOnPort, isWorkbookPage, portState, webAddress, WEB_HOST, WEB_PORT } from '../../../scripts/web-port.mjs';

const startScript = fileURLToPath(new URL('../../../scripts/start.mjs', import.meta.url));
const workbookHtml = '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>MOA-arbetsboken</title></head><body></body></html>';

let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

/** A plain HTTP server on a free port, answering every request with `html`. */
async function occupy(html: string): Promise<number> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, WEB_HOST, resolve));
  return (server.address() as AddressInfo).port;
}

/** `npm start` for the browser edition on `port`; it must decide before building anything. */
function runStart(port: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [startScript], { env: { ...process.env, MOA_NO_ELECTRON: '1', MOA_WEB_PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`start.mjs did not stop on a busy port: ${stdout} ${stderr}`));
    }, 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the browser edition\'s port', () => {
  it('is always http://127.0.0.1:4173/', () => {
    expect(webAddress()).toBe('http://127.0.0.1:4173/');
    expect([WEB_HOST, WEB_PORT]).toEqual(['127.0.0.1', 4173]);
  });

  it('recognises the workbook by its page title', () => {
    expect(isWorkbookPage(workbookHtml)).toBe(true);
    expect(isWorkbookPage('<title>Some other app</title>')).toBe(false);
  });

  it('serves on a free port, points at our own app, and refuses anything else with a reason in Swedish and English', () => {
    const address = 'http://127.0.0.1:4173/';
    expect(decideOnPort({ kind: 'free' }, address)).toEqual({ action: 'serve' });
    expect(decideOnPort({ kind: 'ours' }, address)).toMatchObject({ action: 'reuse', exitCode: 0, message: expect.stringContaining('körs redan på http://127.0.0.1:4173/') as unknown });
    const refused = decideOnPort({ kind: 'other' }, address);
    expect(refused).toMatchObject({ action: 'refuse', exitCode: 1 });
    if (refused.action !== 'refuse') throw new Error('refused');
    expect(refused.message).not.toContain('\n');
    expect(refused.message).toContain('Porten 4173');
    expect(refused.message).toContain('per adress');
    expect(refused.message).toContain('Port 4173');
    expect(refused.message).toContain('Close the program using the port');
  });

  it('finds a port held by another program busy, and one held by the workbook ours', async () => {
    const other = await occupy('<title>Something else</title>');
    expect(await portState(WEB_HOST, other)).toEqual({ kind: 'other' });
    const ours = await occupy(workbookHtml);
    expect(await portState(WEB_HOST, ours)).toEqual({ kind: 'ours' });
    const free = await occupy('');
    await new Promise((resolve) => servers.pop()?.close(resolve));
    expect(await portState(WEB_HOST, free)).toEqual({ kind: 'free' });
  });

  it('npm start stops with exit code 1 and says why when another program holds the port', async () => {
    const port = await occupy('<title>Something else</title>');
    const result = await runStart(port);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Porten ${port} (http://127.0.0.1:${port}/) används redan av ett annat program.`);
  });

  it('npm start prints the address and exits 0 when the workbook already runs there', async () => {
    const port = await occupy(workbookHtml);
    const result = await runStart(port);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`MOA-arbetsboken körs redan på http://127.0.0.1:${port}/`);
  });
});
