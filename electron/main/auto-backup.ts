/**
 * The desktop's automatic backups: workbook files the renderer hands over
 * once a day, kept in a folder of the app's own data folder. The renderer
 * decides when (renderer/features/backup/auto-backup.ts); this module
 * decides where and how: names it makes itself from its own clock, atomic
 * writes, the newest AUTO_BACKUPS_KEPT kept, and reads only of files it
 * named. Free of Electron so it is tested in Node against a temp folder.
 */
import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { AUTO_BACKUPS_KEPT, type AutoBackupInfo, type AutoBackupList, type WriteAutoBackupRequest } from '#shared/platform/contract.ts';
import { MAX_FILE_BYTES } from '#shared/platform/ipc.ts';
import { AUTO_BACKUP_GONE, autoBackupName, autoBackupRequestProblem, parseAutoBackupName } from '#shared/workbook-file/auto-backup-name.ts';
import { writeFileAtomic } from './files.ts';

/** The folder's name inside the app's data folder (userData). */
export const AUTO_BACKUP_FOLDER = 'Säkerhetskopior';

export interface AutoBackupStore {
  list(): Promise<AutoBackupList>;
  write(request: WriteAutoBackupRequest): Promise<AutoBackupInfo>;
  read(id: string): Promise<Uint8Array>;
}

export interface AutoBackupStoreOptions {
  /** The folder the copies go in (created when first needed). */
  folder: string;
  now?: () => Date;
  fs?: Pick<typeof fsPromises, 'mkdir' | 'readdir' | 'stat' | 'readFile' | 'unlink'>;
}

export function createAutoBackupStore({ folder, now = () => new Date(), fs = fsPromises }: AutoBackupStoreOptions): AutoBackupStore {
  async function list(): Promise<AutoBackupInfo[]> {
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const found: AutoBackupInfo[] = [];
    for (const name of names) {
      const parsed = parseAutoBackupName(name);
      if (!parsed) continue;
      const info = await fs.stat(join(folder, name)).catch(() => null);
      if (!info?.isFile()) continue;
      found.push({ id: name, createdAt: parsed.createdAt, size: info.size, fingerprint: parsed.fingerprint });
    }
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  return {
    async list() {
      return { location: 'appDataFolder', backups: (await list()).slice(0, AUTO_BACKUPS_KEPT) };
    },

    async write({ bytes, fingerprint }) {
      const problem = autoBackupRequestProblem({ bytes, fingerprint });
      if (problem !== null) throw new Error(problem);
      await fs.mkdir(folder, { recursive: true });
      const name = autoBackupName(now(), fingerprint);
      await writeFileAtomic(join(folder, name), bytes);
      // Only after the new copy is safely on disk do the oldest go, never the new one (a clock set back would date it oldest).
      const all = await list();
      const written = all.find((backup) => backup.id === name);
      if (!written) throw new Error('auto backup written but not found');
      const others = all.filter((backup) => backup.id !== name);
      for (const old of others.slice(AUTO_BACKUPS_KEPT - 1)) await fs.unlink(join(folder, old.id)).catch(() => undefined);
      return written;
    },

    async read(id) {
      // Only a name this module made, and one that is there: never a path, never another file.
      if (!parseAutoBackupName(id)) throw new Error('auto backup refused: unknown id');
      const backup = (await list()).find((candidate) => candidate.id === id);
      if (!backup) throw new Error(AUTO_BACKUP_GONE);
      if (backup.size > MAX_FILE_BYTES) throw new Error('auto backup refused: too large');
      return new Uint8Array(await fs.readFile(join(folder, id)));
    },
  };
}
