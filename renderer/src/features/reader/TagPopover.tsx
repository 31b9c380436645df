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
    // Keep the menu inside the reader pane and clear of the status bar (the pane's bottom is the bar's top).
    const pane = el.closest('.pane.reader')?.getBoundingClientRect();
    const bar = document.querySelector('.status-bar')?.getBoundingClientRect();
    const minLeft = Math.max(0, pane?.left ?? 0) + 4;
    const maxRight = Math.min(window.innerWidth, pane?.right ?? window.innerWidth) - 4;
    const minTop = Math.max(0, pane?.top ?? 0) + 4;
    const maxBottom = Math.min(window.innerHeight, pane?.bottom ?? window.innerHeight, bar?.top ?? window.innerHeight) - 4;
    // On a very short window the menu scrolls rather than running off screen.
    el.style.maxHeight = `${Math.max(120, maxBottom - minTop)}px`;
    const { width, height } = el.getBoundingClientRect();
    const below = anchor.bottom + 6;
    const above = anchor.top - 6 - height;
    // Below the selection if it fits there, else above it; if neither fits, on the side with more room.
    const fitsBelow = below + height <= maxBottom;
    const top = fitsBelow || (above < minTop && maxBottom - anchor.bottom >= anchor.top - minTop) ? below : above;
    const left = Math.max(minLeft, Math.min(anchor.left, maxRight - width));
    setPos({ left, top: Math.max(minTop, Math.min(top, maxBottom - height)) });
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
