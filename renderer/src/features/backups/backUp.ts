import type { BackupFile } from '../../platform/platform';
import type { BackupStore } from '../../storage/backupStore';
import type { ProjectRepository } from '../../storage/projectRepository';
import { callWorker } from '../common/callWorker';
import type { BackupRequest } from './backupMessages';
import { takeBackupArchive } from './takeBackup';

/**
 * Backs the project up if it changed since its last backup, in a worker (the window stays
 * responsive however large the project), or on this thread where no worker can start (tests
 * under Node). Under Electron `keepFile` keeps it as a file in the app's data folder too, so a
 * browser storage that breaks does not take the backups with it. Resolves to whether a backup
 * was taken.
 */
export async function backUp(
  repo: ProjectRepository,
  store: BackupStore,
  project: { id: string; name: string },
  keepFile?: (file: BackupFile) => Promise<string>,
): Promise<boolean> {
  const at = new Date().toISOString();
  let archive: Uint8Array | null;
  if (typeof Worker !== 'function') archive = await takeBackupArchive(repo, store, project, at);
  else {
    const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module', name: 'backup' });
    archive = await callWorker<BackupRequest, Uint8Array | null>(worker, { dbName: repo.db.name, storeName: store.name, project, at });
  }
  if (!archive) return false;
  if (keepFile) {
    try {
      await keepFile({ projectId: project.id, at, data: archive });
    } catch (e) {
      throw new Error(`it is kept in the app, but its file was not written (${e instanceof Error ? e.message : String(e)})`, { cause: e });
    }
  }
  return true;
}
