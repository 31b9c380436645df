import type { ArticleContent, Block, TextRange } from '../model/article';
import { normalizeText } from '../text/normalizeText';
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
  const blocks: Block[] = [];
  // A blank line is one with nothing but whitespace (no-break spaces included).
  const paragraph = /[^\n]+(?:\n(?![^\S\n]*(?:\n|$))[^\n]*)*/g;
  for (const m of text.matchAll(paragraph)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) blocks.push({ type: 'paragraph', start, end });
  }
  const first = blocks[0];
  if (!first) return { ...emptyMeta(baseName(fileName)), text, blocks, marks: [] };
  const newline = text.indexOf('\n', first.start);
  const lineEnd = newline < 0 ? first.end : Math.min(newline, first.end);
  const firstLine = text.slice(first.start, lineEnd).trim();
  const isTitle = firstLine.length > 0 && firstLine.length <= MAX_TITLE;
  const content: ArticleContent = { ...emptyMeta(isTitle ? firstLine : baseName(fileName)), text, blocks, marks: [] };
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

const comparable = (s: string): string => s.replace(/\s+/g, ' ').trim().normalize('NFC');

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

export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '') || name;
}
