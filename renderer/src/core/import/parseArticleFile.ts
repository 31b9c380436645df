import type { ArticleContent, ArticleFormat } from '../model/article';
import { safeFileName } from '../text/safeFileName';
import { ArticleRefusal } from './ArticleRefusal';
import { ARTICLE_TYPES_TEXT, MAX_ARTICLE_CHARS, articleFormatOf, extensionOf, numberText } from './articleFileRules';
import { decodeArticleBytes, type ArticleEncoding } from './decodeArticleBytes';
import { parseHtmlDocument } from './parseHtmlDocument';
import { parseMarkdown } from './parseMarkdown';
import { parsePlainText } from './parsePlainText';
import { readHtmlTree } from './readHtmlTree';

/**
 * One file's outcome. `name` is the file's name as it may be stored and shown (see
 * safeFileName), which is also the name every message is about.
 */
export type ParsedFile =
  | { ok: true; name: string; format: ArticleFormat; content: ArticleContent; encoding: ArticleEncoding }
  | { ok: false; name: string; reason: string };

const tooLong = (length: number): string =>
  `the text is ${numberText(length)} characters long; the limit is ${numberText(MAX_ARTICLE_CHARS)} characters`;

/**
 * Reads one picked file as an article, or says why it cannot be one. Synchronous and
 * linear in the file's size; the app runs it in a worker (features/import/parseWorker.ts),
 * tests and the command line call it directly.
 */
export function parseArticleFile(givenName: string, bytes: Uint8Array): ParsedFile {
  const name = safeFileName(givenName);
  const refuse = (reason: string): ParsedFile => ({ ok: false, name, reason });
  const format = articleFormatOf(name);
  if (!format) return refuse(`files of type "${extensionOf(name) || 'none'}" cannot be imported; use ${ARTICLE_TYPES_TEXT}`);
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return refuse(decoded.reason);
  const source = decoded.text;
  // Markdown's text is about as long as its source, and its parser is slow on big files: refuse
  // an overlong one before parsing. HTML's markup does not count, so it is measured after.
  if (format === 'markdown' && source.length > MAX_ARTICLE_CHARS) return refuse(tooLong(source.length));
  let content: ArticleContent;
  try {
    content =
      format === 'markdown' ? parseMarkdown(source, name) : format === 'html' ? parseHtmlDocument(readHtmlTree(source), name) : parsePlainText(source, name);
  } catch (error) {
    if (error instanceof ArticleRefusal) return refuse(error.message);
    return refuse(`it could not be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
  if (content.text.trim().length === 0) return refuse('it contains no article text');
  if (content.text.length > MAX_ARTICLE_CHARS) return refuse(tooLong(content.text.length));
  return { ok: true, name, format, content, encoding: decoded.encoding };
}
