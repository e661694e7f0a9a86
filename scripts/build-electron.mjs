/**
 * Builds the desktop host with Vite's JS API (rolldown):
 *   electron/main/index.ts    → dist/electron/main.js     (ESM, Node; electron + built-ins external)
 *   electron/preload/index.ts → dist/electron/preload.cjs (CJS, one file; only electron external,
 *                                because a sandboxed preload cannot require anything else)
 * After building it checks each bundle's external imports, so a dependency that
 * slipped out of the bundle fails here instead of on a user's machine.
 */
import { rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = 'dist/electron';
const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** @type {import('vite').InlineConfig} */
const shared = {
  root,
  configFile: false,
  envDir: false,
  publicDir: false,
  logLevel: 'warn',
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};

async function buildMain() {
  return build({
    ...shared,
    // SSR build = Node resolution (node conditions, built-ins external); noExternal bundles the deps.
    ssr: { target: 'node', noExternal: true, external: ['electron'] },
    build: {
      ssr: 'electron/main/index.ts',
      outDir,
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        external: ['electron', ...builtins],
        output: { format: 'es', entryFileNames: 'main.js', codeSplitting: false },
      },
    },
  });
}

async function buildPreload() {
  return build({
    ...shared,
    build: {
      lib: { entry: 'electron/preload/index.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
      outDir,
      emptyOutDir: false,
      target: 'chrome140',
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: { external: ['electron'], output: { codeSplitting: false } },
    },
  });
}

/**
 * @param {unknown} result what vite's build() returned
 * @param {string} label
 * @param {(id: string) => boolean} allowed
 */
function checkExternals(result, label, allowed) {
  const outputs = Array.isArray(result) ? result : [result];
  /** @type {string[]} */
  const imports = [];
  let chunks = 0;
  for (const output of outputs) {
    for (const item of /** @type {{ output: Array<{ type: string, imports?: string[], dynamicImports?: string[] }> }} */ (output).output) {
      if (item.type !== 'chunk') continue;
      chunks += 1;
      imports.push(...(item.imports ?? []), ...(item.dynamicImports ?? []));
    }
  }
  const bad = [...new Set(imports)].filter((id) => !allowed(id));
  if (chunks !== 1 || bad.length > 0) {
    throw new Error(`${label}: expected one chunk importing only allowed modules; got ${chunks} chunk(s), disallowed: ${bad.join(', ') || 'none'}`);
  }
}

await rm(`${root}/${outDir}`, { recursive: true, force: true });
checkExternals(await buildMain(), 'main', (id) => id === 'electron' || builtins.has(id));
checkExternals(await buildPreload(), 'preload', (id) => id === 'electron');
console.log(`Built ${outDir}/main.js and ${outDir}/preload.cjs`);
