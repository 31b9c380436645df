import type { TextRange } from '../core/model/article';

/** What the viewer paints for one annotation; `ranges` are already anchored. */
export interface Highlight {
  id: string;
  tag: string;
  kind: string;
  label: string;
  ranges: readonly TextRange[];
  /** Linked to another claim: the highlight carries a small mark. */
  linked?: boolean;
}

/** Whether two highlights paint the same (so nothing needs repainting when one replaces the other). */
export function sameLook(a: Highlight, b: Highlight): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.tag !== b.tag || a.kind !== b.kind || (a.linked ?? false) !== (b.linked ?? false) || a.ranges.length !== b.ranges.length) return false;
  return a.ranges.every((r, i) => r.start === b.ranges[i]?.start && r.end === b.ranges[i]?.end);
}

const slots = new Map<string, number>();

/**
 * The CSS highlight name a tag paints under: `::highlight()` takes an identifier, and tag ids
 * are the project's data, so each tag gets a numbered slot for this page's life.
 */
export function highlightName(tag: string, kind: string): string {
  let slot = slots.get(tag);
  if (slot === undefined) {
    slot = slots.size;
    slots.set(tag, slot);
  }
  return `cc-${kind === 'claim' ? 'claim' : 'entity'}-${slot}`;
}

/** Paint order: claims under entities (an entity inside a claim shows both). */
export function highlightPriority(name: string): number {
  return name.startsWith('cc-claim-') ? 1 : 2;
}

/** The annotations whose ranges hold `offset` (a caret between two characters touches both), outermost first. */
export function highlightsAt(list: Iterable<Highlight>, offset: number): Highlight[] {
  const hits: { h: Highlight; length: number }[] = [];
  for (const h of list) {
    for (const r of h.ranges) {
      if (r.start <= offset && offset <= r.end && r.end > r.start) {
        hits.push({ h, length: r.end - r.start });
        break;
      }
    }
  }
  return hits.sort((a, b) => b.length - a.length).map((x) => x.h);
}

/** Whether any range of `h` touches the text from `start` to `end`. */
export function overlaps(h: Pick<Highlight, 'ranges'>, start: number, end: number): boolean {
  return h.ranges.some((r) => r.start <= end && r.end >= start);
}

/**
 * The first and last of `count` stacked blocks (tops in increasing order) that reach into the
 * band from `top` to `bottom`, found by halving, so a long article costs a few reads of a
 * block's box; null when none does.
 */
export function blocksBetween(count: number, box: (i: number) => { top: number; bottom: number }, top: number, bottom: number): { first: number; last: number } | null {
  if (count === 0) return null;
  // The first block whose bottom is at or below `top`.
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (box(mid).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // The last block whose top is at or above `bottom`.
  lo = -1;
  hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (box(mid).top <= bottom) lo = mid;
    else hi = mid - 1;
  }
  const last = lo;
  return first < count && last >= first ? { first, last } : null;
}
