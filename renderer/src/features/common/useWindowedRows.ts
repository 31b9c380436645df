import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';

/** Above this many rows a list draws only what is in view (and a few more); below, every row, so find-in-page and screen readers see them all. */
export const WINDOWED_ABOVE = 150;

export interface WindowedRows {
  /** The rows to draw: those in view and a few more on each side. */
  rows: VirtualItem[];
  /** The heights of the spacers that stand for the rows above and below them. */
  top: number;
  bottom: number;
  /** Give each drawn row's element (with `data-index`), so its real height replaces the estimate. */
  measure: (el: Element | null) => void;
}

/**
 * The rows of a long list that are worth drawing, for a list that keeps its rows in normal
 * flow between two spacers (so `ul > li` stays valid and each row keeps its own height).
 * The selected row is scrolled into view whenever it changes, drawn or not.
 */
export function useWindowedRows(opts: {
  count: number;
  scroller: RefObject<HTMLElement | null>;
  estimate: number;
  keyOf: (index: number) => string | number;
  selectedIndex: number;
  enabled: boolean;
}): WindowedRows {
  const { count, scroller, estimate, keyOf, selectedIndex, enabled } = opts;
  const virtual = useVirtualizer({
    count: enabled ? count : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    overscan: 8,
    getItemKey: keyOf,
  });
  useEffect(() => {
    if (enabled && selectedIndex >= 0) virtual.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [virtual, selectedIndex, enabled]);
  const rows = virtual.getVirtualItems();
  const top = rows[0]?.start ?? 0;
  const bottom = Math.max(0, virtual.getTotalSize() - (rows[rows.length - 1]?.end ?? 0));
  return { rows, top, bottom, measure: virtual.measureElement };
}
