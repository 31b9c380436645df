import { getSchema } from '@tiptap/core';
import { Node as PMNode, type DOMOutputSpec } from '@tiptap/pm/model';
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
  ['plain paragraphs', parsePlainText('First line.\n\nSecond para\nwith a break.\n\n\nThird.', 'a.txt', { keepTitleLine: true })],
  ['emoji and ZWJ', parsePlainText('Flag 🇸🇾 and family 👨‍👩‍👧 here.\n\nNext 😀 one.', 'e.txt', { keepTitleLine: true })],
  ['combining marks', parsePlainText('Cafe\u0301 au lait.\n\nNa\u0308ive.', 'c.txt', { keepTitleLine: true })],
  ['Arabic', parsePlainText('قالت قوات سوريا الديمقراطية.\n\nدير الزور', 'ar.txt', { keepTitleLine: true })],
  ['Arabic and English blocks', parseMarkdown('## عنوان\n\nقالت قوات سوريا الديمقراطية.\n\nThe SDF said.\n\n> اقتباس\n\n- بند', 'mixed.md')],
  ['markdown structure', parseMarkdown('# Title\n\n## Section\n\nA *b* **c** [d](https://x.org).\n\n> q1\n>\n> q2\n\n- l1\n- l2\n\n1. o1\n2. o2\n\nEnd.', 'm.md')],
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
    const body = parsePlainText('One.\n\n\nTwo.', 't.txt', { keepTitleLine: true });
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

/** The attributes a node's `toDOM` puts on its element (`['p', attrs, 0]`), without a DOM. */
function renderedAttrs(node: PMNode): Record<string, unknown> {
  const toDOM = node.type.spec.toDOM;
  if (!toDOM) throw new Error(`${node.type.name} has no toDOM`);
  const spec: DOMOutputSpec = toDOM(node);
  if (!Array.isArray(spec)) throw new Error(`${node.type.name} does not render to an array spec`);
  const attrs: unknown = spec[1];
  return attrs && typeof attrs === 'object' && !Array.isArray(attrs) ? (attrs as Record<string, unknown>) : {};
}

describe('buildDoc: block direction', () => {
  const body = parseMarkdown(
    '## Section\n\nقالت قوات سوريا الديمقراطية إنها سيطرت على الحقل.\n\nThe SDF said it took the field.\n\n> قال المتحدث\n\n- بند أول\n- second item\n\n1. أول',
    'mixed.md',
  );

  it.each([
    ['paragraph', 'p'],
    ['heading', 'h2'],
  ])('gives every %s dir="auto" so its own text sets its direction', (type, tag) => {
    const { node } = render(body);
    const rendered: [string, unknown, Record<string, unknown>][] = [];
    node.descendants((n) => {
      if (n.type.name === type) rendered.push([n.textContent, n.attrs['dir'], renderedAttrs(n)]);
    });
    expect(rendered.length).toBeGreaterThan(0);
    for (const [text, dir, attrs] of rendered) {
      expect(dir, text).toBe('auto');
      expect(attrs['dir'], text).toBe('auto');
    }
    const first = node.firstChild;
    if (first?.type.name === type) expect(first.type.spec.toDOM?.(first)).toEqual([tag, { dir: 'auto' }, 0]);
  });

  it('covers paragraphs in quotes and list items, Arabic and English alike', () => {
    const { node } = render(body);
    const textblocks: PMNode[] = [];
    node.descendants((n) => {
      if (n.isTextblock) textblocks.push(n);
    });
    expect(textblocks.map((n) => n.textContent)).toEqual([
      'Section',
      'قالت قوات سوريا الديمقراطية إنها سيطرت على الحقل.',
      'The SDF said it took the field.',
      'قال المتحدث',
      'بند أول',
      'second item',
      'أول',
    ]);
    for (const n of textblocks) expect(renderedAttrs(n)['dir'], n.textContent).toBe('auto');
  });

  it('gives dir="auto" to blocks of a document saved without it, and to the empty document', () => {
    const old = PMNode.fromJSON(schema, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'قال' }] }] });
    expect(old.firstChild?.attrs['dir']).toBe('auto');
    const empty = render({ text: '', blocks: [], marks: [] }).node;
    expect(empty.firstChild && renderedAttrs(empty.firstChild)['dir']).toBe('auto');
  });

  it('does not move the text index', () => {
    expectIndexMatchesDoc(body);
    const { index } = render(body);
    // Same positions as a document without the attribute: attributes take no positions.
    const plain = buildDoc(body).doc;
    const stripped = JSON.parse(JSON.stringify(plain, (k, v: unknown) => (k === 'dir' ? undefined : v))) as typeof plain;
    const bare = PMNode.fromJSON(schema, stripped);
    for (const seg of index.segments) expect(bare.resolve(seg.pos).parentOffset).toBe(0);
    expect(bare.content.size).toBe(render(body).node.content.size);
  });
});
