import Dexie, { type EntityTable } from 'dexie';
import type { Activity, ActionPlan, Contact, GoalArea, PlanVersion, Strategy, Tactic } from '#shared/domain/plan.ts';
import type { Profile } from '#shared/domain/profile.ts';
import type { ExportLogEntry } from '#shared/domain/export-log.ts';
import type { Project } from '#shared/domain/project.ts';
import type { StoredTemplate, WorkbookSettings } from '#shared/domain/template-store.ts';
import type { TrashEntry } from '#shared/domain/trash.ts';
import type { KoladaAreaRecord, KoladaImportRecord, KoladaKpiRecord, KoladaValueRecord } from '#shared/domain/kolada.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { ReviewItem, ReviewRound } from '#shared/domain/review.ts';
import type { Mandate, TimeCategory, TimeEntry, TimerState } from '#shared/domain/timelog.ts';
import { DATA_FORMAT_VERSION } from '#shared/version.ts';
import { schemaHistory } from './schema.ts';

export const DATABASE_NAME = 'moa-arbetsboken';

/** The workbook on this computer was written by a newer version of the app; this one must not touch it. */
export class NewerDataFormatError extends Error {
  constructor(readonly storedVersion: number) {
    super(`Arbetsboken har dataformat ${storedVersion}, men den här versionen av appen läser format upp till ${DATA_FORMAT_VERSION}.`);
    this.name = 'NewerDataFormatError';
  }
}

export class WorkbookDatabase extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  goalAreas!: EntityTable<GoalArea, 'id'>;
  actionPlans!: EntityTable<ActionPlan, 'id'>;
  strategies!: EntityTable<Strategy, 'id'>;
  tactics!: EntityTable<Tactic, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  planVersions!: EntityTable<PlanVersion, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  timeEntries!: EntityTable<TimeEntry, 'id'>;
  projects!: EntityTable<Project, 'id'>;
  timeCategories!: EntityTable<TimeCategory, 'id'>;
  mandates!: EntityTable<Mandate, 'id'>;
  timer!: EntityTable<TimerState, 'id'>;
  exportLog!: EntityTable<ExportLogEntry, 'id'>;
  templates!: EntityTable<StoredTemplate, 'id'>;
  workbookSettings!: EntityTable<WorkbookSettings, 'id'>;
  trash!: EntityTable<TrashEntry, 'id'>;
  koladaValues!: EntityTable<KoladaValueRecord, 'id'>;
  koladaKpis!: EntityTable<KoladaKpiRecord, 'id'>;
  koladaAreas!: EntityTable<KoladaAreaRecord, 'id'>;
  koladaImports!: EntityTable<KoladaImportRecord, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  reviewItems!: EntityTable<ReviewItem, 'id'>;
  reviewRounds!: EntityTable<ReviewRound, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a write is on disk when its transaction resolves, so a crash right after "Sparat" loses nothing.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const entry of schemaHistory) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }
}

/**
 * The schema version stored on disk, read without changing anything (a
 * missing database is not created). Dexie keeps IndexedDB's version at ten
 * times its own.
 */
export function storedSchemaVersion(name: string, factory: IDBFactory = indexedDB): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onupgradeneeded = (event) => {
      if (event.oldVersion === 0) request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(Math.floor(version / 10));
    };
    request.onerror = (event) => {
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error('IndexedDB gick inte att öppna'));
    };
    request.onblocked = () => reject(new Error('Arbetsboken är öppen i ett annat fönster som håller på att uppgraderas.'));
  });
}

/**
 * Opens the workbook, refusing one written by a newer app: Dexie 4 would
 * otherwise open it and even add missing tables, changing data this
 * version does not understand.
 */
export async function openWorkbookDatabase(database: WorkbookDatabase, factory: IDBFactory = indexedDB): Promise<WorkbookDatabase> {
  const stored = await storedSchemaVersion(database.name, factory);
  if (stored !== null && stored > DATA_FORMAT_VERSION) throw new NewerDataFormatError(stored);
  await database.open();
  return database;
}

let instance: WorkbookDatabase | null = null;

/** The app's one database connection. */
export function db(): WorkbookDatabase {
  instance ??= new WorkbookDatabase();
  return instance;
}
