/**
 * The IPC contract between the main process and the renderer: every channel, its request
 * and its response. The renderer imports this file for types only.
 */

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** A file the user picked: its bytes, or why it could not be read. */
export type PickedFile = { name: string; bytes: Uint8Array } | { name: string; error: string };

export const CHANNELS = {
  openArticleFiles: 'crosscheck:open-article-files',
  openDataFiles: 'crosscheck:open-data-files',
  saveFile: 'crosscheck:save-file',
  writeBackup: 'crosscheck:write-backup',
} as const;

/**
 * File-name extensions of what "Import…" also takes besides articles: project archives, corpus
 * tables, brat standoff (loose files or a zip) and W3C Web Annotation JSON.
 */
export const DATA_EXTENSIONS = ['crosscheck', 'json', 'jsonld', 'csv', 'tsv', 'jsonl', 'zip', 'ann', 'conf'] as const;

/** Largest data file (a corpus table, an archive) the app reads: 512 MiB. */
export const MAX_DATA_BYTES = 536_870_912 as const;
export type MaxDataBytes = typeof MAX_DATA_BYTES;

/**
 * Most the main process reads for one pick of files, all of them together: 1 GiB. The files
 * beyond it come back as error entries (each named), so one pick cannot exhaust memory.
 */
export const MAX_BATCH_BYTES = 1_073_741_824 as const;
export type MaxBatchBytes = typeof MAX_BATCH_BYTES;

/** A file to save: the name offered in the save dialog and what goes in it. */
export interface FileToSave {
  suggestedName: string;
  /** For the dialog's filter ("W3C Web Annotation"). */
  kind: string;
  extension: string;
  data: Uint8Array | string;
}

/**
 * File-name extensions (lower case, no dot) of the article files the app imports. The single
 * source: the open dialog filters on them, and the renderer's `core/import/articleFileRules.ts`
 * is type-checked against `ArticleExtension` so it cannot drift.
 */
export const ARTICLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm'] as const;
export type ArticleExtension = (typeof ARTICLE_EXTENSIONS)[number];

/**
 * Largest article file (20 MiB) the app reads; larger ones come back as an error entry. A literal,
 * so that its type pins the renderer's copy in `core/import/articleFileRules.ts` to the same value.
 */
export const MAX_ARTICLE_BYTES = 20_971_520 as const;
export type MaxArticleBytes = typeof MAX_ARTICLE_BYTES;

/**
 * A backup, also kept as a file in the app's data folder (`backups/<project id>/<time>.crosscheck`),
 * so a browser storage that breaks does not take the backups with it. The main process chooses
 * the path; the renderer names only the project and the time.
 */
export interface BackupFile {
  projectId: string;
  /** ISO time the backup was taken (UTC, as `Date.toISOString` gives it). */
  at: string;
  /** The project archive (the zip Export writes). */
  data: Uint8Array;
}

/** How many backup files are kept per project; the oldest go first. */
export const BACKUP_FILES_KEPT = 20 as const;

/** The API the preload exposes as `window.crosscheck`. */
export interface CrosscheckApi {
  openArticleFiles(): Promise<Result<PickedFile[] | null>>;
  /** Any file Import takes: articles and data files. */
  openDataFiles(): Promise<Result<PickedFile[] | null>>;
  /** Asks where to save, and writes; the path written, or null when the user cancelled. */
  saveFile(file: FileToSave): Promise<Result<string | null>>;
  /** Keeps a backup as a file in the app's data folder; the path written. */
  writeBackup(file: BackupFile): Promise<Result<string>>;
}
