import type { Locator } from '@playwright/test';

/** One annotation as the page paints it, read back from the CSS highlight registry. */
export interface PaintedHighlight {
  id: string;
  /** Its text, ranges joined with " … ". */
  text: string;
  tag: string;
  /** The highlight name's kind: `claim` or `entity`. */
  kind: string;
  selected: boolean;
  /** The ⇄ mark of a linked claim is drawn after it. */
  linked: boolean;
  /** The middle of its first line box, in viewport pixels (to hover or click it). */
  at: { x: number; y: number };
  /** Whether that point is inside the scrolled view. */
  inView: boolean;
}

/**
 * The annotations painted inside `root` (an article's text), in text order. Highlights are
 * ranges in `CSS.highlights`, not elements: this reads the registry the browser paints from,
 * and the overlay's selection outline and linked marks.
 */
export function paintedHighlights(root: Locator): Promise<PaintedHighlight[]> {
  return root.evaluate((el) => {
    type Tagged = Range & { annotationId?: string; tag?: string };
    const found = new Map<string, { ranges: Tagged[]; kind: string }>();
    CSS.highlights.forEach((hl, name) => {
      for (const r of hl.keys() as IterableIterator<Tagged>) {
        if (!r.annotationId || !el.contains(r.startContainer)) continue;
        const item = found.get(r.annotationId) ?? { ranges: [], kind: '' };
        found.set(r.annotationId, item);
        item.kind = name.startsWith('cc-claim-') ? 'claim' : 'entity';
        item.ranges.push(r);
      }
    });
    const viewer = el.closest('.viewer') ?? el;
    const linked = new Set([...viewer.querySelectorAll('.hl-linked-mark')].map((m) => m.getAttribute('data-linked-ann')));
    const selected = new Set([...viewer.querySelectorAll('.hl-outline')].map((m) => m.getAttribute('data-selected-ann')));
    let view = el.parentElement;
    while (view && !/(auto|scroll)/.test(getComputedStyle(view).overflowY)) view = view.parentElement;
    const port = (view ?? document.documentElement).getBoundingClientRect();
    const items = [...found.entries()]
      .filter(([, x]) => x.ranges.length > 0)
      .map(([id, x]) => {
        const ranges = x.ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        const first = ranges[0] as Tagged;
        const box = first.getClientRects()[0] ?? first.getBoundingClientRect();
        const at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        return {
          first,
          item: {
            id,
            text: ranges.map((r) => r.toString()).join(' … '),
            tag: first.tag ?? '',
            kind: x.kind,
            selected: selected.has(id),
            linked: linked.has(id),
            at,
            inView: at.y >= port.top && at.y <= port.bottom && at.x >= port.left && at.x <= port.right,
          },
        };
      });
    items.sort((a, b) => a.first.compareBoundaryPoints(Range.START_TO_START, b.first) || b.first.toString().length - a.first.toString().length);
    return items.map((x) => x.item);
  });
}
