import { BackupStore } from '../../storage/backupStore';
import { ProjectDb } from '../../storage/projectDb';
import { ProjectRepository } from '../../storage/projectRepository';
import type { BackupRequest, BackupResponse } from './backupMessages';
import { takeBackup } from './takeBackup';

/**
 * A backup's own thread: reading a large project whole and zipping it (seconds at 200,000
 * annotations) never holds up the window. It opens the project's database and the backups'
 * database itself, and closes both when done.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BackupRequest>) => void) | null;
  postMessage(message: BackupResponse): void;
};

scope.onmessage = ({ data }) => {
  const db = new ProjectDb(data.dbName);
  const store = new BackupStore(data.storeName);
  takeBackup(new ProjectRepository(db), store, data.project, data.at)
    .then(
      (taken) => scope.postMessage({ ok: true, taken }),
      (error: unknown) => scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => {
      db.close();
      store.close();
    });
};
