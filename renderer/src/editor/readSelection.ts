import type { EditorView } from '@tiptap/pm/view';
import type { TextRange } from '../core/model/article';
import type { TextIndex } from './textIndex';

export interface ViewerSelection extends TextRange {
  /** Where to show the tag popover, in viewport coordinates. */
  rect: { left: number; top: number; bottom: number; right: number };
}

/**
 * Reads the live DOM selection: in a read-only view ProseMirror learns of it only on the
 * async `selectionchange`, so its own state can lag behind what the user just selected.
 */
export function readSelection(view: EditorView, index: TextIndex): ViewerSelection | null {
  const sel = view.dom.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer)) return null;
  let from: number;
  let to: number;
  try {
    from = view.posAtDOM(range.startContainer, range.startOffset);
    to = view.posAtDOM(range.endContainer, range.endOffset);
  } catch {
    return null;
  }
  const start = index.posToOffset(Math.min(from, to), 'start');
  const end = index.posToOffset(Math.max(from, to), 'end');
  if (end <= start) return null;
  const r = range.getBoundingClientRect();
  return { start, end, rect: { left: r.left, top: r.top, bottom: r.bottom, right: r.right } };
}
