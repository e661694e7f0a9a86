import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The flags our closed network needs: no background connections, no GPU, no sandbox (root in CI). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function isDebianLike(): boolean {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

/** Debian ships Chromium's UI languages apart; without Swedish, date inputs take MM/DD/ÅÅÅÅ. */
const debianSwedishLocale = '/usr/lib/chromium/locales/sv.pak';

function aptInstall(packages: string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

/**
 * CHROMIUM_PATH, else the usual install places; on Debian/Ubuntu as root
 * with none installed, installs Debian's chromium package and says so.
 */
export function findChromium(log: (line: string) => void = console.log): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH pekar på ${fromEnv}, som inte finns.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  const canInstall = process.platform === 'linux' && isDebianLike() && process.getuid?.() === 0;
  if (found) {
    if (found === '/usr/bin/chromium' && !existsSync(debianSwedishLocale) && canInstall) {
      log('Debians Chromium saknar svenska språkfiler (datumfälten visas då i amerikansk ordning): installerar paketet "chromium-l10n" med apt-get …');
      aptInstall(['chromium-l10n']);
    }
    return found;
  }
  if (canInstall) {
    log('Ingen Chromium hittades: installerar Debians paket "chromium" och "chromium-l10n" med apt-get (en gång, kan ta en minut) …');
    aptInstall(['chromium', 'chromium-l10n']);
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'Ingen Chromium, Chrome eller Edge hittades för webbläsartesterna. Installera Chromium (Debian/Ubuntu: sudo apt-get install chromium) eller ange sökvägen i CHROMIUM_PATH.',
  );
}

/**
 * The browser's environment: a Swedish locale, so that date inputs show and
 * take dates as a Swedish user types them (ÅÅÅÅ-MM-DD, year first), not in
 * the US order a bare CI machine would give them.
 */
export function chromiumEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // LANGUAGE picks Chromium's UI language; the character set stays C.UTF-8, which every Debian has (a
  // sv_SE.UTF-8 that is not generated would fall back to ASCII and turn "Säkerhetskopia" file names into "download").
  const { LC_ALL: _all, LC_MESSAGES: _messages, ...rest } = env;
  return { ...rest, LANG: 'C.UTF-8', LANGUAGE: 'sv_SE:sv' };
}
