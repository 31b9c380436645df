import { EditorContent, useEditor } from '@tiptap/react';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Article } from '../core/model/article';
import type { Highlight } from './highlight';
import { HighlightPainter } from './highlightPainter';
import { buildDoc } from './buildDoc';
import { readSelection, type SelectionRead } from './readSelection';
import { scrollerOf } from './scrollerOf';
import { syncSelection } from './syncSelection';
import { viewerExtensions } from './viewerExtensions';

export interface ArticleViewerHandle {
  /**
   * Scrolls the text at `offset` into the middle of the view; with `ifNeeded`, only when it is
   * not in view already (J/K through nearby annotations should not jolt the page each time).
   */
  scrollToOffset(offset: number, ifNeeded?: boolean): void;
  /** What the page shows selected right now, read from the live DOM. */
  readSelection(): SelectionRead;
  /** Clears the page's selection, in the DOM and in the view's own state. */
  clearSelection(): void;
}

export interface ArticleViewerProps {
  article: Pick<Article, 'id' | 'text' | 'blocks' | 'marks'>;
  highlights: readonly Highlight[];
  selectedId: string | null;
  /** A finished selection (mouse up or Shift+arrows) that touches the article; `exact` when Alt was held. */
  onSelectText(read: SelectionRead, exact: boolean): void;
  /** The page's selection went away (a click elsewhere, Esc, the app cleared it). */
  onSelectionGone(): void;
  /** A plain click on the text, at this offset. */
  onClickText(offset: number): void;
  /** The annotations under the pointer, outermost first, or an empty list when it left them. */
  onHover?(ids: string[], at: { x: number; y: number }): void;
}

/** Whether a line box lies inside the scroller's view, a line's height from its edges. */
function inView(box: { top: number; bottom: number }, scroller: Element): boolean {
  const view = scroller.getBoundingClientRect();
  const line = box.bottom - box.top;
  return box.top >= view.top + line && box.bottom <= view.bottom - line;
}

export const ArticleViewer = forwardRef<ArticleViewerHandle, ArticleViewerProps>(function ArticleViewer(props, ref) {
  const { article, highlights, selectedId, onSelectText, onSelectionGone, onClickText, onHover } = props;
  const built = useMemo(() => buildDoc(article), [article]);
  const editor = useEditor(
    {
      extensions: viewerExtensions(),
      content: built.doc,
      editable: false,
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { class: 'article-text', 'aria-label': 'Article text', role: 'document' },
        // The browser selects text natively (drag, double- and triple-click); ProseMirror's
        // own pointer handling would set selections of its own that the DOM does not show.
        handleDOMEvents: { mousedown: () => true },
      },
    },
    [built],
  );

  const host = useRef<HTMLDivElement>(null);
  const [painter, setPainter] = useState<HighlightPainter | null>(null);
  useEffect(() => {
    if (!editor || editor.isDestroyed || !host.current) return undefined;
    const made = new HighlightPainter(editor.view, built.index, host.current);
    setPainter(made);
    return () => made.dispose();
  }, [editor, built]);
  useEffect(() => {
    painter?.paint(highlights, selectedId);
  }, [painter, highlights, selectedId]);

  // Callbacks change every render; the document listeners read the latest through a ref.
  const latest = useRef({ onSelectText, onSelectionGone });
  useEffect(() => {
    latest.current = { onSelectText, onSelectionGone };
  });

  useEffect(() => {
    if (!editor) return undefined;
    // Not editor.view.dom: a new editor (another article) may not be mounted yet when this runs,
    // and TipTap throws on reading its view then, which took the whole window down.
    const doc = host.current?.ownerDocument ?? document;
    const onSelectionChange = () => {
      if (editor.isDestroyed || !editor.isInitialized) return;
      const read = readSelection(editor.view, built.index);
      if (read.kind === 'none') {
        syncSelection(editor.view);
        latest.current.onSelectionGone();
      }
    };
    // A drag can end outside the article (over the title or the sidebar): listen on the document.
    const onMouseUp = (e: globalThis.MouseEvent) => {
      if (editor.isDestroyed || !editor.isInitialized) return;
      const read = readSelection(editor.view, built.index);
      if (read.kind !== 'none') latest.current.onSelectText(read, e.altKey);
    };
    doc.addEventListener('selectionchange', onSelectionChange);
    doc.addEventListener('mouseup', onMouseUp);
    return () => {
      doc.removeEventListener('selectionchange', onSelectionChange);
      doc.removeEventListener('mouseup', onMouseUp);
    };
  }, [editor, built]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToOffset(offset: number, ifNeeded = false) {
        if (!editor || editor.isDestroyed) return;
        const pos = built.index.offsetToPos(offset);
        if (ifNeeded && inView(editor.view.coordsAtPos(pos), scrollerOf(editor.view.dom as HTMLElement))) return;
        const { node } = editor.view.domAtPos(pos);
        const el = node instanceof Element ? node : node.parentElement;
        el?.scrollIntoView({ block: 'center', behavior: 'instant' });
      },
      readSelection() {
        if (!editor || editor.isDestroyed) return { kind: 'none' };
        return readSelection(editor.view, built.index);
      },
      clearSelection() {
        editor?.view.dom.ownerDocument.getSelection()?.removeAllRanges();
        if (editor && !editor.isDestroyed) syncSelection(editor.view);
      },
    }),
    [editor, built],
  );

  const downAt = useRef<{ x: number; y: number } | null>(null);

  const onMouseDown = (e: MouseEvent) => {
    downAt.current = { x: e.clientX, y: e.clientY };
  };

  const onMouseUp = (e: MouseEvent) => {
    if (!editor) return;
    const start = downAt.current;
    downAt.current = null;
    if (readSelection(editor.view, built.index).kind !== 'none') return; // The document listener reports it.
    const moved = start ? Math.hypot(e.clientX - start.x, e.clientY - start.y) > 3 : false;
    if (moved || e.detail > 1) return;
    const hit = editor.view.posAtCoords({ left: e.clientX, top: e.clientY });
    if (hit) onClickText(built.index.posToOffset(hit.pos, 'end'));
  };

  const onKeyUp = (e: React.KeyboardEvent) => {
    if (!editor || !e.shiftKey) return;
    onSelectText(readSelection(editor.view, built.index), e.altKey);
  };

  // Highlights are not elements: what is under the pointer is looked up once a frame.
  const hovered = useRef('');
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const frame = useRef(0);
  const live = useRef({ painter, onHover });
  useEffect(() => {
    live.current = { painter, onHover };
  });
  const lookUp = () => {
    frame.current = 0;
    const at = pointer.current;
    const { painter, onHover } = live.current;
    if (!at || !painter || !host.current) return;
    const ids = painter.idsAt(at.x, at.y);
    host.current.classList.toggle('over-highlight', ids.length > 0);
    const key = ids.join(' ');
    if (key === hovered.current) return;
    hovered.current = key;
    onHover?.(ids, at);
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  const onMouseMove = (e: MouseEvent) => {
    pointer.current = { x: e.clientX, y: e.clientY };
    if (!frame.current) frame.current = requestAnimationFrame(lookUp);
  };
  const onMouseLeave = (e: MouseEvent) => {
    pointer.current = null;
    hovered.current = '';
    host.current?.classList.remove('over-highlight');
    onHover?.([], { x: e.clientX, y: e.clientY });
  };

  return (
    <div
      ref={host}
      className="viewer"
      onMouseDown={onMouseDown}
      onMouseUp={onMouseUp}
      onKeyUp={onKeyUp}
      onMouseMove={onMouseMove}
      onMouseLeave={onMouseLeave}
      data-article-id={article.id}
    >
      <EditorContent editor={editor} />
    </div>
  );
});
