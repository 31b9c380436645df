import type { ArticleExtension, MaxArticleBytes } from '../../../../electron/api';
import type { ArticleFormat } from '../model/article';

/**
 * Which files the renderer imports: the renderer's one copy of the IPC contract's rules
 * (`electron/api.ts`). The renderer may import only types from there, so the values are
 * repeated here and typed by the contract: a different limit, or a missing or extra
 * extension, fails typecheck.
 */

export type ImportableFormat = Exclude<ArticleFormat, 'seed'>;

/** Exactly the contract's extensions (lower case, no dot); per format, the first one is the one named to the user. */
const FORMAT_BY_EXTENSION: Record<ArticleExtension, ImportableFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

export const MAX_ARTICLE_BYTES: MaxArticleBytes = 20_971_520;

const BYTES_PER_MB = 1_048_576;

const ARTICLE_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION) as ArticleExtension[];

/** The `accept` attribute of the browser's file input: ".txt,.text,…". */
export const ARTICLE_ACCEPT = ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(',');

/** Sizes as the user reads them: "20 MB", "25.3 MB". */
export function megabytesText(bytes: number): string {
  const mb = bytes / BYTES_PER_MB;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The size limit for messages: "20 MB". */
export const ARTICLE_LIMIT_TEXT = megabytesText(MAX_ARTICLE_BYTES);

/** The accepted types for messages, one extension per format: ".txt, .md or .html". */
export const ARTICLE_TYPES_TEXT = ((): string => {
  const named = new Map<ImportableFormat, string>();
  for (const ext of ARTICLE_EXTENSIONS) if (!named.has(FORMAT_BY_EXTENSION[ext])) named.set(FORMAT_BY_EXTENSION[ext], `.${ext}`);
  const list = [...named.values()];
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : (list[0] ?? '');
})();

/** The extension of a file name, lower case and without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  return name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
}

/** The format a file is read as, from its name; null when the app does not import that type. */
export function articleFormatOf(name: string): ImportableFormat | null {
  const ext = extensionOf(name);
  return Object.hasOwn(FORMAT_BY_EXTENSION, ext) ? FORMAT_BY_EXTENSION[ext as ArticleExtension] : null;
}
