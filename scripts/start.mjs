/**
 * `npm start`: runs the desktop app when Electron's binary is usable (fetching
 * it once if missing), otherwise builds and serves the browser edition so the
 * user still gets a working app offline. MOA_NO_ELECTRON=1 forces the browser edition.
 * The browser edition always listens on the same address (see web-port.mjs);
 * MOA_WEB_PORT changes the port for tests only: another port is another
 * origin, with a workbook of its own.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { decideOnPort, portState, webAddress, WEB_HOST, WEB_PORT } from './web-port.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const INSTALL_TIMEOUT_MS = 90_000;
const PREVIEW_PORT = process.env.MOA_WEB_PORT ? Number(process.env.MOA_WEB_PORT) : WEB_PORT;

/** @type {import('node:child_process').ChildProcess | null} */
let child = null;
/** @type {import('vite').PreviewServer | null} */
let server = null;
let stopping = false;

/** Electron's own index.js would download on require; we only look. */
function electronBinary() {
  try {
    const executable = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist'), executable);
    return executable !== '' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 * @returns {Promise<number>} the exit code (128 + n when killed by a signal)
 */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child = started;
    started.on('error', reject);
    started.on('exit', (code, signal) => {
      child = null;
      resolve(code ?? (signal === 'SIGINT' ? 130 : 143));
    });
  });
}

/** @param {string[]} args */
async function step(...args) {
  const code = await run(process.execPath, args);
  if (stopping) process.exit(130);
  if (code !== 0) {
    console.error(`Steget misslyckades / step failed: ${args.map((arg) => arg.replace(root, '')).join(' ')}`);
    process.exit(code);
  }
}

/** One silent attempt to fetch the binary; its output is only shown if MOA_DEBUG is set. */
async function tryInstallElectron() {
  let output = '';
  const collect = (/** @type {Buffer} */ chunk) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  const install = spawn(process.execPath, [join(electronDir, 'install.js')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child = install;
  install.stdout?.on('data', collect);
  install.stderr?.on('data', collect);
  const timer = setTimeout(() => install.kill(), INSTALL_TIMEOUT_MS);
  const code = await new Promise((resolve) => {
    install.on('error', () => resolve(1));
    install.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  clearTimeout(timer);
  child = null;
  if (process.env.MOA_DEBUG) console.error(output);
  return code === 0;
}

async function startDesktop(/** @type {string} */ binary) {
  await step(viteBin, 'build', '--mode', 'electron');
  await step(join(root, 'scripts', 'build-electron.mjs'));
  // Inherited from an npm script run inside Electron, this would start Electron as plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  process.exit(await run(binary, ['.'], { env }));
}

/** Ends `npm start` when the port is not ours to serve on: pointing at the workbook already there, or saying why not. */
async function stopUnlessPortFree(/** @type {string} */ address) {
  const decision = decideOnPort(await portState(WEB_HOST, PREVIEW_PORT), address);
  if (decision.action === 'serve') return;
  if (decision.exitCode === 0) console.log(decision.message);
  else console.error(decision.message);
  process.exit(decision.exitCode);
}

async function startWeb() {
  const address = webAddress(WEB_HOST, PREVIEW_PORT);
  // Before the build: a busy port is known at once, a build takes a while.
  await stopUnlessPortFree(address);
  await step(viteBin, 'build', '--mode', 'web');
  try {
    server = await preview({
      root,
      mode: 'web',
      // strictPort: another port would be another origin, and the user's workbook would seem gone.
      preview: { host: WEB_HOST, port: PREVIEW_PORT, strictPort: true, open: false },
      // Absolute: vite.config.ts sets root to renderer/, so a relative outDir would point inside it.
      build: { outDir: join(root, 'dist', 'web') },
    });
  } catch (error) {
    // Taken while the app was being built.
    await stopUnlessPortFree(address);
    throw error;
  }
  console.log(`MOA-arbetsboken körs på ${address} (Ctrl+C avslutar / stops)`);
}

/** @param {NodeJS.Signals} signal */
function stop(signal) {
  stopping = true;
  // A running child (build or Electron) gets the signal and its exit ends this process.
  if (child) {
    child.kill(signal);
    return;
  }
  const exit = () => process.exit(signal === 'SIGINT' ? 130 : 143);
  if (server) server.close().then(exit, exit);
  else exit();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const forceWeb = process.env.MOA_NO_ELECTRON === '1';
const binary = forceWeb ? null : (electronBinary() ?? ((await tryInstallElectron()) ? electronBinary() : null));
if (stopping) process.exit(130);
if (binary) {
  await startDesktop(binary);
} else {
  console.log(
    forceWeb
      ? 'MOA_NO_ELECTRON=1 – startar webbversionen.'
      : 'Electron kunde inte hämtas (ingen internetanslutning?) – startar webbversionen i stället. / Electron could not be fetched (offline?) – starting the web edition instead.',
  );
  await startWeb();
}
