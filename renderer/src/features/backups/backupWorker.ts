import { BackupStore } from '../../storage/backupStore';
import { ProjectDb } from '../../storage/projectDb';
import { ProjectRepository } from '../../storage/projectRepository';
import { serveTask } from '../common/callWorker';
import type { BackupRequest } from './backupMessages';
import { takeBackupArchive, type TakenBackup } from './takeBackup';

/**
 * A backup's own thread: reading a large project whole and zipping it (seconds at 200,000
 * annotations) never holds up the window. It opens the project's database and the backups'
 * database itself, and closes both when done.
 */
serveTask<BackupRequest, TakenBackup | null>(async (request) => {
  const db = new ProjectDb(request.dbName);
  const store = new BackupStore(request.storeName);
  try {
    const taken = await takeBackupArchive(new ProjectRepository(db), store, request.project, request.at, request.always);
    return { result: taken, transfer: taken ? [taken.archive.buffer] : [] };
  } finally {
    db.close();
    store.close();
  }
});
