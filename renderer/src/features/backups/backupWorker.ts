import { BackupStore } from '../../storage/backupStore';
import { ProjectDb } from '../../storage/projectDb';
import { ProjectRepository } from '../../storage/projectRepository';
import { serveTask } from '../common/callWorker';
import type { BackupRequest } from './backupMessages';
import { takeBackupArchive } from './takeBackup';

/**
 * A backup's own thread: reading a large project whole and zipping it (seconds at 200,000
 * annotations) never holds up the window. It opens the project's database and the backups'
 * database itself, and closes both when done.
 */
serveTask<BackupRequest, Uint8Array | null>(async (request) => {
  const db = new ProjectDb(request.dbName);
  const store = new BackupStore(request.storeName);
  try {
    const archive = await takeBackupArchive(new ProjectRepository(db), store, request.project, request.at);
    return { result: archive, transfer: archive ? [archive.buffer] : [] };
  } finally {
    db.close();
    store.close();
  }
});
