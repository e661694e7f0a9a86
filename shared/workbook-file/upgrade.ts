/**
 * Upgrading the tables of a workbook file written in an older data format,
 * step by step, the same way renderer/db/schema.ts upgrades the database.
 * A new schema version with a migration needs a step here too.
 */
type RawTables = Record<string, unknown[]>;

interface FileUpgradeStep {
  /** The data format this step produces (the schema version it mirrors). */
  to: number;
  upgrade: (tables: RawTables) => RawTables;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Format 3's rewrite of a plan record: a template reference, none for a plan written before. Also used by renderer/db/schema.ts. */
export function planToFormat3(plan: unknown): unknown {
  return isRecord(plan) ? { ...plan, templateRef: null } : plan;
}

/** Format 3's rewrite of a submitted version: its frozen plan gets the same reference. Also used by renderer/db/schema.ts. */
export function planVersionToFormat3(version: unknown): unknown {
  if (!isRecord(version) || !isRecord(version.snapshot)) return version;
  return { ...version, snapshot: { ...version.snapshot, plan: planToFormat3(version.snapshot.plan) } };
}

const steps: readonly FileUpgradeStep[] = [
  // Version 2 only added tables.
  { to: 2, upgrade: (tables) => tables },
  {
    // Version 3: plans and submitted versions' plans get a template reference, none for older ones.
    to: 3,
    upgrade: (tables) => ({
      ...tables,
      actionPlans: (tables.actionPlans ?? []).map(planToFormat3),
      planVersions: (tables.planVersions ?? []).map(planVersionToFormat3),
    }),
  },
  // Version 4 only added the trash table. A later step that rewrites records must rewrite those inside trash entries too.
  { to: 4, upgrade: (tables) => tables },
  // Version 5 only added Kolada's tables.
  { to: 5, upgrade: (tables) => tables },
  // Version 6 only added the meetings table.
  { to: 6, upgrade: (tables) => tables },
  // Version 7 only added the review tables.
  { to: 7, upgrade: (tables) => tables },
];

/** The oldest data format a file may have: the first schema version. */
export const OLDEST_READABLE_DATA_FORMAT = 1;

/** The tables as the current data format has them. Malformed rows pass through, for validation to report. */
export function upgradeTables(tables: RawTables, fromVersion: number): RawTables {
  return steps.filter((step) => step.to > fromVersion).reduce((current, step) => step.upgrade(current), tables);
}

/** The highest data format the steps reach, for a test against DATA_FORMAT_VERSION. */
export const upgradedDataFormat = steps.at(-1)?.to ?? OLDEST_READABLE_DATA_FORMAT;
