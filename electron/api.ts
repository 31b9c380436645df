/**
 * The IPC contract between the main process and the renderer: every channel, its request
 * and its response. The renderer imports this file for types only.
 */

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** A file the user picked: its bytes, or why it could not be read. */
export type PickedFile = { name: string; bytes: Uint8Array } | { name: string; error: string };

export const CHANNELS = {
  openArticleFiles: 'crosscheck:open-article-files',
} as const;

/** Largest article file the main process reads; larger ones come back as an error entry. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** The API the preload exposes as `window.crosscheck`. */
export interface CrosscheckApi {
  version: string;
  openArticleFiles(): Promise<Result<PickedFile[] | null>>;
}
