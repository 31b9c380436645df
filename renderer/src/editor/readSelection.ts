import type { EditorView } from '@tiptap/pm/view';
import type { TextRange } from '../core/model/article';
import type { TextIndex } from './textIndex';

export interface ViewerSelection extends TextRange {
  /** Where to show the tag popover, in viewport coordinates. */
  rect: { left: number; top: number; bottom: number; right: number };
}

/**
 * What the page shows selected, as far as the article text goes: nothing (or a caret),
 * a range of the text, or a range that runs out of the text (into the title, the sidebar).
 */
export type SelectionRead = { kind: 'none' } | { kind: 'partial' } | { kind: 'text'; selection: ViewerSelection };

const NONE: SelectionRead = { kind: 'none' };

/**
 * Reads the live DOM selection. In a read-only view ProseMirror learns of it only on the
 * async `selectionchange`, so its own state can lag behind what the user just selected;
 * the DOM is what the analyst sees.
 */
export function readSelection(view: EditorView, index: TextIndex): SelectionRead {
  const sel = view.dom.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return NONE;
  const range = sel.getRangeAt(0);
  const startInside = view.dom.contains(range.startContainer);
  const endInside = view.dom.contains(range.endContainer);
  if (!startInside || !endInside) return range.intersectsNode(view.dom) ? { kind: 'partial' } : NONE;
  let from: number;
  let to: number;
  try {
    from = view.posAtDOM(range.startContainer, range.startOffset);
    to = view.posAtDOM(range.endContainer, range.endOffset);
  } catch {
    return NONE;
  }
  const start = index.posToOffset(Math.min(from, to), 'start');
  const end = index.posToOffset(Math.max(from, to), 'end');
  if (end <= start) return NONE;
  const r = range.getBoundingClientRect();
  return { kind: 'text', selection: { start, end, rect: { left: r.left, top: r.top, bottom: r.bottom, right: r.right } } };
}
