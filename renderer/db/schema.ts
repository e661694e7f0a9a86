/**
 * Every schema version of the workbook database, in one place. A version
 * that has shipped is never edited: add a new entry with its stores and,
 * where records must change, an `upgrade` of its own (a small function; data
 * rewrites shared with the workbook file live in shared/workbook-file/upgrade.ts).
 * DATA_FORMAT_VERSION in shared/version.ts follows the last entry.
 */
import type { Transaction } from 'dexie';
import { planToFormat3, planVersionToFormat3 } from '#shared/workbook-file/upgrade.ts';

export interface SchemaVersion {
  version: number;
  /** Dexie store declarations added or changed by this version. */
  stores: Record<string, string | null>;
  /** Rewrites records written by earlier versions; runs inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaHistory: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      profile: 'id',
    },
  },
  {
    // The plan and time-log records (shared/domain/plan.ts, timelog.ts). New tables only: v1 records stay as they are.
    version: 2,
    stores: {
      goalAreas: 'id, &code',
      actionPlans: 'id, goalAreaId',
      strategies: 'id, planId',
      tactics: 'id, planId, strategyId',
      activities: 'id, planId, tacticId, status, startDate, projectId',
      planVersions: 'id, planId, [planId+version]',
      contacts: 'id, name',
      timeEntries: 'id, date, categoryId, goalAreaId, activityId, projectId',
    },
  },
  {
    // Projects (shared/domain/project.ts), time-log categories, mandates and the one timer
    // (shared/domain/timelog.ts), the export log (shared/domain/export-log.ts), templates and the
    // data-bound workbook settings (shared/domain/template-store.ts). Plans get the reference to
    // the template version they were written for: none for plans written before.
    version: 3,
    stores: {
      projects: 'id, goalAreaId, status',
      timeCategories: 'id',
      mandates: 'id, validFrom',
      timer: 'id',
      exportLog: 'id, exportedAt',
      templates: 'id, templateId',
      workbookSettings: 'id',
    },
    // The same record rewrites a workbook file of an older format gets (shared/workbook-file/upgrade.ts).
    upgrade: async (tx) => {
      await tx.table('actionPlans').toCollection().modify((plan: object) => {
        Object.assign(plan, planToFormat3(plan));
      });
      await tx.table('planVersions').toCollection().modify((version: object) => {
        Object.assign(version, planVersionToFormat3(version));
      });
    },
  },
  {
    // The papperskorg (shared/domain/trash.ts): removed plans, goal areas, projects, contacts and
    // template versions, kept for 30 days. A new table only: earlier records stay as they are.
    // A later migration that rewrites records must rewrite the copies inside trash entries too
    // (entry.records.<table>), or a restore would put back records in an older shape.
    version: 4,
    stores: {
      trash: 'id, removedAt',
    },
  },
  {
    // Kolada's data (shared/domain/kolada.ts): values per KPI, area, year and gender, the KPIs' and areas'
    // names, and the log of imports. New tables only: earlier records stay as they are.
    version: 5,
    stores: {
      koladaValues: 'id, kpiId, areaId',
      koladaKpis: 'id',
      koladaAreas: 'id',
      koladaImports: 'id, importedAt',
    },
  },
  {
    // Meetings (shared/domain/meeting.ts): one record per meeting with its agenda, decisions and
    // actions; indexed by day, goal area, the activities its actions became and its open actions' due dates. A new table only.
    version: 6,
    stores: {
      meetings: 'id, startDate, *goalAreaIds, *activityIds, *openDueDates',
    },
  },
  {
    // Granskning (shared/domain/review.ts): reviewers' comments and suggested edits read back from
    // returned Word files, one record each, found per plan and version and by their identity in the
    // file (so the same file read twice adds nothing); and the review rounds sent out. New tables only.
    version: 7,
    stores: {
      reviewItems: 'id, [planId+version], planId, source.identity',
      reviewRounds: 'id, planId',
    },
  },
];
