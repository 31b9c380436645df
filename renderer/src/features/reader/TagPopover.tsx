import { useLayoutEffect, useRef, useState } from 'react';
import type { TagDef } from '../../core/model/tagSchema';

export interface TagPopoverProps {
  tags: readonly TagDef[];
  /** Viewport rect of the selection. */
  anchor: { left: number; top: number; bottom: number };
  quote: string;
  onTag(tag: TagDef): void;
  onClose(): void;
}

/** The tag menu next to a selection; the same digits work from the keyboard without opening it. */
export function TagPopover({ tags, anchor, quote, onTag, onClose }: TagPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const below = anchor.bottom + 6;
    const top = below + height > window.innerHeight ? Math.max(4, anchor.top - height - 6) : below;
    const left = Math.min(Math.max(4, anchor.left), window.innerWidth - width - 4);
    setPos({ left, top });
  }, [anchor]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && pos) {
      el.style.left = `${pos.left}px`;
      el.style.top = `${pos.top}px`;
    }
  }, [pos]);

  return (
    <div ref={ref} className="tag-popover" role="menu" aria-label="Tag the selection" onMouseDown={(e) => e.preventDefault()}>
      <div className="popover-quote" title={quote}>
        “{quote.length > 60 ? `${quote.slice(0, 57)}…` : quote}”
      </div>
      {tags.map((t) => (
        <button key={t.id} type="button" role="menuitem" className="tag-option" data-tag={t.id} onClick={() => onTag(t)}>
          <kbd>{t.key}</kbd>
          <span className="swatch" aria-hidden="true" />
          {t.label}
        </button>
      ))}
      <button type="button" className="popover-close" onClick={onClose} aria-label="Close">
        Esc
      </button>
    </div>
  );
}
