/**
 * The browser edition's automatic backups: the same daily copies as the
 * desktop keeps in its data folder, kept here in a database of their own
 * beside the workbook's. They protect against a mistake (a wrong restore,
 * something deleted), not against a lost computer or cleared site data;
 * Inställningar says so. The list and the bytes are separate tables, so
 * listing never loads fourteen workbooks.
 */
import Dexie, { type EntityTable } from 'dexie';
import { AUTO_BACKUPS_KEPT, type AutoBackupInfo, type AutoBackupList, type WriteAutoBackupRequest } from '#shared/platform/contract.ts';
import { AUTO_BACKUP_GONE, autoBackupName, autoBackupRequestProblem, parseAutoBackupName } from '#shared/workbook-file/auto-backup-name.ts';

export const AUTO_BACKUP_DATABASE_NAME = 'moa-arbetsboken-sakerhetskopior';

/** The most the copies together take of the browser's storage; beyond it the oldest go first, the newest always stays. */
export const MAX_BROWSER_BACKUP_BYTES = 250 * 1024 * 1024;

interface BackupContent {
  id: string;
  bytes: Uint8Array;
}

class AutoBackupDatabase extends Dexie {
  backups!: EntityTable<AutoBackupInfo, 'id'>;
  contents!: EntityTable<BackupContent, 'id'>;

  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ backups: 'id, createdAt', contents: 'id' });
  }
}

export function createWebAutoBackups(name = AUTO_BACKUP_DATABASE_NAME, now: () => Date = () => new Date(), maxBytes = MAX_BROWSER_BACKUP_BYTES) {
  let database: AutoBackupDatabase | null = null;
  const open = () => (database ??= new AutoBackupDatabase(name));

  const newestFirst = async (): Promise<AutoBackupInfo[]> => (await open().backups.orderBy('createdAt').reverse().toArray());

  return {
    async list(): Promise<AutoBackupList> {
      return { location: 'browserStorage', backups: (await newestFirst()).slice(0, AUTO_BACKUPS_KEPT) };
    },

    async write({ bytes, fingerprint }: WriteAutoBackupRequest): Promise<AutoBackupInfo> {
      const problem = autoBackupRequestProblem({ bytes, fingerprint });
      if (problem !== null) throw new Error(problem);
      const id = autoBackupName(now(), fingerprint);
      const parsed = parseAutoBackupName(id);
      if (!parsed) throw new Error('auto backup refused: unnamed');
      const info: AutoBackupInfo = { id, createdAt: parsed.createdAt, size: bytes.byteLength, fingerprint };
      const db = open();
      // The new copy and the removal of the oldest in one transaction: the list is never without its newest copy.
      await db.transaction('rw', db.backups, db.contents, async () => {
        await db.backups.put(info);
        await db.contents.put({ id, bytes: bytes.slice() });
        // Never the new copy, even when a clock set back dates it oldest.
        const others = (await db.backups.orderBy('createdAt').reverse().toArray()).filter((backup) => backup.id !== id);
        // Newest first, as many as the count and the byte budget allow: the copies share the browser's quota with the workbook.
        let budget = maxBytes - info.size;
        const keep = others.slice(0, AUTO_BACKUPS_KEPT - 1).filter((backup) => (budget -= backup.size) >= 0);
        const kept = new Set(keep.map((backup) => backup.id));
        const old = others.filter((backup) => !kept.has(backup.id)).map((backup) => backup.id);
        await db.backups.bulkDelete(old);
        await db.contents.bulkDelete(old);
      });
      return info;
    },

    async read(id: string): Promise<Uint8Array> {
      const content = parseAutoBackupName(id) ? await open().contents.get(id) : undefined;
      if (!content) throw new Error(AUTO_BACKUP_GONE);
      return content.bytes;
    },
  };
}
