import type { ProjectSnapshot } from '../projectSnapshot';

export const ARCHIVE_FORMAT = 'crosscheck-project';
/**
 * The version this app writes. Append-only: a new version adds an upgrade from the one before
 * (`upgradeArchive`) and a fixture in `renderer/testing/archives/`, and every older fixture
 * must still import.
 */
export const ARCHIVE_VERSION = 1;
/** The file name of the project inside a zipped archive. */
export const ARCHIVE_ENTRY = 'project.json';
export const ARCHIVE_EXTENSION = '.crosscheck';

export interface ArchiveFile {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  exportedAt: string;
  generator: string;
  project: ProjectSnapshot;
}
