import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';

/** Above this many rows a list draws only what is in view (and a few more); below, every row, so find-in-page and screen readers see them all. */
export const WINDOWED_ABOVE = 150;

export interface WindowedRows {
  /** Whether the list is long enough to draw only the rows in view. */
  windowed: boolean;
  /** The indices of the rows to draw: all of them, or those in view and a few more on each side. */
  drawn: number[];
  /** The heights of the spacers that stand for the rows above and below them (0 when every row is drawn). */
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
}): WindowedRows {
  const { count, scroller, sizeOf, keyOf, selectedIndex } = opts;
  const enabled = count > WINDOWED_ABOVE;
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
  if (!enabled) return { windowed: false, drawn: Array.from({ length: count }, (_, i) => i), top: 0, bottom: 0 };
  const rows = virtual.getVirtualItems();
  const top = rows[0]?.start ?? 0;
  const bottom = Math.max(0, virtual.getTotalSize() - (rows[rows.length - 1]?.end ?? 0));
  return { windowed: true, drawn: rows.map((r) => r.index), top, bottom };
}
