// Lint, including the layer rules: a wrong import between layers fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { readdirSync } from 'node:fs';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Imports that the renderer and shared layers must never make. */
const notInBrowserLayers = [
  { name: 'electron', message: 'Bara electron/ får använda Electron; gå via plattformskontraktet i shared/platform.' },
  { name: 'electron-store', message: 'Inställningar går via plattformskontraktet.' },
  ...nodeBuiltins.map((name) => ({ name, message: 'Node-moduler hör hemma i electron/, inte i renderer/ eller shared/.' })),
];

/** The renderer's own layer rule: no Electron, no Node. */
const rendererPatterns = [{ group: ['**/electron/**'], message: 'renderer/ får inte importera från electron/.' }];

/**
 * Feature boundaries: a file in renderer/features/<a>/ reaches another feature <b> only through
 * what <b> offers others: its data (`*-repository.ts`, `*-queries.ts`), its words for its records
 * (`*-text.ts`) and its message catalogue (`messages.ts`), at any depth inside <b>. Views and
 * widgets are not imported sideways: views are composed in renderer/app/, widgets every feature
 * uses live in renderer/ui/. Imports are relative, so the pattern depends on how deep the
 * importing file sits: from depth d, `../` d times leaves the feature.
 */
const features = readdirSync(new URL('./renderer/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const offered = String.raw`(?:[^/]*-(?:repository|queries|text)\.ts|messages\.ts)`;
function featureBoundary(feature, depth) {
  const escaped = feature.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    files: [`renderer/features/${feature}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: notInBrowserLayers,
          patterns: [
            ...rendererPatterns,
            {
              regex: String.raw`^(?:\.\./){${depth}}(?!${escaped}/)[^./][^/]*/(?!(?:[^/]+/)*${offered}$)`,
              message: 'En funktion når en annan funktion bara genom dess *-repository.ts, *-queries.ts, *-text.ts eller messages.ts; vyer sätts ihop i renderer/app/, gemensamma komponenter ligger i renderer/ui/.',
            },
          ],
        },
      ],
    },
  };
}
const featureBoundaries = features.flatMap((feature) => [1, 2, 3, 4].map((depth) => featureBoundary(feature, depth)));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { paths: notInBrowserLayers, patterns: rendererPatterns }],
    },
  },
  ...featureBoundaries,
  {
    // The widgets and the save machinery sit below the features: they never import one.
    files: ['renderer/ui/**/*.{ts,tsx}', 'renderer/saving/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: notInBrowserLayers, patterns: [...rendererPatterns, { group: ['**/features/**'], message: 'renderer/ui/ och renderer/saving/ får inte bero på en funktion; skicka in det som behövs.' }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: notInBrowserLayers,
          patterns: [
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ är ren TypeScript och får inte importera från andra lager.' },
            { group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks'], message: 'shared/ får inte bero på UI eller databas.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ får inte importera från renderer/.' }] }],
    },
  },
  {
    // Raw IPC only in the typed wrappers (electron/main/ipc.ts, electron/preload/index.ts).
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ipcMain']", message: 'Använd addHandler i electron/main/ipc.ts.' },
        { selector: "Identifier[name='ipcRenderer']", message: 'Bara preload-skriptet får använda ipcRenderer.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.ts', 'bench/**/*.ts', '*.config.{js,ts}', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
);
