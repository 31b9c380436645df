import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../core/model/article';
import { parsePlainText } from '../core/import/parsePlainText';
import { parseMarkdown } from '../core/import/parseMarkdown';
import { buildDoc } from './buildDoc';
import { viewerExtensions } from './viewerExtensions';

const schema = getSchema(viewerExtensions());
type Body = Pick<Article, 'text' | 'blocks' | 'marks'>;

function render(body: Body) {
  const { doc, index } = buildDoc(body);
  return { node: PMNode.fromJSON(schema, doc), index };
}

/** The invariant everything else relies on: each block's text sits exactly where the index says. */
function expectIndexMatchesDoc(body: Body): void {
  const { node, index } = render(body);
  expect(index.segments).toHaveLength(body.blocks.length);
  body.blocks.forEach((block, i) => {
    const seg = index.segments[i];
    if (!seg) throw new Error('missing segment');
    const $pos = node.resolve(seg.pos);
    expect($pos.parent.isTextblock).toBe(true);
    expect($pos.parentOffset).toBe(0);
    expect($pos.parent.textContent).toBe(body.text.slice(block.start, block.end));
    for (let off = block.start; off <= block.end; off++) {
      const pos = index.offsetToPos(off);
      expect(node.textBetween(seg.pos, pos)).toBe(body.text.slice(block.start, off));
      expect(index.posToOffset(pos)).toBe(off);
    }
  });
}

const cases: [string, Body][] = [
  ['plain paragraphs', parsePlainText('First line.\n\nSecond para\nwith a break.\n\n\nThird.', 'a.txt')],
  ['emoji and ZWJ', parsePlainText('Flag 🇸🇾 and family 👨‍👩‍👧 here.\n\nNext 😀 one.', 'e.txt')],
  ['combining marks', parsePlainText('Cafe\u0301 au lait.\n\nNa\u0308ive.', 'c.txt')],
  ['Arabic', parsePlainText('قالت قوات سوريا الديمقراطية.\n\nدير الزور', 'ar.txt')],
  ['markdown structure', parseMarkdown('# Title\n\nA *b* **c** [d](https://x.org).\n\n> q1\n>\n> q2\n\n- l1\n- l2\n\n1. o1\n2. o2\n\nEnd.', 'm.md')],
];

describe('buildDoc and TextIndex', () => {
  it.each(cases)('maps every offset of every block: %s', (_name, body) => {
    expectIndexMatchesDoc(body);
  });

  it('keeps marks on the right text', () => {
    const body = parseMarkdown('A *b* **c** [d](https://x.org).', 'm.md');
    const { node } = render(body);
    const marked: Record<string, string> = {};
    node.descendants((n) => {
      if (n.isText) for (const m of n.marks) marked[m.type.name] = n.text ?? '';
    });
    expect(marked).toEqual({ italic: 'b', bold: 'c', articleLink: 'd' });
  });

  it('snaps offsets in the blank lines between blocks to the nearest block edge', () => {
    const body = parsePlainText('One.\n\n\nTwo.', 't.txt');
    const { index, node } = render(body);
    const gap = 5; // inside "\n\n\n"
    expect(node.textBetween(0, index.offsetToPos(gap, 'end'))).toBe('One.');
    expect(index.offsetToPos(gap, 'start')).toBe(index.segments[1]?.pos);
  });

  it('holds for arbitrary paragraph layouts', () => {
    const para = fc.string({ unit: fc.constantFrom('a', ' ', 'é', '😀', 'ب', '\u0301', 'Z'), minLength: 1, maxLength: 12 });
    const kind = fc.constantFrom<Block['type']>('paragraph', 'heading', 'quote', 'list-item');
    fc.assert(
      fc.property(fc.array(fc.tuple(para, kind, fc.boolean()), { minLength: 1, maxLength: 8 }), (parts) => {
        let text = '';
        const blocks: Block[] = [];
        for (const [p, type, ordered] of parts) {
          if (text) text += '\n\n';
          const start = text.length;
          text += `x${p}x`;
          blocks.push({ type, start, end: text.length, ...(type === 'heading' ? { level: 2 } : {}), ...(type === 'list-item' ? { ordered } : {}) });
        }
        expectIndexMatchesDoc({ text, blocks, marks: [] });
      }),
      { numRuns: 150 },
    );
  });
});
