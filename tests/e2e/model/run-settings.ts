/**
 * How long the model-based runs are. `npm test` runs a few short sequences
 * with a fixed seed, so a failure repeats; `npm run test:model` (or
 * MOA_MODEL_RUNS=50) runs many longer ones. MOA_MODEL_SEED picks another
 * seed. MOA_MODEL_BASELINE=1 leaves out what the editors did not promise
 * before the fix of issue 12 (the "Inte sparat" marks, the leave warning
 * and Ctrl+Z in the outline), so the run shows the storing defects alone.
 * MOA_MODEL_COMMANDS=date,reload (a comma list of command kinds, see
 * `enabled`) runs only those, to look past one known defect at the others.
 */
const number = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const parsed = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isFinite(parsed) ? parsed : fallback;
};

/** `npm run test:model` is the long run: its script name says so, which works on every platform's shell. */
const longRun = process.env.npm_lifecycle_event === 'test:model';
export const modelRuns = number('MOA_MODEL_RUNS', longRun ? 50 : 2);
/** Long runs also get longer sequences: more chances for an edit, a reload and a view switch to meet. */
export const maxCommands = number('MOA_MODEL_MAX_COMMANDS', modelRuns > 5 ? 25 : 8);
export const modelSeed = number('MOA_MODEL_SEED', 20261202);
export const baseline = process.env.MOA_MODEL_BASELINE === '1';

const chosen = (process.env.MOA_MODEL_COMMANDS ?? '').split(',').map((kind) => kind.trim()).filter((kind) => kind !== '');

/**
 * Whether a kind of command takes part: title, date, year-typo, cost, add, remove,
 * undo, reload, switch, quick-reload (typing then reloading within 50 ms),
 * hours (the time-log grid). All unless MOA_MODEL_COMMANDS names some.
 */
export function enabled(kind: string): boolean {
  return chosen.length === 0 || chosen.includes(kind);
}
/**
 * Per test. Passing short runs take well under a minute; the rest is room
 * for fast-check to shrink a failure to a short sequence worth reading.
 */
export const modelTimeout = Math.max(240_000, modelRuns * maxCommands * 6_000);
