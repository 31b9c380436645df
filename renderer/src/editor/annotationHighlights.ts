import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { TextRange } from '../core/model/article';
import type { TextIndex } from './textIndex';

/** What the viewer paints for one annotation; `ranges` are already anchored. */
export interface Highlight {
  id: string;
  tag: string;
  kind: string;
  label: string;
  ranges: readonly TextRange[];
  /** Linked to another claim: the highlight carries a small mark. */
  linked?: boolean;
}

export interface HighlightInput {
  highlights: readonly Highlight[];
  selectedId: string | null;
  index: TextIndex;
}

interface PluginState {
  decorations: DecorationSet;
  /** id -> signature of what is painted, to redo only what changed. */
  painted: Map<string, string>;
}

export const highlightsKey = new PluginKey<PluginState>('crosscheck-highlights');

function signature(h: Highlight, selected: boolean): string {
  return `${h.tag}|${h.kind}|${h.label}|${selected ? 1 : 0}|${h.linked ? 1 : 0}|${h.ranges.map((r) => `${r.start}-${r.end}`).join(',')}`;
}

function decorationsFor(h: Highlight, selected: boolean, index: TextIndex): Decoration[] {
  const cls = `hl hl-${h.kind}${selected ? ' hl-selected' : ''}${h.linked ? ' hl-linked' : ''}`;
  return h.ranges.flatMap((r) => {
    const from = index.offsetToPos(r.start, 'start');
    const to = index.offsetToPos(r.end, 'end');
    if (to <= from) return [];
    // nodeName makes each annotation its own element, so overlapping highlights nest and
    // both colours show instead of one overwriting the other's attributes.
    return [Decoration.inline(from, to, { nodeName: 'span', class: cls, 'data-tag': h.tag, 'data-ann': h.id }, { id: h.id })];
  });
}

/** Applies a new highlight list by removing and adding only the annotations that changed. */
function update(state: PluginState, input: HighlightInput, doc: EditorState['doc']): PluginState {
  const next = new Map<string, string>();
  const toAdd: Decoration[] = [];
  for (const h of input.highlights) {
    const selected = h.id === input.selectedId;
    const sig = signature(h, selected);
    next.set(h.id, sig);
    if (state.painted.get(h.id) !== sig) toAdd.push(...decorationsFor(h, selected, input.index));
  }
  const stale = new Set<string>();
  for (const [id, sig] of state.painted) if (next.get(id) !== sig) stale.add(id);
  let decorations = state.decorations;
  if (stale.size > 0) {
    decorations = decorations.remove(decorations.find(undefined, undefined, (spec: { id?: string }) => stale.has(spec.id ?? '')));
  }
  if (toAdd.length > 0) decorations = decorations.add(doc, toAdd);
  return { decorations, painted: next };
}

export function setHighlights(tr: Transaction, input: HighlightInput): Transaction {
  return tr.setMeta(highlightsKey, input);
}

export function createHighlightsPlugin(): Plugin<PluginState> {
  return new Plugin<PluginState>({
    key: highlightsKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, painted: new Map() }),
      apply(tr, value, _old, newState) {
        const input = tr.getMeta(highlightsKey) as HighlightInput | undefined;
        if (input) return update(value, input, newState.doc);
        return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
      },
    },
    props: {
      decorations(state) {
        return highlightsKey.getState(state)?.decorations;
      },
    },
  });
}

export const AnnotationHighlights = Extension.create({
  name: 'annotationHighlights',
  addProseMirrorPlugins() {
    return [createHighlightsPlugin()];
  },
});
