import { Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Makes the view's own selection what the DOM shows. A ProseMirror view writes its state's
 * selection into the DOM on every update while the DOM selection lies in it; in a read-only
 * view that state only follows the DOM on `selectionchange`, and never learns that a
 * selection was cleared. Left alone, a stale range (the paragraph tagged a moment ago) is
 * painted back over the analyst's new selection at the next update.
 */
export function withDomSelection(view: EditorView, tr: Transaction): Transaction {
  const dom = view.dom.ownerDocument.getSelection();
  const doc = tr.doc;
  let next: Selection = Selection.atStart(doc);
  if (dom && dom.rangeCount > 0 && dom.anchorNode && dom.focusNode && view.dom.contains(dom.anchorNode) && view.dom.contains(dom.focusNode)) {
    try {
      const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
      const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
      next = TextSelection.between(doc.resolve(anchor), doc.resolve(head));
    } catch {
      // A DOM point ProseMirror cannot map (inside a decoration's edge): fall back to no selection.
    }
  }
  return next.eq(tr.selection) ? tr : tr.setSelection(next);
}

/** Brings the view's selection in line with the DOM at once, when they differ. */
export function syncSelection(view: EditorView): void {
  const tr = withDomSelection(view, view.state.tr);
  if (tr.selectionSet) view.dispatch(tr);
}
