import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import type { Decoration } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../core/import/parsePlainText';
import { buildDoc } from './buildDoc';
import { createHighlightsPlugin, highlightsKey, setHighlights, type Highlight } from './annotationHighlights';
import { viewerExtensions } from './viewerExtensions';

const text = 'The SDF said Daesh fighters fled.\n\nDaesh denied it.';

function setup() {
  const body = parsePlainText(text, 'a.txt', { keepTitleLine: true });
  const { doc, index } = buildDoc(body);
  const node = PMNode.fromJSON(getSchema(viewerExtensions()), doc);
  let state = EditorState.create({ doc: node, plugins: [createHighlightsPlugin()] });
  const apply = (highlights: Highlight[], selectedId: string | null = null) => {
    state = state.apply(setHighlights(state.tr, { highlights, selectedId, index }));
    return (highlightsKey.getState(state)?.decorations.find() ?? []) as Decoration[];
  };
  const textOf = (d: Decoration) => state.doc.textBetween(d.from, d.to);
  return { apply, textOf };
}

const h = (id: string, start: number, end: number, tag = 'group', kind = 'entity'): Highlight => ({
  id, tag, kind, label: tag, ranges: [{ start, end }],
});

describe('annotation highlights plugin', () => {
  it('paints each annotation over exactly its text, overlaps included', () => {
    const { apply, textOf } = setup();
    const decos = apply([h('a', 4, 7), h('b', 13, 18), h('c', 0, 33, 'claim', 'claim')]);
    const byId = Object.fromEntries(decos.map((d) => [(d.spec as { id: string }).id, textOf(d)]));
    expect(byId).toEqual({ a: 'SDF', b: 'Daesh', c: 'The SDF said Daesh fighters fled.' });
  });

  it('paints an annotation across two paragraphs without the blank line', () => {
    const { apply, textOf } = setup();
    const [d] = apply([h('x', 28, 40)]);
    expect(d && textOf(d)).toBe('fled.Daesh');
  });

  it('updates only what changed and marks the selected one', () => {
    const { apply } = setup();
    const first = apply([h('a', 4, 7), h('b', 13, 18)]);
    const second = apply([h('a', 4, 7), h('b', 13, 18)], 'b');
    const a1 = first.find((d) => (d.spec as { id: string }).id === 'a');
    const a2 = second.find((d) => (d.spec as { id: string }).id === 'a');
    // The spec object lives as long as the decoration itself: same object means not rebuilt.
    expect(a2?.spec).toBe(a1?.spec);
    const b1 = first.find((d) => (d.spec as { id: string }).id === 'b');
    const b2 = second.find((d) => (d.spec as { id: string }).id === 'b');
    expect(b2?.spec).not.toBe(b1?.spec);
    expect((b2 as unknown as { type: { attrs: { class: string } } }).type.attrs.class).toContain('hl-selected');
    const third = apply([h('a', 4, 7)], 'b');
    expect(third.map((d) => (d.spec as { id: string }).id)).toEqual(['a']);
  });
});
