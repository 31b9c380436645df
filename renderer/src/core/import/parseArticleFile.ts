import type { ArticleContent, ArticleFormat } from '../model/article';
import { ARTICLE_LIMIT_TEXT, ARTICLE_TYPES_TEXT, MAX_ARTICLE_BYTES, articleFormatOf, extensionOf, megabytesText } from './articleFileRules';
import { parseHtmlDocument } from './parseHtmlDocument';
import { parseMarkdown } from './parseMarkdown';
import { parsePlainText } from './parsePlainText';
import { readHtmlTree } from './readHtmlTree';
import { textDecoder } from '../text/textDecoder';

export type ParsedFile =
  | { ok: true; name: string; format: ArticleFormat; content: ArticleContent }
  | { ok: false; name: string; reason: string };

/** Why a file is not an article we can read, or null when it is fine. */
function rejectBytes(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes.length > MAX_ARTICLE_BYTES) return `the file is ${megabytesText(bytes.length)}; the limit is ${ARTICLE_LIMIT_TEXT}`;
  // A NUL byte in the first 8 KB: a binary file (PDF, Word, image) renamed or mis-picked.
  if (bytes.subarray(0, 8192).includes(0)) return 'it is a binary file, not text';
  return null;
}

export function parseArticleFile(name: string, bytes: Uint8Array): ParsedFile {
  const format = articleFormatOf(name);
  if (!format) {
    return { ok: false, name, reason: `files of type "${extensionOf(name) || 'none'}" cannot be imported; use ${ARTICLE_TYPES_TEXT}` };
  }
  const rejected = rejectBytes(bytes);
  if (rejected) return { ok: false, name, reason: rejected };
  let source: string;
  try {
    source = textDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, name, reason: 'it is not UTF-8 text (save it as UTF-8 and import again)' };
  }
  try {
    const content =
      format === 'markdown' ? parseMarkdown(source, name) : format === 'html' ? parseHtmlDocument(readHtmlTree(source), name) : parsePlainText(source, name);
    if (content.text.trim().length === 0) return { ok: false, name, reason: 'it contains no article text' };
    return { ok: true, name, format, content };
  } catch (error) {
    return { ok: false, name, reason: `it could not be parsed (${error instanceof Error ? error.message : String(error)})` };
  }
}
