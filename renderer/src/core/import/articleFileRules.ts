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

/**
 * The longest article text, in UTF-16 code units, that the import takes: about 170,000
 * words, a long book, where a long news story has 50,000 characters. The reader builds the
 * whole text into the editor when an article opens. Measured in the built app on a busy
 * two-core machine: a million characters opened in 0.6 s with the window still for at most
 * 0.25 s; two million took 1.4 to 2.4 s with the window frozen for up to 1.1 s, and a
 * 19 MB text froze it for 9 to 13 s on every open. The byte limit above is the IPC
 * contract's and stays as it is.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/**
 * How deep an HTML page may nest elements. Real pages stay far below 100; thousands of
 * levels only come from damaged or hostile files, and the readers walk the tree by recursion.
 */
export const MAX_HTML_NESTING = 500;

/**
 * How deep Markdown may nest lists, quotes, brackets and emphasis. Lower than for HTML:
 * the Markdown parser slows down by the square of the depth (100 nested lists take a few
 * tenths of a second, 500 took nine seconds).
 */
export const MAX_MARKDOWN_NESTING = 100;

const numbers = new Intl.NumberFormat('en');

/** A count as the user reads it: "2,013". */
export function numberText(n: number): string {
  return numbers.format(n);
}

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
