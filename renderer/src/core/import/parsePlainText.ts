import type { ArticleContent, Block } from '../model/article';
import { normalizeText } from '../text/normalizeText';
import { emptyMeta } from './articleBuilder';

const MAX_TITLE = 160;

/**
 * Plain text keeps every character as it was (after the canonical-text rule); blocks are
 * the runs of lines between blank lines. Single line breaks stay inside their paragraph.
 */
export function parsePlainText(raw: string, fileName: string): ArticleContent {
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
  const firstLine = first ? (text.slice(first.start, first.end).split('\n')[0] ?? '').trim() : '';
  const title = firstLine.length > 0 && firstLine.length <= MAX_TITLE ? firstLine : baseName(fileName);
  return { ...emptyMeta(title), text, blocks, marks: [] };
}

export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '') || name;
}
