import type { ArticleContent, Block, TextRange } from '../model/article';
import { normalizeText } from '../text/normalizeText';
import { plainTitle } from '../text/plainTitle';
import { safeFileName } from '../text/safeFileName';
import { emptyMeta } from './articleBuilder';

const MAX_TITLE = 160;
const SENTENCE_END = /[.!?…:;,"'”’»]$/u;

export interface PlainTextOptions {
  /**
   * Keep the first line in the text even when it becomes the title. For callers that give
   * the title themselves and whose first line is article text (the seed files).
   */
  keepTitleLine?: boolean;
}

/**
 * Plain text keeps every character as it was (after the canonical-text rule); blocks are
 * the runs of lines between blank lines. Single line breaks stay inside their paragraph.
 * The first line, when short enough, is the title; the reader shows it above the text, so
 * when it reads as a headline (it does not end like a sentence) the text starts after it
 * (and after the blank lines that follow), unless it is all there is.
 */
export function parsePlainText(raw: string, fileName: string, options: PlainTextOptions = {}): ArticleContent {
  const text = normalizeText(raw);
  const blocks = paragraphsOf(text);
  const first = blocks[0];
  if (!first) return { ...emptyMeta(baseName(fileName)), text, blocks, marks: [] };
  const newline = text.indexOf('\n', first.start);
  const lineEnd = newline < 0 ? first.end : Math.min(newline, first.end);
  const firstLine = text.slice(first.start, lineEnd).trim();
  const isTitle = firstLine.length > 0 && firstLine.length <= MAX_TITLE;
  const content: ArticleContent = { ...emptyMeta(isTitle ? plainTitle(firstLine).trim() || baseName(fileName) : baseName(fileName)), text, blocks, marks: [] };
  // A first line that ends like a sentence is the article's lead, not a headline: it stays
  // in the text (the title repeats it) rather than be lost to annotation and export.
  if (!isTitle || options.keepTitleLine || SENTENCE_END.test(firstLine)) return content;
  // The body starts at the first non-blank character after the title line: the next line of
  // the first block, or the next block. Blocks are trimmed, so that is where a block starts.
  const body = /\S/g;
  body.lastIndex = lineEnd;
  const next = body.exec(text);
  return next ? textFrom(content, next.index) : content;
}

/** `/\s/` on one character, without a regular expression for the common ASCII case. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(text.charAt(i));
}

/**
 * The runs of lines between blank lines, trimmed; a blank line is one with nothing but
 * whitespace (no-break spaces included). One pass over the lines: the regular expression
 * this replaces kept a backtracking entry per line and overflowed the stack on a text of
 * millions of short lines.
 */
function paragraphsOf(text: string): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  let end = -1;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let first = lineStart;
    while (first < lineEnd && isSpaceAt(text, first)) first++;
    if (first < lineEnd) {
      let last = lineEnd;
      while (isSpaceAt(text, last - 1)) last--;
      if (start < 0) start = first;
      end = last;
    } else if (start >= 0) {
      blocks.push({ type: 'paragraph', start, end });
      start = -1;
    }
    lineStart = lineEnd + 1;
  }
  if (start >= 0) blocks.push({ type: 'paragraph', start, end });
  return blocks;
}

/**
 * The article from `cut` on: the text before it is dropped, blocks and marks move with the
 * text (a block or mark that straddles `cut` now starts at 0). `cut` must not fall on
 * whitespace at the start of a block, so that blocks stay trimmed.
 */
export function textFrom(article: ArticleContent, cut: number): ArticleContent {
  const shift = <T extends TextRange>(r: T): T => ({ ...r, start: Math.max(r.start, cut) - cut, end: r.end - cut });
  return {
    ...article,
    text: article.text.slice(cut),
    blocks: article.blocks.filter((b) => b.end > cut).map(shift),
    marks: article.marks.filter((m) => m.end > cut).map(shift),
  };
}

const comparable = (s: string): string => plainTitle(s).replace(/\s+/g, ' ').trim().normalize('NFC');

/**
 * Without its first block when that block is a heading repeating `title` (the reader shows
 * the title above the text): the text starts with the body. An article that is nothing
 * but its title heading keeps it. `title` is empty when it does not come from the document.
 */
export function withoutTitleHeading(article: ArticleContent, title: string): ArticleContent {
  const [first, second] = article.blocks;
  if (!first || !second || first.type !== 'heading' || !title) return article;
  if (comparable(article.text.slice(first.start, first.end)) !== comparable(title)) return article;
  return textFrom(article, second.start);
}

/**
 * A title made from a file name: the name without its folders and extension, and without
 * the control and bidi characters that could make it show as something else.
 */
export function baseName(fileName: string): string {
  const name = safeFileName(fileName);
  return name.replace(/\.[^.]+$/, '') || name;
}
