import { EditorContent, useEditor } from '@tiptap/react';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, type MouseEvent } from 'react';
import type { Article } from '../core/model/article';
import { setHighlights, type Highlight } from './annotationHighlights';
import { buildDoc } from './buildDoc';
import { readSelection, type ViewerSelection } from './readSelection';
import { viewerExtensions } from './viewerExtensions';

export interface ArticleViewerHandle {
  /** Scrolls the text at `offset` into the middle of the view. */
  scrollToOffset(offset: number): void;
}

export interface ArticleViewerProps {
  article: Pick<Article, 'id' | 'text' | 'blocks' | 'marks'>;
  highlights: readonly Highlight[];
  selectedId: string | null;
  /** A finished selection (mouse up or keyboard), or null when it was cleared. `exact` when Alt was held. */
  onSelectText(selection: ViewerSelection | null, exact: boolean): void;
  /** A plain click on the text, at this offset. */
  onClickText(offset: number): void;
  /** The annotations under the pointer, outermost first, or an empty list when it left them. */
  onHover?(ids: string[], at: { x: number; y: number }): void;
}

export const ArticleViewer = forwardRef<ArticleViewerHandle, ArticleViewerProps>(function ArticleViewer(props, ref) {
  const { article, highlights, selectedId, onSelectText, onClickText, onHover } = props;
  const built = useMemo(() => buildDoc(article), [article]);
  const editor = useEditor(
    {
      extensions: viewerExtensions(),
      content: built.doc,
      editable: false,
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { class: 'article-text', 'aria-label': 'Article text', role: 'document' } },
    },
    [built],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(setHighlights(editor.state.tr, { highlights, selectedId, index: built.index }));
  }, [editor, highlights, selectedId, built]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToOffset(offset: number) {
        if (!editor || editor.isDestroyed) return;
        const pos = built.index.offsetToPos(offset);
        const { node } = editor.view.domAtPos(pos);
        const el = node instanceof Element ? node : node.parentElement;
        el?.scrollIntoView({ block: 'center', behavior: 'instant' });
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
    const exact = e.altKey;
    const start = downAt.current;
    downAt.current = null;
    const selection = readSelection(editor.view, built.index);
    if (selection) {
      onSelectText(selection, exact);
      return;
    }
    onSelectText(null, false);
    const moved = start ? Math.hypot(e.clientX - start.x, e.clientY - start.y) > 3 : false;
    if (moved) return;
    const hit = editor.view.posAtCoords({ left: e.clientX, top: e.clientY });
    if (hit) onClickText(built.index.posToOffset(hit.pos, 'end'));
  };

  const onKeyUp = (e: React.KeyboardEvent) => {
    if (!editor || !e.shiftKey) return;
    onSelectText(readSelection(editor.view, built.index), e.altKey);
  };

  const hovered = useRef('');
  const onMouseOver = (e: MouseEvent) => {
    if (!onHover) return;
    const ids: string[] = [];
    for (let el = e.target instanceof Element ? e.target : null; el && el !== e.currentTarget; el = el.parentElement) {
      const id = el.getAttribute('data-ann');
      if (id) ids.unshift(id);
    }
    const key = ids.join(' ');
    if (key === hovered.current) return;
    hovered.current = key;
    onHover(ids, { x: e.clientX, y: e.clientY });
  };
  const onMouseLeave = (e: MouseEvent) => {
    hovered.current = '';
    onHover?.([], { x: e.clientX, y: e.clientY });
  };

  return (
    <div
      className="viewer"
      onMouseDown={onMouseDown}
      onMouseUp={onMouseUp}
      onKeyUp={onKeyUp}
      onMouseOver={onMouseOver}
      onMouseLeave={onMouseLeave}
      data-article-id={article.id}
    >
      <EditorContent editor={editor} />
    </div>
  );
});
