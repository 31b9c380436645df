import { Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { trimToView } from './readSelection';

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
  if (dom && dom.rangeCount > 0) {
    const range = trimToView(dom.getRangeAt(0), view.dom as HTMLElement);
    try {
      if (range) {
        const from = view.posAtDOM(range.startContainer, range.startOffset);
        const to = view.posAtDOM(range.endContainer, range.endOffset);
        next = TextSelection.between(doc.resolve(from), doc.resolve(to));
      } else if (dom.anchorNode && view.dom.contains(dom.anchorNode)) {
        // Runs out of the article: ProseMirror can only hold the end that is inside.
        const at = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
        next = TextSelection.between(doc.resolve(at), doc.resolve(at));
      }
    } catch {
      // A DOM point ProseMirror cannot map: fall back to no selection.
    }
  }
  return next.eq(tr.selection) ? tr : tr.setSelection(next);
}

/** Brings the view's selection in line with the DOM at once, when they differ. */
export function syncSelection(view: EditorView): void {
  const tr = withDomSelection(view, view.state.tr);
  if (tr.selectionSet) view.dispatch(tr);
}
