import type { BackupStore } from '../../storage/backupStore';
import type { ProjectRepository } from '../../storage/projectRepository';
import { callWorker } from '../common/callWorker';
import type { BackupRequest } from './backupMessages';
import { takeBackup } from './takeBackup';

/**
 * Backs the project up if it changed since its last backup, in a worker (the window stays
 * responsive however large the project), or on this thread where no worker can start (tests
 * under Node). Resolves to whether a backup was taken.
 */
export function backUp(repo: ProjectRepository, store: BackupStore, project: { id: string; name: string }): Promise<boolean> {
  if (typeof Worker !== 'function') return takeBackup(repo, store, project);
  const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module', name: 'backup' });
  return callWorker<BackupRequest, boolean>(worker, { dbName: repo.db.name, storeName: store.name, project, at: new Date().toISOString() });
}
