import { LATEST_VERSION, NewerSchemaError } from './projectDb';

export const SCHEMA_VERSION = LATEST_VERSION;

/**
 * Why a project database would not open, in words for the status bar. A database written by
 * a newer Crosscheck is refused, never downgraded or cleared: its data stays as it is.
 */
export function describeOpenError(error: unknown, projectName: string): string {
  if (error instanceof NewerSchemaError || (error instanceof Error && error.name === 'VersionError')) {
    return `“${projectName}” was saved by a newer version of Crosscheck (its schema is newer than version ${SCHEMA_VERSION}, the newest this one knows). Nothing was changed: update Crosscheck to open it.`;
  }
  if (error instanceof Error && /quota/i.test(`${error.name} ${error.message}`)) {
    return `“${projectName}” could not be opened: the disk is full (${error.message}). Free some space and reload; nothing was changed.`;
  }
  return `“${projectName}” could not be opened: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
}
