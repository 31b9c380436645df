import { useLayoutEffect, useRef } from 'react';
import { annotationText, type Annotation } from '../../core/model/annotation';
import { findTag, type TagSchema } from '../../core/model/tagSchema';

/** Every annotation under the pointer, in the order given (the workbench passes the longest, outermost, first). */
export function HoverCard({ items, at, schema }: { items: readonly Annotation[]; at: { x: number; y: number }; schema: TagSchema }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const top = at.y + 18 + height > window.innerHeight ? at.y - height - 12 : at.y + 18;
    el.style.left = `${Math.min(at.x + 8, window.innerWidth - width - 8)}px`;
    el.style.top = `${Math.max(4, top)}px`;
  }, [at]);
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
