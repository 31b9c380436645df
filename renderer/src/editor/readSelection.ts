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
  const range = trimToView(sel.getRangeAt(0), view.dom);
  if (!range) return sel.getRangeAt(0).intersectsNode(view.dom) ? { kind: 'partial' } : NONE;
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

/**
 * The range inside the article, or null when it runs into other text. A triple-click on the
 * last paragraph ends the range just past the article (nothing but the edge in between):
 * that is still a selection of the article's text.
 */
export function trimToView(range: Range, root: HTMLElement): Range | null {
  const doc = root.ownerDocument;
  const trimmed = range.cloneRange();
  if (!root.contains(range.startContainer)) {
    const before = doc.createRange();
    before.setStart(range.startContainer, range.startOffset);
    before.setEnd(root, 0);
    if (before.collapsed === false && before.toString().trim() !== '') return null;
    if (!range.intersectsNode(root)) return null;
    trimmed.setStart(root, 0);
  }
  if (!root.contains(range.endContainer)) {
    const after = doc.createRange();
    after.setStart(root, root.childNodes.length);
    after.setEnd(range.endContainer, range.endOffset);
    if (after.collapsed === false && after.toString().trim() !== '') return null;
    if (!range.intersectsNode(root)) return null;
    trimmed.setEnd(root, root.childNodes.length);
  }
  return trimmed;
}
