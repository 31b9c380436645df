/** What the page asks the backup worker: back this project up (if it changed, or `always`) into that store. */
export interface BackupRequest {
  /** The project's database, and the backups' database. */
  dbName: string;
  storeName: string;
  project: { id: string; name: string };
  at: string;
  always: boolean;
}
