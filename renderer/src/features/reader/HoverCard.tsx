import { useLayoutEffect, useRef } from 'react';
import { annotationText, type Annotation } from '../../core/model/annotation';
import { findTag, type TagSchema } from '../../core/model/tagSchema';

/** Every annotation under the pointer, in the order given (the workbench passes the longest, outermost, first). */
export function HoverCard({ items, at, schema }: { items: readonly Annotation[]; at: { x: number; y: number }; schema: TagSchema }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Stay inside the reader pane: never over the sidebar, the library or the status bar.
    const pane = el.closest('.pane.reader')?.getBoundingClientRect();
    const box = {
      left: Math.max(0, pane?.left ?? 0),
      right: Math.min(window.innerWidth, pane?.right ?? window.innerWidth),
      top: Math.max(0, pane?.top ?? 0),
      bottom: Math.min(window.innerHeight, pane?.bottom ?? window.innerHeight),
    };
    el.style.maxWidth = `${Math.max(120, Math.min(360, box.right - box.left - 16))}px`;
    const { width, height } = el.getBoundingClientRect();
    // Below the pointer if it fits, else above it; if neither fits, wherever there is more room.
    const below = at.y + 18;
    const above = at.y - 12 - height;
    const fitsBelow = below + height <= box.bottom - 4;
    const top = fitsBelow || (above < box.top + 4 && box.bottom - at.y >= at.y - box.top) ? below : above;
    el.style.left = `${Math.max(box.left + 8, Math.min(at.x + 8, box.right - width - 8))}px`;
    el.style.top = `${Math.max(box.top + 4, Math.min(top, box.bottom - height - 4))}px`;
  }, [at, items]);
  return (
    <div ref={ref} className="hover-card" role="tooltip">
      {items.map((a) => {
        const text = annotationText(a);
        return (
          <div key={a.id} className="hover-item">
            <span className="chip" data-tag={a.tag}>
              {findTag(schema, a.tag)?.label ?? a.tag}
            </span>
            <span className="hover-quote">{text.length > 70 ? `${text.slice(0, 67)}…` : text}</span>
            {a.note && <span className="note">{a.note}</span>}
          </div>
        );
      })}
    </div>
  );
}
