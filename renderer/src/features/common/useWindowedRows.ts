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
}

/**
 * The rows of a long list that are worth drawing, for a list that keeps its rows in normal
 * flow between two spacers (so `ul > li` stays valid). Each row's height is known in advance
 * (`sizeOf`) and the row is drawn at that height: measuring drawn rows makes the list
 * recompute every row's place per row measured, tens of ms at 5,000 rows (profiled). The
 * selected row is scrolled into view whenever it changes, drawn or not.
 */
export function useWindowedRows(opts: {
  count: number;
  scroller: RefObject<HTMLElement | null>;
  /** Keep it and `keyOf` the same functions while the rows are the same: a new one makes the list place every row again. */
  sizeOf: (index: number) => number;
  keyOf: (index: number) => string | number;
  selectedIndex: number;
  enabled: boolean;
}): WindowedRows {
  const { count, scroller, sizeOf, keyOf, selectedIndex, enabled } = opts;
  const virtual = useVirtualizer({
    count: enabled ? count : 0,
    getScrollElement: () => scroller.current,
    estimateSize: sizeOf,
    overscan: 8,
    getItemKey: keyOf,
  });
  useEffect(() => {
    if (enabled && selectedIndex >= 0) virtual.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [virtual, selectedIndex, enabled]);
  const rows = virtual.getVirtualItems();
  const top = rows[0]?.start ?? 0;
  const bottom = Math.max(0, virtual.getTotalSize() - (rows[rows.length - 1]?.end ?? 0));
  return { rows, top, bottom };
}
