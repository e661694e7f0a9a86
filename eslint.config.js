// Lint, including the layer rules: a wrong import between layers fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Imports that the renderer and shared layers must never make. */
const notInBrowserLayers = [
  { name: 'electron', message: 'Bara electron/ får använda Electron; gå via plattformskontraktet i shared/platform.' },
  { name: 'electron-store', message: 'Inställningar går via plattformskontraktet.' },
  ...nodeBuiltins.map((name) => ({ name, message: 'Node-moduler hör hemma i electron/, inte i renderer/ eller shared/.' })),
];

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
      'no-restricted-imports': ['error', { paths: notInBrowserLayers, patterns: [{ group: ['**/electron/**'], message: 'renderer/ får inte importera från electron/.' }] }],
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
