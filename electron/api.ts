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

/** The API the preload exposes as `window.crosscheck`. */
export interface CrosscheckApi {
  openArticleFiles(): Promise<Result<PickedFile[] | null>>;
}
