import { MAX_DATA_BYTES, type BackupFile, type Result } from './api';

/**
 * The renderer's backup, checked: the project id and the time become a folder and a file name
 * under the app's data folder, so each must be exactly what the app makes (no separator, no
 * `..`, nothing a file system refuses), and the archive must be bytes within the data limit.
 */
export function checkBackupFile(value: unknown): Result<BackupFile> {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'refused: the backup is not described' };
  const { projectId, at, data } = value as Record<string, unknown>;
  if (typeof projectId !== 'string' || !/^[A-Za-z0-9_-]{1,80}$/.test(projectId)) return { ok: false, error: 'refused: the backup does not name its project by an id' };
  if (typeof at !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(at)) return { ok: false, error: 'refused: the backup’s time is not an ISO time in UTC' };
  if (!(data instanceof Uint8Array)) return { ok: false, error: 'refused: the backup holds no bytes' };
  if (data.byteLength > MAX_DATA_BYTES) return { ok: false, error: `refused: the backup is larger than ${MAX_DATA_BYTES} bytes` };
  return { ok: true, value: { projectId, at, data } };
}

/** The file name of a backup taken at `at`: the time with `:` (which Windows refuses) as `-`, so names sort by time. */
export function backupFileName(at: string): string {
  return `${at.replace(/:/g, '-')}.crosscheck`;
}
