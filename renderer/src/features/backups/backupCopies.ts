import { getPlatform } from '../../platform/platform';
import type { OpenProject } from '../projects/useProjectSession';
import type { BackupCopies } from './backUp';

/**
 * Where the open project's backups are kept besides the backups database: a file under
 * Electron, and the safety copy's base (`newBase`: this backup must give it one, whether or
 * not the project changed).
 */
export function backupCopies(open: Pick<OpenProject, 'record' | 'safety'>, newBase = false): BackupCopies {
  const { safety } = open;
  const id = open.record.id;
  const copies: BackupCopies = {};
  const keepFile = getPlatform().keepBackupFile;
  if (keepFile) copies.keepFile = keepFile;
  if (safety) copies.base = { needed: async () => newBase || !(await safety.hasBase(id)), write: (seq, archive) => safety.writeBase(id, seq, archive) };
  return copies;
}
