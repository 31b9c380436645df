import type { JSONContent } from '@tiptap/core';
import type { Article, Block, InlineMark } from '../core/model/article';
import { TextIndex, type IndexSegment } from './textIndex';

const MARK_NAMES: Record<InlineMark['type'], string> = { em: 'italic', strong: 'bold', code: 'code', link: 'articleLink' };

function inlineContent(text: string, block: Block, marks: readonly InlineMark[]): JSONContent[] {
  const inside = marks.filter((m) => m.start < block.end && m.end > block.start);
  const cuts = new Set<number>([block.start, block.end]);
  for (const m of inside) {
    cuts.add(Math.max(m.start, block.start));
    cuts.add(Math.min(m.end, block.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: JSONContent[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    if (to <= from) continue;
    const active = inside.filter((m) => m.start <= from && m.end >= to);
    const node: JSONContent = { type: 'text', text: text.slice(from, to) };
    if (active.length > 0) {
      node.marks = active.map((m) => (m.type === 'link' ? { type: MARK_NAMES.link, attrs: { href: m.href ?? '' } } : { type: MARK_NAMES[m.type] }));
    }
    nodes.push(node);
  }
  return nodes;
}

/**
 * Builds the viewer's document from an article's blocks and, in the same walk, the text
 * index: the editor position where each block's text starts. Consecutive quote blocks
 * share one blockquote, consecutive list items of one kind share one list.
 */
export function buildDoc(article: Pick<Article, 'text' | 'blocks' | 'marks'>): { doc: JSONContent; index: TextIndex } {
  const { text, blocks, marks } = article;
  const content: JSONContent[] = [];
  const segments: IndexSegment[] = [];
  let pos = 0;

  const textblock = (block: Block, depth: number): JSONContent => {
    const length = block.end - block.start;
    segments.push({ start: block.start, length, pos: pos + depth + 1 });
    // dir="auto": each block takes its direction from its own text (Arabic right-to-left).
    const node: JSONContent =
      block.type === 'heading'
        ? { type: 'heading', attrs: { level: block.level ?? 2, dir: 'auto' } }
        : { type: 'paragraph', attrs: { dir: 'auto' } };
    if (length > 0) node.content = inlineContent(text, block, marks);
    return node;
  };

  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i];
    if (!block) break;
    if (block.type === 'quote') {
      const children: JSONContent[] = [];
      let size = 2;
      while (blocks[i]?.type === 'quote') {
        const b = blocks[i] as Block;
        // Inside the blockquote: its own opening token plus the children before this one.
        children.push(textblock(b, size - 1));
        size += b.end - b.start + 2;
        i++;
      }
      content.push({ type: 'blockquote', content: children });
      pos += size;
    } else if (block.type === 'list-item') {
      const ordered = block.ordered ?? false;
      const items: JSONContent[] = [];
      let size = 2;
      while (blocks[i]?.type === 'list-item' && (blocks[i]?.ordered ?? false) === ordered) {
        const b = blocks[i] as Block;
        items.push({ type: 'listItem', content: [textblock(b, size)] });
        size += b.end - b.start + 4;
        i++;
      }
      content.push({ type: ordered ? 'orderedList' : 'bulletList', content: items });
      pos += size;
    } else {
      content.push(textblock(block, 0));
      pos += block.end - block.start + 2;
      i++;
    }
  }
  if (content.length === 0) content.push({ type: 'paragraph' });
  return { doc: { type: 'doc', content }, index: new TextIndex(segments) };
}
