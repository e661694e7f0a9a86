// `npm run bench`: loads the TypeScript bench driver through Vite's module runner (Node 20 cannot run .ts itself).
import { runnerImport } from 'vite';

/** @type {{ module: { main: () => Promise<void> } }} */
const { module } = await runnerImport('./bench/run.ts');
await module.main();
