/** What the page asks the backup worker: back this project up (if it changed) into that store. */
export interface BackupRequest {
  /** The project's database, and the backups' database. */
  dbName: string;
  storeName: string;
  project: { id: string; name: string };
  at: string;
}
