/**
 * References in TipTap with the app's own schema and document builder: `?mode=floor` the
 * article with no highlights; `?mode=decorations` with every highlight built with the editor
 * state (one DecorationSet made when the state is made), adding one on a tag key and
 * restyling one on J/K.
 */
import { Editor, Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { buildDoc } from '../../renderer/src/editor/buildDoc';
import type { TextIndex } from '../../renderer/src/editor/textIndex';
import { viewerExtensions } from '../../renderer/src/editor/viewerExtensions';
import type { Annotation } from '../../renderer/src/core/model/annotation';
import { peerData, peerPage, strictPutOnKey } from './common';

const mode = new URLSearchParams(location.search).get('mode') ?? 'floor';
const data = peerData();
const key = new PluginKey<DecorationSet>('bench-decorations');

function decorate(a: Pick<Annotation, 'id' | 'kind' | 'tag' | 'ranges'>, index: TextIndex, selected: boolean): Decoration[] {
  return a.ranges.flatMap((r) => {
    const from = index.offsetToPos(r.start, 'start');
    const to = index.offsetToPos(r.end, 'end');
    if (to <= from) return [];
    const cls = `hl hl-${a.kind}${selected ? ' hl-selected' : ''}`;
    return [Decoration.inline(from, to, { nodeName: 'span', class: cls, 'data-tag': a.tag, 'data-ann': a.id }, { id: a.id })];
  });
}

interface Change {
  remove: string[];
  add: Decoration[];
}

const { api } = peerPage(`TipTap ${mode}`, (container) => {
  const built = buildDoc(data.article);
  const extensions = viewerExtensions();
  if (mode === 'decorations') {
    extensions.push(
      Extension.create({
        name: 'benchDecorations',
        addProseMirrorPlugins() {
          return [
            new Plugin<DecorationSet>({
              key,
              state: {
                init: (_, state) => DecorationSet.create(state.doc, data.annotations.flatMap((a) => decorate(a, built.index, false))),
                apply(tr, set) {
                  const change = tr.getMeta(key) as Change | undefined;
                  if (!change) return set.map(tr.mapping, tr.doc);
                  const ids = new Set(change.remove);
                  const stale = ids.size ? set.find(undefined, undefined, (spec: { id?: string }) => ids.has(spec.id ?? '')) : [];
                  return set.remove(stale).add(tr.doc, change.add);
                },
              },
              props: { decorations: (state) => key.getState(state) },
            }),
          ];
        },
      }),
    );
  }
  const editor = new Editor({
    element: container,
    extensions,
    content: built.doc,
    editable: false,
    injectCSS: false,
    editorProps: { attributes: { class: 'article-text' } },
  });
  if (mode === 'highlights') {
    paintWithHighlights(editor, built.index);
    return;
  }
  if (mode !== 'decorations') return;
  const byId = new Map(data.annotations.map((a) => [a.id, a]));
  let selected: string | null = null;
  let added = 0;
  document.addEventListener('keydown', (e) => {
    if (e.key === '2' && api.pending) {
      const a = { id: `bench-new-${added++}`, kind: 'entity', tag: 'person', ranges: [api.pending] };
      api.pending = null;
      editor.view.dispatch(editor.state.tr.setMeta(key, { remove: [], add: decorate(a, built.index, false) } satisfies Change));
    } else if (e.key === 'j' || e.key === 'k') {
      const i = selected ? api.order.indexOf(selected) : -1;
      const next = api.order[Math.max(0, Math.min(api.order.length - 1, i + (e.key === 'j' ? 1 : -1)))] ?? null;
      const before = selected ? byId.get(selected) : undefined;
      const after = next ? byId.get(next) : undefined;
      selected = next;
      const add = [...(before ? decorate(before, built.index, false) : []), ...(after ? decorate(after, built.index, true) : [])];
      editor.view.dispatch(editor.state.tr.setMeta(key, { remove: [before?.id, after?.id].filter((x): x is string => !!x), add } satisfies Change));
    }
  });
});
/** A range that knows its annotation, so a probe can find what is painted in the highlight registry. */
class AnnotationRange extends Range {
  constructor(readonly annotationId: string) {
    super();
  }
}

/** `?mode=highlights`: every highlight a Range in the CSS Custom Highlight registry; the document's DOM is never touched. */
function paintWithHighlights(editor: Editor, index: TextIndex): void {
  const byKind = new Map<string, Highlight>();
  const selectedHl = new Highlight();
  selectedHl.priority = 10;
  CSS.highlights.set('bench-selected', selectedHl);
  const rangesOf = new Map<string, AnnotationRange[]>();
  const add = (a: Pick<Annotation, 'id' | 'kind' | 'ranges'>) => {
    let hl = byKind.get(a.kind);
    if (!hl) {
      hl = new Highlight();
      hl.priority = a.kind === 'claim' ? 0 : 1;
      byKind.set(a.kind, hl);
      CSS.highlights.set(`bench-${a.kind}`, hl);
    }
    const list: AnnotationRange[] = [];
    for (const r of a.ranges) {
      const from = editor.view.domAtPos(index.offsetToPos(r.start, 'start'));
      const to = editor.view.domAtPos(index.offsetToPos(r.end, 'end'));
      const range = new AnnotationRange(a.id);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      hl.add(range);
      list.push(range);
    }
    rangesOf.set(a.id, list);
  };
  for (const a of data.annotations) add(a);
  let selected: string | null = null;
  let added = 0;
  document.addEventListener('keydown', (e) => {
    if (e.key === '2' && api.pending) {
      add({ id: `bench-new-${added++}`, kind: 'entity', ranges: [api.pending] });
      api.pending = null;
    } else if (e.key === 'j' || e.key === 'k') {
      const i = selected ? api.order.indexOf(selected) : -1;
      const next = api.order[Math.max(0, Math.min(api.order.length - 1, i + (e.key === 'j' ? 1 : -1)))] ?? null;
      selectedHl.clear();
      selected = next;
      for (const r of (next && rangesOf.get(next)) || []) selectedHl.add(r);
    }
  });
}

api.order = [...data.annotations].sort((a, b) => (a.ranges[0]?.start ?? 0) - (b.ranges[0]?.start ?? 0) || (b.ranges[0]?.end ?? 0) - (a.ranges[0]?.end ?? 0)).map((a) => a.id);
strictPutOnKey('p');
strictPutOnKey('q', true);
api.ready = true;
