// `npm test`: type-check every layer, lint (layer rules included), then the
// unit and browser tests; ends with one summary line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const layers = ['shared', 'renderer', 'electron', 'tests', 'scripts'];
const resultsFile = 'dist/test-results.json';

/** @param {string} label @param {string} command @param {string[]} args */
function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

/** @param {string} message */
function fail(message) {
  console.error(`\n${message}`);
  console.log('Tests: 0 passed, 1 failed');
  process.exit(1);
}

for (const layer of layers) {
  if (!run(`Typkontroll: ${layer}/`, 'npx', ['tsc', '-p', layer])) fail(`Typkontrollen av ${layer}/ misslyckades.`);
}
if (!run('Lint (med lagerreglerna)', 'npx', ['eslint', '--max-warnings', '0', '.'])) fail('Lint misslyckades.');

mkdirSync('dist', { recursive: true });
rmSync(resultsFile, { force: true });
const testsOk = run('Enhetstester och webbläsartester (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
]);

if (!existsSync(resultsFile)) fail('Testkörningen gav inget resultat (se felen ovan).');
/** @type {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number, numTotalTests: number }} */
const summary = JSON.parse(readFileSync(resultsFile, 'utf8'));
const failed = summary.numFailedTests + (testsOk ? 0 : summary.numFailedTests === 0 ? 1 : 0);
const skipped = summary.numPendingTests + summary.numTodoTests;
console.log(`\nTypkontroll: ok (${layers.length} lager) · Lint: ok`);
console.log(`Tests: ${summary.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(testsOk && failed === 0 && summary.numPassedTests > 0 ? 0 : 1);
