import type { BackupFile } from '../../platform/platform';
import type { BackupStore } from '../../storage/backupStore';
import type { ProjectRepository } from '../../storage/projectRepository';
import { callWorker } from '../common/callWorker';
import type { BackupRequest } from './backupMessages';
import { takeBackupArchive, type TakenBackup } from './takeBackup';

/** Where a backup is kept besides the backups database. */
export interface BackupCopies {
  /** Under Electron: a file in the app's data folder, so a browser storage that breaks does not take the backups with it. */
  keepFile?: (file: BackupFile) => Promise<string>;
  /** The safety copy outside IndexedDB: each backup becomes its base (taken even when nothing changed, while it has none). */
  base?: { needed(): Promise<boolean>; write(seq: number, archive: Uint8Array): Promise<void> };
}

/**
 * Backs the project up if it changed since its last backup, in a worker (the window stays
 * responsive however large the project), or on this thread where no worker can start (tests
 * under Node), and keeps it where `copies` say. Resolves to whether a backup was taken.
 */
export async function backUp(repo: ProjectRepository, store: BackupStore, project: { id: string; name: string }, copies: BackupCopies = {}): Promise<boolean> {
  const at = new Date().toISOString();
  const always = (await copies.base?.needed()) ?? false;
  let taken: TakenBackup | null;
  if (typeof Worker !== 'function') taken = await takeBackupArchive(repo, store, project, at, always);
  else {
    const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module', name: 'backup' });
    taken = await callWorker<BackupRequest, TakenBackup | null>(worker, { dbName: repo.db.name, storeName: store.name, project, at, always });
  }
  if (!taken) return false;
  if (copies.base) {
    try {
      await copies.base.write(taken.seq, taken.archive);
    } catch (e) {
      throw new Error(`${taken.stored ? 'it is kept in the app, but ' : ''}the safety copy's base was not written (${e instanceof Error ? e.message : String(e)})`, { cause: e });
    }
  }
  if (taken.stored && copies.keepFile) {
    try {
      await copies.keepFile({ projectId: project.id, at, data: taken.archive });
    } catch (e) {
      throw new Error(`it is kept in the app, but its file was not written (${e instanceof Error ? e.message : String(e)})`, { cause: e });
    }
  }
  return taken.stored;
}
