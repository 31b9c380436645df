import type { ArticleContent, ArticleMeta, Block, BlockType, InlineMark, InlineMarkType } from '../model/article';

export interface OpenMark {
  type: InlineMarkType;
  href?: string;
}

/**
 * Accumulates canonical text, blocks and inline marks from a structured source
 * (Markdown, HTML). Blocks are separated by a blank line; whitespace inside a block is
 * collapsed the way a browser shows it, so the text matches what the reader sees.
 */
export class ArticleBuilder {
  private text = '';
  private readonly blocks: Block[] = [];
  private readonly marks: InlineMark[] = [];
  private block: { type: BlockType; level?: number; ordered?: boolean; start: number } | null = null;

  open(type: BlockType, extra: { level?: number; ordered?: boolean } = {}): void {
    if (this.block) this.close();
    if (this.blocks.length > 0) this.text += '\n\n';
    this.block = { type, ...extra, start: this.text.length };
  }

  get isOpen(): boolean {
    return this.block !== null;
  }

  /** Appends inline text to the open block, opening a paragraph if none is open. */
  append(raw: string, marks: readonly OpenMark[] = [], preserveWhitespace = false): void {
    if (!this.block) this.open('paragraph');
    const block = this.block;
    if (!block) return;
    let chunk = preserveWhitespace ? raw : raw.replace(/\s+/g, ' ');
    const atBlockStart = this.text.length === block.start;
    if (!preserveWhitespace && (atBlockStart || this.text.endsWith(' ') || this.text.endsWith('\n'))) {
      chunk = chunk.replace(/^ /, '');
    }
    if (chunk.length === 0) return;
    const start = this.text.length;
    this.text += chunk;
    for (const m of marks) this.addMark(m, start, this.text.length);
  }

  lineBreak(): void {
    if (!this.block) return;
    this.text = this.text.replace(/ $/, '');
    for (const m of this.marks) m.end = Math.min(m.end, this.text.length);
    if (this.text.length > this.block.start) this.text += '\n';
  }

  close(): void {
    const block = this.block;
    if (!block) return;
    this.block = null;
    // Trailing spaces and breaks are not part of what the reader sees.
    let end = this.text.length;
    while (end > block.start && /\s/.test(this.text[end - 1] ?? '')) end--;
    this.text = this.text.slice(0, end);
    for (const m of this.marks) m.end = Math.min(m.end, end);
    if (end === block.start) {
      // An empty block leaves nothing behind, not even its separator.
      if (this.blocks.length > 0) this.text = this.text.slice(0, -2);
      return;
    }
    const { start, type, level, ordered } = block;
    this.blocks.push({ type, start, end, ...(level !== undefined ? { level } : {}), ...(ordered !== undefined ? { ordered } : {}) });
  }

  private addMark(mark: OpenMark, start: number, end: number): void {
    // Adjacent text pieces under the same mark become one range, even when another mark
    // (a nested emphasis inside a link) was opened and closed in between.
    for (let i = this.marks.length - 1; i >= 0; i--) {
      const m = this.marks[i];
      if (!m || m.end < start) break;
      if (m.type === mark.type && m.href === mark.href && m.end === start) {
        m.end = end;
        return;
      }
    }
    this.marks.push({ type: mark.type, start, end, ...(mark.href !== undefined ? { href: mark.href } : {}) });
  }

  finish(meta: ArticleMeta): ArticleContent {
    this.close();
    const marks = this.marks.filter((m) => m.end > m.start);
    return { ...meta, text: this.text, blocks: this.blocks, marks };
  }
}

export function emptyMeta(title: string): ArticleMeta {
  return { title, source: '', publishedAt: '', url: '', language: '' };
}
